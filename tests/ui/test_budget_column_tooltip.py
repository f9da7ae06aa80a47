"""What the Budget tab's column header says a column sums, for the sums the check reads from
the headers and figures (a revised budget: the original budget and its changes)."""

from __future__ import annotations

from ksdesk.services.budget import read_with_report
from ksdesk.ui.models.budget_models import column_tooltip
from tests.interchange import real_budget_tables as real
from tests.interchange.real_budget_fourth import VARGARDA_INVESTERINGAR_2023


def test_a_revised_budget_column_names_the_columns_it_sums(tmp_path) -> None:
    """Vårgårda's "Budget 2023" is checked as Urspr budget 2023 + Ombudget År: its header's
    tooltip says so, as it does for a sum the secretary declared."""
    path = real.write_csv(VARGARDA_INVESTERINGAR_2023, tmp_path / "vargarda.csv")
    sheet = read_with_report(path, "Blad")[0]
    budget = sheet.columns[sheet.column_index("Budget 2023")]
    assert column_tooltip(sheet, budget).endswith("Summa av: Urspr budget 2023 + Ombudget År")
    utfall = sheet.columns[sheet.column_index("Utfall 2023")]
    assert "Summa av" not in column_tooltip(sheet, utfall)
