"""Relations across the columns of a row in real tables (real_budget_relations.py): what is
left of the budget ("Återstår" = Utfall − Budget) and a budget made of the one first adopted
and its changes (Budget = Urspr budget + Om-budget). Each table read from every file as
printed, with exactly its published findings; one changed figure found where it breaks the
relation; and no relation read where the headers or the figures do not say it. And a change
in percent beside the change in tkr (Gnesta: Förändring / (Utfall − Förändring)). The reading
from every file and the one changed figure are held with the other new tables' in
test_budget_real_fourth."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check import check_sheet, column_candidates
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_drift import GNESTA_DRIFT_2013
from .real_budget_fourth import VARGARDA_INVESTERINGAR_2023
from .real_budget_relations import (
    SIMRISHAMN_KFN_DRIFT_2025,
    VARGARDA_OTHER_HEADERS_2023,
)
from .real_budget_third import write_paste
from .test_budget_real_fourth import _csv, _fel


def _spaced(message: str) -> str:
    """A message with its non-breaking spaces (between a figure and its unit) as spaces."""
    return message.replace("\u00a0", " ")


def test_vargardas_budget_is_the_original_budget_and_the_om_budget(tmp_path) -> None:
    """Budget 2023 = Urspr budget 2023 + Ombudget År on every row of Vårgårda's table; a
    changed Om-budget is a fel at the row's Budget, naming both columns."""
    sheet = _csv(VARGARDA_INVESTERINGAR_2023, tmp_path)
    c = sheet.column_index("Budget 2023")
    [(_style, terms)] = column_candidates(sheet, c)
    assert [sheet.columns[t.column].header for t in terms] == ["Urspr budget 2023", "Ombudget År"]
    changed = _csv(real.changed(VARGARDA_INVESTERINGAR_2023), tmp_path)
    [finding] = [f for f in check_sheet(changed).findings if f.row_label == "Musikskola Kulturen"]
    assert finding.column_header == "Budget 2023"
    assert _spaced(finding.message) == (
        "”Budget 2023” på raden ”Musikskola Kulturen” är 13,3 mnkr, men ”Urspr budget 2023” + "
        "”Ombudget År” ger 31,3 mnkr: en skillnad på 18,0 mnkr. Det är mer än avrundning kan "
        "förklara (högst 0,15 mnkr för 3 avrundade tal)."
    )


def test_a_total_budget_after_budget_enl_kf_and_tillaggsbudget_sums_those_two(tmp_path) -> None:
    """ "Total budget 2023" is read as Budget enl. KF + Tilläggsbudget, not as every column
    before it, and the Kvar after it is Total budget − Utfall."""
    sheet = _csv(VARGARDA_OTHER_HEADERS_2023, tmp_path)
    [(_style, terms)] = column_candidates(sheet, sheet.column_index("Total budget 2023"))
    assert [sheet.columns[t.column].header for t in terms] == [
        "Budget enl. KF 2023",
        "Tilläggsbudget",
    ]
    kvar = sheet.column_index("Kvar 2023")
    assert any(c.column == kvar and c.style == "avvikelse" for c in check_sheet(sheet).checks)


def test_a_budget_is_not_read_as_a_sum_when_the_figures_say_otherwise(tmp_path) -> None:
    """The same headers over figures that do not keep the identity (here the Budget column
    holds the Utfall): the table is not checked so, and no fel is made up."""
    sheet = _csv(VARGARDA_INVESTERINGAR_2023, tmp_path)
    budget, utfall = sheet.column_index("Budget 2023"), sheet.column_index("Utfall 2023")
    rows = [
        dataclasses.replace(r, cells=[*r.cells[:budget], r.cells[utfall], *r.cells[budget + 1 :]])
        for r in sheet.rows
    ]
    other = dataclasses.replace(sheet, rows=rows)
    assert column_candidates(other, budget) == []
    assert not any(f.column == budget and f.is_error for f in check_sheet(other).findings)


def test_a_budget_column_without_an_original_beside_it_is_no_sum() -> None:
    """ "Budget 2023" after "Bokslut 2022" and "Förändring": the headers name no original
    budget and its changes, so nothing is summed however the figures fall."""
    headers = ("Bokslut 2022", "Förändring", "Budget 2023")
    sheet = Sheet("blad", "Blad", columns=[Column("Post", "text"), *map(Column, headers)])
    sheet.rows = [Row(cells=[f"Rad {n}", Decimal(1), Decimal(2), Decimal(3)]) for n in range(4)]
    assert column_candidates(sheet, 3) == []


def test_simrishamns_aterstar_is_utfall_minus_budget(tmp_path) -> None:
    """What is left of the budget, "Återstår", is read as Utfall 2025 − Budget 2025 (a cost
    written negative, so a saving is positive); a wrong figure is a fel on its row."""
    changed = _csv(real.changed(SIMRISHAMN_KFN_DRIFT_2025), tmp_path)
    [finding] = [f for f in check_sheet(changed).findings if f.row_label == "Bibliotek"]
    assert finding.column_header == "Återstår"
    assert _spaced(finding.message) == (
        "”Återstår” på raden ”Bibliotek” är 92 tkr, men ”Utfall 2025” − ”Budget 2025” ger "
        "29 tkr, som tabellens övriga rader räknar: en skillnad på 63 tkr."
    )


def test_a_pasted_aterstar_after_the_years_is_the_last_column(tmp_path) -> None:
    """Simrishamn's table pasted from its PDF a cell a line: "Återstår" after "Budget 2025"
    heads the last column, it is no heading in the body."""
    path = write_paste(SIMRISHAMN_KFN_DRIFT_2025, tmp_path / "simrishamn", "cells")
    sheet = read_with_report(path, "Klistrat")[0]
    assert [c.header for c in sheet.columns] == real.expected_headers(SIMRISHAMN_KFN_DRIFT_2025)
    assert sheet.rows[0].label == "Nämnd- och styrelseverksamhet"


def test_gnestas_change_in_percent_is_the_change_over_the_year_before(tmp_path) -> None:
    """Gnesta's "Förändring 2012/2013" in % is Förändring / (Utfall2013 − Förändring): Revision's
    1,6 % holds though −9 / −605 is 1,49 % (the rounded tkr allow up to 1,57 %), and a percent
    written wrong is one fel at the percent, naming the columns."""
    sheet = _csv(GNESTA_DRIFT_2013, tmp_path)
    assert _fel(sheet) == set()
    percent = next(i for i, c in enumerate(sheet.columns) if c.kind == "percent")
    revision = [r.label for r in sheet.rows].index("Revision")
    sheet.rows[revision].cells[percent] = Decimal("2.6")
    [finding] = [f for f in check_sheet(sheet).findings if f.row_label == "Revision"]
    assert (finding.column, finding.severity.value) == (percent, "fel")
    assert _spaced(finding.message) == (
        "”Förändring 2012/2013” i procent på raden ”Revision” är 2,6 %, men "
        "”Förändring 2012/2013” / (”Utfall2013” − ”Förändring 2012/2013”) ger 1,5 % "
        "(”Förändring 2012/2013” −9 tkr, ”Utfall2013” −614 tkr), som tabellens övriga rader "
        "räknar. Det är mer än avrundning kan förklara."
    )


def test_a_pasted_budget_enl_kf_stays_one_heading(tmp_path) -> None:
    """ "Budget enl. KF 2023" pasted with single spaces: "enl." joins "KF" to "Budget" as
    "enligt" would, so the heading is one column's, not two."""
    path = write_paste(VARGARDA_OTHER_HEADERS_2023, tmp_path / "vargarda", "lines")
    sheet = read_with_report(path, "Klistrat")[0]
    assert [c.header for c in sheet.columns] == real.expected_headers(VARGARDA_OTHER_HEADERS_2023)


def test_a_budget_efter_ombudgetering_is_the_revised_budget(tmp_path) -> None:
    """Vårgårda's Budget column headed "Budget efter ombudgetering 2023": the header names the
    change, and the column is still the sum of the original budget and the Om-budget."""
    sheet = _csv(VARGARDA_INVESTERINGAR_2023, tmp_path)
    c = sheet.column_index("Budget 2023")
    sheet.columns[c].header = "Budget efter ombudgetering 2023"
    [(_style, terms)] = column_candidates(sheet, c)
    assert [sheet.columns[t.column].header for t in terms] == ["Urspr budget 2023", "Ombudget År"]
