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
# "KD", a local party's "MBP", or a riksdag party in small letters, as older protokoll write
# them ("c Lennart Brunander v Karin Jageby m Margareta Löfgren").
PARTY_WORD = r"[A-ZÅÄÖ]{1,4}|[a-zåäö]{1,2}"
_STACK = re.compile(rf"(?<![\w(.'’&/-])(?:(?:{PARTY_WORD})\s+){{2,}}(?=[A-ZÅÄÖÉÜ][a-zåäöéü])")
_NAME_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéü][\w'’-]*"
# An initial inside a name ("Lile P Boschewska"), not a party's letter ("… Vähäniemi S Björn").
_INITIAL = rf"(?![SMCVL]\b)[A-ZÅÄÖÉÜ](?=\s+{_NAME_WORD})"
_WORDS = rf"{_NAME_WORD}(?:\s+(?:(?:von|af|de|van|der|den)\s+)*(?:{_NAME_WORD}|{_INITIAL}))*"
# The names after a column of parties, with "tjänstgör för" and the ledamot between them
# ("Jonny Karlsson tjänstgör för Gunnar Nilsson Rolf Hallberg …").
_STANDS_IN = r"\s+tjänstgör\s+för\s+"
_NAMES = re.compile(rf"{_WORDS}(?:{_STANDS_IN}{_WORDS})*")


STACK_WHY = (
    "partierna står i en egen kolumn före namnen, och namnen efter dem kunde inte delas i lika "
    "många personer: lägg till dem för hand"
)


def has_stack(text: str) -> bool:
    """The text holds a column of parties before their names ("C C C MBP MBP Mikael …")."""
    return any(all(is_party(p) for p in stack[0].split()) for stack in _STACK.finditer(text))


def is_party(word: str) -> bool:
    """ "S", "KD", "kd", a local party's "MBP"; not "AB", "och" or a lone letter no party
    has."""
    if not word.isalpha():
        return False  # "(M)": a party in brackets, after its own name
    if word in KNOWN_PARTIES or (word.islower() and word.upper() in KNOWN_PARTIES):
        return True
    return 2 <= len(word) <= 4 and word.isupper() and word not in NOT_PARTIES


def unstacked(text: str) -> str:
    """The text with each stretch of parties before their names written party by name."""
    pieces: list[str] = []
    position = 0
    for stack in _STACK.finditer(text):
        parties = stack[0].split()
        known = KNOWN_PARTIES.intersection(p.upper() for p in parties)
        if not all(is_party(p) for p in parties) or not known:
            continue
        run = _NAMES.match(text, stack.end())
        people = _people(re.split(_STANDS_IN, run[0]), len(parties)) if run else None
        if run is None or people is None:
            continue
        pieces.append(text[position : stack.start()])
        pieces.append(" ".join(f"{p} {who}" for p, who in zip(parties, people, strict=True)))
        position = run.end()
    return "".join(pieces) + text[position:]


def _people(runs: list[str], count: int) -> list[str] | None:
    """`count` people from runs of names apart by "tjänstgör för": the first name of each run
    after the first is the ledamot the one before tjänstgör för. One way of cutting them, or
    None."""
    ways = [
        cut
        for cut in _cuts(runs, count)
        if sum(len(names) for names in cut) - (len(runs) - 1) == count
    ]
    if len(ways) != 1:
        return None
    people: list[str] = []
    for index, names in enumerate(ways[0]):
        if index:  # "… tjänstgör för Gunnar Nilsson": his, after the one before
            people[-1] += f" tjänstgör för {names[0]}"
            names = names[1:]
        people += names
    return people


def _cuts(runs: list[str], count: int) -> list[list[list[str]]]:
    """Every way to cut each run into names, by the rules of members_names."""
    if not runs:
        return [[]]
    ways = []
    for many in range(1, count + 2):
        names = split_into(runs[0], many)
        if names is not None:
            ways += [[names, *rest] for rest in _cuts(runs[1:], count)]
    return ways
