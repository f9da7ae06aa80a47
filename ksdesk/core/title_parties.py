"""The private party an ärende's title names, as a byggnadsnämnd's agenda writes it:
"HEDE 3:7 - Rivningsföreläggande mot Lars-Göran Pettersson", "Bygglov för tillbyggnad av
fritidshus, Ulla-Britt Sjöö, Särö 1:88", "Karin Ek, Tölö 5:12 - Bygglov", "Förhandsbesked,
sökande Anna Berg". A title prints on every public output (kallelse, packet, protokoll,
utdrag, the web page, its bookmarks, file names and link texts), and the text of the matter
was the only place a name was looked for (core.contact_parties): a name written only in the
title was published in clear (walk34).

A name is looked for where a title names its party: after the party's word ("sökande",
"klagande", "fastighetsägare", "ansökan från", "klagomål från"), any name of two or three
words; after "mot" or "angående", which also name bodies, places and matters ("mot buller",
"angående Kungsbacka 6:1"), only a name that begins with a given name of core's list; and a
part of the title of its own between commas or dashes, next to a fastighetsbeteckning
("…, Ulla-Britt Sjöö, Särö 1:88"; "Johan Lindqvist, Vallda 12:45"), also only with a given
name. Never a company, förening or authority (core.private_names.body_word) nor an elected
member (party letters after the name); an official the file knows is left out by the
caller (services.public_contacts). Each name is (start, end, the name in lower case), as
core.contact_parties gives a party's: the review's hit and its masking are theirs.
What this finds in real agenda titles is measured by bench/citizen_name_false_alarms.py."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ksdesk.core.private_names import body_word, elected, name_words

_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
# Words only a party is named after: any name follows.
_STRONG = (
    r"sökanden?|klaganden?|fastighetsägaren?|(?:ansökan|begäran) (?:från|av)|"
    r"(?:klagomål|synpunkter|skrivelse) från"
)
# Words that name a party, but bodies, places and matters too: a given name must follow.
_WEAK = r"mot|angående|ang\."
_CUE = re.compile(
    rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG}))|(?i:{_WEAK}))(?![\w-])[:,]?{_GAP}(?=\S)"
)
_WORD = re.compile(_LETTERS)
_JOINED = re.compile(rf"{_GAP}(?i:och|samt){_GAP}")
_SPACE = re.compile(_GAP)
# Where a title's parts meet: a comma, or a dash with space on both sides.
_SEPARATOR = re.compile(r",[ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+")
# A fastighetsbeteckning at the start or the end of a part: "Särö 1:88", "TÖLÖ BY 5:23".
_PROPERTY = rf"(?:{_LETTERS}{_GAP}){{1,3}}\d+:\d+"
_PROPERTY_AT = re.compile(rf"^{_PROPERTY}(?!\w)|(?<![\w:]){_PROPERTY}$")
# Words no name holds (a title in capitals: "BYGGLOV, SÖKANDE ANNA BERG OCH PER LIND").
_NOT_NAME_WORDS = "och samt eller med till av för på från i om som den det mot"
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())


def title_party_names(title: str, given_names: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, name in lower case) of each private person `title` names as its party;
    `given_names` in lower case."""
    given = frozenset(given_names)
    found: dict[int, tuple[int, int, str]] = {}
    for match in _CUE.finditer(title):
        at = match.end()  # each party of a list: "mot Anna Berg och Per Lind"
        while name := _name(title, at, given, any_name=bool(match["strong"])):
            found.setdefault(name[0], name)
            joined = _JOINED.match(title, name[1])
            if joined is None:
                break
            at = joined.end()
    for start, end in _parts_beside_property(title):
        name = _name(title, start, given, any_name=False)
        if name and name[1] == end:  # the part is the name, nothing else
            found.setdefault(name[0], name)
    return sorted(found.values())


def _name(
    text: str, at: int, given: frozenset[str], *, any_name: bool
) -> tuple[int, int, str] | None:
    """The name of two or three words written as names at text[at:], or None: fewer words,
    no given name first (unless `any_name`), a body's word in it or right after it, party
    letters after it."""
    words = name_words(text, at, 3, _NOT_NAME)
    if len(words) == 3 and text[words[2].end() :].lstrip()[:1].isdigit():
        words = words[:2]  # "Lisa Andersson Näsby 4:404": the third is the property's
    after = _SPACE.match(text, words[-1].end()) if len(words) == 3 else None
    following = _WORD.match(text, after.end()) if after else None
    if len(words) < 2 or any(_body(text, w) for w in words):
        return None
    if following and _body(text, following):
        return None  # "Anders Svensson Bygg AB"
    end = words[-1].end()
    if text[end:].lstrip()[:1].isdigit() or elected(text, end):
        return None  # "Särö Strand 1:88", a property; "Anna Berg (S)", a ledamot
    if not any_name and words[0].group().split("-")[0].lower() not in given:
        return None
    return words[0].start(), end, " ".join(w.group() for w in words).lower()


def _body(text: str, word: re.Match) -> bool:
    """A body's word (core.private_names.body_word), but "Ek" as a family name ("Karin Ek"):
    a förening's "ek." has its full stop, or "för" after it."""
    if word.group().lower() == "ek":
        return bool(re.match(r"\.| för", text[word.end() : word.end() + 4], re.IGNORECASE))
    return body_word(word.group())


def _parts_beside_property(title: str) -> list[tuple[int, int]]:
    """(start, end) of each part of `title` between its commas and dashes whose neighbour
    begins or ends with a fastighetsbeteckning."""
    cuts = [0]
    for separator in _SEPARATOR.finditer(title):
        cuts += [separator.start(), separator.end()]
    cuts.append(len(title))
    parts = [_stripped(title, cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    property_at = [bool(_PROPERTY_AT.search(title[start:end])) for start, end in parts]
    return [
        part
        for i, part in enumerate(parts)
        if (i > 0 and property_at[i - 1]) or (i + 1 < len(parts) and property_at[i + 1])
    ]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the spaces and full stop at its edges, as (start, end)."""
    part = text[start:end]
    left = len(part) - len(part.lstrip())
    return start + left, start + len(part.rstrip(" \u00a0.\t\n"))
