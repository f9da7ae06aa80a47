"""Marks kommun's protokoll print the party and the name in two columns of one table; some
PDFs give a stretch of the first column before the second: "C C C C C MBP MBP Mikael Larsson
Leif Sternfeldt Ulla-Maj Persson Pontus Johansson Eva Åberg Andersson Henry Sandahl Ylva
Höglund". The parties say how many names follow, which cuts the run of names
(members_names.split_into); the stretch is written back as the page means it, each party
before its name ("C Mikael Larsson C Leif Sternfeldt … MBP Ylva Höglund"). A stretch whose
names cannot be cut so is left as it is, for the report."""

from __future__ import annotations

import re

from ksdesk.interchange.members_names import split_into
from ksdesk.interchange.members_words import PARTY_NAMES

KNOWN_PARTIES = frozenset(PARTY_NAMES.values())
# Capitals before a name that are no party: a company's "AB", a title's "VD".
NOT_PARTIES = frozenset({"AB", "HB", "KB", "VD", "IT", "HR", "KS", "KF", "AU"})
PARTY_WORD = r"[A-ZÅÄÖ]{1,4}"
_STACK = re.compile(rf"(?<![\w(.'’&/-])(?:{PARTY_WORD}\s+){{2,}}(?=[A-ZÅÄÖÉÜ][a-zåäöéü])")
_NAME_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéü][\w'’-]*"
_NAMES = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:von|af|de|van|der|den)\s+)*{_NAME_WORD})*")


STACK_WHY = (
    "partierna står i en egen kolumn före namnen, och namnen efter dem kunde inte delas i lika "
    "många personer: lägg till dem för hand"
)


def has_stack(text: str) -> bool:
    """The text holds a column of parties before their names ("C C C MBP MBP Mikael …")."""
    return any(all(is_party(p) for p in stack[0].split()) for stack in _STACK.finditer(text))


def is_party(word: str) -> bool:
    """ "S", "KD", a local party's "MBP"; not "AB" or a lone letter no party has."""
    if word in KNOWN_PARTIES:
        return True
    return 2 <= len(word) <= 4 and word.isupper() and word not in NOT_PARTIES


def unstacked(text: str) -> str:
    """The text with each stretch of parties before their names written party by name."""
    pieces: list[str] = []
    position = 0
    for stack in _STACK.finditer(text):
        parties = stack[0].split()
        if not all(is_party(p) for p in parties) or not KNOWN_PARTIES.intersection(parties):
            continue
        run = _NAMES.match(text, stack.end())
        names = split_into(run[0], len(parties)) if run else None
        if run is None or names is None:
            continue
        pieces.append(text[position : stack.start()])
        pieces.append(
            " ".join(f"{party} {name}" for party, name in zip(parties, names, strict=True))
        )
        position = run.end()
    return "".join(pieces) + text[position:]
