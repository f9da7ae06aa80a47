"""Budget tables as they are pasted from PDFs: the unit from the title, a line, a header or the
file name (never a guess), bracketed negatives, dashes as nil, percent rows and columns,
intermediate result rows checked as running sums."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_unit import UnitMissing
from ksdesk.services.budget import read_with_report

RESULTAT = (
    "Resultatbudget 2025 (mnkr)\n"
    ";Budget 2025;Plan 2026;Förändring %\n"
    "Verksamhetens intäkter;312,4;318,0;1,8\n"
    "Verksamhetens kostnader;(1 870,6);(1 902,3);1,7\n"
    "Avskrivningar;(58,2);–;\n"
    "Verksamhetens nettokostnad;(1 616,4);(1 584,3);\n"
    "Skatteintäkter;1 402,1;1 450,0;3,4\n"
    "Generella statsbidrag;258,3;262,0;1,4\n"
    "Verksamhetens resultat;44,0;127,7;\n"
    "Finansiella intäkter;6,0;—;\n"
    "Finansiella kostnader;(- 6,0);-;\n"
    "Årets resultat;44,0;127,7;\n"
    "Andel av skatteintäkter, %;2,7;7,5;\n"
)


def _sheet(tmp_path: Path, text: str, name: str = "resultat.csv", unit: str | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_with_report(path, "Blad", unit)


def test_resultatbudget_reads_and_checks_clean(tmp_path) -> None:
    sheet, report = _sheet(tmp_path, RESULTAT.replace("(- 6,0)", "(6,0)"))
    assert sheet.unit == "mnkr" and "belopp i mnkr (enligt rubriken)" in report.read
    assert [c.kind for c in sheet.columns] == ["text", "amount", "amount", "percent"]
    rows = {r.label: r for r in sheet.rows}
    assert rows["Verksamhetens kostnader"].cells[1] == D("-1870.6")
    assert rows["Avskrivningar"].cells[2] == "–"  # nil, shown as it was
    assert rows["Verksamhetens nettokostnad"].kind == "subtotal"
    assert rows["Andel av skatteintäkter, %"].percent
    result = check_sheet(sheet)
    assert result.findings == []
    styles = {(c.row, c.style) for c in result.checks}
    assert any(style == "mellanresultat" for _, style in styles)
    why = " ".join(line.sentence() for line in report.changed)
    assert "streck" in why and "parentes" in why and "Förändring %" in why


def test_an_intermediate_result_that_is_off_is_a_fel(tmp_path) -> None:
    text = RESULTAT.replace("(- 6,0)", "(6,0)").replace(
        "Verksamhetens resultat;44,0", "Verksamhetens resultat;74,0"
    )
    sheet, _ = _sheet(tmp_path, text)
    findings = check_sheet(sheet).findings
    assert [(f.row_label, f.severity) for f in findings] == [("Verksamhetens resultat", "fel")]
    assert "30,0\u00a0mnkr" in findings[0].message


def test_results_that_are_no_running_sums_are_not_called_errors(tmp_path) -> None:
    # Costs written without a minus sign: the results are not sums of the rows above.
    text = (
        "Resultat (tkr)\n;Budget\nIntäkter;100\nKostnader;900\nAvskrivningar;50\n"
        "Verksamhetens nettokostnad;-850\nSkatteintäkter;900\nÅrets resultat;50\n"
    )
    sheet, _ = _sheet(tmp_path, text)
    assert check_sheet(sheet).findings == []


@pytest.mark.parametrize(
    ("text", "name", "unit", "where"),
    [
        ("Drift\nBelopp i miljoner kronor\nPost;Belopp\nA;1\n", "d.csv", "mnkr", "raden"),
        ("Drift\nTusen kronor\nPost;Belopp\nA;1\n", "d.csv", "tkr", "raden"),
        ("Drift\nPost;Budget 2025, tkr\nA;1\n", "d.csv", "tkr", "kolumnrubriken"),
        ("Drift\nPost;Belopp\nA;1\n", "drift_mnkr.csv", "mnkr", "filnamnet"),
        ("Drift (kr)\nPost;Belopp\nA;1\n", "d.csv", "kr", "rubriken"),
        ("Drift\nBelopp i mnkr om inte annat anges\nPost;Belopp\nA;1\n", "d.csv", "mnkr", "raden"),
        ("Drift\nTkr, löpande priser\nPost;Belopp\nA;1\n", "d.csv", "tkr", "raden"),
        ("Drift;;tkr\nPost;Budget;Plan\nA;1;2\n", "d.csv", "tkr", "raden"),
    ],
)
def test_unit_is_found_in_order(tmp_path, text, name, unit, where) -> None:
    sheet, report = _sheet(tmp_path, text, name)
    assert sheet.unit == unit
    assert any(line.startswith(f"belopp i {unit} (enligt {where}") for line in report.read)


def test_no_unit_is_never_guessed(tmp_path) -> None:
    with pytest.raises(UnitMissing, match="--unit tkr"):
        _sheet(tmp_path, "Drift\nPost;Belopp\nA;30,1\nSumma;30,1\n")
    sheet, report = _sheet(tmp_path, "Drift\nPost;Belopp\nA;30,1\nSumma;30,1\n", unit="mnkr")
    assert sheet.unit == "mnkr" and report.read[-1] == "belopp i mnkr (angivet vid importen)"
    with pytest.raises(Exception, match="anger beloppen i tkr"):
        _sheet(tmp_path, "Drift (tkr)\nPost;Belopp\nA;1\n", unit="mnkr")


def test_grouping_spaces_and_minus_kinds_still_read(tmp_path) -> None:
    text = "Drift (tkr)\nPost;Belopp\nA;- 6 000\nB;1\u00a0373\nC;1\u2009000\nD;−500\nSumma;-4 127\n"
    sheet, _ = _sheet(tmp_path, text)
    assert [r.cells[1] for r in sheet.rows] == [D(-6000), D(1373), D(1000), D(-500), D(-4127)]
    assert check_sheet(sheet).findings == []


def test_a_mostly_nil_column_is_still_numeric(tmp_path) -> None:
    text = "Invest (mnkr)\nProjekt;2025;2026;Summa\nSkola;–;–;–\nVäg;2,0;–;2,0\nBro;–;1,0;1,0\n"
    sheet, _ = _sheet(tmp_path, text)
    assert [c.kind for c in sheet.columns] == ["text", "amount", "amount", "amount"]
    assert check_sheet(sheet).findings == []


# The shape of published resultaträkningar (Luleå, Sjöbo, Hallsberg, Göteborg): a "Not"
# column, "varav" rows, dashes, results after results, a balanskrav section under a heading.
# The figures are our own.
RESULTATRAKNING = (
    "Resultaträkning\n"
    "Belopp, mkr;Not;Budget 2025;Plan 2026;Avvikelse\n"
    "Verksamhetens intäkter;1;300,0;310,0;10,0\n"
    "varav jämförelsestörande poster;;0,5;0,0;-0,5\n"
    "Verksamhetens kostnader;2;– 1 300,0;– 1 340,0;– 40,0\n"
    "Avskrivningar;3;– 30,0;– 32,0;– 2,0\n"
    "Verksamhetens nettokostnader;;– 1 030,0;– 1 062,0;– 32,0\n"
    "Skatteintäkter;4;800,0;830,0;30,0\n"
    "Generella statsbidrag och utjämning;5;260,0;265,0;5,0\n"
    "Verksamhetens resultat;;30,0;33,0;3,0\n"
    "Finansiella intäkter;6;9,0;9,0;0,0\n"
    "Finansiella kostnader;7;– 1,0;– 1,0;0,0\n"
    "Resultat efter finansiella poster;;38,0;41,0;3,0\n"
    "Extraordinära poster;;–;–;–\n"
    "Årets resultat;;38,0;41,0;3,0\n"
    "Balanskravsutredning\n"
    "Årets resultat enligt resultaträkningen;;38,0;41,0;3,0\n"
    "Avgår: realisationsvinster;;– 2,0;0,0;2,0\n"
    "Årets resultat efter balanskravsjusteringar;;36,0;41,0;5,0\n"
)


def test_a_published_resultatrakning_shape_checks_clean(tmp_path) -> None:
    sheet, _report = _sheet(tmp_path, RESULTATRAKNING)
    assert sheet.unit == "mnkr"
    assert [c.kind for c in sheet.columns] == ["text", "code", "amount", "amount", "amount"]
    result = check_sheet(sheet)
    assert result.findings == []
    checked = {sheet.rows[c.row].label for c in result.checks if c.style != "avvikelse"}
    assert "Årets resultat efter balanskravsjusteringar" in checked
    assert "Årets resultat enligt resultaträkningen" not in checked  # a restatement
    assert "varav jämförelsestörande poster" not in checked


def test_a_wrong_figure_in_the_published_shape_is_found(tmp_path) -> None:
    text = RESULTATRAKNING.replace("Skatteintäkter;4;800,0", "Skatteintäkter;4;810,0")
    findings = check_sheet(_sheet(tmp_path, text)[0]).findings
    # The sum it breaks, and the Avvikelse (Plan − Budget) on its own row.
    assert {(f.row_label, f.column_header, f.severity) for f in findings} == {
        ("Verksamhetens resultat", "Budget 2025", "fel"),
        ("Skatteintäkter", "Avvikelse", "fel"),
    }
