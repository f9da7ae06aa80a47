"""A check names the row it found: where a nämnd's driftredovisning has "Intäkter" and
"Kostnader" under each verksamhet, "på raden ”Kostnader”" left the secretary three rows to
look at (walk30, Kungsbacka's Byggnadsnämnd, delårsrapport augusti 2025,
data/kungsbacka/bygg/2025/ handlingar table; the Budgetavvikelse 0,9 changed to 1,9)."""

from __future__ import annotations

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_row_name import row_called
from ksdesk.interchange.budget_csv import read_csv

_TABLE = """Miljoner kronor;Bokslut 2024;Budget 2025;Prognos 2025;Budgetavvikelse
Geodata & Bygglov;;;;
Intäkter;30,2;32,3;30,6;-1,7
Kostnader;-48,6;-53,8;-53,0;0,8
Miljö & Hälsoskydd;;;;
Intäkter;20,1;20,3;19,6;-0,7
Kostnader;-35,5;-37,5;-36,5;1,9
Periodens resultat;-33,8;-38,7;-39,3;-0,6
"""


def test_a_label_that_stands_twice_is_named_with_its_heading(tmp_path) -> None:
    path = tmp_path / "drift.csv"
    path.write_text(_TABLE, encoding="utf-8")
    sheet = read_csv(path, "Driftredovisning")
    findings = check_sheet(sheet).findings
    [fel] = [f for f in findings if f.row_label == "Kostnader" and f.is_error]
    assert "på raden ”Kostnader” under ”Miljö & Hälsoskydd”" in fel.message
    assert row_called(sheet, len(sheet.rows) - 1) == "”Periodens resultat”"  # said once
