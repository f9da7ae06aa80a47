"""The columns of the delegation table being read: its header row (and a second header row
under a merged heading, "Beslutsfattare" over "Delegat | Ersättare"), the document's own
headings, columns read by a near spelling, extra columns kept by their heading, and text in a
column the header gave no heading. delegation_rows decides what each row is.
"""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_layout import (
    EXTRA,
    FIELD_LABELS,
    Layout,
    header_layout,
    heading_field,
)
from ksdesk.interchange.delegation_mark_columns import MarkColumns, is_mark
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
        self.ersattare_column = False  # a table of the document names substitutes in a column
        self.new_extras: list[str] = []  # extra columns the last header row added
        self.mark_columns = MarkColumns()  # "D"/"V" in a column with no heading

    def _use_layout(self, layout: Layout, where: str) -> None:
        self.layout = self.last_layout = layout
        self.lagrum_column = self.lagrum_column or layout.has("lagrum")
        self.ersattare_column = self.ersattare_column or any(
            layout.has(name) for name in ("ersattare", "delegat_ersattare")
        )
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
                self._column_heading(name, heading, where)
        for heading, name in layout.near:
            if (heading, name) in self.near_read:
                continue  # the header repeated on every page: said once
            self.near_read.add((heading, name))
            self.report.change(
                where, f"kolumnen ”{heading}” lästes som ”{FIELD_LABELS[name]}”", "nära stavning"
            )
        self.new_extras = [h for h in layout.extras if h not in self.extra_columns]
        for heading in self.new_extras:
            self.extra_columns.append(heading)
            self.report.unknown_column(
                where, heading, "okänd kolumn: behålls som extra kolumn med sin rubrik"
            )

    def _column_heading(self, name: str, heading: str, where: str) -> None:
        """The first table's heading of a column is the version's; a later table naming the
        same column otherwise ("Anmärkning" and then "Anmärkning/villkor") is read as it,
        with one line in the report, so the later heading's words are not lost unsaid."""
        kept = self.column_headings.setdefault(name, heading)
        if search_key(kept) == search_key(heading) or (heading, name) in self.near_read:
            return
        self.near_read.add((heading, name))
        why = f"samma kolumn som ”{kept}” i tabellerna före: läses som den"
        self.report.change(where, f"kolumnen ”{heading}”", why)

    def _second_header(self, row: Row) -> bool:
        assert self.layout is not None
        found = sub_header(row.cells, self.layout.cells)
        if found is None:
            return False
        before = dict(self.layout.columns)
        refine(self.layout, found, row.cells)
        self._group_heading(before, found, row.where)
        for i, name in found.items():
            self.column_headings[name] = self.layout.headings[name]
            text = " ".join(row.cells[i].split())
            if heading_field(text)[0] != name:
                why = f"rubrik under ”{self.layout.headings[name]}”: kolumnen läses som den"
                self.report.change(row.where, text, why)
        return True

    def _group_heading(self, before: dict[int, str], found: dict[int, str], where: str) -> None:
        """A heading over the columns the second header row names ("Beslutanderätt" over
        "Delegat | Ersättare") is the group's name, not an extra column of its own: it was
        taken for one when the first row was read."""
        assert self.layout is not None
        for i, name in before.items():
            heading = name[len(EXTRA) :]
            if not name.startswith(EXTRA) or self.layout.columns.get(i) == name:
                continue
            if heading in self.layout.extras:
                self.layout.extras.remove(heading)
            if heading in self.new_extras:  # this table's header added it: take it back
                self.new_extras.remove(heading)
                self.extra_columns.remove(heading)
                lines = self.report.unknown_columns
                lines[:] = [line for line in lines if line.text != heading]
            under = " och ".join(f"”{self.layout.headings[f]}”" for f in found.values())
            self.report.change(where, heading, f"rubrik över {under}: gruppens namn")

    def _unread_cells(self, row: Row) -> list[tuple[str, str]]:
        """Text in a column the header row gave no heading of its own is reported, never
        dropped in silence; a mark ("D", "x") is returned with where its column stands, to be
        said once for the document with the point it stood at (delegation_mark_columns)."""
        assert self.layout is not None
        if len(row.distinct()) < 2:
            return []  # a title row: its one text is read wherever it stands
        marks = []
        for i, text in enumerate(row.cells):
            repeat = i < len(row.repeats) and row.repeats[i]
            if not text.strip() or repeat or i in self.layout.columns:
                continue
            if is_mark(text):
                marks.append((self._unheaded_column(i), text))
            else:
                self.report.drop(row.where, text, "kolumn utan egen rubrik i rubrikraden")
        return marks

    def _unheaded_column(self, index: int) -> str:
        """Where a column with no heading stands: after the heading left of it."""
        assert self.layout is not None
        left = [c for c in self.layout.cells[:index] if c.strip()]
        return f"efter ”{' '.join(left[-1].split())}”" if left else "först i tabellen"

    def _values(self, row: Row) -> dict[str, str]:
        assert self.layout is not None
        values: dict[str, str] = {}
        for i, name in self.layout.columns.items():
            repeat = i < len(row.repeats) and row.repeats[i]
            values[name] = "" if repeat or i >= len(row.cells) else row.cells[i]
        return values


def sub_header(cells: list[str], above: list[str] | None = None) -> dict[int, str] | None:
    """The second row of a two-row header ("Beslutsfattare" over "Delegat | Ersättare"):
    column index → field, when every text in the row is a column heading, two at least. Under
    a heading merged over two columns ("Delegat" over "Ordinarie | Ersättare"), a word of the
    second row that is no heading of ours is that column's own: the merged heading's field,
    when no other text of the row names it."""
    found: dict[int, str] = {}
    unnamed: list[int] = []
    for i, cell in enumerate(cells):
        text = " ".join(cell.split())
        if not text or (i > 0 and cells[i - 1] == cell):
            continue
        name, exact, embedded = heading_field(text)
        if not name or not exact or embedded:
            unnamed.append(i)
            continue
        found[i] = name
    for i in unnamed:
        name = _merged_field(above or [], i)
        if name is None or name in found.values():
            return None
        found[i] = name
    return found if len(found) >= 2 and len(unnamed) < len(found) else None


def _merged_field(above: list[str], i: int) -> str | None:
    """The field of the header cell over column `i` when that cell is merged over more than
    one column (python-docx repeats its text in each)."""
    if i >= len(above) or not above[i].strip():
        return None
    merged = (i > 0 and above[i - 1] == above[i]) or (
        i + 1 < len(above) and above[i + 1] == above[i]
    )
    name, exact, embedded = heading_field(" ".join(above[i].split()))
    return name if merged and exact and not embedded else None


def refine(layout: Layout, found: dict[int, str], cells: list[str]) -> None:
    """The layout with the columns a second header row names."""
    for i, name in found.items():
        for j in [j for j, f in layout.columns.items() if f == name and j != i]:
            del layout.columns[j]
        layout.columns[i] = name
        if heading_field(" ".join(cells[i].split()))[0] == name:
            layout.headings[name] = " ".join(cells[i].split())
        # else the column's heading is the merged one over it ("Delegat", not "Ordinarie")


def two_row_header(top: list[str], below: list[str]) -> list[str] | None:
    """The header a table writes on two rows when the first is none on its own ("Nr |
    Ärende | Beslutanderätt", the last merged over "Delegat | Ersättare" on the row below):
    the first row with the second's headings under its merged cell, or None."""
    if header_layout(top) is not None:
        return None
    found = sub_header(below, top)
    if found is None or not any(_merged(top, i) for i in found):
        return None
    combined = list(top)
    for i in found:
        combined[i] = below[i]
    return combined if header_layout(combined) is not None else None


def _merged(cells: list[str], i: int) -> bool:
    """The header cell over column `i` is merged over more than one column."""
    text = cells[i] if i < len(cells) else ""
    neighbours = cells[max(i - 1, 0) : i] + cells[i + 1 : i + 2]
    return bool(text.strip()) and text in neighbours


def held_header(cells: list[str]) -> bool:
    """A row that may be the first of a two-row header: no header on its own, two headings of
    ours at least, and a cell merged over two columns."""
    known = {heading_field(" ".join(c.split()))[0] for c in cells if c.strip()} - {None}
    merged = any(_merged(cells, i) for i in range(len(cells)))
    return len(known) >= 2 and merged and header_layout(cells) is None
