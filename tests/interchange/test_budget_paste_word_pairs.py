"""A header pasted as a word over a word per column is one header line, never a title over a
header shifted one column (walk38 #2, #3)."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.budget_paste import sheet_from_pasted

# moggleif/kommunhandlingar data/kungsbacka/ifo/2025/2025-09-18/handlingar.tabeller/51-1.csv
# (Delårsrapport per augusti 2025, IF-2025-00165) as a PDF viewer copies it; two rows of seven.
IFO = """\
Miljoner kronor Bokslut Budget Prognos Budget- Delår Delår Avvikelse
2024 2025 2025 avvikelse 2024 2025 delår
Nämnd −1,6 −2,1 −2,1 0,0 −1 −1,1 −0,1
Stödfunktioner och central verksamhet −51,4 −73,1 −70,6 2,5 −42 −46,9 −4,9
Myndighet, stöd och behandling −268,3 −261,1 −278,1 −17,0 −179,5 −186,9 −7,4
Daglig verksamhet −54,9 −34,8 34,8
Privat assistans −53,9 −54,9 −53,9 1,0 −37,7 −35,3 2,4
"""


def test_a_word_over_a_word_heads_each_column_and_the_title_is_hers() -> None:
    report = ImportReport("budgetblad", "ifo.txt", pasted=True)
    sheet = sheet_from_pasted(IFO, "Delår aug 2025 (PDF-text)", report)
    assert sheet.title == "Delår aug 2025 (PDF-text)"
    assert [c.header for c in sheet.columns] == [
        "Miljoner kronor",
        "Bokslut 2024",
        "Budget 2025",
        "Prognos 2025",
        "Budgetavvikelse",
        "Delår 2024",
        "Delår 2025",
        "Avvikelse delår",
    ]
    assert sheet.rows[1].cells[4] == Decimal("2.5")
    assert any("två rader" in line and "”Budgetavvikelse”" in line for line in report.read)
    # The avvikelse is checked as on an xlsx (walk38 #3): 2,5 planted as −7,5 is found.
    wrong = IFO.replace("−70,6 2,5", "−70,6 −7,5")
    (finding,) = [f for f in check_sheet(sheet_from_pasted(wrong, "x")).findings if f.is_error]
    assert "”Budgetavvikelse” på raden ”Stödfunktioner och central verksamhet”" in finding.message
