"""Eight more real tables (real_budget_flows.py, real_budget_fourth.py): kassaflöde, balans,
a regionplan's resultatbudget, an investeringsredovisning, a nämnd's driftbudget. Each read
from every file variant as printed, checked with exactly the findings its published figures
give, and one changed figure found at its own sum and nowhere else; and each rule they
needed, on the real rows that need it."""

from __future__ import annotations

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_flows import (
    ANGELHOLM_BALANS_2021,
    FLOW_TABLES,
    LULEA_KASSAFLODE_2018,
    VARMDO_KASSAFLODE_2019,
)
from .real_budget_fourth import (
    BLEKINGE_RESULTATBUDGET_2023,
    FOURTH_TABLES,
    SOCIALNAMND_INTERNBUDGET_2011,
    VARGARDA_INVESTERINGAR_2023,
    VASTERNORRLAND_RESULTATBUDGET_2022,
)
from .test_budget_real_tables import VARIANTS, assert_read_as_printed

NEW_TABLES = (*FLOW_TABLES, *FOURTH_TABLES)


def _read(table, variant: str, path):
    return read_with_report(VARIANTS[variant](table, path), "Blad")[0]


def _fel(sheet) -> set[tuple[str, str, str]]:
    return {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("table", NEW_TABLES, ids=lambda t: t.name)
def test_a_new_table_reads_as_printed_from_every_file(table, variant, tmp_path) -> None:
    assert_read_as_printed(_read(table, variant, tmp_path / table.name), table)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("table", NEW_TABLES, ids=lambda t: t.name)
def test_one_changed_figure_is_one_fel_at_its_own_sum(table, variant, tmp_path) -> None:
    _, header, _, total = table.change
    sheet = _read(real.changed(table), variant, tmp_path / table.name)
    also = {(label, column, "fel") for label, column in table.change_also}
    assert _fel(sheet) == {(total, header, "fel")} | also | real.published_fel(table)


def _csv(table, folder):
    return _read(table, "csv-utf8-bom", folder / table.name)


def test_the_block_results_of_a_kassaflodesanalys_are_sums_of_their_blocks(tmp_path) -> None:
    """Värmdö adds only the changes in rörelsekapital into "Kassaflöde från den löpande
    verksamheten"; Luleå adds "Medel från verksamheten" and the changes: both are read, and
    each block result is checked."""
    for table in (VARMDO_KASSAFLODE_2019, LULEA_KASSAFLODE_2018):
        result = check_sheet(_csv(table, tmp_path))
        sheet = _csv(table, tmp_path)
        checked = {sheet.rows[c.row].label for c in result.checks if c.direction == "nedåt"}
        assert set(table.checked) <= checked
        assert not result.has_errors


def test_a_total_over_sums_is_read_as_the_sum_of_the_sums(tmp_path) -> None:
    """One wrong figure in Ängelholm's omsättningstillgångar is a fel at their Summa, not a
    second one at SUMMA TILLGÅNGAR, which adds the Summa rows as printed."""
    sheet = _csv(real.changed(ANGELHOLM_BALANS_2021), tmp_path)
    assert _fel(sheet) == {("Summa omsättningstillgångar", "Kommunen 2021", "fel")}


def test_a_result_that_opens_its_block_is_a_figure_carried_in(tmp_path) -> None:
    """ "Årets resultat" under "Eget kapital" is part of Summa eget kapital; Västernorrland's
    first "Verksamhetens externa nettokostnad", at the top, is a term of the second."""
    for table in (ANGELHOLM_BALANS_2021, VASTERNORRLAND_RESULTATBUDGET_2022):
        sheet = _csv(table, tmp_path)
        assert _fel(sheet) == set()
    sheet = _csv(ANGELHOLM_BALANS_2021, tmp_path)
    carried = [r for r in sheet.rows if r.label == "Årets resultat"]
    assert [r.kind for r in carried] == ["data"]


def test_a_block_total_without_a_label_is_found_by_its_figures(tmp_path) -> None:
    """Vårgårda's "Investering >3 mkr" closes its block and adds it in every column: it is
    the block's total, and a wrong figure in the block is found there."""
    sheet = _csv(VARGARDA_INVESTERINGAR_2023, tmp_path)
    kinds = {r.label: r.kind for r in sheet.rows}
    assert kinds["Investering >3 mkr"] == "total"
    assert kinds["Skattefinansierade inv obj <3 mnkr"] == "total"
    assert kinds["Sporthall återinvestering"] == "data"


def test_a_total_written_before_its_parts_sums_the_rows_under_it(tmp_path) -> None:
    result = check_sheet(_csv(SOCIALNAMND_INTERNBUDGET_2011, tmp_path))
    assert not result.has_errors
    assert any(c.style == "raderna under" for c in result.checks)


def test_a_finansnetto_printed_as_a_result_is_a_fel(tmp_path) -> None:
    """Region Blekinge's "Resultat efter finansiella poster" is 40,0 − 276,2 = −236,2: the
    result is 23,3 + 40,0 − 276,2 = −212,9 (the next row); the rows since the previous result
    alone are no reading of a result."""
    sheet = _csv(BLEKINGE_RESULTATBUDGET_2023, tmp_path)
    assert _fel(sheet) == real.published_fel(BLEKINGE_RESULTATBUDGET_2023)


def test_figures_no_column_could_read_are_named_in_the_report(tmp_path) -> None:
    """Burlöv's socialnämnd (a variant: its thousands marked by points in one column and
    left ungrouped in more): the points cannot be told from decimal points, so that column
    stays as written, and the report says so instead of leaving it silently uncounted."""
    path = tmp_path / "burlov.csv"
    path.write_text(
        "Beslutad ram (tkr);Bokslut 2021;Prognos 2022;Budget 2023\n"
        "Intäkter;190.057;56048;56470\n"
        "Kostnader;-544.534;-413927;-409198\n"
        "Verksamhetens nettokostnader;-354.477;-357879;-352728\n",
        encoding="utf-8",
    )
    _sheet, report = read_with_report(path, "Blad")
    (warning,) = report.warnings
    assert "3 tal lästes som text" in warning.text and "190.057" in warning.text
    assert "summa" in warning.why


def test_a_count_of_staff_sets_no_decimals_for_the_amounts(tmp_path) -> None:
    """ "Antal årsarbetare 459,267" under the socialnämnd's budget: never summed, and the
    column's kronor are still whole tkr, so TOTALT, DRIFT one tkr off the rows under it is
    avrundning, not fel."""
    sheet = _csv(SOCIALNAMND_INTERNBUDGET_2011, tmp_path)
    assert real.findings_of(check_sheet(sheet)) == {("TOTALT, DRIFT", "Budget 2011", "avrundning")}


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
    """Burlöv pasted with single spaces: "Vård och Äldreomsorg - yngre 1507 1 166 23" does not
    show which three of the five years it fills. The figures go in the first columns, and the
    report says so, so the secretary checks them against the PDF."""
    from ksdesk.services.budget import read_pasted

    from .real_budget_fourth import BURLOV_SOCIALNAMNDEN_2023 as BURLOV
    from .real_budget_third import paste_layout, paste_lines

    _sheet, report = read_pasted(paste_lines(BURLOV), "Klistrat")
    (warning,) = [w for w in report.warnings if "färre tal än kolumner" in w.text]
    assert warning.text.startswith("7 rader") and "första kolumnerna" in warning.why
    _sheet, report = read_pasted(paste_layout(BURLOV), "Klistrat")
    assert not [w for w in report.warnings if "färre tal" in w.text]  # the layout tells


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


def test_footnote_marks_on_figures_and_kkr(tmp_path) -> None:
    """Värmdö's kassaflöde as a variant (ours, not the kommun's): its unit written "Kkr" and
    footnote marks after three figures ("94 133¹", "128 342*", "−6 019 2)"). The unit is
    tkr, the marked figures are read and summed, and the report names the marks."""
    table = VARMDO_KASSAFLODE_2019
    lines = list(table.lines)
    lines[1] = lines[1].replace("Tkr;", "Kkr;")
    lines[3] = "Årets resultat;;94 133¹;-6 019 2);98 778;4 611"
    lines[4] = lines[4].replace("128 342", "128 342*")
    path = tmp_path / "varmdo.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sheet, report = read_with_report(path, "Blad")
    assert sheet.unit == "tkr"
    assert [(label, values) for label, values in figures_of(sheet)][:3] == real.expected_rows(
        table
    )[:3]
    assert real.findings_of(check_sheet(sheet)) == set()
    (line,) = [c for c in report.changed if "fotnotstecken" in c.text]
    assert line.text.startswith("3 belopp") and "”94 133¹”" in line.text


def figures_of(sheet):
    from .test_budget_real_tables import figures

    return figures(sheet)


def test_a_hidden_column_is_read_and_named_in_the_report(tmp_path) -> None:
    """Ängelholm's balansräkning in Excel with Kommunkoncernen 2020 hidden: read with the
    rest, the figures and findings as printed, and the report names the column."""
    import openpyxl

    from .test_budget_real_tables import figures

    path = real.write_xlsx(ANGELHOLM_BALANS_2021, tmp_path / "angelholm.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook.active.column_dimensions["D"].hidden = True
    workbook.save(path)
    sheet, report = read_with_report(path, "Blad")
    assert figures(sheet) == real.expected_rows(ANGELHOLM_BALANS_2021)
    (line,) = [c for c in report.changed if c.where == "Kolumn D"]
    assert line.text == "”Kommunkoncernen 2020”" and "dold" in line.why


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
