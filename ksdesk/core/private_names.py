"""Where a delegationsbeslut names a private person: the sökande of a bygglov, the klagande
of a yttrande, the elev of a skolskjuts ("Beslut om bygglov för Lisa Andersson", "Yttrande
i mål 1234-20, klagande Lisa Andersson"). The register of delegationsbeslut is printed for
the public as the list reported to the board, and such a name is personal data to be
weighed before it is published (GDPR; a citizen's name without consent is found by
core.citizen_mentions, from the register of medborgarförslag).

No rule tells every name from other words, so a name is looked for where a decision names
its party: after a word for the party ("sökande", "klagande", "fastighetsägare", "den
enskilde" …) or a preposition a decision names it with ("för", "till", "från", "av"), or
right before what only a party does ("Lisa Andersson ansöker om", "… har överklagat",
"… beviljas", "Lisa Anderssons ansökan"), a given name of core's list and a family name,
both capitalised; after a word only a party is named with, any name, whatever its letters
(the given names' list is Swedish and short). A name the file knows as an official's (the
delegat, handläggare or beslutsfattare of a decision, a ledamot or ersättare, a secretary)
is no private person's.
What this finds in the seed and the corpus is measured by bench/citizen_name_false_alarms.py."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PARTY = (
    r"sökanden?|klaganden?|förslagsställaren?|fastighetsägaren?|ägaren?|den enskilde|"
    r"brukaren?|eleven?|patienten?|vårdnadshavaren?|medborgaren?|ansökan (?:från|av)|"
    r"begäran (?:från|av)|skrivelse från|klagomål från|synpunkter från|svar till|"
    r"för|till|från|av|åt|med"
)
_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+"
# The party's word, a colon or comma, then a given name (two, or joined with a hyphen) and a
# family name (of two joined with a hyphen too).
_NAMED = re.compile(
    rf"(?<!\w)(?i:{_PARTY})[:,]?\s+(?P<name>(?P<given>{_WORD}(?:[ -]{_WORD})?) {_WORD}"
    rf"(?:-{_WORD})?)(?![\w-])"
)


# What only the party of a decision does, said right after its name: applies, asks,
# appeals, complains, sends in, or is granted or refused ("Lisa Andersson ansöker om
# bygglov", "Lisa Andersson har överklagat", "Lisa Andersson beviljas bidrag"). Not what a
# ledamot does in a protokoll ("yrkar", "föreslår", "anmäler jäv", "vill").
_ACTS = (
    r"ansöker|ansökte|har ansökt|söker|sökte|har sökt|begär|begärde|har begärt|"
    r"överklagar|överklagade|har överklagat|anhåller|anhöll|har anhållit|klagar|klagade|"
    r"har klagat|inkommer|inkom|har inkommit|lämnar in|lämnade in|har lämnat in|"
    r"beviljas|beviljades|har beviljats|medges|medgavs|har medgetts|nekas|nekades|"
    r"tilldelas|tilldelades|erhåller|erhöll"
)
# The party's own document after its name in the genitive ("Lisa Anderssons ansökan").
_DOCUMENT = r"ansökan|ansökningar|begäran|överklagande|klagomål|skrivelse"
# Tried at every capitalised word (a look-ahead: matches overlap), since the words before
# the name are capitalised too ("Bygglov Lisa Andersson ansöker").
_ACTING = re.compile(
    rf"(?<![\w-])(?=(?P<name>(?P<given>{_WORD}(?:[ -]{_WORD})?) {_WORD}(?:-{_WORD})?)"
    rf"(?: (?i:{_ACTS})|(?<=s) (?P<document>(?i:{_DOCUMENT})))(?!\w))"
)


# After a word that only a party is named with ("sökande", "klagande", "den enskilde" …;
# not a preposition, which names places and bodies too) two or three words written as a
# name are one, whatever its given name: the list of given names is Swedish and short, and
# "sökande Mohammed Al-Hassan", "klagande Dragana Jovanović", "sökande ANNA KARLSSON" and
# "sökande Karlsson, Anna" were printed in the public list. Any letters, capitalised or in
# capitals, with a hyphen or an apostrophe inside ("O'Brien").
_STRONG = (
    r"sökanden?|klaganden?|förslagsställaren?|fastighetsägaren?|den enskilde|brukaren?|"
    r"eleven?|patienten?|vårdnadshavaren?|medborgaren?|(?:ansökan|begäran) (?:från|av)|"
    r"(?:skrivelse|klagomål|synpunkter) från"
)
_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_PARTY_NAMED = re.compile(
    rf"(?<!\w)(?i:{_STRONG})[:,]?\s+(?P<first>{_LETTERS})(?P<comma>,?)[ ](?P<second>{_LETTERS})"
    rf"(?:[ ](?P<third>{_LETTERS}))?(?![\w'’-])"
)
# What a body's name ends with, or is: no person's ("sökande Ludvika Hem AB", "sökande
# Region Dalarna").
_BODIES = """
ab hb kb aktiebolag ek förening föreningen brf kommun kommuns region regionen landsting
länsstyrelsen stiftelsen stiftelse församling kyrka kyrkan bolag fastigheter fastighets
bostäder bostad energi elnät entreprenad bygg byggnads sverige sweden nordic group holding
invest trafikverket
"""
_BODY_WORDS = frozenset(_BODIES.split())
# What a body's unit ends with ("Sökanden\nEkonomiavdelningen Kommunledningskontoret": the
# decision's recipients a line each, in a protokoll's "Beslutet skickas till").
_BODY_ENDINGS = (
    "avdelningen", "enheten", "kontoret", "förvaltningen", "nämnden", "styrelsen", "verket",
    "myndigheten", "inspektionen", "domstolen", "rätten", "kansliet", "sektionen",
    "förening", "föreningen", "samfälligheten",
)  # fmt: skip
# A party's letters right after a name, in brackets on its line or the next, or between
# commas ("motion från Maria Losman\n(MP)", "Britt Tönnbergs (S) yrkande", "Motion av
# Yvonne Ruwaida (mp)", "Motion av Anna Andersson m.fl. (M)", "motion från Lars Berg, V,
# om …", "Fredrik Kollberg (KD reserverar"): an elected representative, named as such in
# every protokoll, kallelse and närvarolista, never a private party to the matter.
_PARTY_LETTERS = re.compile(
    r"[ \t]*(?:m\.? ?fl\.?[ \t]*)?(?:\n|<br>)?[ \t]*"
    r"(?:\((?:[A-ZÅÄÖ]{1,5}(?:\)|[ ,])|[a-zåäö]{1,3}\))|,[ \t]?(?:S|M|V|C|L|KD|SD|MP|FP),)"
)
# The member a tjänstgörande ersättare stands in for, in a närvarolista ("Hampus Jägnert
# (SD) tjänstgör för\nElisabeth Svensson (SD)", "tjg för Klas Karlsson") or a list of
# personal ersättare ("Roland Gustbee (M), Växjö kommun (för Gunnar Lidell)").
_STANDS_IN = re.compile(r"(?i)(?:\(|tjänstgör(?:ande)?\s+|tjg\.?\s+)$")
# The official who took the decision, named with "av" after its participle and perhaps its
# day ("anställd 2025-09-04 av Maria Samuelsson", Kungsbacka Teknik's list; "beslutet fattat
# av …", "undertecknat av …"): the employer's or the nämnd's, never a party. A party's own
# acts keep theirs ("överklagat av", "ansökan av").
_DECIDED_BY = re.compile(
    r"(?i)(?<!\w)(?:anställd|anställt|anställda|beslutad|beslutat|beslutade|fattad|fattat|"
    r"undertecknad|undertecknat|attesterad|attesterat|fastställd|fastställt)"
    r"(?:\s+(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{6}))?\s+av[:,]?\s+$"
)


def private_names(text: str, given_names: Iterable[str], officials: Iterable[str]) -> list[str]:
    """The names of private persons `text` names, as written, each once: `given_names` in
    lower case, `officials` the names the file knows as officials' (any case)."""
    given, known = set(given_names), {" ".join(o.split()).casefold() for o in officials}
    found: dict[str, str] = {}
    for match in _PARTY_NAMED.finditer(text or ""):
        words = _party_name(match, given)
        if words and not _official(" ".join(words), known) and not elected(text, match.end()):
            found.setdefault(" ".join(words).casefold(), " ".join(words))
    for match in _NAMED.finditer(text or ""):
        if elected(text, match.end("name")) or _STANDS_IN.search(text, 0, match.start()):
            continue
        if _DECIDED_BY.search(text, 0, match.start("name")):
            continue
        words = match.group("name").split()
        if len(words) == 3 and words[1].lower() not in given:
            words = words[:2]  # "Lisa Andersson Näsby 4:404": the family name is the second
        _add(found, words, given, known)
    named_to = 0  # where the last name found ends: "Lisa Andersson" in "Anna Lisa Andersson"
    for match in _ACTING.finditer(text or ""):
        if match.start() < named_to or elected(text, match.end("name")):
            continue
        name = match.group("name")
        if match.group("document"):
            name = name[:-1]  # the genitive's "s"
        if _add(found, name.split(), given, known):
            named_to = match.end("name")
    return list(found.values())


def _add(found: dict[str, str], words: list[str], given: set[str], known: set[str]) -> bool:
    """Adds the name of `words` to `found` unless it is no private person's: whether it is
    a name (an official's too)."""
    if words[0].split("-")[0].lower() not in given or words[-1].lower() in given:
        return False  # no given name first; "Anna Maria" alone
    name = _nominative(" ".join(words))
    if not _official(name, known):  # a ledamot or handläggare
        found.setdefault(name.casefold(), name)
    return True


def _party_name(match: re.Match, given: set[str]) -> list[str]:
    """The name after a party's word, given name first ("Karlsson, Anna": "Anna Karlsson",
    whose forms have it inverted too), or [] when it is no person's."""
    words, third = [match["first"], match["second"]], match["third"]
    if match["comma"]:  # the family name first, a known given name after
        known_given = words[1].lower() in given and written_as_name(words[0])
        return [words[1], words[0]] if known_given else []
    if third and third.lower() in _BODY_WORDS:
        return []  # "Ludvika Hem AB"
    # A third word is the name's too ("Anna Maria Karlsson", "Nguyen Van An"), unless a
    # property's number follows it ("Lisa Andersson Näsby 4:404").
    property_next = match.string[match.end() :].lstrip()[:1].isdigit()
    if third and written_as_name(third) and (words[1].lower() in given or not property_next):
        words.append(third)
    if not all(written_as_name(w) for w in words) or any(body_word(w) for w in words):
        return []
    return words


_NAME_WORD = re.compile(_LETTERS)
_NAME_GAP = re.compile(r"[ \u00a0]+")


def name_words(text: str, at: int, most: int, not_name: frozenset[str]) -> list[re.Match]:
    """The words written as names at text[at:], one space apart, at most `most`: up to the
    first that is not, or is one of `not_name` (lower case: "och", a role's word)."""
    words: list[re.Match] = []
    while len(words) < most and (word := _NAME_WORD.match(text, at)):
        if not written_as_name(word.group()) or word.group().lower() in not_name:
            break
        words.append(word)
        gap = _NAME_GAP.match(text, word.end())
        if gap is None:
            break
        at = gap.end()
    return words


def body_word(word: str) -> bool:
    folded = word.lower()
    return folded in _BODY_WORDS or folded.endswith(_BODY_ENDINGS)


def elected(text: str, end: int) -> bool:
    """Whether the name ending at text[end] is followed by a party's letters in brackets."""
    return bool(_PARTY_LETTERS.match(text, end))


def written_as_name(word: str) -> bool:
    """Written as a name: capitalised ("Jovanović", "O'Brien", "Al-Hassan") or in capitals."""
    parts = re.split("['’-]", word)
    return all(p[:1].isupper() and (p[1:].islower() or p.isupper()) for p in parts if p) and (
        len(word) > 1
    )


def _nominative(name: str) -> str:
    """The name without the genitive's "s" of a family name in -son ("Lisa Anderssons
    ansökan"): its forms (core.citizen_mentions.name_forms) have the genitive again."""
    return name[:-1] if name.endswith(("sons", "sens")) else name


def _official(name: str, known: set[str]) -> bool:
    """`name`, or its genitive ("Leif Petterssons yrkande"), is an official's name."""
    folded = name.casefold()
    return folded in known or (folded.endswith("s") and folded[:-1] in known)
