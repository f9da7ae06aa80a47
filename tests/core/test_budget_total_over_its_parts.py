"""A total written first over its parts with a row of its own above it ("Politisk
verksamhet", then "Summa verksamheter" over Förskola and Skola): it sums the rows under it,
never the one row above it (that was a false fel in every column); the row above still counts
in the grand total; and one wrong figure under it is one fel, at that total alone."""

from __future__ import annotations

from ksdesk.core.budget_check import check_sheet

from .test_budget_total_above_sections import _checked, _fel, _sheet

LINES = [
    ["Politisk verksamhet", 50, 45],
    ["Summa verksamheter", 300, 310],
    ["Förskola", 100, 105],
    ["Skola", 200, 205],
    ["Totalt", 350, 355],
]


def test_a_total_under_a_row_of_its_own_sums_its_parts_under_it() -> None:
    sheet = _sheet(LINES)
    result = check_sheet(sheet)
    assert _fel(result) == set()
    assert _checked(sheet, result, "Summa verksamheter") == [(300, 300), (310, 310)]
    assert _checked(sheet, result, "Totalt") == [(350, 350), (355, 355)]


def test_one_wrong_part_is_one_fel_at_the_total_over_it() -> None:
    lines = [row if row[0] != "Förskola" else ["Förskola", 110, 105] for row in LINES]
    assert _fel(check_sheet(_sheet(lines))) == {("Summa verksamheter", "Budget 2026")}


def test_a_block_total_under_its_rows_is_still_theirs() -> None:
    """The rows above add up to it: a Summa of its block, whatever stands under it."""
    lines = [["A", 40, 80], ["B", 60, 120], ["Summa", 100, 200], ["C", 30, 60], ["D", 70, 140]]
    sheet = _sheet(lines)
    assert _checked(sheet, check_sheet(sheet), "Summa") == [(100, 100), (200, 200)]
