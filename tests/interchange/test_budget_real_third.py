"""Real budget tables pasted out of a PDF viewer (real_budget_third.py): the figures, the
checks of the sums, and one changed figure, for the three shapes a viewer gives; and each
thing a pasted line can hold that a spreadsheet cell does not (one space as both column gap and
thousands separator, a minus sign apart, digits and footnotes in the label)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_more import MORE_TABLES
from .real_budget_third import (
    INVESTERINGAR_2022,
    LUND_RESULTATBUDGET_2023,
    THIRD_TABLES,
    paste_lines,
    write_paste,
    write_pdf,
)
from .test_budget_real_tables import VARIANTS, assert_read_as_printed, figures

PASTE_VARIANTS = {
    "paste-lines": lambda t, p: write_paste(t, p, "lines"),
    "paste-layout": lambda t, p: write_paste(t, p, "layout"),
    "paste-cells": lambda t, p: write_paste(t, p, "cells"),
    "paste-pairs": lambda t, p: write_paste(t, p, "pairs"),
}


def _pdf_text(table, path: Path, mode: str) -> Path:
    """The table printed to PDF and its text taken out with pdftotext, saved as .txt."""
    pdf = write_pdf(table, path.with_suffix(".pdf"))
    run = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True)
    out = path.with_suffix(".txt")
    out.write_text(run.stdout, encoding="utf-8")
    return out


def _pdf_content_text(table, path: Path) -> Path:
    """The table printed to PDF and its text in the order it is drawn (a cell a line, row by
    row: what Chrome's and Firefox's viewers copy), by pypdf, saved as .txt."""
    from pypdf import PdfReader

    pdf = write_pdf(table, path.with_suffix(".pdf"))
    out = path.with_suffix(".txt")
    out.write_text("\n".join(p.extract_text() for p in PdfReader(pdf).pages), encoding="utf-8")
    return out


PDF_VARIANTS = {
    "pdf-layout": lambda t, p: _pdf_text(t, p, "-layout"),
    "pdf-raw": lambda t, p: _pdf_text(t, p, "-raw"),
    "pdf-drawn": _pdf_content_text,
}
ALL_VARIANTS = {
    **VARIANTS,
    **PASTE_VARIANTS,
    **(PDF_VARIANTS if shutil.which("pdftotext") else {}),
}
ALL_TABLES = (*real.TABLES, *MORE_TABLES, *THIRD_TABLES)

SHAPES = ("lines", "layout", "cells", "pairs")


def _read(table, variant: str, path: Path):
    return read_with_report(ALL_VARIANTS[variant](table, path), "Blad")[0]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("table", THIRD_TABLES, ids=lambda t: t.name)
def test_the_new_tables_read_as_printed_from_every_file(table, variant, tmp_path) -> None:
    assert_read_as_printed(_read(table, variant, tmp_path / table.name), table)


PASTED = [
    pytest.param(shape, table, id=f"{table.name}-{shape}")
    for shape in SHAPES
    for table in ALL_TABLES
]


@pytest.mark.parametrize(("shape", "table"), PASTED)
def test_a_table_pasted_from_a_pdf_reads_as_printed(shape, table, tmp_path) -> None:
    sheet = _read(table, f"paste-{shape}", tmp_path / table.name)
    assert sheet.unit == table.unit
    assert [c.header for c in sheet.columns] == real.expected_headers(table)
    assert figures(sheet) == real.expected_rows(table)
    fel = {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"}
    assert fel == real.published_fel(table)
    if table.change:
        _, header, _, total = table.change
        changed = _read(real.changed(table), f"paste-{shape}", tmp_path / "changed")
        found = {f for f in real.findings_of(check_sheet(changed)) if f[2] == "fel"}
        also = {(label, column, "fel") for label, column in table.change_also}
        assert found == {(total, header, "fel")} | also | real.published_fel(table)


def test_pasted_text_through_the_service_says_where_it_came_from() -> None:
    from ksdesk.services.budget import read_pasted

    sheet, report = read_pasted(paste_lines(real.SJOBO_DRIFTBUDGET_2025), "Klistrat")
    assert sheet.unit == "mnkr"
    assert any("PDF" in line for line in report.read)
    assert not check_sheet(sheet).has_errors


def test_one_space_is_both_the_column_gap_and_the_thousands() -> None:
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Driftbudget per nämnd\n"
        "Belopp i tkr\n"
        "Nämnd Budget 2021 Budget 2022 Plan 2023\n"
        "Förskola 1–5 år 12 500 13 100 13 700\n"
        "Gymnasieskola 16-19 år 104 250 99 800 101 000\n"
        "Kostnader 1) 2 300 − 2 300 (2 300)\n"
        "Summa 119 050 110 600 112 400\n"
    )
    grid = pasted_grid(text)
    assert grid[2] == ["Nämnd", "Budget 2021", "Budget 2022", "Plan 2023"]
    assert grid[3] == ["Förskola 1–5 år", "12 500", "13 100", "13 700"]
    assert grid[4] == ["Gymnasieskola 16-19 år", "104 250", "99 800", "101 000"]
    assert grid[5] == ["Kostnader 1)", "2 300", "− 2 300", "(2 300)"]


def test_an_empty_note_leaves_the_figures_in_their_columns() -> None:
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Resultatbudget (mnkr)\n"
        "mnkr Not Budget 2021 Plan 2022\n"
        "Verksamhetens intäkter 1 270,6 279,0\n"
        "Avskrivningar – 27,8 – 31,3\n"
    )
    grid = pasted_grid(text)
    assert grid[1] == ["mnkr", "Not", "Budget 2021", "Plan 2022"]
    assert grid[2] == ["Verksamhetens intäkter", "1", "270,6", "279,0"]
    assert grid[3] == ["Avskrivningar", None, "– 27,8", "– 31,3"]


def test_each_cell_on_a_line_of_its_own() -> None:
    from ksdesk.interchange.budget_paste import pasted_grid

    text = "\n\n".join(
        ["Drift", "(mnkr)", "Budget", "2021", "Plan", "2022", "Kultur", "6,5", "6,6",
         "Summa", "6,5", "6,6"]
    )  # fmt: skip
    grid = pasted_grid(text)
    assert ["Kultur", "6,5", "6,6"] in grid
    assert ["Summa", "6,5", "6,6"] in grid


def test_formulas_without_saved_values_are_named_in_the_report(tmp_path) -> None:
    """A workbook written by a program and never saved in Excel: its sums are computed here
    and said so, and a formula ksdesk cannot compute stays visible as text, never empty."""
    import openpyxl

    from .real_budget_third import LUND_RESULTATBUDGET_2023 as LUND

    path = real.write_xlsx(LUND, tmp_path / "lund.xlsx", formulas=True)
    workbook = openpyxl.load_workbook(path)
    workbook.active["C5"] = "=ROUND(C4*1.02,0)"
    workbook.save(path)  # openpyxl keeps formulas, not their values
    sheet, report = read_with_report(path, "Blad")
    (warning,) = report.warnings
    assert "formler saknar sparat värde" in warning.text and "Excel" in warning.why
    assert sheet.rows[2].label == "Avskrivningar"
    assert sheet.rows[2].cells[2] == "=ROUND(C4*1.02,0)"
    texts = [f for f in check_sheet(sheet).findings if f.severity.value == "varning"]
    assert any("=ROUND" in f.message for f in texts)


def test_a_header_ending_in_a_percent_sign_is_no_row() -> None:
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Resultatbudget (mnkr)\n"
        "Budget 2021 Budget 2022 Förändring %\n"
        "Skatteintäkter 805,1 827,2 2,7\n"
        "Summa 805,1 827,2 2,7\n"
    )
    assert pasted_grid(text)[1] == [None, "Budget 2021", "Budget 2022", "Förändring %"]


def test_a_title_with_years_is_no_header_line() -> None:
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Investeringsbudget 2022 med plan 2023–2025, tkr\n"
        "Projekt Budget 2022 Plan 2023 Totalt\n"
        "Ny förskola Norr 12 000 25 000 37 000\n"
    )
    grid = pasted_grid(text)
    assert grid[0] == ["Investeringsbudget 2022 med plan 2023–2025, tkr"]
    assert grid[1] == ["Projekt", "Budget 2022", "Plan 2023", "Totalt"]


def test_a_hidden_row_is_read_and_named_in_the_report(tmp_path) -> None:
    """Rows hidden in Excel are counted in its sums: read with the rest, and said."""
    import openpyxl

    from .real_budget_third import LUND_RESULTATBUDGET_2023 as LUND

    path = real.write_xlsx(LUND, tmp_path / "lund.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook.active.row_dimensions[6].hidden = True  # Jämförelsestörande poster
    workbook.save(path)
    sheet, report = read_with_report(path, "Blad")
    assert figures(sheet) == real.expected_rows(LUND)
    (line,) = [c for c in report.changed if c.where == "Rad 6"]
    assert line.text == "Jämförelsestörande poster" and "dold" in line.why
    assert real.findings_of(check_sheet(sheet)) == real.published_findings(LUND)


def test_the_unit_of_a_number_format_and_red_negatives(tmp_path) -> None:
    """No unit in any text, only in the number format ("# ##0 \\"tkr\\"", negatives in red):
    read from the format and said where, never guessed."""
    import openpyxl

    from .real_budget_third import INVESTERINGAR_2022 as INV

    path = real.write_xlsx(INV, tmp_path / "inv.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet_xl = workbook.active
    sheet_xl.delete_rows(2)  # the "Belopp i tkr" line
    for row in sheet_xl.iter_rows():
        for cell in row:
            if isinstance(cell.value, int | float):
                cell.number_format = '# ##0 "tkr";[Red]-# ##0 "tkr"'
    workbook.save(path)
    sheet, report = read_with_report(path, "Blad")
    assert sheet.unit == "tkr"
    assert any("talformatet" in line for line in report.read)
    assert figures(sheet) == real.expected_rows(INV)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) saknas")
@pytest.mark.parametrize("mode", ["-layout", "-raw", "drawn"])
@pytest.mark.parametrize("table", ALL_TABLES, ids=lambda t: t.name)
def test_text_copied_out_of_a_printed_pdf(table, mode, tmp_path) -> None:
    """Each real table printed to PDF, its text taken out as viewers give it (laid out; a line
    per row with single spaces, the header's broken cells a line each; a cell a line in the
    order drawn): the headers, the figures, no false fel, and one changed figure found."""
    from ksdesk.services.budget import read_pasted

    def pasted(t) -> str:
        path = tmp_path / t.name
        text = _pdf_content_text(t, path) if mode == "drawn" else _pdf_text(t, path, mode)
        return text.read_text(encoding="utf-8")

    sheet, _report = read_pasted(pasted(table), "Klistrat", table.unit)
    assert figures(sheet) == real.expected_rows(table)
    assert [c.header for c in sheet.columns] == real.expected_headers(table)
    fel = {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"}
    assert fel == real.published_fel(table)
    if table.change:
        _, header, _, total = table.change
        changed, _report = read_pasted(pasted(real.changed(table)), "Klistrat", table.unit)
        found = {f for f in real.findings_of(check_sheet(changed)) if f[2] == "fel"}
        also = {(label, column, "fel") for label, column in table.change_also}
        assert found == {(total, header, "fel")} | also | real.published_fel(table)


def test_a_note_named_in_the_label_stays_there() -> None:
    """ "not 2" in a label is the note's number, not the thousands of the first figure."""
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Resultatbudget (mnkr)\n"
        "Budget 2021 Budget 2022\n"
        "Verksamhetens intäkter, not 2 270,6 279,0\n"
        "Verksamhetens kostnader Not 3 −1 329,0 −1 385,4\n"
    )
    grid = pasted_grid(text)
    assert grid[2] == ["Verksamhetens intäkter, not 2", "270,6", "279,0"]
    assert grid[3] == ["Verksamhetens kostnader Not 3", "−1 329,0", "−1 385,4"]


def test_rows_told_apart_by_size_alone_are_named_in_the_report() -> None:
    """ "1 009 954 980" is one figure or three: read by size, and the report says so; a
    laid-out paste, whose gaps tell, says nothing."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import LUND_RESULTATBUDGET_2023 as LUND
    from .real_budget_third import paste_layout

    _sheet, report = read_pasted(paste_lines(LUND), "Klistrat")
    (warning,) = report.warnings
    assert "mellanslag" in warning.text and "PDF" in warning.why
    _sheet, report = read_pasted(paste_layout(LUND), "Klistrat")
    assert not report.warnings


def test_a_report_caption_over_the_table_is_kept_as_the_caption_under_a_short_title() -> None:
    """Lund's resultatbudget pasted with the caption its report prints over the table: the
    sheet is "Resultatbudget 2023–2025" in the tab list and on the printed page's header, and
    the caption, whole, is printed under it."""
    from ksdesk.services.budget import read_pasted

    caption = "Tabell 3. Resultatbudget för Lunds kommun 2023–2025, mnkr, löpande priser"
    table = replace(LUND_RESULTATBUDGET_2023, lines=(caption, *LUND_RESULTATBUDGET_2023.lines[1:]))
    sheet, _report = read_pasted(paste_lines(table), "Klistrat")
    assert (sheet.title, sheet.caption, sheet.unit) == ("Resultatbudget 2023–2025", caption, "mnkr")
    investeringar, _report = read_pasted(paste_lines(INVESTERINGAR_2022), "Klistrat")
    assert investeringar.title == "Investeringar och exploateringar 2019 – 2022"
    assert investeringar.caption.startswith("Tabell 1. Investeringar och exploateringar under")
