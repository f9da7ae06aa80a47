"""A run of people each with the party's letters before the name, as Marks kommun's protokoll
write their Beslutande: "L Sofia Sjöstrand, ordförande M Anders Lindahl C Lena Ferm Hansson
tjänstgör för Ann-Christine Andreasson (C) MBP -", or a person a line ("S Urban Jernberg").

A capital letter inside a name is an initial, not a party ("Lars G Jansson", "Natalia E.
Henriksson"): a party stands where a name begins, so the letters are a party only where the
name before them has two words at least and the one after them too. The riksdag's parties
(S, M, SD, C, V, KD, L, MP and the old FP) are known; a local party's capitals ("MBP", "MOD")
are taken only in a list already written this way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ksdesk.core.organ_members import person_key
from ksdesk.interchange.members_page import leftover
from ksdesk.interchange.members_party_columns import (
    KNOWN_PARTIES,
    PARTY_WORD,
    STACK_WHY,
    has_stack,
    is_party,
    unstacked,
)
from ksdesk.interchange.members_runs import Adds
from ksdesk.interchange.members_words import NAME, ROLE, party_of, role_in

_TOKEN = re.compile(rf"(?<![\w(.'’&/-])(?P<party>{PARTY_WORD})(?=\s+[A-ZÅÄÖÉÜ][a-zåäöéü])")
# A name's words have a small letter ("AnnSofi", "Iberius-Orrvik"), but for an initial inside
# it ("Natalia E. Henriksson"): "Sofia Sjöstrand L -" ends before the L of an empty seat.
_WORD = r"(?:[A-ZÅÄÖÉÜ][\w'’-]*[a-zåäöéü][\w'’-]*|[A-ZÅÄÖÉÜ]\.?(?=\s+[A-ZÅÄÖÉÜ][a-zåäöéü]))"
_TWO_WORDS = re.compile(rf"\s*{_WORD}(?:\s+(?:(?:von|af|de|van|der|den)\s+)*{_WORD}){{1,4}}")
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)\s+$")
_LAST_WORD_A_NAME = re.compile(r"[A-ZÅÄÖÉÜ][\w'’-]*\s*$")
# "tjänstgör för Elise Benjaminsson (M)", "ersätter Anna Ek": the ledamot this one stands in
# for at the meeting, the party in brackets where the page gives it.
_STANDS_IN = re.compile(
    r"(?i:tjänstgör(?:ande)?(?:\s+ersättare)?|ersättare|ersätter)(?:\s+för)?"
    rf"\s+(?P<who>{NAME})(?:\s*\((?P<party>[^()\d]{{1,6}})\))?"
)
# What says for how much of the meeting a person was there: "klockan", "kl", §§, numbers.
_PRESENCE = re.compile(r"(?:\b(?:klockan|kl\.?|ej|fr\.?o\.?m\.?|t\.?o\.?m\.?)|§|[\d\s,.:–-])+")
# "MBP -": a party's seat with no one in it at this meeting.
EMPTY_SEAT = re.compile(r"(?<![\w(])(?P<party>[A-ZÅÄÖ]{1,4})\s+[-–](?!\s*\w)")
_EMPTY_SEAT_WHY = "partiets plats utan namn: ingen person att läsa"
_AT_LEAST = 2  # parties before names: a run written so


class _Reader(Adds, Protocol):
    stood_in_for: set[str]  # the people named only as one an ersättare tjänstgör för


@dataclass
class _Person:
    party: str
    name: str
    own_party: str  # in brackets after the name, where the page gives it again
    rest: str  # what follows the name up to the next party


def _parties(text: str, shape_known: bool) -> list[re.Match[str]]:
    """The party tokens of the text that begin a name; none when the text is not such a run."""
    accepted: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text):
        if not is_party(token["party"]) or not _TWO_WORDS.match(text, token.end()):
            continue
        last = _LAST_WORD.search(text[: token.start()])
        if last and is_party(last[1]):
            continue  # the last of a column of parties whose names could not be cut
        before = text[accepted[-1].end() : token.start()] if accepted else text[: token.start()]
        if accepted and not _TWO_WORDS.match(before):
            continue  # "S Lars G Jansson": G comes in the middle of a name
        if not accepted and _LAST_WORD_A_NAME.search(before) and role_in(before) is None:
            continue  # "Anna C Berg": an initial
        accepted.append(token)
    if not shape_known and not any(token["party"].upper() in KNOWN_PARTIES for token in accepted):
        return []
    if len(accepted) >= _AT_LEAST or shape_known:
        return accepted
    only = accepted[0] if accepted else None
    return accepted if only is not None and not text[: only.start()].strip() else []


def _people(text: str, tokens: list[re.Match[str]]) -> list[_Person]:
    people = []
    for index, token in enumerate(tokens):
        end = tokens[index + 1].start() if index + 1 < len(tokens) else len(text)
        name = _TWO_WORDS.match(text[:end], token.end())  # not on into the next one's name
        assert name is not None  # _parties took only tokens a name follows
        after = text[name.end() : end]
        own = re.match(r"\s*\((?P<inside>[^()\d]{1,6})\)", after)
        own_party = party_of(own["inside"]) if own else ""
        if own_party:
            after = after[own.end() :]
        people.append(_Person(token["party"], name[0].strip(), own_party, after))
    return people


def read_party_first(
    reader: _Reader, where: str, text: str, role: str, why: str, *, shape_known: bool = False
) -> bool:
    """Read a run written with the party before each name, each person with `role` unless the
    run gives one ("ordförande", "tjänstgör för …": an ersättare); False, and nothing read,
    when the text is not such a run. What is not a person is reported with `why`."""
    text = unstacked(text)
    tokens = _parties(text, shape_known)
    if not tokens:
        return False
    report = reader.report
    if head := leftover(text[: tokens[0].start()]):
        report.drop(where, head, why)
    for person in _people(text, tokens):
        rest = person.rest
        stands_in = _STANDS_IN.search(rest)
        own_role = role_in(_STANDS_IN.sub("", rest))
        read_role = "ersättare" if stands_in else own_role or role
        reader.add(person.name, person.own_party or person.party.upper(), read_role)
        if stands_in:
            away = reader.add(stands_in["who"], party_of(stands_in["party"] or ""), "ledamot")
            if not away.party:
                reader.stood_in_for.add(person_key(away.name))
            rest = rest[: stands_in.start()] + rest[stands_in.end() :]
        if own_role:
            rest = ROLE.sub("", rest, count=1)
        _rest(reader, where, person.name, rest, why)
    return True


def _rest(reader: Adds, where: str, name: str, rest: str, why: str) -> None:
    """What follows a person: the hours or §§ they were there for (the meeting's, not the
    register's), a party's empty seat, and whatever else, each with its line."""
    report = reader.report
    for seat in EMPTY_SEAT.finditer(rest):
        report.drop(where, seat[0], _EMPTY_SEAT_WHY)
    rest = EMPTY_SEAT.sub(" ", rest)
    presence = _PRESENCE.match(rest)
    if presence and leftover(presence[0]) and re.search(r"\w", presence[0]):
        said = " ".join(presence[0].split()).strip(" ,")
        report.change(where, f"{name} {said}", "närvaron hör till sammanträdet, inte registret")
        rest = rest[presence.end() :]
    if left := leftover(rest):
        report.drop(where, left, STACK_WHY if has_stack(left) else why)
