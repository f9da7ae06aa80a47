"""Checking budget sheets: the seed's findings exactly, and the rules behind them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk import paths
from ksdesk.core.budget import Column, Row, Sheet, Term
from ksdesk.core.budget_check import (
    HEADER_ROW,
    check_sheet,
    finding_json,
    half_unit,
    tolerance,
)
from ksdesk.interchange.demo_json import read_demo

D = Decimal

# (sheet key, row label, column header, stated, computed): every finding of the seed, all
# rounding (amounts kept in tkr or kr and shown rounded); nothing else, and no fel.
SEED_FINDINGS = [
    ("pris", "SUMMA", "Äskat", "3.2", "3.3"),
    ("bilaga2", "Total, tkr", "Förvaltningens förslag till budget 2021", "123951", "123950"),
    ("itcenter", "VOO", "Totalt per Förvaltning", "1315", "1316"),
    ("itcenter", "KSF exl IT", "Totalt per Förvaltning", "4736", "4737"),
    ("itcenter", "Totalt", "Ram 1/6", "2930", "2929"),
    ("itcenter", "Totalt", "Utö. Ram", "4929", "4930"),
    ("itcenter", "Totalt", "Kapitalkostnader", "1834", "1835"),
    ("itcenter", "Totalt", "Totalt per Förvaltning", "8864", "8863"),
]


@pytest.fixture(scope="module")
def seed_sheets() -> dict[str, Sheet]:
    return {s.key: s for s in read_demo(paths.demo_dir()).sheets}


def test_the_seed_gives_exactly_its_rounding_findings(seed_sheets) -> None:
    found = []
    for key, sheet in seed_sheets.items():
        for f in check_sheet(sheet).findings:
            if f.row == HEADER_ROW:
                continue  # the headers' stray space: test_a_date_with_a_stray_space_…
            found.append((key, f.row_label, f.column_header, str(f.stated), str(f.computed)))
            assert f.severity == "avrundning", f.message
    assert found == SEED_FINDINGS


CLEAN = ["volym", "kvalitet", "sammanstallning", "strukturplan-2021", "strukturplan-2018"]


@pytest.mark.parametrize("key", [*CLEAN, "investering"])
def test_the_other_seed_sheets_are_clean_and_really_checked(seed_sheets, key) -> None:
    result = check_sheet(seed_sheets[key])
    assert [f for f in result.findings if f.row != HEADER_ROW] == []
    assert result.checks  # clean because the sums are right, not because nothing was checked


@pytest.mark.parametrize("key", ["volym", "pris", "kvalitet"])
def test_a_date_with_a_stray_space_in_a_header_is_told(seed_sheets, key) -> None:
    """DOMAIN.md's trap "Förslag KS 2020- 12-07": a warning on the header, last in the list,
    which names the date as it should be written; the sums are not affected."""
    header = check_sheet(seed_sheets[key]).findings[-1]
    assert (header.row, header.row_label, header.severity) == (
        HEADER_ROW,
        "Kolumnrubrik",
        "varning",
    )
    assert header.column_header == "Förslag KS 2020- 12-07"
    assert "”2020- 12-07”: skriv ”2020-12-07”" in header.message


@pytest.mark.parametrize(
    ("header", "told"),
    [
        ("Förslag KS 2020-12-07", False),
        ("Budget 2020 - 2021", False),  # a span of years, no date
        ("Beslut 2020 -12- 07", True),
        ("Datum 2020-13- 07", False),  # no such date
        ("Kostnad 12345- 12-07", False),
    ],
)
def test_only_a_real_date_with_a_space_is_told(header: str, told: bool) -> None:
    sheet = Sheet("blad", "Blad", columns=[Column("Post", "text"), Column(header, "amount")])
    assert bool(check_sheet(sheet).findings) == told


def test_json_shape_of_a_finding(seed_sheets) -> None:
    finding = check_sheet(seed_sheets["pris"]).findings[0]
    assert finding_json(finding) == {
        "severity": "avrundning",
        "sheet": "Pris",
        "row": "SUMMA",
        "column": "Äskat",
        "stated": "3.2",
        "computed": "3.3",
        "message": finding.message,
    }
    assert "3,2" in finding.message and "3,3" in finding.message
    assert "avrundning" in finding.message


def test_investering_summa_column_sums_the_years_not_avskrivning(seed_sheets) -> None:
    sheet = seed_sheets["investering"]
    summa = sheet.column_index("Summa")
    across = [c for c in check_sheet(sheet).checks if c.direction == "tvärs"]
    assert {c.column for c in across} == {summa}
    first = next(c for c in across if c.row == 0)
    assert {col for _, col, _ in first.terms} == {3}  # only År 2021 has a value on row 1
    assert len(across) == len(sheet.rows)


def test_percent_column_is_checked_as_percent_and_never_in_amounts(seed_sheets) -> None:
    sheet = seed_sheets["itcenter"]
    faktor = sheet.column_index("Faktor")
    checks = [c for c in check_sheet(sheet).checks if c.column == faktor]
    assert [(c.stated, c.computed) for c in checks] == [(D(100), D(100))]
    totalt = sheet.column_index("Totalt per Förvaltning")
    for check in check_sheet(sheet).checks:
        if check.column == totalt:
            assert all(col != faktor for _, col, _ in check.terms)


def test_empty_stated_total_is_not_checked(seed_sheets) -> None:
    sheet = seed_sheets["strukturplan-2021"]
    besparing = sheet.column_index("Besparing")
    assert not [c for c in check_sheet(sheet).checks if c.column == besparing]


def test_text_cell_in_a_middle_text_column_of_a_total_row(seed_sheets) -> None:
    sheet = seed_sheets["sammanstallning"]
    assert sheet.rows[-1].cells[2] == "Erhållen ram 2021"
    assert sheet.rows[-1].label == "Förslag till ram 2021"
    assert check_sheet(sheet).findings == []


# ---------------------------------------------------------------------------------------------
# The rules on small sheets


def sheet_of(rows: list[tuple[str, str, str | None]], decimals: int = 0) -> Sheet:
    """A two-column sheet: (kind, label, amount as printed)."""
    return Sheet(
        key="t",
        title="Test",
        decimals=decimals,
        columns=[Column("Post", "text"), Column("Belopp", "amount")],
        rows=[Row(kind, [label, D(v) if v is not None else None]) for kind, label, v in rows],
    )


def test_right_sums_give_no_finding() -> None:
    sheet = sheet_of([("data", "a", "1373"), ("data", "b", "-500"), ("total", "Summa", "873")])
    assert check_sheet(sheet).findings == []


def test_a_real_error_is_fel_and_rounding_is_avrundning() -> None:
    fel = sheet_of([("data", "a", "1.0"), ("data", "b", "2.0"), ("total", "Summa", "3.2")], 1)
    (finding,) = check_sheet(fel).findings
    assert (finding.severity, finding.stated, finding.computed) == ("fel", D("3.2"), D("3.0"))
    assert "mer än avrundning" in finding.message
    ok = sheet_of([("data", "a", "1.0"), ("data", "b", "2.0"), ("total", "Summa", "3.1")], 1)
    assert [f.severity for f in check_sheet(ok).findings] == ["avrundning"]


def test_rounding_bound_is_half_a_unit_per_term_and_total() -> None:
    assert half_unit(D("3.2")) == D("0.05")
    assert half_unit(D("1373")) == D("0.5")
    assert tolerance([D("1.0"), D("2.0"), D("3.2")]) == D("0.15")
    # Exactly at the bound is still rounding; a hair over is an error.
    at = sheet_of([("data", "a", "1"), ("data", "b", "1"), ("total", "S", "3.5")])
    assert check_sheet(at).findings[0].severity == "fel"  # "3.5" is shown to a tenth: 1.05
    at = sheet_of([("data", "a", "1"), ("data", "b", "1"), ("total", "S", "3")])
    assert check_sheet(at).findings[0].severity == "avrundning"  # bound 1.5, difference 1


def test_delsumma_since_the_previous_one() -> None:
    sheet = sheet_of(
        [
            ("data", "a", "1"),
            ("data", "b", "2"),
            ("subtotal", "Delsumma", "3"),
            ("data", "c", "4"),
            ("subtotal", "Delsumma", "4"),
            ("total", "Summa", "7"),
        ]
    )
    result = check_sheet(sheet)
    assert result.findings == []
    assert result.subtotal_styles()[4] == "sedan föregående delsumma"


def test_running_delsumma_includes_the_first() -> None:
    sheet = sheet_of(
        [
            ("data", "a", "1"),
            ("data", "b", "2"),
            ("subtotal", "Delsumma", "3"),
            ("data", "c", "4"),
            ("subtotal", "Delsumma", "7"),
            ("total", "Summa", "7"),  # the data rows, never the subtotals again
        ]
    )
    result = check_sheet(sheet)
    assert result.findings == []
    assert result.subtotal_styles()[4] == "löpande"


def test_block_totals_and_a_grand_total() -> None:
    sheet = sheet_of(
        [
            ("heading", "Intäkter", None),
            ("data", "a", "-100"),
            ("data", "b", "-50"),
            ("total", "Summa intäkter", "-150"),
            ("heading", "Kostnader", None),
            ("data", "c", "400"),
            ("subtotal", "Delsumma", "400"),
            ("data", "d", "25"),
            ("total", "Summa kostnader", "425"),
            ("total", "Totalt", "275"),
        ]
    )
    assert check_sheet(sheet).findings == []
    wrong = sheet_of(
        [
            ("data", "a", "10"),
            ("total", "Summa A", "10"),
            ("data", "b", "20"),
            ("total", "Summa B", "20"),
            ("total", "Totalt", "60"),
        ]
    )
    (finding,) = check_sheet(wrong).findings
    assert (finding.row_label, finding.computed, finding.severity) == ("Totalt", D(30), "fel")


def test_percent_rows_are_never_summed() -> None:
    sheet = sheet_of([("data", "a", "10"), ("data", "Andel", "44"), ("total", "Summa", "10")])
    sheet.rows[1].percent = True
    assert check_sheet(sheet).findings == []


def test_declared_identity_with_a_minus() -> None:
    sheet = Sheet(
        key="t",
        title="Identitet",
        columns=[
            Column("Enhet", "text"),
            Column("Budget 2020"),
            Column("Äskningar"),
            Column("Avgår"),
            Column("Förslag", sums=(Term(1), Term(2), Term(3, -1))),
        ],
        rows=[
            Row("data", ["A", D(100), D(20), D(5), D(115)]),
            Row("data", ["B", D(50), D(0), D(10), D(40)]),
            Row("data", ["C", D(10), D(1), None, D(99)]),
        ],
    )
    (finding,) = check_sheet(sheet).findings
    assert (finding.row_label, finding.column_header, finding.computed) == ("C", "Förslag", D(11))
    assert finding.severity == "fel"
    assert "”Budget 2020” + ”Äskningar” − ”Avgår”" in finding.message


def test_text_in_an_amount_column_is_a_warning() -> None:
    sheet = sheet_of([("data", "a", "1"), ("data", "b", None), ("total", "Summa", "1")])
    sheet.rows[1].cells[1] = "ej klart"
    (finding,) = check_sheet(sheet).findings
    assert finding.severity == "varning"
    assert finding_json(finding)["stated"] is None


def test_a_whole_number_in_a_one_decimal_column_carries_five_hundredths(seed_sheets) -> None:
    """The demo's Volym sheet with Äskat 3,2 changed to 4,2: SUMMA 7,4 is 1,0 short. Its "1"
    were printed as 1,0 (±0,05 each), so rounding explains at most 0,5: a fel."""
    import copy

    sheet = copy.deepcopy(seed_sheets["volym"])
    column = sheet.column_index("Äskat")
    row = next(r for r in sheet.rows if r.cells[column] == D("3.2"))
    row.cells[column] = D("4.2")
    finding, _header = check_sheet(sheet).findings  # (and the header's stray space)
    assert (finding.severity, finding.stated, finding.computed) == ("fel", D("7.4"), D("8.4"))
    assert "högst 0,5\u00a0mnkr för 10 avrundade tal" in finding.message
    assert half_unit(D("1"), places=1) == D("0.05")
