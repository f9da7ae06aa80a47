"""A column of short marks with no heading of its own in a delegationsordning's table: "D" and
"V", "DEL", "x", "Ja". Such a column often says whether a point is delegation or
verkställighet, or whether the decision is anmält to the nämnd; what it means stands, if
anywhere, in the document's text, not in the table, so the import cannot tell which and the
marks are not read into the points.

Each mark was a line of its own in the report, a page of "Tabell 2, rad 4: D" for a long
ordning. Here the marks of such a column are gathered and said once for the document: which
mark stood at which point, so that nothing is lost and the secretary can put back what the
column meant (in Anmärkning, say). A cell with more than a mark in it is no mark: it keeps its
own line, as every other text the header gave no heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport

# "D", "V", "VS", "DEL", "x", "Ja", "Nej", "✓", "*": no digit, no space, four signs at most.
_MARK = re.compile(r"[^\s\d.,;:()]{1,4}\.?")
_WHY = (
    "markeringar i en kolumn utan rubrik: vad de betyder står inte i tabellen, så de lästes "
    "inte in i punkterna. Kontrollera i dokumentet vad kolumnen anger (till exempel delegation "
    "eller verkställighet, eller om beslutet anmäls) och skriv det i Anmärkning om det ska "
    "följa med"
)


def is_mark(text: str) -> bool:
    """A cell's text that is a mark, not words: "D", "DEL", "x", "✓"."""
    return bool(_MARK.fullmatch(" ".join(text.split())))


@dataclass
class _Column:
    name: str  # "efter ”Delegat”": where the column stands, for the report
    # mark → where it stood: a point's number, or the row of a line that is no point
    marks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def said(self) -> str:
        """ "”D”: punkt 1.1, 1.2, 1.4; ”V”: punkt 1.3, Tabell 2, rad 4"."""
        parts = []
        for mark, places in self.marks.items():
            points = [nr for nr, _ in places if nr]
            rows = [row for nr, row in places if not nr]
            where = ([f"punkt {', '.join(points)}"] if points else []) + rows
            parts.append(f"”{mark}”: {', '.join(where)}")
        return "; ".join(parts)


@dataclass
class MarkColumns:
    """The marks of the document's columns without a heading, by where the column stands."""

    columns: dict[str, _Column] = field(default_factory=dict)

    def add(self, column: str, mark: str, nr: str, row: str) -> None:
        """A mark in `column` at point `nr` (or, for a row that is no point, at `row`)."""
        found = self.columns.setdefault(column, _Column(column))
        found.marks.setdefault(" ".join(mark.split()), []).append((nr, row))

    def report(self, report: ImportReport) -> None:
        """One line a column: each mark and the points it stood at."""
        for column in self.columns.values():
            count = sum(len(places) for places in column.marks.values())
            rows = f"{count} {'rad' if count == 1 else 'rader'}"
            report.drop(f"Kolumnen utan rubrik {column.name}", column.said(), f"{rows}, {_WHY}")
        self.columns.clear()
