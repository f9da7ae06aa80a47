"""A period written in words as a column's heading, pasted out of a PDF: "helår" and
"januari–augusti" under "Budget", "Utfall" and "Prognos" end each heading as a year does, on
two single-spaced lines, a cell a line each, or beside years ("jan–aug" between two 2024).
Capitalised ("Helår") a period is a heading of its own (tests of the plain case in
test_budget_interchange.py). Each shape lost the headers, and a cell a line each made the
first row the header: the row was gone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.services.budget import read_pasted

ROWS = "Nämnd 1 200 800 1 150\nFörvaltning 3 400 2 300 3 500\nSumma 4 600 3 100 4 650\n"
HEADERS = ["Verksamhet", "Budget helår", "Utfall januari–augusti", "Prognos helår"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Budget Utfall Prognos\nVerksamhet helår januari–augusti helår\n", HEADERS),
        ("Verksamhet\nBudget\nhelår\nUtfall\njanuari–augusti\nPrognos\nhelår\n", HEADERS),
        (
            "Budget Utfall Prognos\nVerksamhet 2024 jan–aug 2024\n",
            ["Verksamhet", "Budget 2024", "Utfall jan–aug", "Prognos 2024"],
        ),
    ],
    ids=["two-lines", "a-cell-a-line", "beside-years"],
)
def test_a_period_in_words_ends_its_heading(header: str, expected: list[str]) -> None:
    sheet, _report = read_pasted(f"Driftredovisning, tkr\n{header}{ROWS}", "Klistrat")
    assert [c.header for c in sheet.columns] == expected
    assert [r.label for r in sheet.rows] == ["Nämnd", "Förvaltning", "Summa"]
    assert sheet.rows[0].cells[1:] == [Decimal(1200), Decimal(800), Decimal(1150)]
