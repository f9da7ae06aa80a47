"""Who took part in a meeting, as the protokoll's first page lists them (core.protokoll_text):
the beslutande with the §§ they sat and whom they stood in for, those in the room who did
not tjänstgöra, and those not there at all."""

from __future__ import annotations

import re

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Protokoll
from ksdesk.core.protokoll_chair import stand_in_chairs
from ksdesk.core.protokoll_rules import paragraf_span, tjanstgorande


def beslutande(protokoll: Protokoll, meeting: Sammantrade) -> list[str]:
    """Ledamöter who tjänstgjorde in some §, then ersättare who stepped in, with their §§
    when they did not take part throughout, and the §§ a vice ordförande led in a jävig
    ordförande's place ("Kajsa Ezelius (S), 1:e vice ordförande, ordförande § 174")."""
    numbers = protokoll.numbers
    led = stand_in_chairs(meeting, protokoll)
    javig = _javig(protokoll, meeting)
    seats: dict[str, tuple[Deltagare, set[str], list[int]]] = {}
    for paragraf in protokoll.paragrafer:
        for seat in tjanstgorande(protokoll.upprop, paragraf):
            entry = seats.setdefault(seat.deltagare.name, (seat.deltagare, set(), []))
            if seat.replaces:
                entry[1].add(seat.replaces)
            entry[2].append(paragraf.nr)
    lines = []
    ordered = sorted(
        seats.values(), key=lambda e: (e[0].is_ersattare, protokoll.upprop.index(e[0]))
    )
    for attendee, replaced, sat in ordered:
        text = attendee.display
        if attendee.name == meeting.chair_name or attendee.role == "ordförande":
            text += ", ordförande"
        elif attendee.role in ("1:e vice ordförande", "2:e vice ordförande"):
            text += f", {attendee.role}"
        if attendee.name in led:
            text += f", ordförande {paragraf_span(led[attendee.name])}"
        text += _distans(attendee)
        if replaced:
            # With the party, as kommuner print it: "ersättare för Stefan Böhlin (M)".
            whom = display_names(protokoll, sorted(replaced))
            text += f", tjänstgörande ersättare för {', '.join(whom)}"
        if sorted(sat) != numbers:
            text += _part_taken(attendee.name, sat, numbers, javig)
        lines.append(text)
    return lines


def _javig(protokoll: Protokoll, meeting: Sammantrade) -> set[tuple[str, int]]:
    """(name, §) of each jäv the first page may name: not in a secret §, whose jäv could
    say something of the individual the public version leaves out."""
    secret = {item.id for item in meeting.items if item.secret}
    return {
        (j.name, p.nr)
        for p in protokoll.paragrafer
        if p.item_id is None or p.item_id not in secret
        for j in p.jav
    }


def _part_taken(name: str, sat: list[int], numbers: list[int], javig: set[tuple[str, int]]) -> str:
    """The §§ a member took part in, and those left out for jäv named so, as Kungsbacka's
    kommunstyrelse prints it (protokoll 2024-05-28): "deltar ej vid § 153 p.g.a. jäv" alone
    when jäv is the only reason, after the §§ sat when she was also away for others."""
    out = [n for n in numbers if n not in sat and (name, n) in javig]
    said = f", deltar ej vid {paragraf_span(out)} p.g.a. jäv" if out else ""
    if len(sat) + len(out) == len(numbers) and out:
        return said
    return f", {paragraf_span(sorted(sat))}{said}"


def listening(protokoll: Protokoll, ersattare: bool) -> list[str]:
    """Everyone in the room who did not tjänstgöra, ersättare or the others (övriga, and a
    ledamot who sat out some §§), with the §§ when not the whole meeting (a jävig member has
    left the room for that §)."""
    numbers = protokoll.numbers
    sat: dict[str, set[int]] = {}
    for p in protokoll.paragrafer:
        for seat in tjanstgorande(protokoll.upprop, p):
            sat.setdefault(seat.deltagare.name, set()).add(p.nr)
    javig = {(j.name, p.nr) for p in protokoll.paragrafer for j in p.jav}
    lines = []
    for a in protokoll.upprop:
        if a.is_ersattare != ersattare:
            continue
        present = [
            n
            for n in numbers
            if a.present_at(n) and n not in sat.get(a.name, ()) and (a.name, n) not in javig
        ]
        if not present:
            continue
        text = (f"{a.display}, ersättare" if a.is_ersattare else a.display) + _distans(a)
        lines.append(text if present == numbers else f"{text}, {paragraf_span(present)}")
    return lines


def _distans(attendee: Deltagare) -> str:
    """Beside the name of one who took part by video, as kommuner print it since 2020."""
    return ", på distans" if attendee.distans else ""


def absent(protokoll: Protokoll) -> list[str]:
    """Ledamöter, then ersättare, of the upprop who were not there at all."""
    away = [a for a in protokoll.upprop if not a.present and a.role != OTHER_ROLE]
    away.sort(key=lambda a: a.is_ersattare)
    return [f"{a.display}, ersättare" if a.is_ersattare else a.display for a in away]


def display_names(protokoll: Protokoll, names: list[str]) -> list[str]:
    by_name = {a.name: a for a in protokoll.upprop}
    return [by_name[n].display if n in by_name else n for n in names]


_WITH_PARTY = re.compile(r"\([A-ZÅÄÖ][\w/-]{0,6}\)\s*$")


def signing_justerare(protokoll: Protokoll, chair: str) -> list[str]:
    """The justerare's names on their signature lines, written as the ordförande's beside them:
    with their party when hers has one ("Hravn Forsne (M)" beside "Göran Ottosson (SD)", as
    Kungsbacka's Vård & Omsorg 2025-03-20 signs), plain when hers is plain. Two empty lines to
    sign on while none is chosen."""
    names = list(protokoll.justering.justerare)
    if not names:
        return ["", ""]
    return display_names(protokoll, names) if _WITH_PARTY.search(chair) else names
