"""What a budget import says about the table it read: rows and columns, the unit and where it
was found, percent rows and columns, nil dashes, bracketed negatives and
minus signs after the figure, cleaned cells."""

from __future__ import annotations

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid import Grid, GridValue
from ksdesk.core.budget_grid_kinds import looks_like_figure
from ksdesk.core.format import format_amount
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
         "läses som negativa: " + _example(grid, "bracketed", "(558,2)", "−558,2")),
        (grid.minus_after, "belopp med minustecken efter", "belopp med minustecken efter",
         "läses som negativa: " + _example(grid, "minus_after", "1 234-", "−1 234")),
        (grid.point_groups, "belopp med punkt mellan tusentalen",
         "belopp med punkt mellan tusentalen", "läses som tusentalsavgränsare: 1.234 är 1 234"),
    )  # fmt: skip
    for number, one, many, how in readings:
        if number:
            report.change("Tabellen", count(number, one, many), how)
    if grid.footnote_marks:
        first = grid.footnote_marks[0]
        report.change(
            "Tabellen",
            count(len(grid.footnote_marks), "belopp med fotnotstecken", "belopp med fotnotstecken")
            + f", t.ex. ”{first}”",
            "läses som beloppet utan tecknet, som inte visas i bladet",
        )
    if grid.first_row_in_header:
        report.change(
            f"Raden ”{grid.first_row_in_header}”",
            "stod i kolumnrubrikerna",
            "varje rubriks sista rad var radens belopp: raden lästes som tabellens första",
        )
    if grid.numbered_labels:
        first = next((r.label for r in sheet.rows if r.label[:1].isdigit()), "")
        report.change(
            f"Kolumnen ”{grid.numbered_labels}”",
            "radernas nummer",
            f"läses ihop med radernas namn: ”{first}”",
        )
    _report_figures_read_as_text(sheet, report)
    if sheet.caption:
        report.read.append(f"text över tabellen: {sheet.caption.splitlines()[0]}")


def _report_figures_read_as_text(sheet: Sheet, report: ImportReport) -> None:
    """Cells written as figures that no amount column took ("190.057" where the table's own
    way of writing could not be told): shown as written and never summed, so said, with the
    first of them, and never left for the secretary to find out from a check that is missing."""
    texts = [c for c, column in enumerate(sheet.columns) if column.kind == "text"]
    # Not the labels, nor codes (note numbers, project codes, years): amounts' columns only,
    # or a text column beside the labels that an amount column should have been.
    columns = {c for c, column in enumerate(sheet.columns) if column.is_numeric}
    columns |= set(texts[1:])
    cells = [
        cell
        for row in sheet.rows
        for c, cell in enumerate(row.cells)
        if c in columns
        and isinstance(cell, str)
        and (row.kind == "heading" or not sheet.columns[c].is_numeric)
        and looks_like_figure(cell)
    ]
    if cells:
        report.warn(
            "Tabellen",
            f"{count(len(cells), 'tal lästes', 'tal lästes')} som text, t.ex. ”{cells[0].strip()}”",
            "de räknas inte i någon summa: skriv dem som belopp (1 234 eller 1234) och läs in igen",
        )


def row_named(row: list[GridValue]) -> str:
    """A row as the secretary finds it in the PDF: by its label, or by its figures when it
    has none (a total printed without one)."""
    label = str(row[0] or "").strip()
    if label:
        return f"”{label}”"
    return "raden ”" + " ".join(str(v) for v in row[1:] if v is not None) + "”"


def _example(grid: Grid, reading: str, written: str, read: str) -> str:
    """ "(7,4) är −7,4": the first of her own figures read so (walk38 #7: an example not in
    her table sent her looking for it), or "t.ex." one when the grid kept none."""
    if reading in grid.examples:
        text, number = grid.examples[reading]
        return f"{text} är {format_amount(number)}"
    return f"t.ex. {written} är {read}"
