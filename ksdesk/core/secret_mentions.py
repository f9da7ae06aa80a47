"""Where a public text names something marked secret by its own title.

A secret item keeps only its number and a neutral title in a public copy, and a secret
bilaga is listed as "omfattas av sekretess (26 kap. 1 § OSL)", because the title can itself
say what is secret ("Utredning om placering av Lindqvist"). The same title also stands in
texts written about the meeting: the tjänsteskrivelse's list of Bilagor, the beskrivning of
the §, another ärende's förslag. Each such mention is a hit of the review; decided
"maskera", the title is replaced in that text by the neutral words the lists print.

A title is also looked for without the date it ends with: the Ludvika tjänsteskrivelse of
7 December 2020 lists "Reviderad delegationsordning för kommunstyrelsen daterat den 26
november 2020" among its Bilagor and names it "”Reviderad delegationsordning för
kommunstyrelsen” daterad 12 oktober 2020" in its text. Titles of a single word ("Yttrande",
"Karta") are not looked for: they say little of their own, and the same word stands in
running text everywhere."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ksdesk.core.kallelse import public_title, secret_bilaga_title
from ksdesk.core.lookalike import LOOKALIKES
from ksdesk.core.meeting import Arende, Sammantrade, numbered
from ksdesk.core.personnummer import INVISIBLE
from ksdesk.core.personnummer_marks import DASHES
from ksdesk.core.reading_memo import ReadingMemo
from ksdesk.core.title_sieve import sieve

_WORD = re.compile(r"\w+")
# The date a title ends with: ", daterad den 26 november 2020", "daterat 2020-11-26".
_DATED = re.compile(r"[\s,]+dat(?:erad|erat|um)\b.*$", re.IGNORECASE | re.DOTALL)
_MIN_WORDS = 2
_MIN_LETTERS = 8


@dataclass(frozen=True)
class SecretName:
    """The title of a secret item or bilaga, and what a public text says in its place."""

    titles: tuple[str, ...]  # as looked for: whole, and without the date it ends with
    neutral: str  # "Ärende som omfattas av sekretess (21 kap. 1 § OSL)"
    what: str  # "ärende 5" / "ärende 4, bilaga 9": for the review list, no title
    item_id: int | None
    bilaga_id: int | None = None


def secret_names(
    meeting: Sammantrade, paragraf_titles: Mapping[int, Sequence[str]] | None = None
) -> list[SecretName]:
    """Every secret item's and secret bilaga's title worth looking for in other texts. A
    secret item's title is also looked for as the protokoll titles its § (`paragraf_titles`:
    item id -> the titles of its §§), which the secretary may have written anew ("Avtal med
    Kalle Nilsson om Gammelbo" for "Stockholm Business Alliance")."""
    names = []
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}" if nr is not None else "en rubrik i ärendelistan"
        written = [item.title, *(paragraf_titles or {}).get(item.id, ())]
        titles = tuple(dict.fromkeys(form for title in written for form in looked_for(title)))
        if item.secret and titles:
            names.append(SecretName(titles, public_title(item), label, item.id))
        for bilaga in item.bilagor:
            if bilaga.secret and (titles := looked_for(bilaga.title)):
                what = " ".join(f"{label}, bilaga {bilaga.nr}".split())
                neutral = secret_bilaga_title(bilaga)
                names.append(SecretName(titles, neutral, what, item.id, bilaga.id))
    return names


def titles_anywhere(items: list[Arende]) -> list[tuple[tuple[str, ...], str]]:
    """(forms, neutral words) of each secret item's and secret bilaga's title among `items`,
    of any meeting: what a public list spanning meetings (Uppföljning av beslut) masks
    itself, since the review of the meeting that prints it looks for its own titles only."""
    found = []
    for item in items:
        if item.secret and (titles := looked_for(item.title)):
            found.append((titles, public_title(item)))
        for bilaga in item.bilagor:
            if bilaga.secret and (titles := looked_for(bilaga.title)):
                # Said in running text ("med handling som omfattas av sekretess som
                # underlag"), as an item's neutral title is ("ärende som omfattas …").
                found.append((titles, f"handling som {secret_bilaga_title(bilaga)}"))
    return found


# What a hit of a title of another meeting names, in the review list (no title, no meeting).
ELSEWHERE = "ett ärende eller en bilaga vid ett annat sammanträde"


def names_elsewhere(items: list[Arende], here: list[SecretName]) -> list[SecretName]:
    """The secret titles of `items`, of other meetings (titles_anywhere), as the review of
    one meeting looks for them in its texts: a tjänsteskrivelse or a § may name an earlier
    meeting's secret ärende. A title `here` (the meeting's own) names already is left out."""
    known = {name.titles for name in here}
    found = [(forms, words) for forms, words in titles_anywhere(items) if forms not in known]
    return [SecretName(forms, words, ELSEWHERE, None) for forms, words in found]


def looked_for(title: str) -> tuple[str, ...]:
    """The forms of `title` a text may name it by: whole, and without the date it ends
    with; without a full stop at the end; only those of two words or more."""
    whole = " ".join(title.split()).rstrip(".,;: ")
    undated = _DATED.sub("", whole).rstrip(".,;: ")
    forms = [whole] if undated == whole else [whole, undated]
    return tuple(form for form in forms if _worth_finding(form))


def _worth_finding(title: str) -> bool:
    words = _WORD.findall(title)
    return len(words) >= _MIN_WORDS and sum(len(w) for w in words) >= _MIN_LETTERS


# What the page does not draw (a soft hyphen from Word, a zero-width space from a PDF): the
# word it splits is printed whole, so the title is read through it, as a personnummer is.
# So is a word hyphenated at a line's end ("Karls-" over "son"), as justified text in a PDF
# bilaga prints it: a dash or a soft hyphen, then the line break.
_LINE_BREAK = r"[ \t]*\n\s*"
_UNSEEN = f"(?:[{re.escape(INVISIBLE)}]|[{re.escape(DASHES)}\u00ad]{_LINE_BREAK})*"
_ANY_DASH = f"[{re.escape(DASHES)}](?:{_LINE_BREAK})?"  # "Upplands-" over "Bro" too


# A Cyrillic or Greek letter that looks exactly like a Latin one ("Kаrlsson" with a Cyrillic
# а, as the seed writes "Skер") prints the same name: each Latin letter is read as its twins.
_TWINS: dict[str, str] = {}
for _twin, _latin in LOOKALIKES.items():
    _TWINS[_latin.lower()] = _TWINS.get(_latin.lower(), "") + _twin


def _char(char: str) -> str:
    """One character of a title as it may be written."""
    if char in DASHES:
        return _ANY_DASH
    twins = _TWINS.get(char.lower())
    one = f"[{re.escape(char)}{twins}]" if twins else re.escape(char)
    # "Å" also as "A" and a combining ring: text from a Mac's file name or copied from a PDF
    # is often decomposed so, and prints the same letter.
    parts = unicodedata.normalize("NFD", char)
    return f"(?:{one}|{re.escape(parts)})" if parts != char else one


def _body(title: str) -> str:
    """The title as written anywhere: any case, any run of whitespace (a line break of a
    list) between its words, what the page does not draw inside them, a hyphen at a line's
    end, any dash for a dash, a look-alike letter for a letter and a letter composed or
    decomposed (whichever way the title itself is stored)."""
    title = unicodedata.normalize("NFC", title)
    words = [_UNSEEN.join(_char(char) for char in word) for word in title.split()]
    return f"{_UNSEEN}\\s+{_UNSEEN}".join(words)


# After a title's last letter a footnote mark may follow ("Kalle Karlsson¹", or "Kalle
# Karlsson1" as a text copied from Word or a PDF keeps it): the title still ends there.
# After a last digit nothing may ("Björken 1" is not "Björken 12").
_MARKS = "\u00b2\u00b3\u00b9\u2070-\u2079"
_ENDS_WORD = r"(?!\w)"
_ENDS_WORD_OR_MARK = rf"(?![^\W\d{_MARKS}])"


def _end(title: str) -> str:
    """Where the title ends: no letter after it, nor a digit after a last digit."""
    return _ENDS_WORD_OR_MARK if title[-1:].isalpha() else _ENDS_WORD


@functools.lru_cache(maxsize=1024)
def _pattern(title: str) -> re.Pattern[str]:
    """The title, not as a part of a longer word."""
    return re.compile(rf"(?<!\w){_body(title)}{_end(title)}", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _any_of(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Each of `titles` (longest first) as a group of one pattern, so a text is replaced in
    one pass: the leftmost mention whole, and never a part of a mention it overlaps (the
    name twice, "Kalle Karlsson Kalle Karlsson", read as "Karlsson Kalle" in the middle
    left "Kalle … Karlsson" printed)."""
    groups = "|".join(
        f"(?P<t{index}>{_body(title)}){_end(title)}" for index, title in enumerate(titles)
    )
    return re.compile(rf"(?<!\w)(?:{groups})", re.IGNORECASE)


def mentions(text: str, titles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `text` names one of `titles` (the forms of one title): (start, end) of each
    mention, in order."""
    if not text:
        return []
    shared = _shared_word(titles)
    if shared is not None and not shared.search(text):
        return []  # a mention of any of them holds this word: none is there
    return list(_mentions_kept(text, titles))


def _read_mentions(text: str, titles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    found = (found.span() for title in titles for found in _pattern(title).finditer(text))
    return tuple(sorted(found))


# A text that names a person is read for each of the name's forms (a dozen, a hundred with
# what stands beside a number), each pattern tried at every place of it: 1.5 s for a
# delegationsordning of 200 000 characters. The review reads it so again after each
# decision: the last readings are kept (core.reading_memo).
_mentions_kept = ReadingMemo(_read_mentions, lambda text, _titles: len(text), budget=4_000_000)


@functools.lru_cache(maxsize=1024)
def _shared_word(titles: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word found inside a word of each of `titles`, as _body reads it (any case, what the
    page does not draw inside it): a text without it names none of them, and one search for
    it spares a search for each title (a citizen's name has a dozen forms)."""
    words = {word for title in titles for word in title.split()}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        if all(any(word in part for part in title.split()) for title in titles):
            return re.compile(_body(word), re.IGNORECASE)
    return None


# Up to so many titles go into one pattern as they are; more are sieved first
# (core.title_sieve): the register lists and the last check look for every secret title of
# the file, and one pattern of a thousand titles took seconds to compile and to search with.
_FEW = 16


def sieved(text: str, titles: tuple[str, ...]) -> tuple[str, ...]:
    """The titles of `titles` that `text` may name: all of a few, the sieve's of many."""
    return sieve(titles).passed(text) if len(titles) > _FEW else titles


def names_any(text: str, titles: tuple[str, ...]) -> bool:
    """Whether `text` names any of `titles`, as `mentions` finds them (one pattern for all)."""
    if not (text and titles):
        return False
    if len(titles) <= _FEW:
        return bool(_any_of(titles).search(text))
    # What the sieve passes differs from text to text: one pattern of those would be compiled
    # anew for each (seconds for a dozen titles: each letter a class of look-alikes), where
    # each title's own pattern is compiled once.
    return any(_pattern(title).search(text) for title in sieve(titles).passed(text))


def neutral_for_each(forms: tuple[str, ...] | list[str], neutral: str) -> dict[str, str]:
    """What each form of one name or title is replaced by: `neutral`, and its genitive for a
    form that is another form with an "s" ("Kalle Karlssons": "förslagsställarens")."""
    return {form: neutral + ("s" if form[:-1] in forms else "") for form in forms}


def replace_mentions(text: str, replacements: dict[str, str]) -> str:
    """`text` with each title of `replacements` replaced by its neutral words; where two
    start at the same place, the longer, so one that contains a shorter is replaced whole."""
    if not replacements or not text:
        return text
    titles = tuple(sorted(replacements, key=len, reverse=True))
    titles = sieved(text, titles)
    if not titles:
        return text

    def neutral(found: re.Match[str]) -> str:
        words = _cased(replacements[titles[int(found.lastgroup[1:])]], found)
        return words + _full_stop(found, words)

    return _any_of(titles).sub(neutral, text)


# What follows a sentence's end: nothing, a line break or a new sentence's capital.
_NEXT_SENTENCE = re.compile(r"[ \t]*(?:\Z|\n|[A-ZÅÄÖ])")


def _full_stop(found: re.Match[str], words: str) -> str:
    """The full stop a mention ending in one took from the end of its sentence ("… lämnat
    av Karlsson K."): the initial's stop was also the sentence's, which the neutral words
    give back."""
    ends = found.group().endswith(".") and not words.endswith(".")
    return "." if ends and _NEXT_SENTENCE.match(found.string, found.end()) else ""


# Where a mention starts a sentence or a list's line: the text before it is empty or ends a
# sentence, or is a line's number ("1.", "2)").
_STARTS = re.compile(r"(?:\A|[.!?:]|(?:\A|\n)[ \t]*\d+[.)]|\n)[ \t]*\Z")


def _cased(words: str, found: re.Match[str]) -> str:
    """The neutral words with a capital first letter where the mention starts a sentence or
    a list's line, a small one inside a sentence."""
    before = found.string[max(0, found.start() - 12) : found.start()]
    at_start = found.start() == 0 or bool(_STARTS.search(before))
    return (words[:1].upper() if at_start else words[:1].lower()) + words[1:]
