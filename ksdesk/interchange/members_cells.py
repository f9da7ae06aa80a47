"""A members list copied from a web page's table: cells apart by tabs, wide spaces or "|"
("Namn | Parti | Uppdrag", "Ordförande  Anna Ek  S"), or one row "Anna Ek, M, ledamot";
the two columns "Ordinarie | Ersättare" of a nämnd with personal ersättare."""

from __future__ import annotations

import re
from typing import Protocol

from ksdesk.core.import_report import ImportReport
from ksdesk.core.organ import Fortroendevald
from ksdesk.interchange.members_words import ROLE, heading_role, name_with_role, party_of, role_in

_CELLS = re.compile(r"\t|\s{2,}|\s+\|\s+")
_HEADINGS = {"namn", "parti", "uppdrag", "roll", "funktion", "befattning", "nr", "partibeteckning"}
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÉ]\w+")
_RUN_OF_NAMES = 5  # more capitalised words than a name has: several names with nothing between


class _Adds(Protocol):
    section: str | None
    pairs: bool

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald: ...

    @property
    def report(self) -> ImportReport: ...


def _cells_of(line: str) -> list[str]:
    cells = [c.strip(" ,;") for c in _CELLS.split(line.strip()) if c.strip(" ,;")]
    if len(cells) == 1 and "," in cells[0]:
        cells = [c.strip() for c in cells[0].split(",") if c.strip()]
    return cells


def _why_not(cell: str) -> str:
    if len(_CAPITALISED.findall(cell)) >= _RUN_OF_NAMES:
        return "flera namn utan skiljetecken: skriv en person per rad eller partiet inom parentes"
    return "inte läst som namn, parti eller roll"


def read_cells(reader: _Adds, where: str, line: str) -> bool:
    """A row of a table: cells of names, parties and roles. False when it names no one (the
    caller reports the line); cells of a row that names someone but are not read are reported
    here."""
    cells = _cells_of(line)
    if all(c.casefold() in _HEADINGS for c in cells):
        return True  # the table's rubrikrad: "Namn | Parti | Uppdrag"
    people: list[Fortroendevald] = []
    unread: list[str] = []
    # A party or role in a cell before the row's first name is that person's.
    waiting: dict[str, str] = {}
    for cell in cells:
        if name := name_with_role(cell):
            role = "ersättare" if reader.pairs and people else (reader.section or "ledamot")
            person = reader.add(
                name[0], waiting.pop("party", ""), name[1] or waiting.pop("role", role)
            )
            if reader.pairs and people:
                person.personlig_for = people[0].name
            people.append(person)
        elif party := party_of(cell):
            if people:
                people[-1].party = people[-1].party or party
            else:
                waiting["party"] = party
        elif role := role_in(cell):
            if people:
                people[-1].role = role
            else:
                waiting["role"] = role
            if rest := ROLE.sub("", cell, count=1).strip(" ,.;:"):
                unread.append(rest)
        else:
            unread.append(cell)
    if people:
        for cell in unread:
            reader.report.drop(where, cell, _why_not(cell))
    return bool(people)


def header_of_pairs(line: str) -> bool:
    """ "Ordinarie   Ersättare", "Ledamot | Personlig ersättare": a table of pairs."""
    cells = [c.strip() for c in _CELLS.split(line.strip()) if c.strip()]
    if len(cells) != 2:
        return False
    return heading_role(cells[0]) == "ledamot" and heading_role(cells[1]) == "ersättare"
