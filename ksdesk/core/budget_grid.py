"""Recognising a budget sheet in a grid of cells read from XLSX or CSV.

The grid is what a spreadsheet shows: text, numbers (Decimal), dates, empty cells. Lines above
the header row are the title, caption and unit ("Belopp i tkr"); the header row is the first
with two or more filled cells, and the line under it too when the first is a group line over
years ("Kommunen" over 2018 and 2019); line breaks in a header cell become spaces. A column is
an amount column when its cells read as amounts, a code column when its numbers are written
with leading zeros ("0032" stays "0032"), a percent column when they carry "%". A row is a
total by its label (Summa, SUMMA, Total, Totalt, S:a, "Nämnder totalt"), a subtotal by
"Delsumma", a heading when it has a label and no amounts; the reader may also mark rows as
totals and columns as sums (XLSX formulas).

`sheet_from_grid` puts the sheet together here, from the title, unit and caption above the
header; the header itself is found in core/budget_grid_header.py, what each column, row and
cell is in core/budget_grid_kinds.py, and what a single value reads as in
core/budget_grid_values.py (where `Grid` is defined).
"""

from __future__ import annotations

import re
from datetime import datetime

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_grid_header import header_start, joined_header, last_header_row
from ksdesk.core.budget_grid_kinds import (
    column_kind,
    read_footnote_marks,
    read_point_groups,
    sheet_row,
)
from ksdesk.core.budget_grid_unfold import first_row_out_of_header
from ksdesk.core.budget_grid_values import (
    UNIT_WORDS,
    Grid,
    GridValue,
    as_text,
    filled,
    is_unit_or_date,
)
from ksdesk.core.budget_rounding import column_places
from ksdesk.core.budget_row_roles import settle_row_kinds
from ksdesk.core.budget_title import title_of_caption
from ksdesk.core.budget_unit import find_unit, unit_line
from ksdesk.core.errors import InvalidInput

# The names callers import from here, wherever they now live.
__all__ = ["MAX_DECIMALS", "UNIT_WORDS", "Grid", "GridValue", "sheet_from_grid"]

MAX_DECIMALS = 6


def sheet_from_grid(grid: Grid, title: str) -> Sheet:
    """The sheet in `grid`: titled by the file's own title line, else `title`. InvalidInput
    (Swedish) when there is no table."""
    cells = _trimmed(grid.cells)
    header_at = header_start(cells)
    if header_at is None:
        raise InvalidInput("Filen innehåller ingen tabell: ingen rad har två ifyllda celler.")
    width = max(len(row) for row in cells)
    rows = [row + [None] * (width - len(row)) for row in cells]
    if not (grid.percent_cells or grid.text_cells or grid.total_rows):  # a CSV's grid
        rows, grid.first_row_in_header = first_row_out_of_header(rows, header_at)
    header_end = last_header_row(rows, header_at)
    header = joined_header(rows[header_at : header_end + 1])
    grid.header_lines = header_end - header_at + 1
    header, rows = _join_list_numbers(grid, header, rows, header_end + 1)
    body = rows[header_end + 1 :]
    body_at = header_end + 1
    read_footnote_marks(grid, body, [as_text(h) for h in header])
    read_point_groups(grid, body, [as_text(h) for h in header])
    kinds = [column_kind(grid, body, body_at, c, as_text(header[c])) for c in range(len(header))]
    columns = [Column(as_text(h), k) for h, k in zip(header, kinds, strict=True)]
    sheet_rows = []
    for r, values in enumerate(body, start=body_at):
        if not filled(values):
            continue
        sheet_rows.append(sheet_row(grid, columns, values, r))
    unit, own_title, caption = _lines_above(grid, rows[:header_at], header, sheet_rows, title)
    sheet = Sheet(
        key="",
        title=own_title or title,
        unit=unit,
        caption=caption,
        columns=columns,
        rows=sheet_rows,
    )
    settle_row_kinds(sheet)
    sheet.decimals = _decimals(sheet)
    return sheet


def _trimmed(cells: list[list[GridValue]]) -> list[list[GridValue]]:
    rows = [[_blank_to_none(v) for v in row] for row in cells]
    while rows and not filled(rows[-1]):
        rows.pop()
    width = max((i + 1 for row in rows for i, v in enumerate(row) if v is not None), default=0)
    return [row[:width] for row in rows]


def _blank_to_none(value: GridValue) -> GridValue:
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def _lines_above(
    grid: Grid, above: list[list[GridValue]], header: list[GridValue], rows: list[Row], name: str
) -> tuple[str, str, str]:
    """(unit, the file's own title, caption) from the lines above the header: the first line
    is the title (core/budget_title.py), "Belopp i tkr" the unit, the rest the caption. The
    unit is "" when nothing in the table says it (core/budget_unit.py)."""
    # A unit in a cell of its own ("Driftbudget 2024" … "tkr") is a unit line of its own.
    unit_cells = [as_text(v) for line in above for v in line[1:] if is_unit_or_date(v)]
    unit_lines = [t for t in unit_cells if unit_line(t)]
    texts = [
        " ".join(as_text(v) for v in line if v is not None and as_text(v) not in unit_lines).strip()
        for line in above
    ]
    texts = [t for t in texts if t]
    unit_lines += [t for t in texts if unit_line(t)]
    lines = [t for t in texts if t not in unit_lines]
    first = lines[0] if lines else ""
    cells = [c for row in rows for c in row.cells if isinstance(c, str)]
    unit, grid.unit_source = find_unit(
        first, unit_lines, [as_text(h) for h in header], cells, grid.filename or name
    )
    # A report's caption ("Tabell 3. Resultatbudget för Lunds kommun 2023–2025, mnkr") names
    # the sheet by its short title and stays, whole, as the first line of the caption.
    own_title, says_more = title_of_caption(first) if first else ("", False)
    caption = lines if says_more else lines[1:]
    return unit or "", own_title, "\n".join(caption)


def _decimals(sheet: Sheet) -> int:
    """The decimals the sheet's amounts show: the most any amount column shows (percent rows
    aside), at most MAX_DECIMALS."""
    places = column_places(sheet)
    amounts = [places[c] for c, column in enumerate(sheet.columns) if column.kind == "amount"]
    return min(max(amounts, default=0), MAX_DECIMALS)


# A column of list numbers before the labels: "Nr." over "1.", "2.", "1.1." (Norrköping's
# tilläggsbudget). The numbers are the rows' own ("1. Nämnder"), never amounts, and a row's
# label is its first text: as a column of their own they took the labels' place.
_NUMBER_HEADER = re.compile(r"^(?:nr|nr\.|nummer|löpnr\.?|ref\.?)$", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")


def _join_list_numbers(
    grid: Grid, header: list[GridValue], rows: list[list[GridValue]], body_at: int
) -> tuple[list[GridValue], list[list[GridValue]]]:
    """The first column joined to the labels of the second when it holds list numbers only,
    under a header such as "Nr." and beside a column of text; the grid records it."""
    if len(header) < 3 or not _NUMBER_HEADER.match(as_text(header[0]).strip()):
        return header, rows
    numbers = [as_text(row[0]).strip() for row in rows[body_at:] if row[0] is not None]
    labels = [row[1] for row in rows[body_at:] if row[1] is not None]
    if not numbers or not all(_LIST_NUMBER.match(n) for n in numbers):
        return header, rows
    if not labels or not all(isinstance(v, str) for v in labels):
        return header, rows
    grid.numbered_labels = as_text(header[0]).strip()
    grid.percent_cells = {(r, max(0, c - 1)) for r, c in grid.percent_cells}
    grid.text_cells = {(r, max(0, c - 1)) for r, c in grid.text_cells}
    return _joined(header), [_joined(row) for row in rows]


def _joined(row: list[GridValue]) -> list[GridValue]:
    """The row with its first two cells one: "1." and "Nämnder" are "1. Nämnder"."""
    parts = [as_text(v).strip() for v in row[:2] if v is not None and as_text(v).strip()]
    return [" ".join(parts) if parts else None, *row[2:]]
