"""Printing budget sheets: fitted, landscape when wide, findings on paper as on screen."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ksdesk import paths
from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check import check_sheet
from ksdesk.interchange.demo_json import read_demo
from ksdesk.reports.base import available_width
from ksdesk.reports.budget_pdf import budget_sheet_pdf, fit_columns, is_wide, sheet_flowables


@pytest.fixture(scope="module")
def seed_sheets() -> dict[str, Sheet]:
    return {s.key: s for s in read_demo(paths.demo_dir()).sheets}


def _pages(pdf: bytes) -> list[str]:
    # Extraction gives the no-break spaces back as plain spaces.
    return [p.extract_text().replace("\u00a0", " ") for p in PdfReader(io.BytesIO(pdf)).pages]


def test_bilaga2_is_landscape_fitted_and_marks_its_finding(seed_sheets) -> None:
    sheet = seed_sheets["bilaga2"]
    assert is_wide(sheet)
    pdf = budget_sheet_pdf(sheet)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = "".join(_pages(pdf))
    assert "Belopp i tkr" in text
    assert "123 951" in text
    assert "\u22128 864" in text  # a true minus: −8 864
    assert "Kontroll av summorna" in text and "Avrundning" in text
    layout = fit_columns(sheet, available_width(True))
    assert layout is not None and sum(layout.widths) <= available_width(True) + 0.5


def test_narrow_sheets_are_portrait(seed_sheets) -> None:
    for key in ("volym", "pris", "sammanstallning", "itcenter"):
        assert not is_wide(seed_sheets[key]), key


def test_clean_sheet_says_so(seed_sheets) -> None:
    text = "".join(_pages(budget_sheet_pdf(seed_sheets["investering"])))
    assert "Alla summor stämmer" in text
    assert "0032" in text  # codes stay codes


def test_flowables_fit_any_width_for_other_documents(seed_sheets) -> None:
    sheet = seed_sheets["bilaga2"]
    flowables = sheet_flowables(sheet, 400)  # a narrow frame in a packet
    table = flowables[-1]
    assert sum(table._colWidths) <= 400.5
    with_findings = sheet_flowables(sheet, 700, check_sheet(sheet).findings)
    assert len(with_findings) > len(flowables)
    assert len(sheet_flowables(sheet, 400, with_title=False)) == len(flowables) - 1


def test_header_row_repeats_on_every_page() -> None:
    rows = [Row("data", [f"Enhet {i}", Decimal(i)]) for i in range(120)]
    rows.append(Row("total", ["Summa", Decimal(sum(range(120)))]))
    sheet = Sheet(
        key="lang",
        title="Lång tabell",
        columns=[Column("Enhet", "text"), Column("Belopp 2021")],
        rows=rows,
    )
    pages = _pages(budget_sheet_pdf(sheet))
    assert len(pages) >= 2
    assert all("Belopp 2021" in page for page in pages)


def test_a_not_column_after_an_amount_column_stands_apart() -> None:
    """Kramfors' balansräkning pasted: KONCERNEN's Not column follows KOMMUNEN 2017, and its
    notes get more room on their left than a cell's padding, so "521,2" and the note "8"
    never print as one; the first Not, after the labels, keeps the usual padding."""
    from ksdesk.reports.budget_layout import PADDING
    from ksdesk.reports.budget_pdf import _table_commands
    from ksdesk.services.budget import read_pasted
    from tests.interchange.real_budget_fifth import KRAMFORS_BALANS_2018
    from tests.interchange.real_budget_third import paste_layout

    sheet, _report = read_pasted(paste_layout(KRAMFORS_BALANS_2018), "Klistrat")
    padded = {cmd[1][0]: cmd[3] for cmd in _table_commands(sheet, 8.0) if cmd[0] == "LEFTPADDING"}
    assert [c.header for c in sheet.columns][4] == "Not"
    assert padded[4] > PADDING
    assert 1 not in padded  # the first Not column


def test_a_column_of_one_decimal_prints_every_amount_so() -> None:
    """walk38 #6: "−323" and "0" beside "−2,1" (the PDF's own text, pasted) print "−323,0"."""
    from ksdesk.core.budget_grid import Grid, sheet_from_grid
    from ksdesk.reports.budget_layout import cell_texts

    cells = [["Mnkr", "Budget"], ["Nämnd", "-2,1"], ["Bostad", "-323"], ["Summa", "-325,1"]]
    texts = cell_texts(sheet_from_grid(Grid(cells=cells), "Delår"))
    assert [line[1] for line in texts] == ["\u22122,1", "\u2212323,0", "\u2212325,1"]
