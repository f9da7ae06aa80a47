"""Cells a real file may hold that the readers of real tables must not be misled by: account
codes with points, a first row under a header with a blank label cell, a cell of many spaces."""

from __future__ import annotations

from pathlib import Path

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report


def _sheet(tmp_path: Path, text: str):
    path = tmp_path / "blad.csv"
    path.write_text(text, encoding="utf-8")
    return read_with_report(path, "Blad")[0]


def test_account_codes_with_points_stay_codes_and_a_wrong_sum_is_fel(tmp_path) -> None:
    sheet = _sheet(
        tmp_path,
        "Belopp i tkr\nKonto;Verksamhet;Budget\n1.100;Politik;500\n1.200;Skola;700\nSumma;;1 400\n",
    )
    assert [row.label for row in sheet.rows][:2] == ["1.100", "1.200"]
    assert [(f.row_label, f.is_error) for f in check_sheet(sheet).findings] == [("Summa", True)]


def test_the_first_row_under_a_blank_label_header_is_a_row(tmp_path) -> None:
    sheet = _sheet(
        tmp_path,
        "Belopp i tkr\n;Budget 2024;Budget 2025;Kommentar\n"
        "Kommunstyrelsen;;;Ny nämnd från 2024\nRevision;1950;2000;\nSkola;3000;3100;\n"
        "Summa;4950;5100;\n",
    )
    assert [row.label for row in sheet.rows] == ["Kommunstyrelsen", "Revision", "Skola", "Summa"]
    assert [c.header for c in sheet.columns][1:3] == ["Budget 2024", "Budget 2025"]
    assert check_sheet(sheet).findings == []


def test_a_cell_of_many_spaces_is_read(tmp_path) -> None:
    """5 000 spaces in a cell: the figure readers once backtracked over them for minutes (so
    this test would hang the suite); speed itself is measured in bench/, not here."""
    spaces = " " * 5000
    sheet = _sheet(tmp_path, f"Belopp i tkr\nVerksamhet;Budget\nPolitik;1{spaces}x\nSkola;7\n")
    assert [row.label for row in sheet.rows] == ["Politik", "Skola"]


def test_the_reports_example_of_a_bracketed_amount_is_her_own(tmp_path) -> None:
    """walk38 #7: "(558,2) är −558,2" sent her looking for a figure not in her table."""
    path = tmp_path / "blad.csv"
    path.write_text("Belopp i mnkr\nPost;Avvikelse\nA;(7,4)\nB;2,4\nSumma;(5,0)\n", "utf-8")
    report = read_with_report(path, "Blad")[1]
    (line,) = [c for c in report.changed if "parentes" in c.text]
    assert line.why == "läses som negativa: (7,4) är \u22127,4"
