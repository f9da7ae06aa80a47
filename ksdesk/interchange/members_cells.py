"""A members list copied from a web page's table: cells apart by tabs, wide spaces or "|"
("Namn | Parti | Uppdrag", "Ordförande  Anna Ek  S"), or one row "Anna Ek, M, ledamot";
the two columns "Ordinarie | Ersättare" of a nämnd with personal ersättare, where a row's
ersättare is the ledamot's own unless some rows hold only one of them (two lists side by
side, as Ockelbo's page prints them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.organ import Fortroendevald
from ksdesk.interchange.members_names import split_names
from ksdesk.interchange.members_words import ROLE, name_with_role, party_of, role_in

_CELLS = re.compile(r"\t|\s{2,}|\s+\|\s+")
_HEADINGS = {"namn", "parti", "uppdrag", "roll", "funktion", "befattning", "nr", "partibeteckning",
             "efternamn", "förnamn"}  # fmt: skip
# The words of a rubrikrad and the column each names.
_COLUMNS = {
    **{word: word for word in _HEADINGS},
    "ordinarie": "ledamot",
    "ledamot": "ledamot",
    "ledamöter": "ledamot",
    "ersättare": "ersättare",
    "personlig": "",  # "Personlig ersättare": one column
    "personliga": "",
    "ordningsnummer": "nr",
}
_WORDS = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*[•·*–-]\s+")
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÉ]\w+")
_RUN_OF_NAMES = 5  # more capitalised words than a name has: several names with nothing between
# In a table of ledamot and ersättare side by side, a cell of four names or more is the two.
_WORDS_OF_TWO_NAMES = 4
_TWO_NAMES_WHY = (
    "ledamot och ersättare utan tydlig gräns (ett mellanslag): skriv en tabb mellan "
    "kolumnerna eller en person per rad"
)


_TWO_LISTS = (
    "Ledamöter och ersättare står i två kolumner, men några rader har bara en av dem: "
    "ersättarna lästes inte som personliga ersättare."
)
# A personal ersättare is elected on the ledamot's party's list: a row of two parties is two
# lists side by side (Perstorp's kommunstyrelse, "Torgny Lindau (PF) | Ulla-Britt Brandin (KD)").
_TWO_PARTIES = (
    "Ledamöter och ersättare står i två kolumner, men på {rows} är ledamoten och ersättaren "
    "av olika partier: ersättarna lästes inte som personliga ersättare."
)


@dataclass
class Table:
    """The table being read: its columns from the rubrikrad, and in a table of ledamot and
    ersättare side by side, the ersättare a row made personal and how many rows held one."""

    columns: list[str] = field(default_factory=list)
    paired: list[Fortroendevald] = field(default_factory=list)
    lone_rows: int = 0
    crossed_rows: int = 0  # rows whose ledamot and ersättare are of two parties

    @property
    def family_first(self) -> bool:
        """A förtroendevalda register's "Efternamn Förnamn Parti Uppdrag" (members_register.py)."""
        return self.columns[:2] == ["efternamn", "förnamn"]

    @property
    def pairs(self) -> bool:
        return "ledamot" in self.columns and "ersättare" in self.columns

    def row(self, people: list[Fortroendevald], indented: bool) -> None:
        """A row's people: the second is the first one's ersättare; one alone, indented under
        the ledamot column's empty cell, is an ersättare."""
        if len(people) >= 2:
            people[1].role, people[1].personlig_for = "ersättare", people[0].name
            if self.columns.count("parti") == 1:  # "Ordinarie | Parti | Ersättare": the row's
                people[1].party = people[1].party or people[0].party
            self.paired.append(people[1])
            parties = {people[0].party, people[1].party}
            self.crossed_rows += len(parties) == 2 and "" not in parties
        elif people:
            self.lone_rows += 1
            if indented:
                people[0].role = "ersättare"

    def finish(self, report: ImportReport) -> None:
        """Rows of one person, or rows of two parties: the columns are two lists, not pairs."""
        if not self.paired or not (self.lone_rows or self.crossed_rows):
            return
        for person in self.paired:
            person.personlig_for = ""
        rows = count(self.crossed_rows, "rad", "rader")
        said = _TWO_LISTS if self.lone_rows else _TWO_PARTIES.format(rows=rows)
        if not any(line.text == said for line in report.warnings):  # once a paste
            report.warn_sentence("Tabellen", said)


def table_header(line: str) -> list[str] | None:
    """The columns a rubrikrad names ("Ordinarie Parti Ersättare", "Namn | Parti | Uppdrag",
    "Ledamöter Ersättare"), or None when the line is more than a rubrikrad."""
    # "EfternamnFörnamnPartiUppdrag": a register's rubrikrad with the cells' spaces lost.
    spaced = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])", " ", line)
    words = [word.casefold() for word in _WORDS.findall(spaced)]
    if len(words) < 2 or any(word not in _COLUMNS for word in words):
        return None
    return [_COLUMNS[word] for word in words if _COLUMNS[word]]


class _Adds(Protocol):
    section: str | None
    table: Table

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald: ...

    @property
    def report(self) -> ImportReport: ...


def _cells_of(line: str) -> list[str]:
    line = _BULLET.sub("", line)  # "• Anna Ek, ordförande"
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
    people: list[Fortroendevald] = []
    unread: list[str] = []
    # A party or role in a cell before the row's first name is that person's.
    waiting: dict[str, str] = {}
    merged = len(cells) < len(reader.table.columns) and "parti" in reader.table.columns
    for cell in cells:
        if merged and people and not people[-1].party and (split := _party_first(cell)):
            # "Msm Fredrik Häggblom": the Parti column's cell run into the next one's.
            people[-1].party, cell = split
            reader.report.change(where, f"{split[0]} {cell}", f"läst som partiet {split[0]}")
        if (name := name_with_role(cell)) and _two_names(reader.table, cells, name[0]):
            # "Mattias Nilsson Eva-Lena Karlsson": the two columns apart by one space only.
            run = split_names(name[0])
            if run is None or len(run) != 2:
                reader.report.drop(where, cell, _TWO_NAMES_WHY)
                return True
            reader.report.change(where, cell, "delad i ledamot och ersättare: kontrollera namnen")
            people += [reader.add(one, "", reader.section or "ledamot") for one in run]
        elif name:
            role = reader.section or "ledamot"
            person = reader.add(
                name[0], waiting.pop("party", ""), name[1] or waiting.pop("role", role)
            )
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
                run = _names_of_run(reader, where, rest)  # "ordf. Rickard Norberg Ulf Hansson …"
                people += run
                if not run:
                    unread.append(rest)
        elif run := _names_of_run(reader, where, cell):
            people += run
        else:
            unread.append(cell)
    if people:
        for cell in unread:
            reader.report.drop(where, cell, _why_not(cell))
    return bool(people)


def _names_of_run(reader: _Adds, where: str, cell: str) -> list[Fortroendevald]:
    """ "Rickard Norberg Ulf Hansson Bo Lennart Danielsson": the people of a run of names
    with nothing between them, where it can be cut one way only (members_names.py)."""
    names = split_names(cell)
    if names is None or len(names) < 2:
        return []
    reader.report.change(
        where, cell, f"delad i {len(names)} personer vid förnamn och efternamn: kontrollera namnen"
    )
    return [reader.add(name, "", reader.section or "ledamot") for name in names]


def _two_names(table: Table, cells: list[str], name: str) -> bool:
    return table.pairs and len(cells) == 1 and len(name.split()) >= _WORDS_OF_TWO_NAMES


def _party_first(cell: str) -> tuple[str, str] | None:
    """ "Msm Fredrik Häggblom" → ("Msm", "Fredrik Häggblom"): a party and then a name."""
    first, _, rest = cell.partition(" ")
    party = party_of(first)
    return (party, rest) if party and rest and name_with_role(rest) else None
