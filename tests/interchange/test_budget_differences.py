"""Avvikelse and Netto lines checked by the way the table's own figures write them, and a
nämnd's row that sums the rows under it no longer counted twice by a Summa below."""

from __future__ import annotations

import io
from decimal import Decimal as D
from pathlib import Path

import openpyxl

from ksdesk.core.budget_check import check_sheet
from ksdesk.interchange.budget_xlsx_formulas import with_cached_values
from ksdesk.services.budget import read_with_report


def _csv(tmp_path: Path, text: str):
    path = tmp_path / "b.csv"
    path.write_text(text, encoding="utf-8")
    return read_with_report(path, "Blad")[0]


def _fel(sheet) -> list[tuple[str, str, str]]:
    result = check_sheet(sheet)
    return [
        (f.row_label, f.column_header, f.message.replace("\xa0", " "))
        for f in result.findings
        if f.is_error
    ]


BUDGET_MINUS_UTFALL = (
    "Drift (tkr)\n"
    "Verksamhet;Budget 2021;Utfall 2021;Avvikelse\n"
    "Kansli;5 400;5 100;300\n"
    "Ekonomi;3 200;3 350;-150\n"
    "IT;2 000;1 900;100\n"
    "Personal;1 500;1 500;0\n"
)


def test_an_avvikelse_written_budget_minus_utfall_checks_clean(tmp_path) -> None:
    sheet = _csv(tmp_path, BUDGET_MINUS_UTFALL)
    result = check_sheet(sheet)
    assert result.findings == []
    assert sum(1 for c in result.checks if c.style == "avvikelse") == 4


def test_the_other_way_round_checks_clean_too(tmp_path) -> None:
    text = BUDGET_MINUS_UTFALL.replace(";300\n", ";-300\n").replace(";-150\n", ";150\n")
    text = text.replace(";100\n", ";-100\n")
    assert check_sheet(_csv(tmp_path, text)).findings == []


def test_a_row_with_its_sign_turned_is_a_fel_that_names_both_readings(tmp_path) -> None:
    text = BUDGET_MINUS_UTFALL.replace("Ekonomi;3 200;3 350;-150", "Ekonomi;3 200;3 350;150")
    (found,) = _fel(_csv(tmp_path, text))
    assert found[:2] == ("Ekonomi", "Avvikelse")
    assert "”Budget 2021” − ”Utfall 2021” ger −150 tkr" in found[2]
    assert (
        "150 tkr är ”Utfall 2021” − ”Budget 2021”, tvärtom mot tabellens övriga rader" in found[2]
    )


def test_a_row_neither_reading_fits_is_a_fel_with_the_tables_reading_and_the_gap(
    tmp_path,
) -> None:
    text = BUDGET_MINUS_UTFALL.replace("IT;2 000;1 900;100", "IT;2 000;1 900;170")
    (found,) = _fel(_csv(tmp_path, text))
    assert found[:2] == ("IT", "Avvikelse")
    assert found[2].endswith(
        "är 170 tkr, men ”Budget 2021” − ”Utfall 2021” ger 100 tkr, som tabellens övriga "
        "rader räknar: en skillnad på 70 tkr."
    )


def test_an_avvikelse_no_reading_fits_is_not_guessed(tmp_path) -> None:
    # Last year's Avvikelse beside this year's figures: nothing in the table derives it.
    text = (
        "Drift (tkr)\nVerksamhet;Budget;Utfall;Avvikelse 2020\n"
        "Kansli;5 400;5 100;120\nEkonomi;3 200;3 350;-40\nIT;2 000;1 900;75\n"
    )
    result = check_sheet(_csv(tmp_path, text))
    assert result.findings == []
    assert not [c for c in result.checks if c.style == "avvikelse"]


def test_netto_columns_with_costs_negative_or_positive(tmp_path) -> None:
    negative = (
        "Drift (mnkr)\nNämnd;Intäkter;Kostnader;Netto\n"
        "KS;25,4;-61,1;-35,7\nBUN;10,2;-83,3;-73,1\nSN;2,9;-8,4;-5,5\n"
    )
    assert check_sheet(_csv(tmp_path, negative)).findings == []
    positive = negative.replace("-", "").replace(";35,7", ";35,7").replace("Netto", "Netto")
    assert check_sheet(_csv(tmp_path, positive)).findings == []
    wrong = positive.replace("BUN;10,2;83,3;73,1", "BUN;10,2;83,3;72,1")
    ((label, column, message),) = _fel(_csv(tmp_path, wrong))
    assert (label, column) == ("BUN", "Netto")
    assert "”Kostnader” − ”Intäkter” ger 73,1 mnkr" in message


def test_a_netto_row_under_intakter_and_kostnader(tmp_path) -> None:
    text = (
        "Ekonomi (tkr)\nPost;Budget 2021;Utfall 2021;Prognos 2022\n"
        "Intäkter;12 500;13 100;12 900\nKostnader;-48 300;-47 900;-49 000\n"
        "Netto;-35 800;-34 800;-36 100\n"
    )
    sheet = _csv(tmp_path, text)
    assert check_sheet(sheet).findings == []
    wrong = text.replace("Netto;-35 800;-34 800", "Netto;-35 800;-35 800")
    # With the three columns the reading is clear; one cell that breaks it is the fel.
    ((label, column, _),) = _fel(_csv(tmp_path, wrong))
    assert (label, column) == ("Netto", "Utfall 2021")


def _parents_sheet(tmp_path: Path, summa: tuple[int, int]) -> Path:
    """A nämnd sheet as Excel holds it: each nämnd's row =SUM of its verksamheter under it,
    a Summa at the bottom =SUM of the nämnder."""
    rows = [
        ["Driftbudget nämnd (tkr)"],
        ["Verksamhet", "Budget 2021", "Budget 2022"],
        ["Kommunstyrelsen", 6600, 6850],
        ["Politisk verksamhet", 1200, 1250],
        ["Kansli", 5400, 5600],
        ["Samhällsbyggnad", 11000, 11150],
        ["Räddningstjänst", 8000, 8100],
        ["Teknik", 3000, 3050],
        ["Summa", *summa],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    cached = {}
    for i, col in enumerate("BC", start=1):
        sheet[f"{col}3"] = f"=SUM({col}4:{col}5)"
        sheet[f"{col}6"] = f"=SUM({col}7:{col}8)"
        sheet[f"{col}9"] = f"=SUM({col}3,{col}6)"
        for ref, row in ((3, 2), (6, 5), (9, 8)):
            cached[f"{col}{ref}"] = D(rows[row][i])
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "n.xlsx"
    path.write_bytes(with_cached_values(out.getvalue(), cached))
    return path


def test_a_summa_of_the_namnder_is_no_double_sum_of_their_verksamheter(tmp_path) -> None:
    sheet = read_with_report(_parents_sheet(tmp_path, (17600, 18000)), "Blad")[0]
    result = check_sheet(sheet)
    assert result.findings == []
    (check,) = [c for c in result.checks if c.row == 6 and c.column == 1]
    assert check.style == "överordnade rader"
    wrong = read_with_report(_parents_sheet(tmp_path, (17600, 18100)), "Blad")[0]
    assert [(label, column) for label, column, _ in _fel(wrong)] == [("Summa", "Budget 2022")]


def test_an_avvikelse_written_both_ways_is_warned_not_guessed(tmp_path) -> None:
    text = (
        "Drift (tkr)\nVerksamhet;Budget;Utfall;Avvikelse\n"
        "Kansli;5 400;5 100;300\nEkonomi;3 200;3 350;-150\n"
        "IT;2 000;1 900;-100\nPersonal;1 500;1 400;-100\n"
    )
    result = check_sheet(_csv(tmp_path, text))
    (finding,) = result.findings
    assert (finding.severity.value, finding.row_label, finding.column_header) == (
        "varning",
        "Kolumnrubrik",
        "Avvikelse",
    )
    assert finding.message == (
        "”Avvikelse” räknas åt olika håll: ”Budget” − ”Utfall” på 2 rader och ”Utfall” − "
        "”Budget” på 2 rader. Kontrollera tecknen; raderna kontrolleras inte förrän de räknas "
        "på samma sätt."
    )
