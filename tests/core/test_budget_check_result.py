"""The pieces every budget check shares: how a finding is made and how a column is named."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check_result import HEADER_ROW, SheetCheck, record, sheet_finding
from ksdesk.core.budget_difference_lines import check_differences
from ksdesk.core.budget_parents import adds_up
from ksdesk.core.budget_rounding import column_name, column_places, total_tolerance
from ksdesk.core.findings import Severity

D = Decimal


def _sheet() -> Sheet:
    columns = [Column("Post", "text"), Column("Budget"), Column("")]
    rows = [Row("data", ["Skola", D(10), D(4)]), Row("total", ["Summa", D(10), D(4)])]
    return Sheet(key="k", title="Driftbudget", columns=columns, rows=rows)


def test_column_name_quotes_a_header_or_says_it_has_none() -> None:
    assert column_name("Budget") == "”Budget”"
    assert column_name("") == "kolumnen utan rubrik"


def test_a_finding_on_a_cell_names_its_row_and_column() -> None:
    finding = sheet_finding(_sheet(), 1, 1, Severity.FEL, D(10), D(11), "fel")
    assert (finding.row, finding.column) == (1, 1)
    assert (finding.row_label, finding.column_header) == ("Summa", "Budget")
    assert (finding.sheet, finding.sheet_key) == ("Driftbudget", "k")
    assert (finding.stated, finding.computed, finding.message) == (D(10), D(11), "fel")


def test_a_finding_on_a_header_is_on_the_header_row() -> None:
    finding = sheet_finding(_sheet(), HEADER_ROW, 2, Severity.VARNING, None, None, "rubrik")
    assert finding.row == -1
    assert finding.row_label == "Kolumnrubrik"
    assert finding.column_header == ""


def test_a_difference_column_read_both_ways_is_said_of_its_header() -> None:
    """The Avvikelse check makes its findings the same way as the sum checks."""
    columns = [Column("Post", "text"), Column("Budget"), Column("Utfall"), Column("Avvikelse")]
    figures = [(10, 8, 2), (20, 15, 5), (7, 9, 2), (30, 36, 6), (5, 1, 4), (9, 12, 3)]
    rows = [Row("data", [f"Rad {i}", D(a), D(b), D(c)]) for i, (a, b, c) in enumerate(figures)]
    sheet = Sheet(key="k", title="Blad", columns=columns, rows=rows)
    _, findings = check_differences(sheet, column_places(sheet))
    assert [(f.row, f.row_label, f.column_header) for f in findings] == [
        (HEADER_ROW, "Kolumnrubrik", "Avvikelse")
    ]
    assert "räknas åt olika håll" in findings[0].message


def test_a_total_and_a_parent_reading_are_judged_by_one_bound() -> None:
    """record (every sum check) and adds_up (a Summa read without a nämnd's rows) take the
    same rounding bound: half a unit of each column's last shown decimal per figure."""
    columns = [Column("Post", "text"), Column("Budget")]
    rows = [
        Row("data", ["A", D("1.2")]),
        Row("data", ["B", D("2")]),
        Row("total", ["Summa", D("3.3")]),
    ]
    sheet = Sheet(key="k", title="Blad", columns=columns, rows=rows)
    places = column_places(sheet)
    terms = [(0, 1, 1), (1, 1, 1)]
    bound = total_tolerance(sheet, places, terms, D("3.3"), 1)
    assert bound == D("0.15")  # three figures shown to one decimal ("2" is printed 2,0)
    assert adds_up(sheet, places, terms, D("3.3"), D("3.2"), 1)
    assert not adds_up(sheet, places, terms, D("3.4"), D("3.2"), 1)
    result = SheetCheck(places=places)
    record(sheet, result, (2, 1, "nedåt", "block", "raderna ovanför"), terms, D("3.3"), D("3.2"))
    assert result.checks[0].tolerance == bound
    assert [f.severity for f in result.findings] == [Severity.AVRUNDNING]


def test_a_total_carries_the_decimals_of_its_own_column_not_of_its_terms() -> None:
    """A Period column printed with one decimal over year columns in whole tkr, and the
    reverse: the stated total is off by half a unit of its own column's last digit (0,05 in
    the first, 0,5 in the second), whatever the columns of its terms show."""
    columns = [Column("Post", "text"), Column("Budget 2024"), Column("Period"), Column("Plan")]
    rows = [
        Row("data", ["Skola", D("100"), D("100.0"), D("100.4")]),
        Row("data", ["Vård", D("200"), D("200.0"), D("199.8")]),
        Row("total", ["Summa", D("300"), D("300"), D("300")]),  # as XLSX holds them
    ]
    sheet = Sheet(key="k", title="Blad", columns=columns, rows=rows)
    places = column_places(sheet)
    assert places == [0, 0, 1, 1]
    whole = [(0, 1, 1), (1, 1, 1)]  # the terms in whole tkr
    # 300 in the one-decimal column, printed 300,0: 0,05 for it and 0,5 for each whole term.
    assert total_tolerance(sheet, places, whole, D("300"), 2) == D("1.05")
    assert not adds_up(sheet, places, whole, D("300"), D("301.2"), 2)
    assert adds_up(sheet, places, whole, D("300"), D("301.0"), 2)
    tenths = [(0, 3, 1), (1, 3, 1)]  # the terms with one decimal
    # 300 in the column of whole tkr: 0,5 for it and 0,05 for each term, 0,6 in all.
    assert adds_up(sheet, places, tenths, D("300"), D("300.2"), 1)
    assert not adds_up(sheet, places, tenths, D("300"), D("300.7"), 1)
