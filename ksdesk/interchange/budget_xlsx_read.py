"""A budget sheet read from an XLSX file (writing one is budget_xlsx.py).

Values as Excel shows them: cached results of formulas, number formats for decimals, percent
and zero-padded codes, a unit shown after each amount ("# ##0 \"tkr\""). SUM formulas mark
total rows and formulas across a row declare a column's identity (when it differs from what
the header implies); a formula never calculated is computed here and said so.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ksdesk.core.budget import Sheet, Term
from ksdesk.core.budget_check import column_candidates
from ksdesk.core.budget_grid import Grid, GridValue, sheet_from_grid
from ksdesk.core.budget_unit import unit_in
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_report import clean_grid, report_grid
from ksdesk.interchange.budget_xlsx_formulas import parse_formula
from ksdesk.interchange.budget_xlsx_hidden import hidden_rows_and_columns, report_hidden
from ksdesk.interchange.import_guard import xlsx_text
from ksdesk.interchange.xlsx_open import open_xlsx


def read_xlsx(path: Path, title: str, report: ImportReport | None = None) -> Sheet:
    """The worksheet named `title` if there is one, else the active one."""
    # Streaming and within caps (xlsx_open): a file that claims to be huge is refused.
    values = open_xlsx(path, "budgetblad", data_only=True)
    formulas = open_xlsx(path, "budgetblad", data_only=False)
    try:
        name = title if title in values.sheetnames else values.active.title
        grid, across, uncached = _grid(values[name], formulas[name])
        hidden = hidden_rows_and_columns(values[name])
        format_unit = _unit_of_formats(values[name])
    finally:
        values.close()
        formulas.close()
    grid.filename = path.name
    clean_grid(grid, report)
    sheet = sheet_from_grid(grid, title)
    _declare_identities(sheet, across)
    if not sheet.unit and format_unit:  # "# ##0 \"tkr\"": the unit shown after each amount
        sheet.unit, grid.unit_source = format_unit
    if report is not None:
        report_grid(sheet, grid, report)
        report_hidden(sheet, grid, hidden, report)
        if uncached:
            # A total computed here cannot be checked against what the board was shown.
            report.warn(
                "Tabellen",
                count(uncached, "formel saknar sparat värde", "formler saknar sparat värde"),
                "filen har inte sparats i Excel: summorna räknades ut av ksdesk och kan inte "
                "jämföras med det tryckta, andra formler visas som text. Öppna och spara "
                "filen i Excel och importera den igen.",
            )
    return sheet


def _grid(ws, ws_formulas) -> tuple[Grid, dict[int, list[tuple[Term, ...]]], int]:
    grid = Grid(cells=[])
    across: dict[int, list[tuple[Term, ...]]] = {}
    for r, (row, formula_row) in enumerate(
        zip(ws.iter_rows(), ws_formulas.iter_rows(), strict=True)
    ):
        values: list[GridValue] = []
        for c, (cell, formula_cell) in enumerate(zip(row, formula_row, strict=True)):
            formula = formula_cell.value if isinstance(formula_cell.value, str) else ""
            parsed = parse_formula(formula) if formula.startswith("=") else None
            value = cell.value
            if parsed is not None and parsed.kind == "down" and _sums_above(parsed, r):
                grid.total_rows.add(r)
            if parsed is not None and parsed.kind == "across":
                across.setdefault(c, []).append(parsed.terms)
            values.append(_value(grid, cell, value, r, c))
        grid.cells.append(values)
    return grid, across, _fill_uncached(grid, ws_formulas)


_FORMAT_TEXT = re.compile(r'"([^"]*)"')


def _unit_of_formats(ws) -> tuple[str, str] | None:
    """(unit, where) when the amounts' number formats show one unit after each figure
    ("# ##0 \"tkr\"", "#,##0.0 \"mnkr\";[Red]-#,##0.0 \"mnkr\""); None when they show
    none or several."""
    found: dict[str, str] = {}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                fmt = cell.number_format or ""
                for text in _FORMAT_TEXT.findall(fmt.split(";")[0]):
                    unit = unit_in(text)
                    if unit:
                        found.setdefault(unit, fmt)
    if len(found) != 1:
        return None
    ((unit, fmt),) = found.items()
    return unit, f"talformatet ”{fmt}”"


def _sums_above(parsed, r: int) -> bool:
    """A sum of rows above it marks a total row. A nämnd's row that sums the rows under it
    (=SUM(C5:C12) in row 4) is no total of the rows before it: read as one, every figure of
    it would be called wrong."""
    return all(row < r for row, _, _ in parsed.cells)


def _value(grid: Grid, cell, value, r: int, c: int) -> GridValue:
    if value is None:
        return None
    fmt = cell.number_format or "General"
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, datetime | date):
        return value.date() if isinstance(value, datetime) else value
    if isinstance(value, int | float | Decimal):
        if re.fullmatch(r"0{2,}", fmt):
            grid.text_cells.add((r, c))
            return str(int(value)).zfill(len(fmt))  # a code shown with leading zeros
        if "%" in fmt:
            grid.percent_cells.add((r, c))
            places = _places(fmt)
            number = _decimal(value, None) * 100
            return number.quantize(Decimal(1).scaleb(-places)) if places is not None else number
        return _decimal(value, _places(fmt))
    if fmt == "@":
        grid.text_cells.add((r, c))
    return xlsx_text(str(value))


def _places(fmt: str) -> int | None:
    """Decimals a number format shows: "#,##0.0" → 1, "0%" → 0, General → None."""
    section = fmt.split(";")[0]
    if not re.search(r"[0#]", section):
        return None
    match = re.search(r"\.([0#]+)", section)
    return len(match.group(1)) if match else 0


def _decimal(value: float | int | Decimal, places: int | None) -> Decimal:
    if isinstance(value, float):
        number = Decimal(repr(value))
        if places is None:  # General: what Excel shows, without binary noise
            number = round(number, 10).normalize()
    else:
        number = Decimal(value)
    if places is not None:
        return number.quantize(Decimal(1).scaleb(-places))
    exponent = number.as_tuple().exponent
    return number.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else number


def _fill_uncached(grid: Grid, ws_formulas) -> int:
    """A formula never calculated (a file written by a program, not saved by Excel) has no
    cached value: compute simple sums ourselves from the grid; any other formula is kept as
    its text, so the check points at it instead of an empty cell. Returns how many formulas
    had no value."""
    uncached = 0
    for r, row in enumerate(ws_formulas.iter_rows()):
        for c, cell in enumerate(row):
            if grid.cells[r][c] is not None or not isinstance(cell.value, str):
                continue
            if not cell.value.startswith("="):
                continue
            parsed = parse_formula(cell.value)
            grid.cells[r][c] = parsed.evaluate(grid.cells) if parsed else cell.value
            uncached += 1
    return uncached


def _declare_identities(sheet: Sheet, across: dict[int, list[tuple[Term, ...]]]) -> None:
    """A column whose every formula sums the same columns declares that identity, unless the
    header already implies it (a "Summa" column over the columns before it)."""
    for c, found in across.items():
        if c >= len(sheet.columns) or sheet.columns[c].kind != "amount":
            continue
        if len(set(found)) != 1:
            continue
        terms = found[0]
        implied = [tuple(t) for _, t in column_candidates(sheet, c)]
        if terms not in implied:
            sheet.columns[c].sums = terms
