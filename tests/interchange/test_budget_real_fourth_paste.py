"""The eight new real tables (real_budget_flows.py, real_budget_fourth.py) pasted out of a
PDF: what a line of text cannot show and the reader must tell (a heading under the header, a
dash that is nil, which columns a short row fills, a header cell broken at its hyphen)."""

from __future__ import annotations

import pytest

from ksdesk.core.budget_check import check_sheet

from . import real_budget_tables as real
from .real_budget_flows import ANGELHOLM_BALANS_2021, LULEA_KASSAFLODE_2018, VARMDO_KASSAFLODE_2019
from .real_budget_fourth import (
    BLEKINGE_RESULTATBUDGET_2023,
    SOCIALNAMND_INTERNBUDGET_2011,
    VARGARDA_INVESTERINGAR_2023,
    VASTERNORRLAND_RESULTATBUDGET_2022,
)
from .test_budget_real_fourth import _fel


@pytest.mark.parametrize("shape", ["lines", "layout"])
def test_a_kassaflode_pasted_with_its_years_latest_first(shape) -> None:
    """Luleå pasted out of the PDF: "Belopp, mkr Not Kommunen Kommunkoncernen" over
    "2018 2017 2018 2017" (a group per repetition of the years, the Not column headed on the
    top line only), and "DEN LÖPANDE VERKSAMHETEN" under the years a heading of the table,
    not more header."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_layout, paste_lines
    from .test_budget_real_tables import figures

    paste = {"lines": paste_lines, "layout": paste_layout}[shape]
    sheet, _report = read_pasted(paste(LULEA_KASSAFLODE_2018), "Klistrat")
    assert [c.header for c in sheet.columns] == real.expected_headers(LULEA_KASSAFLODE_2018)
    assert figures(sheet) == real.expected_rows(LULEA_KASSAFLODE_2018)
    assert sheet.rows[0].kind == "heading"
    assert _fel(sheet) == set()


def test_headings_under_a_pasted_header_are_rows_of_the_table() -> None:
    """Vårgårda pasted laid out: "Skattefinansierade investeringsutgifter" and
    "Investeringsobjekt <3 mnkr" under the header are headings of the table, not header."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_layout
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_layout(VARGARDA_INVESTERINGAR_2023), "Klistrat")
    assert [r.kind for r in sheet.rows[:2]] == ["heading", "heading"]
    assert figures(sheet) == real.expected_rows(VARGARDA_INVESTERINGAR_2023)


def test_an_amount_with_one_decimal_is_no_note_where_it_stands() -> None:
    """Ängelholm pasted laid out: Resultatutjämningsreserv "173,4 73,4" under Kommunen's two
    years, not read as the notes 173 and 4."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_layout
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_layout(ANGELHOLM_BALANS_2021), "Klistrat")
    assert figures(sheet) == real.expected_rows(ANGELHOLM_BALANS_2021)


def test_a_heading_in_capitals_under_a_header_of_cells_on_lines() -> None:
    """Luleå copied a cell a line (Chrome's viewer): "DEN LÖPANDE VERKSAMHETEN" under the
    header is one heading, not three column words."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_cells
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_cells(LULEA_KASSAFLODE_2018), "Klistrat")
    assert [c.header for c in sheet.columns] == real.expected_headers(LULEA_KASSAFLODE_2018)
    assert figures(sheet) == real.expected_rows(LULEA_KASSAFLODE_2018)


def test_a_small_amount_in_a_table_without_notes_stays_under_its_year() -> None:
    """Burlöv laid out: "1507 1 166 23" under Budget 2023 to Plan 2025; "23" is no note in a
    table without a Not column."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_fourth import BURLOV_SOCIALNAMNDEN_2023 as BURLOV
    from .real_budget_third import paste_layout
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_layout(BURLOV), "Klistrat")
    rows = dict(figures(sheet))
    assert rows["Vård och Äldreomsorg - yngre"] == [None, None, 1507, 1166, 23]


def test_header_cells_a_line_each_then_headings_whole() -> None:
    """Vårgårda's table printed to PDF and taken out with pdftotext -raw: the header's cells a
    line each ("Om-" "budget År" one cell, split at its capital by the reading of a header
    line), then two headings under it that stay whole ("Investeringsobjekt <3 mnkr")."""
    from ksdesk.interchange.budget_paste import pasted_grid

    text = (
        "Investeringsredovisning\n(mnkr)\nUrspr budget\n2023\nOm-\nbudget År\nBudget\n2023\n"
        "Utfall\n2023\nAv-\nvikelse 2023 Prognos okt 2023\n"
        "Skattefinansierade investeringsutgifter\nInvesteringsobjekt <3 mnkr\n"
        "Inventarier 4,3 4,2 8,5 4,0 4,5 5,9\nReinvestering 4,0 1,0 5,0 0,0 5,0 5,0\n"
        "Underhåll 14,9 1,9 16,8 15,2 1,6 16,6\n"
    )
    grid = pasted_grid(text)
    header = ["Urspr budget 2023", "Ombudget År", "Budget 2023", "Utfall 2023"]
    assert grid[1][1:5] == header
    assert grid[2][0] == "Skattefinansierade investeringsutgifter"
    assert grid[3][0] == "Investeringsobjekt <3 mnkr"
    assert grid[4] == ["Inventarier", "4,3", "4,2", "8,5", "4,0", "4,5", "5,9"]


def test_rows_with_fewer_figures_than_columns_are_named_in_the_report() -> None:
    """Burlöv pasted with single spaces, changed to head its changes "Förändringar:" (no
    year named, so nothing tells which three of the five years "1507 1 166 23" fills). The
    figures go in the first columns, and the report says so, so the secretary checks them
    against the PDF."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_fourth import BURLOV_SOCIALNAMNDEN_2023 as BURLOV
    from .real_budget_third import paste_layout, paste_lines

    text = paste_lines(BURLOV).replace("Förändringar mot 2022:", "Förändringar:")
    _sheet, report = read_pasted(text, "Klistrat")
    (warning,) = [w for w in report.warnings if "färre tal än kolumner" in w.text]
    assert warning.text.startswith("6 rader") and "första kolumnerna" in warning.why
    assert "t.ex. ”Vård och Äldreomsorg - yngre”" in warning.text
    _sheet, report = read_pasted(paste_layout(BURLOV), "Klistrat")
    assert not [w for w in report.warnings if "färre tal" in w.text]  # the layout tells


def test_a_short_row_without_a_label_is_named_by_its_figures() -> None:
    """A row of figures only that the sums cannot place: named by what it shows, never as
    Python's "None"."""
    from ksdesk.services.budget import read_pasted

    text = (
        "Driftbudget, tkr\n"
        "Verksamhet Budget 2021 Budget 2022 Plan 2023\n"
        "Skola 100 200 300\nVård 50 60 70\n12 34\nSumma 150 260 370\n"
    )
    _sheet, report = read_pasted(text, "Klistrat")
    (warning,) = [w for w in report.warnings if "färre tal än kolumner" in w.text]
    assert "None" not in warning.text
    assert warning.text.endswith("t.ex. raden ”12 34”")


def test_a_dash_before_a_figure_is_nil_where_the_columns_say_so() -> None:
    """The socialnämnd pasted: "Oförutsett - 4 830 4 971 5 124 5 250" has a nil Bokslut 2009
    and four amounts (the row fills five columns so), not −4 830; "- 6 000" in a row full
    without it stays a minus (test_budget_real_third's Investeringar 2022)."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_lines
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_lines(SOCIALNAMND_INTERNBUDGET_2011), "Klistrat")
    assert dict(figures(sheet))["Oförutsett"] == [None, 4830, 4971, 5124, 5250]
    assert _fel(sheet) == set()


@pytest.mark.parametrize(
    ("table", "header"),
    [
        (BLEKINGE_RESULTATBUDGET_2023, ["Resultatbudget", "Miljoner kronor"]),
        (
            VASTERNORRLAND_RESULTATBUDGET_2022,
            ["", "Bokslut 2020", "Budget 2021", "Budget 2022", "Plan 2023", "Plan 2024"],
        ),
    ],
    ids=["blekinge", "vasternorrland"],
)
def test_pasted_headers_of_two_regioner(table, header) -> None:
    """ "Resultatbudget Miljoner kronor" is the label's heading and one unit over the figures;
    "Bokslut Budget Budget Plan" over "2020 2021 2022 2023 Plan 2024" ends with "Plan 2024",
    the one cell the page did not break."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_lines

    sheet, _report = read_pasted(paste_lines(table), "Klistrat")
    assert [c.header for c in sheet.columns] == header


def test_the_sums_place_the_figures_of_a_short_pasted_row() -> None:
    """Värmdö pasted with single spaces: "Omrubricering … -2 330 -2 330 2 288" under four
    years is placed where Kassaflöde från investeringsverksamheten adds up (Kommunen 2019,
    Koncernen 2019 and 2018), and nothing is left for the report to name; Burlöv's changes,
    which no sum adds, stay named."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_fourth import BURLOV_SOCIALNAMNDEN_2023 as BURLOV
    from .real_budget_third import paste_lines
    from .test_budget_real_tables import figures

    sheet, report = read_pasted(paste_lines(VARMDO_KASSAFLODE_2019), "Klistrat")
    rows = dict(figures(sheet))
    assert rows["Omrubricering av materiella anläggningstillgångar"] == [-2330, None, -2330, 2288]
    assert not [w for w in report.warnings if "färre tal" in w.text]
    _sheet, report = read_pasted(paste_lines(BURLOV), "Klistrat")
    assert [w for w in report.warnings if "färre tal" in w.text]


def test_header_cells_broken_at_a_hyphen_in_a_laid_out_paste() -> None:
    """Vårgårda laid out: "Om-" over "budget År" and "Av-" over "vikelse 2023", each over its
    own column, are "Ombudget År" and "Avvikelse 2023"; "Urspr budget" over "2023" too."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_layout

    sheet, _report = read_pasted(paste_layout(VARGARDA_INVESTERINGAR_2023), "Klistrat")
    assert [c.header for c in sheet.columns] == real.expected_headers(VARGARDA_INVESTERINGAR_2023)


@pytest.mark.skipif(
    __import__("shutil").which("pdftotext") is None, reason="pdftotext (poppler-utils) saknas"
)
@pytest.mark.parametrize(
    "table",
    [VARGARDA_INVESTERINGAR_2023, LULEA_KASSAFLODE_2018, ANGELHOLM_BALANS_2021],
    ids=lambda t: t.name,
)
def test_new_tables_printed_to_pdf_and_copied_laid_out(table, tmp_path) -> None:
    """Each printed to PDF and taken out with pdftotext -layout: the headers (broken at a
    hyphen, grouped over years latest first), every figure, and the published findings."""
    from ksdesk.services.budget import read_pasted

    from .test_budget_real_tables import figures
    from .test_budget_real_third import _pdf_text

    text = _pdf_text(table, tmp_path / table.name, "-layout").read_text(encoding="utf-8")
    sheet, _report = read_pasted(text, "Klistrat", table.unit)
    assert [c.header for c in sheet.columns] == real.expected_headers(table)
    assert figures(sheet) == real.expected_rows(table)
    assert real.findings_of(check_sheet(sheet)) == real.published_findings(table)


def test_a_dash_before_a_zero_is_nil_and_zero() -> None:
    """Region Västernorrland's "Orealiserade kursförändringar -14 - 0 0 0": nothing in
    Budget 2021 and 0 in the three years after it, not −0 and an empty Plan 2024."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_lines
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_lines(VASTERNORRLAND_RESULTATBUDGET_2022), "Klistrat")
    assert dict(figures(sheet))["Orealiserade kursförändringar"] == [-14, None, 0, 0, 0]


def test_a_year_in_a_laid_out_label_stays_in_the_label() -> None:
    """Burlöv laid out: "Budget 2022" one space apart, its figures beyond a wide gap, is the
    row's label, and its three figures stand under Budget 2023 to Plan 2025."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_fourth import BURLOV_SOCIALNAMNDEN_2023 as BURLOV
    from .real_budget_third import paste_layout
    from .test_budget_real_tables import figures

    sheet, _report = read_pasted(paste_layout(BURLOV), "Klistrat")
    assert figures(sheet) == real.expected_rows(BURLOV)


def test_a_sentence_naming_the_unit_is_no_column_heading() -> None:
    """Region Västernorrland copied a cell a line: "Belopp anges i miljoner kronor i löpande
    priser." is the line above the table (the unit), not the label column's heading, whole or
    split at its unit."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_cells

    text = paste_cells(VASTERNORRLAND_RESULTATBUDGET_2022)
    sheet, _report = read_pasted(text, "Klistrat")
    assert (sheet.unit, sheet.columns[0].header) == ("mnkr", "")
    # As pdftotext -raw gives it: the header's cells a line each, the rows with single spaces.
    raw = (
        "3.3 Resultatbudget\nBelopp anges i miljoner kronor i löpande priser.\nBokslut\n2020\n"
        "Budget\n2021\nBudget\n2022\nPlan\n2023 Plan 2024\n"
        "Verksamhetens externa nettokostnad -7 796 -8 206 -8 537 -8 586 -8 803\n"
        "Avskrivningar -221 -222 -228 -234 -241\n"
    )
    sheet, _report = read_pasted(raw, "Klistrat")
    assert (sheet.unit, sheet.columns[0].header) == ("mnkr", "")


@pytest.mark.parametrize("dash", ["\u2014", "\u2010", "\u2012", "\u2015"])
def test_any_dash_before_a_zero_is_nil_and_zero(dash: str) -> None:
    """The em dash a nil cell is often printed with, as the hyphen-minus above: the row's
    zeros stay under their years instead of moving a column to the left."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_third import paste_lines
    from .test_budget_real_tables import figures

    text = paste_lines(VASTERNORRLAND_RESULTATBUDGET_2022)
    written = text.replace("-14 - 0 0 0", f"-14 {dash} 0 0 0")
    assert written != text
    sheet, _report = read_pasted(written, "Klistrat")
    assert dict(figures(sheet))["Orealiserade kursförändringar"] == [-14, None, 0, 0, 0]
