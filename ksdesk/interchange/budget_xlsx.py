"""A budget sheet written as XLSX (reading one back is budget_xlsx_read.py).

Title, caption and unit above a header row, then the table. Every checked total is a formula
(=SUM(C5:C13) down a column, =D7+E7+F7 across a row) so the economist can go on in Excel; the
cell also carries the stated total as its cached value, so a reader that does not calculate,
and our own import, see what the board was shown. Excel recalculates on opening
(fullCalcOnLoad). Cells with findings get a comment with the finding.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ksdesk.atomic import write_atomic
from ksdesk.core.budget import Sheet
from ksdesk.core.budget_check import check_sheet, column_candidates, row_candidates
from ksdesk.core.budget_difference import STYLES as DIFFERENCE_STYLES
from ksdesk.interchange.budget_xlsx_formulas import (
    across_formula,
    cells_formula,
    down_formula,
    with_cached_values,
)

HEADER_FILL = PatternFill("solid", fgColor="E6E9ED")
HEADING_FILL = PatternFill("solid", fgColor="EEF2F6")
THIN = Side(style="thin", color="999999")
_INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(sheet: Sheet, path: Path) -> None:
    write_atomic(path, xlsx_bytes(sheet))  # never a half-written workbook


def xlsx_bytes(sheet: Sheet) -> bytes:
    workbook = Workbook()
    ws = workbook.active
    ws.title = (_INVALID_TITLE.sub(" ", sheet.title).strip() or "Budget")[:31]
    _text(ws["A1"], sheet.title)
    ws["A1"].font = Font(bold=True, size=13)
    line = 2
    if sheet.caption:
        _text(ws.cell(line, 1), sheet.caption).alignment = Alignment(
            wrap_text=False, vertical="top"
        )
        line += 1
    ws.cell(line, 1, "Belopp i procent" if sheet.unit == "procent" else f"Belopp i {sheet.unit}")
    header_row = line + 2
    first = header_row + 1
    for c, column in enumerate(sheet.columns, start=1):
        cell = _text(ws.cell(header_row, c), column.header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = Border(bottom=THIN)
        cell.alignment = Alignment(
            wrap_text=True, vertical="bottom", horizontal="right" if column.is_numeric else "left"
        )
    for r in range(len(sheet.rows)):
        for c in range(len(sheet.columns)):
            _write_cell(ws, sheet, r, c, first + r)
    cached = _write_formulas(ws, sheet, first)
    _write_comments(ws, sheet, first)
    _size_columns(ws, sheet)
    ws.freeze_panes = ws.cell(first, 1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return with_cached_values(buffer.getvalue(), cached)


_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _text(cell, value: str):
    """A label cell: text, never a formula. openpyxl stores a string that starts with "="
    as a formula, and a spreadsheet may run one that starts with +, -, @, a tab or a CR."""
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_TRIGGERS):
        cell.data_type = "s"
    return cell


def _write_cell(ws, sheet: Sheet, r: int, c: int, excel_row: int) -> None:
    row, column = sheet.rows[r], sheet.columns[c]
    value = row.cells[c]
    cell = ws.cell(excel_row, c + 1)
    if row.kind in ("total", "subtotal"):
        cell.font = Font(bold=True)
        cell.border = Border(top=THIN)
    if row.kind == "heading":
        cell.font = Font(italic=True)
        cell.fill = HEADING_FILL
    if value is None:
        return
    if isinstance(value, Decimal):
        places = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
        if column.kind == "percent" or row.percent:
            cell.value = value / 100
            cell.number_format = "0" + ("." + "0" * places if places else "") + "%"
        else:
            cell.value = value
            cell.number_format = "#,##0" + ("." + "0" * places if places else "")
        return
    _text(cell, value)
    if column.kind == "code":
        cell.number_format = "@"  # codes are text: "0032" stays "0032"
    if column.is_numeric:
        cell.alignment = Alignment(horizontal="right")


def _write_formulas(ws, sheet: Sheet, first: int) -> dict[str, Decimal]:
    """A formula in every checked total cell; returns the stated values to cache."""
    cached: dict[str, Decimal] = {}
    down = row_candidates(sheet)
    for check in check_sheet(sheet).checks:
        ref = f"{get_column_letter(check.column + 1)}{first + check.row}"
        if ref in cached:
            continue  # a corner checked both ways: the sum down the column wins
        if check.style in DIFFERENCE_STYLES:
            formula = cells_formula([(first + r, c, sign) for r, c, sign in check.terms])
        elif check.direction == "nedåt":
            rows = dict(down[check.row])[check.style]
            formula = down_formula(check.column, [first + r for r in rows])
        else:
            terms = dict(column_candidates(sheet, check.column))[check.style]
            formula = across_formula(first + check.row, terms)
        ws[ref] = formula
        percent = sheet.columns[check.column].kind == "percent" or sheet.rows[check.row].percent
        cached[ref] = check.stated / 100 if percent else check.stated
    return cached


def _write_comments(ws, sheet: Sheet, first: int) -> None:
    for finding in check_sheet(sheet).findings:
        cell = ws.cell(first + finding.row, finding.column + 1)
        text = f"ksdesk ({finding.severity}): {finding.message}"
        if cell.comment is not None:
            text = cell.comment.text + "\n\n" + text
        cell.comment = Comment(text, "ksdesk", width=320, height=140)


def _size_columns(ws, sheet: Sheet) -> None:
    for c, column in enumerate(sheet.columns, start=1):
        longest = max(
            [len(str(row.cells[c - 1] or "")) for row in sheet.rows] + [12 if column.header else 4]
        )
        width = min(50, max(8, longest + 2)) if not column.is_numeric else 14
        ws.column_dimensions[get_column_letter(c)].width = width
