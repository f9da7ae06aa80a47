"""The columns of the delegation table being read: its header row (and a second header row
under a merged heading, "Beslutsfattare" over "Delegat | Ersättare"), the document's own
headings, columns read by a near spelling, extra columns kept by their heading, and text in a
column the header gave no heading. delegation_rows decides what each row is.
"""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_layout import FIELD_LABELS, Layout, refine, sub_header
from ksdesk.interchange.delegation_row_points import PointRows
from ksdesk.interchange.delegation_table_row import Row


class ColumnRows(PointRows):
    """The layout of the table being read, and the headings of every table read so far."""

    def __init__(self, report: ImportReport | None = None) -> None:
        super().__init__(report)
        self.layout: Layout | None = None
        self.last_layout: Layout | None = None
        self.column_headings: dict[str, str] = {}
        self.extra_columns: list[str] = []
        self.near_read: set[tuple[str, str]] = set()  # (heading, field) read by near spelling
        self.lagrum_column = False  # a table of the document has a Lagrum column

    def _use_layout(self, layout: Layout, where: str) -> None:
        self.layout = self.last_layout = layout
        self.lagrum_column = self.lagrum_column or layout.has("lagrum")
        if layout.title:
            self._new_chapter(layout.title)
        both = layout.headings.get("lagrum_anmarkning")
        if both and ("lagrum_anmarkning", both) not in self.near_read:
            self.near_read.add(("lagrum_anmarkning", both))
            why = "en rad med lagrum står i Lagrum, en annan rad i Anmärkning"
            self.report.change(where, f"kolumnen ”{both}”", why)
        misspelt = {heading for heading, _ in layout.near}
        for name, heading in layout.headings.items():
            if heading not in misspelt:  # a typo is printed with our spelling
                self.column_headings.setdefault(name, heading)
        for heading, name in layout.near:
            if (heading, name) in self.near_read:
                continue  # the header repeated on every page: said once
            self.near_read.add((heading, name))
            self.report.change(
                where, f"kolumnen ”{heading}” lästes som ”{FIELD_LABELS[name]}”", "nära stavning"
            )
        for heading in layout.extras:
            if heading not in self.extra_columns:
                self.extra_columns.append(heading)
                self.report.unknown_column(
                    where, heading, "okänd kolumn: behålls som extra kolumn med sin rubrik"
                )

    def _second_header(self, row: Row) -> bool:
        found = sub_header(row.cells)
        if found is None:
            return False
        assert self.layout is not None
        refine(self.layout, found, row.cells)
        for name in found.values():
            self.column_headings[name] = self.layout.headings[name]
        return True

    def _unread_cells(self, row: Row) -> None:
        """Text in a column the header row gave no heading of its own is reported, never
        dropped in silence."""
        assert self.layout is not None
        if len(row.distinct()) < 2:
            return  # a title row: its one text is read wherever it stands
        for i, text in enumerate(row.cells):
            repeat = i < len(row.repeats) and row.repeats[i]
            if text.strip() and not repeat and i not in self.layout.columns:
                self.report.drop(row.where, text, "kolumn utan egen rubrik i rubrikraden")

    def _values(self, row: Row) -> dict[str, str]:
        assert self.layout is not None
        values: dict[str, str] = {}
        for i, name in self.layout.columns.items():
            repeat = i < len(row.repeats) and row.repeats[i]
            values[name] = "" if repeat or i >= len(row.cells) else row.cells[i]
        return values
