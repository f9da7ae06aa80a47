"""What reading an ärendelista gives (agenda_import): the items, each with the file's Nr and
row, the meeting's date if the document's heading gives one, and the report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende


@dataclass
class AgendaImport:
    items: list[Arende] = field(default_factory=list)
    numbers: list[int | None] = field(default_factory=list)  # the file's Nr of each item
    labels: list[str] = field(default_factory=list)  # that Nr as written ("§ 63/20", "b)")
    rows: list[int] = field(default_factory=list)  # the file's row of each item
    meeting_date: dt.date | None = None  # the date in the document's heading, if any
    # Where each of the file's rows stands as the document shows it ("Tabell 1, rad 3",
    # "Sida 2, rad 5"), for a Word or PDF file whose row numbers no one could find.
    places: list[str] = field(default_factory=list)
    report: ImportReport = field(default_factory=lambda: ImportReport("dagordning", ""))

    def add(self, item: Arende, number: int | None, label: str, row: int) -> None:
        """An item read, with the number it is placed at, its Nr as written and its row."""
        self.items.append(item)
        self.numbers.append(number)
        self.labels.append(label)
        self.rows.append(row)

    @property
    def warnings(self) -> list[str]:
        return [line.sentence() for line in self.report.warnings]
