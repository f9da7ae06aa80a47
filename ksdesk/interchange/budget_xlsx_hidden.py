"""Rows and columns hidden in Excel, in a budget workbook: read with the rest (Excel counts
them in its sums, and the check must too), and each one with content named in the import
report, so nothing the secretary did not see on screen comes in unsaid."""

from __future__ import annotations

import re

from openpyxl.utils import get_column_letter

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid import Grid
from ksdesk.core.import_report import ImportReport
from ksdesk.core.typed_text import is_digits

_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_COL = re.compile(rb"<col\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b(min|max|hidden)="([^"]*)"')


def hidden_rows_and_columns(ws) -> tuple[list[int], list[int]]:
    """The rows and the columns (1-based) hidden in Excel: read-only openpyxl does not say, so
    they are read from the sheet's XML (already scanned and capped by xlsx_open)."""
    try:
        xml = ws.parent._archive.read(str(ws._worksheet_path).lstrip("/"))
    except (AttributeError, KeyError, OSError):
        return [], []
    rows = [int(match.group(1)) for match in _HIDDEN_ROW.finditer(xml)]
    columns: list[int] = []
    for tag in _COL.finditer(xml):
        found = {k.decode(): v.decode() for k, v in _ATTRIBUTE.findall(tag.group(0))}
        if found.get("hidden") in ("1", "true") and is_digits(found.get("min", "")):
            first = int(found["min"])
            last = int(found["max"]) if is_digits(found.get("max", "")) else first
            columns += range(first, min(last, first + 200) + 1)  # a range to the sheet's end
    return rows, columns


def report_hidden(
    sheet: Sheet, grid: Grid, hidden: tuple[list[int], list[int]], report: ImportReport
) -> None:
    rows, columns = hidden
    for r in rows:
        cells = grid.cells[r - 1] if r <= len(grid.cells) else []
        text = next((str(v) for v in cells if v is not None), "")
        if text:  # an empty hidden row holds nothing to tell of
            report.change(
                f"Rad {r}", text, "dold i Excel; läst med, så som Excel räknar den i summorna"
            )
    for c in columns:
        cells = [row[c - 1] for row in grid.cells if c <= len(row) and row[c - 1] is not None]
        if cells:  # an empty hidden column holds nothing to tell of
            header = sheet.columns[c - 1].header if c <= len(sheet.columns) else ""
            report.change(
                f"Kolumn {get_column_letter(c)}",
                f"”{header}”" if header else f"{len(cells)} ifyllda celler",
                "dold i Excel; läst med och visad i bladet",
            )
