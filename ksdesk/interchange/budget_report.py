"""What a budget import says about the table it read: rows and columns, the unit and where it
was found, percent rows and columns, nil dashes, bracketed negatives and
minus signs after the figure, cleaned cells."""

from __future__ import annotations

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid import Grid
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.interchange.import_guard import column_name


def clean_grid(grid: Grid, report: ImportReport | None) -> None:
    """Control characters out of every text cell, each removal a line in the report."""
    for r, row in enumerate(grid.cells):
        for c, value in enumerate(row):
            if isinstance(value, str):
                row[c] = cleaned_cell(value, report, f"Cell {column_name(c)}{r + 1}")


def report_grid(sheet: Sheet, grid: Grid, report: ImportReport) -> None:
    kinds = [row.kind for row in sheet.rows]
    report.read.append(
        f"{count(len(sheet.rows), 'rad', 'rader')} och "
        f"{count(len(sheet.columns), 'kolumn', 'kolumner')}"
    )
    totals = kinds.count("total") + kinds.count("subtotal")
    if totals:
        report.read.append(count(totals, "summarad", "summarader"))
    if grid.header_lines > 1:
        joined = [c.header for c in sheet.columns if c.header and c.is_numeric][:2]
        report.read.append(
            "kolumnrubriker på två rader, lästa som en: "
            + ", ".join(f"”{h}”" for h in joined)
            + " …"
        )
    if sheet.unit and grid.unit_source:
        report.read.append(f"belopp i {sheet.unit} (enligt {grid.unit_source})")
    percent_columns = [c.header for c in sheet.columns if c.kind == "percent"]
    percent_rows = [r.label for r in sheet.rows if r.percent]
    for header in percent_columns:
        report.change(f"Kolumnen ”{header}”", "procent", "summeras aldrig med beloppen")
    for label in percent_rows:
        report.change(f"Raden ”{label}”", "procent", "summeras aldrig med beloppen")
    # How cells were read that a reader might take otherwise: (count, one, many, how read).
    readings = (
        (grid.nil_cells, "cell med bara ett streck", "celler med bara ett streck",
         "läses som inget belopp och visas som i filen"),
        (grid.bracketed, "belopp inom parentes", "belopp inom parentes",
         "läses som negativa: (558,2) är −558,2"),
        (grid.minus_after, "belopp med minustecken efter", "belopp med minustecken efter",
         "läses som negativa: 1 234- är −1 234"),
        (grid.point_groups, "belopp med punkt mellan tusentalen",
         "belopp med punkt mellan tusentalen", "läses som tusentalsavgränsare: 1.234 är 1 234"),
    )  # fmt: skip
    for number, one, many, how in readings:
        if number:
            report.change("Tabellen", count(number, one, many), how)
    if sheet.caption:
        report.read.append(f"text över tabellen: {sheet.caption.splitlines()[0]}")
