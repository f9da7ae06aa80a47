"""A total written first, above several sections each closed by its own Summa: it is the sum
of those sections down to where the next block of its level begins (core/budget_sum_rows.py),
never a false fel; and one wrong figure is one fel, at its own section's sum. The shape is
Helsingborg's driftredovisning 2016 (tests/interchange/real_budget_sixth.py) with a second
block of the same level under it, as a skatte- and an avgiftsfinansierad part are printed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_grid import sheet_from_grid
from ksdesk.core.budget_grid_values import Grid

HEADER = ["Driftbudget, tkr", "Budget 2026", "Budget 2027"]
NAMNDER = [["Nämnder"], ["A", 40, 80], ["B", 60, 120], ["Summa nämnder", 100, 200]]
INVEST = [["Investeringar"], ["C", 5, 10], ["Summa investeringar", 5, 10]]
OVRIGT = [["Övrigt"], ["E", 3, 6], ["Summa övrigt", 3, 6]]
VATTEN = [["Vatten och avlopp"], ["D", 30, 60], ["Summa vatten och avlopp", 30, 60]]
TAX = [["Totalt skattefinansierat", 105, 210], *NAMNDER, *INVEST]
FEE = [["Totalt avgiftsfinansierat", 30, 60], *VATTEN]


def _sheet(lines: list[list]):
    cells = [HEADER]
    for label, *amounts in lines:
        row = [label, *(Decimal(a) if a is not None else None for a in amounts)]
        cells.append(row + [None] * (len(HEADER) - len(row)))
    return sheet_from_grid(Grid(cells=cells), "Blad")


def _fel(result) -> set[tuple[str, str]]:
    return {(f.row_label, f.column_header) for f in result.findings if f.severity == "fel"}


def _checked(sheet, result, label: str) -> list[tuple[Decimal, Decimal]]:
    row = next(i for i, r in enumerate(sheet.rows) if r.label == label)
    return [(c.stated, c.computed) for c in result.checks if c.row == row]


SHAPES = {
    "två avsnitt": [["Totalt", 105, 210], *NAMNDER, *INVEST],
    "tre avsnitt": [["Totalt", 108, 216], *NAMNDER, *INVEST, *OVRIGT],
    "ett avsnitt utan summa": [["Totalt", 108, 216], *NAMNDER, *INVEST, *OVRIGT[:2]],
    "första avsnittet utan rubrik": [["Totalt", 105, 210], *NAMNDER[1:], *INVEST],
    "två block av samma nivå": [*TAX, *FEE],
    "två block och totalen sist": [*TAX, *FEE, ["Totalt kommunen", 135, 270]],
    # a Summa straight after a Summa that is a running sum, not the next block of the level
    "en löpande summa mitt i": [*TAX[:5], ["Summa nämnder och styrelser", 100, 200], *INVEST],
}


@pytest.mark.parametrize("lines", SHAPES.values(), ids=SHAPES.keys())
def test_a_total_above_its_sections_is_the_sum_of_them_all(lines) -> None:
    sheet = _sheet(lines)
    result = check_sheet(sheet)
    assert _fel(result) == set()
    top = _checked(sheet, result, lines[0][0])
    assert len(top) == 2  # really checked, in both columns
    assert all(stated == computed for stated, computed in top)


def test_each_block_of_the_same_level_sums_its_own_sections_only() -> None:
    """The row "Totalt avgiftsfinansierat" opens the next block: the total above stops there, and
    it is not read as a grand total over everything above it."""
    sheet = _sheet([*TAX, *FEE])
    result = check_sheet(sheet)
    assert _checked(sheet, result, "Totalt skattefinansierat") == [
        (Decimal(105), Decimal(105)),
        (Decimal(210), Decimal(210)),
    ]
    assert _checked(sheet, result, "Totalt avgiftsfinansierat") == [
        (Decimal(30), Decimal(30)),
        (Decimal(60), Decimal(60)),
    ]


WRONG = {
    "två avsnitt": [["Totalt", 105, 210], ["Nämnder"], ["A", 50, 80], *NAMNDER[2:], *INVEST],
    "två block": [TAX[0], ["Nämnder"], ["A", 50, 80], *NAMNDER[2:], *INVEST, *FEE],
    "andra blocket och totalen sist": [
        *TAX,
        *FEE[:2],
        ["D", 40, 60],
        FEE[3],
        ["Totalt kommunen", 135, 270],
    ],
}


@pytest.mark.parametrize("name", WRONG)
def test_one_wrong_figure_is_one_fel_at_its_own_sum(name) -> None:
    result = check_sheet(_sheet(WRONG[name]))
    own_sum = "Summa vatten och avlopp" if name.startswith("andra") else "Summa nämnder"
    assert _fel(result) == {(own_sum, "Budget 2026")}


def test_a_budgetram_above_the_sections_is_no_sum_and_not_checked_as_one() -> None:
    sheet = _sheet([["Budgetram", 120, 240], *NAMNDER, *INVEST])
    result = check_sheet(sheet)
    assert _checked(sheet, result, "Budgetram") == []
    assert _fel(result) == set()
    assert _checked(sheet, result, "Summa nämnder")  # the sections themselves are checked
