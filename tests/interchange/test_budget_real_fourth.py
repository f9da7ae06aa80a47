"""More real tables (real_budget_flows.py, real_budget_fourth.py, real_budget_relations.py,
real_budget_fifth.py): kassaflöde, balans, resultaträkningar, a regionplan's resultatbudget,
an investeringsredovisning, a nämnd's driftbudget. Each read from every file variant as
printed, checked with exactly the findings its published figures give, and one changed
figure found at its own sum and nowhere else; and each rule they needed, on the real rows
that need it."""

from __future__ import annotations

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_fifth import FIFTH_TABLES
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
from .real_budget_relations import RELATION_TABLES
from .test_budget_real_tables import VARIANTS, assert_read_as_printed
from .test_budget_real_third import ALL_VARIANTS

NEW_TABLES = (*FLOW_TABLES, *FOURTH_TABLES, *RELATION_TABLES, *FIFTH_TABLES)


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


@pytest.mark.parametrize("variant", ALL_VARIANTS)
def test_a_sentence_over_the_table_is_kept_under_a_title(variant, tmp_path) -> None:
    """Region Blekinge's web page writes "Tabellen visar resultatbudget för 2023." over the
    table for screen readers: the sheet is "Resultatbudget 2023" in the tab list and on the
    printed page, and the sentence, whole, is its caption, from every file and paste."""
    path = ALL_VARIANTS[variant](BLEKINGE_RESULTATBUDGET_2023, tmp_path / "blekinge")
    sheet = read_with_report(path, "Blad")[0]
    assert (sheet.title, sheet.caption) == (
        "Resultatbudget 2023",
        "Tabellen visar resultatbudget för 2023.",
    )
