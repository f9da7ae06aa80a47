"""The private party of a bygg-, miljö- or individual matter, named in a § or a
tjänsteskrivelse: "Byggnadsnämnden förelägger Anna Berg, ägare till fastigheten FJÄRÅS
2:45 …", "Sökande är Maria Ekström", "tar ut en byggsanktionsavgift av Bengt Karlsson", and
the recipient of the decision in "Beslutet skickas till" ("Fastighetsägaren, Bengt
Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)", "Maria Ekström (A-post)").

A kommun publishes the decision but not the party: Kungsbacka prints "Sökande (delges)" and
"Fastighetsägaren (delges)" and never the name; the fastighetsbeteckning stays public. Each
such name is a hit of the review (services.public_contacts), masked "[namn borttaget]"
wherever it is written, and a recipient masked so prints its role alone (`recipient_shown`).

A name is looked for only where a decision names its party: after what the nämnd does to
her ("förelägger", "förbjuder", "påför", a sanktionsavgift "av/för"), after her role
("Sökande är", "Fastighetsägaren", "Klaganden"), before ", ägare till fastigheten", or as a
recipient whose line gives a private party's role, a delivery a person gets ("(delges)",
"(A-post)", "(rek)", "mottagningsbevis") or a private address. Two or three words written
as a name; never a company, förening or authority (core.private_names.body_word), an
elected member (party letters after the name) or an official the file knows (services).
Parties listed there are each one ("Sökande: Anna Berg och Per Lind", "Anna Berg, Per Lind
samt Eva Holm, ägare till …"); a company among them is skipped and stays public ("Per Lind
och Lind Bygg AB").
What this finds in real texts is measured by bench/contact_data_false_alarms.py and
bench/citizen_name_false_alarms.py."""

from __future__ import annotations

import functools
import re

from ksdesk.core.contact_data import mask_contacts
from ksdesk.core.private_names import body_word, elected, name_words, written_as_name

_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
_NAME = rf"(?P<name>{_LETTERS}(?:{_GAP}{_LETTERS}){{1,2}})"
# What the nämnd does to the party, or the party's role, right before her name.
_CUES = (
    r"förelägg(?:er|s|ande)|förbjuder|förbjuds|påför(?:s|a)?|"
    r"sökanden?(?: är)?|klaganden?(?: är)?|fastighetsägar(?:en?|na)(?: är)?|ägar(?:en?|na) är|"
    r"(?:bygg|miljö)?sanktionsavgift(?:en)? (?:av|för|på|från)|"
    r"(?:tillsyns)?avgift(?:en)? av"
)
_AFTER = re.compile(rf"(?<![\w-])(?i:{_CUES})[:,]?{_GAP}(?=\S)")
# Her name before her role: "Anna Berg, ägare till fastigheten", with a personnummer
# between perhaps ("Bengt Karlsson, 191212121212, ägare till …").
_BEFORE = re.compile(
    rf"(?<![\w-]){_NAME}(?:,{_GAP}?\d[\d \u00a0-]{{9,12}})?,?{_GAP}(?:som (?:är )?)?"
    r"(?i:(?:lagfaren )?(?:fastighets)?ägare(?:n)? (?:till|av) (?:fastighet|tomt))"
)
# A recipient's role: the words the public copy prints instead of her.
ROLE = re.compile(
    r"^[ \t]*(?P<role>(?i:sökanden?|fastighetsägaren?|fastighetsägarna|klaganden?|ägaren?|"
    r"byggherren?|verksamhetsutövaren?|delgivningsmottagaren?|part(?:en)?))\b"
)
# A delivery only a person gets, in brackets after a recipient.
_DELIVERY = re.compile(r"(?i)\((?:delges|a-post|rek\w*|[^()]*mottagningsbevis[^()]*)\)")
_MARKER = re.compile(r"\([^()\[\]]*\)")
# Words a name does not hold: the cue's and a recipient's own.
_NOT_NAME_WORDS = """är och eller samt med till av för på från i som den det sökande sökanden
    fastighetsägaren fastighetsägare fastighetsägarna klagande klaganden ägare ägaren ägarna"""
# Between two parties of a list: "Anna Berg och Per Lind", "…, Per Lind samt Eva Holm".
_JOIN = re.compile(rf",?{_GAP}(?:och|samt){_GAP}|,{_GAP}")
_JOINED_BEFORE = re.compile(rf"(?P<sep>,?{_GAP}(?:och|samt)|,){_GAP}$")
_COUPLE = re.compile(rf"{_GAP}och{_GAP}")
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
RECIPIENTS = "/beslut_skickas_till/"
NEUTRAL = "[namn borttaget]"


def is_recipient(source: str) -> bool:
    """Whether the text named `source` is one recipient of a decision."""
    return RECIPIENTS in source


@functools.lru_cache(maxsize=2048)
def party_names(
    text: str, recipient: bool = False, private_piece: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, name in lower case) of each private party `text` names; `recipient`:
    the text is one recipient of a decision, and `private_piece` says it holds a private
    address (core.contact_data)."""
    found: dict[int, tuple[int, int, str]] = {}
    for match in _AFTER.finditer(text):
        for name in _listed(text, match.end()):
            found.setdefault(name[0], name)
    for match in _BEFORE.finditer(text):
        if name := _name(text, match.start("name"), match.group("name"), last=True):
            for each in [name, *_listed_before(text, name[0])]:
                found.setdefault(each[0], each)
    if recipient and (private_piece or ROLE.match(text) or _DELIVERY.search(text)):
        for match in re.finditer(rf"(?<![\w-]){_NAME}", text):
            if names := _listed(text, match.start("name")):
                for name in names:
                    found.setdefault(name[0], name)
                break
    return sorted(found.values())


def _listed(text: str, at: int) -> list[tuple[int, int, str]]:
    """The parties a list at text[at:] names: "Anna Berg och Per Lind", "Anna Berg, Per Lind
    samt Eva Holm", a company among them skipped ("Per Lind och Lind Bygg AB": no personal
    data). A name after a comma alone counts once an "och" or "samt" closes the list: "Maria
    Ekström, Norra Hoka" is her and where she lives."""
    names: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    joined = True  # the first item, right after the cue, is one
    while (item := _item(text, at)) is not None:
        name, at = item
        if name is not None:
            (names if joined else pending).append(name)
        if joined:
            names += pending
            pending = []
        separator = _JOIN.match(text, at)
        if separator is None:
            break
        joined = separator.group().strip(", \u00a0") != ""  # "och", "samt"; not a comma
        at = separator.end()
    return names


def _item(text: str, at: int) -> tuple[tuple[int, int, str] | None, int] | None:
    """One item of a list at text[at:]: (its name, or None for a company, and where it
    ends); None when it is neither (a word in lower case, one word alone: no party)."""
    words = name_words(text, at, 6, _NOT_NAME)
    if len(words) >= 2 and any(body_word(word.group()) for word in words):
        return None, words[-1].end()  # "Lind Bygg AB"
    if len(words) == 1 and not body_word(words[0].group()):
        return _couple(text, words[0])
    if len(words) < 2:
        return None
    end = words[min(len(words), 3) - 1].end()
    name = _name(text, words[0].start(), text[words[0].start() : end])
    return (name, end) if name else None


def _couple(text: str, given: re.Match) -> tuple[tuple[int, int, str], int] | None:
    """Two parties of one family name, "Anna och Per Lind": one name to mask whole (her given
    name alone is no name to mask everywhere), or None."""
    joined = _COUPLE.match(text, given.end())
    after = _item(text, joined.end()) if joined else None
    if after is None or after[0] is None:
        return None
    (_start, end, name), stop = after
    return (given.start(), end, f"{given.group().lower()} och {name}"), stop


def _listed_before(text: str, start: int) -> list[tuple[int, int, str]]:
    """The parties listed before the name at text[start] ("Anna Berg och Per Lind, ägare
    till …"): the item next to it joined by "och" or "samt", those before by commas too."""
    names: list[tuple[int, int, str]] = []
    joined = False
    while separator := _JOINED_BEFORE.search(text, max(0, start - 12), start):
        joined = joined or separator.group("sep") != ","
        if not joined:
            break
        before = re.search(rf"{_NAME}$", text[max(0, separator.start() - 120) : separator.start()])
        if before is None:
            break
        begin = separator.start() - len(before.group())
        name = _name(text, begin + before.start("name"), before.group("name"), last=True)
        if name is None:
            break
        names.append(name)
        start = name[0]
    return names


def _name(
    text: str, start: int, written: str, *, last: bool = False
) -> tuple[int, int, str] | None:
    """The name of `written` (at text[start:]): its words written as names, two or three,
    the last of them when `last` (the words before a role), else the first; None when it is
    no person's."""
    spans = [(start + m.start(), m.group()) for m in re.finditer(r"\S+", written)]
    keep = [written_as_name(w) and w.lower() not in _NOT_NAME for _s, w in spans]
    if last:  # the words after the last one that is no name's
        spans = spans[len(keep) - keep[::-1].index(False) :] if False in keep else spans
    elif False in keep:
        spans = spans[: keep.index(False)]
    words = [w for _s, w in spans]
    if not 2 <= len(words) <= 3 or any(body_word(w) for w in words):
        return None
    start = spans[0][0]
    end = spans[-1][0] + len(words[-1])
    after = text[end:].lstrip(" \u00a0")
    if after[:1].isdigit() or elected(text, end):
        return None  # a fastighetsbeteckning ("TÖLÖ BY 5:23"); a politician ("(S)")
    following = re.match(_LETTERS, after)
    if following and body_word(following.group()):
        return None  # "Kungsbacka Bostads AB"
    return start, end, " ".join(words).lower()


def recipient_shown(text: str) -> str:
    """A recipient whose name was masked as the public copy prints it: her role and the
    delivery in brackets ("Fastighetsägaren (delges)", "Sökande (A-post)"), not the
    placeholders of her name and address; unchanged when no name of hers was masked."""
    if NEUTRAL not in text:
        return text
    role = ROLE.match(text)
    markers = [m.group() for m in _MARKER.finditer(text)]
    head = role.group("role") if role else NEUTRAL
    return " ".join([head, *markers])


def mask_contacts_in(source: str, text: str, values: frozenset[str]) -> str:
    """The text named `source` with each piece of contact data of `values` masked
    (core.contact_data.mask_contacts), a recipient whose name was masked as her role."""
    text = mask_contacts(text, values)
    return recipient_shown(text) if is_recipient(source) else text
