"""The row header of a result that ends the sheet says Summa, not Delsumma (walk38 #8)."""

from __future__ import annotations

from ksdesk.core.budget_grid import Grid, sheet_from_grid
from ksdesk.core.budget_row_name import kind_called


def test_a_result_that_ends_the_sheet_is_called_summa() -> None:
    cells = [
        ["Mnkr", "Budget 2025"],
        ["Nämnd", "-2,1"],
        ["Verksamhetens nettokostnad", "-2,1"],
        ["Privat assistans", "-54,9"],
        ["Periodens resultat", "-57,0"],
    ]
    sheet = sheet_from_grid(Grid(cells=cells), "Delår")
    assert [row.kind for row in sheet.rows][2:] == ["data", "subtotal"]
    assert [kind_called(sheet, r) for r in (1, 3)] == ["Delsumma", "Summa"]
