"""A table of one amount column whose header names only that column (";Budget 2026" over
"Totalt;105"): the header was looked for as the first line with two filled cells, so the
table's first row became its header and was lost, with no line in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

TABLE = [
    ("Totalt", "105"),
    ("Nämnder", ""),
    ("A", "40"),
    ("B", "60"),
    ("Summa nämnder", "100"),
    ("Investeringar", ""),
    ("C", "5"),
    ("Summa investeringar", "5"),
]


@pytest.mark.parametrize(("name", "sep"), [("drift.csv", ";"), ("drift.txt", "\t")])
def test_the_first_row_under_a_header_of_one_cell_is_a_row(tmp_path: Path, name, sep) -> None:
    path = tmp_path / name
    lines = [f"{sep}Budget 2026", *(f"{label}{sep}{amount}" for label, amount in TABLE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sheet, _report = read_with_report(path, "Blad", "tkr")
    assert [c.header for c in sheet.columns][1:] == ["Budget 2026"]
    assert [row.cells[0] for row in sheet.rows] == [label for label, _amount in TABLE]
    assert not [f for f in check_sheet(sheet).findings if f.severity.name == "FEL"]


def test_a_text_above_a_header_of_two_cells_is_still_above_it(tmp_path: Path) -> None:
    """A line naming one column above a full header (";;Bilaga 3" over "Nämnd;2024;2025")
    stays a line above the table: the row under it holds no amounts."""
    path = tmp_path / "ram.csv"
    path.write_text(";;Bilaga 3\nNämnd;2024;2025\nKS;10;11\nSN;20;21\n", encoding="utf-8")
    sheet, _report = read_with_report(path, "Blad", "tkr")
    assert [c.header for c in sheet.columns] == ["Nämnd", "2024", "2025"]
    assert [row.cells[0] for row in sheet.rows] == ["KS", "SN"]
