"""The rows a list of delegationsbeslut gives, as read, before anything is checked: what
beslut_list reads from a table and beslut_text from a list written as text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport

KIND = "delegationsbeslut"


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

    @property
    def where(self) -> str:
        return f"Rad {self.row}, punkt {self.label}" if self.label else f"Rad {self.row}"


@dataclass
class BeslutList:
    rows: list[BeslutRow] = field(default_factory=list)
    report: ImportReport = field(default_factory=lambda: ImportReport(KIND, ""))
