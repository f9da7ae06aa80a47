"""What the budget grid reader and the budget check share: one reading of dates, one of decimals."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Column, Sheet
from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_grid import Grid, sheet_from_grid
from ksdesk.core.budget_grid_values import reads_as_date
from ksdesk.core.budget_rounding import column_places

D = Decimal


def test_a_date_is_a_real_day() -> None:
    assert reads_as_date("2020-12-07")
    assert reads_as_date("7 december 2020")
    assert not reads_as_date("2020-13-07")
    assert not reads_as_date("Budget")


def test_the_header_check_reads_dates_as_the_grid_does() -> None:
    """A spaced date in a header is named only when it is a real day."""
    columns = [Column("Post", "text"), Column("Förslag KS 2020- 12-07"), Column("KS 2020- 13-07")]
    findings = check_sheet(Sheet(key="k", title="Blad", columns=columns)).findings
    assert [f.column_header for f in findings] == ["Förslag KS 2020- 12-07"]


def test_a_sheets_decimals_are_the_most_its_amount_columns_show() -> None:
    """sheet.decimals (the grid reader) agrees with column_places (the rounding rule)."""
    cells = [
        ["Post", "Budget", "Utfall", "Andel"],
        ["Skola", D("10.5"), D("3"), "12,345 %"],
        ["Vård", D("1.25"), D("4"), "1 %"],
        ["Andel av ramen", D("0.125"), D("0.5"), None],
    ]
    grid = Grid(cells=cells, percent_cells={(3, 1), (3, 2)})
    sheet = sheet_from_grid(grid, "Blad")
    assert [c.kind for c in sheet.columns] == ["text", "amount", "amount", "percent"]
    assert column_places(sheet)[1:3] == [2, 0]
    assert sheet.decimals == 2  # percent rows and the percent column aside
