"""The rows a list of delegationsbeslut gives, as read, before anything is checked: what
beslut_list reads from a table and beslut_text from a list written as text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport

KIND = "delegationsbeslut"


def line_where(row: int, page: int = 0) -> str:
    """ "Rad 12" of a sheet or text file, "Sida 2, rad 5" of a PDF."""
    return f"Sida {page}, rad {row}" if page else f"Rad {row}"


_WHERE = re.compile(r"^(?:Sida (\d+), r|R)ad (\d+)")


def where_order(where: str) -> tuple[int, int]:
    """The place of a report line in the file ("Sida 2, rad 5, punkt B" → (2, 5)); a line
    about no row ("Blad 2", "Nämnd") comes first."""
    match = _WHERE.match(where)
    return (int(match[1] or 0), int(match[2])) if match else (-1, 0)


@dataclass
class BeslutRow:
    """One decision as the file gives it, its cells trimmed; nothing checked yet."""

    row: int  # as the spreadsheet numbers it
    dnr: str = ""
    date: dt.date | None = None
    date_text: str = ""  # as written, for the report when it cannot be read
    received: dt.date | None = None  # the export's Inkom/Registreringsdatum, if it has one
    received_text: str = ""
    text: str = ""  # what was decided (rubrik and beslut, whichever the file has)
    delegat: str = ""
    handlaggare: str = ""
    punkt: str = ""
    organ: str = ""
    forvaltning: str = ""
    beskrivning: str = ""  # the cells of columns ksdesk has no field for, "Rubrik: värde"
    label: str = ""  # the point's letter, where one line of a text holds several decisions
    page: int = 0  # the page of a PDF the decision stands on (its row is the page's line)
    sekretess: bool = False  # the list marks it secret (beslut_secrecy)
    antal: int | None = None  # the decisions a summary row reports (beslut_counts)

    @property
    def where(self) -> str:
        where = line_where(self.row, self.page)
        return f"{where}, punkt {self.label}" if self.label else where


@dataclass
class BeslutList:
    rows: list[BeslutRow] = field(default_factory=list)
    report: ImportReport = field(default_factory=lambda: ImportReport(KIND, ""))
    # The latest date in the lines above the first decision (a kallelse's "Datum 2017-12-13",
    # an export's title): the year of a period written without one (beslut_year).
    head_date: dt.date | None = None
    item_dnrs: list[str] = field(default_factory=list)  # the agenda item's (beslut_item_dnr)


@dataclass
class BeslutFill:
    """What the secretary gives, in the import, for the rows that lack it: a list written as
    text often names no Dnr or beslutsfattare, or a date no one can read. The values given
    for one row (`rows`, by its place, "Rad 12, punkt B") come first, then those for every
    row. Only empty fields are filled; each filled row says so in the report."""

    date: dt.date | None = None
    delegat: str = ""
    dnr: str = ""
    rows: dict[str, BeslutFill] = field(default_factory=dict)

    def apply(self, row: BeslutRow, report: ImportReport) -> None:
        filled: list[str] = []
        own = self.rows.get(row.where)
        if own is not None:
            own._fill(row, filled)
        self._fill(row, filled)
        if filled:
            report.change(row.where, row.text, f"ifyllt vid importen: {', '.join(filled)}")

    def _fill(self, row: BeslutRow, filled: list[str]) -> None:
        if self.date is not None and row.date is None:
            row.date, row.date_text = self.date, self.date.isoformat()
            filled.append(f"beslutsdatum {self.date.isoformat()}")
        if self.delegat.strip() and not row.delegat.strip():
            row.delegat = self.delegat.strip()
            filled.append(f"beslutsfattare {row.delegat}")
        if self.dnr.strip() and not row.dnr.strip():
            row.dnr = self.dnr.strip()
            filled.append(f"diarienummer {row.dnr}")
