"""The Budget tab, driven through its models and buttons: Swedish entry, findings as you
type and on the cells, row and column tools, undo, import, export and preview."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from ksdesk.core.import_report import ImportReport
from ksdesk.services import budget as budget_service
from ksdesk.ui.models.budget_models import SEVERITY_BACKGROUND
from ksdesk.ui.tabs.budget_tab import BudgetTab
from tests.ui.conftest import wait_for_prints

D = Decimal


@pytest.fixture
def tab(qtbot, demo_store) -> BudgetTab:
    widget = BudgetTab(demo_store)
    qtbot.addWidget(widget)
    widget.show()
    # No modal boxes: what would be said is kept.
    widget.show_error = lambda message, _title="": widget.errors.append(message)
    widget.errors = []
    return widget


def _stored(tab: BudgetTab, key: str):
    return budget_service.find_sheet(tab.store, key)


def _sums(tab: BudgetTab) -> list:
    """The findings about sums (not the seed's column header with a stray space)."""
    return [f for f in tab.findings if f.row_label != "Kolumnrubrik"]


def test_findings_listed_beside_and_coloured_on_their_cells(tab: BudgetTab) -> None:
    tab.select_sheet("itcenter")
    assert tab.findings_model.rowCount() == 6
    assert "6 avrundningar" in tab.checks.ui.findings_label.text()
    voo = tab.sheet_model.index(2, 6)
    brush = voo.data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == SEVERITY_BACKGROUND["avrundning"]
    assert "1 316" in voo.data(Qt.ItemDataRole.ToolTipRole).replace("\u00a0", " ")
    tab.select_sheet("volym")  # its sums are right; its header has the seed's stray space
    (header,) = tab.findings
    assert (header.row, header.row_label, header.severity) == (-1, "Kolumnrubrik", "varning")
    assert "”2020-12-07”" in header.message
    # Its sentence shows without a click: the row alone says only "Varning, Kolumnrubrik".
    assert tab.checks.ui.finding_detail.text() == header.message
    tab.sheet_page.rename_column(3, "Förslag KS 2020-12-07")  # the fix the message asks for
    assert tab.findings_model.rowCount() == 0
    assert "alla summor stämmer" in tab.checks.ui.findings_label.text()


def test_double_click_on_a_finding_goes_to_its_cell(tab: BudgetTab) -> None:
    tab.select_sheet("bilaga2")
    tab.checks.go_to_finding(tab.findings_model.index(0, 0))
    current = tab.sheet_page.ui.sheet_table.currentIndex()
    assert (current.row(), current.column()) == (9, 4)
    assert "123 951" in tab.checks.ui.finding_detail.text().replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 373", D("1373.0")),
        ("1373", D("1373.0")),
        ("-0,5", D("-0.5")),
        ("\u22120,5", D("-0.5")),
        ("\u2013 1,8", D("-1.8")),
        ("", None),
    ],
)
def test_swedish_number_entry_is_saved_at_once(tab: BudgetTab, text: str, value) -> None:
    tab.select_sheet("pris")  # one decimal shown: "1373" is stored as 1373,0
    assert tab.sheet_model.setData(tab.sheet_model.index(0, 2), text)
    assert _stored(tab, "pris").rows[0].cells[2] == value


def test_ambiguous_entry_is_refused_in_swedish_and_nothing_changes(tab: BudgetTab) -> None:
    tab.select_sheet("pris")
    steps = tab.undo_stack.count()
    assert not tab.sheet_model.setData(tab.sheet_model.index(0, 2), "1.373,5")
    assert "Kan inte tolka" in tab.sheet_page.ui.entry_message.text()
    assert _stored(tab, "pris").rows[0].cells[2] == D("1.9")
    assert tab.undo_stack.count() == steps


def test_totals_recomputed_as_you_type_and_after_the_edit(tab: BudgetTab) -> None:
    tab.select_sheet("pris")
    tab.sheet_page.preview_typing(0, 2, "1,8")  # 3,2 stated, rows now give 3,2: the finding goes
    listed = [tab.findings_model.row_object(r) for r in range(tab.findings_model.rowCount())]
    assert [f.row_label for f in listed] == ["Kolumnrubrik"]  # (the seed's stray space)
    assert _stored(tab, "pris").rows[0].cells[2] == D("1.9")  # nothing written while typing
    tab.sheet_page.preview_typing(0, 2, "9")
    assert tab.findings_model.row_object(0).severity == "fel"
    assert tab.sheet_model.setData(tab.sheet_model.index(0, 2), "9")
    finding, _header = tab.findings
    assert (finding.severity, finding.computed) == ("fel", D("10.4"))
    brush = tab.sheet_model.index(10, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == SEVERITY_BACKGROUND["fel"]


def test_every_edit_can_be_undone_and_redone(tab: BudgetTab) -> None:
    tab.select_sheet("pris")
    tab.sheet_model.setData(tab.sheet_model.index(0, 2), "2,5")
    assert _stored(tab, "pris").rows[0].cells[2] == D("2.5")
    tab.undo_stack.undo()
    assert _stored(tab, "pris").rows[0].cells[2] == D("1.9")
    assert tab.sheet_model.index(0, 2).data() == "1,9"
    tab.undo_stack.redo()
    assert tab.sheet_model.index(0, 2).data() == "2,5"


def test_rows_added_moved_kinded_and_removed(tab: BudgetTab) -> None:
    tab.select_sheet("kvalitet")
    tab.sheet_page.go_to(0, 0)
    tab.sheet_page.add_row()
    assert len(_stored(tab, "kvalitet").rows) == 7
    assert tab.sheet_page.ui.sheet_table.currentIndex().row() == 1
    tab.sheet_model.setData(tab.sheet_model.index(1, 0), "Övrigt")
    tab.sheet_model.setData(tab.sheet_model.index(1, 2), "0,3")
    assert tab.findings[0].severity == "fel"  # SUMMA 0,5 but rows give 0,8
    tab.sheet_page.move_row(1)
    assert _stored(tab, "kvalitet").rows[2].cells[0] == "Övrigt"
    tab.sheet_page.set_row_kind("heading")
    assert _stored(tab, "kvalitet").rows[2].kind == "heading"
    assert _sums(tab) == []  # a heading is not summed
    tab.sheet_page.remove_row()
    assert len(_stored(tab, "kvalitet").rows) == 6
    for _ in range(6):
        tab.undo_stack.undo()
    assert len(_stored(tab, "kvalitet").rows) == 6
    assert _stored(tab, "kvalitet").rows[1].cells[0] == "Kommunikation"
    assert _sums(tab) == []


def test_columns_added_moved_typed_renamed_and_removed(tab: BudgetTab) -> None:
    tab.select_sheet("investering")
    tab.sheet_page.go_to(0, 8)  # Summa
    tab.sheet_page.add_column()
    sheet = _stored(tab, "investering")
    assert sheet.columns[9].header == "Ny kolumn" and len(sheet.columns) == 11
    tab.sheet_page.rename_column(9, "År 2026")
    tab.sheet_page.move_column(-1)  # before Summa: now summed by it
    assert _stored(tab, "investering").columns[8].header == "År 2026"
    tab.sheet_model.setData(tab.sheet_model.index(0, 8), "100")
    # Summa on the first row now misses the new year's 100 (the total row leaves it empty).
    assert [(f.row_label, f.column_header, f.severity) for f in tab.findings] == [
        ("ITC", "Summa", "fel")
    ]
    tab.sheet_page.remove_column()
    assert len(_stored(tab, "investering").columns) == 10
    assert tab.findings == []
    tab.sheet_page.go_to(0, 1)  # Visma: codes
    tab.sheet_page.set_column_kind("text")
    assert _stored(tab, "investering").rows[0].cells[1] == "0032"  # still as typed


def test_declared_identity_follows_its_columns(tab: BudgetTab) -> None:
    tab.select_sheet("itcenter")
    tab.sheet_page.go_to(0, 3)  # Utö. Ram, summed by "Totalt per Förvaltning"
    tab.sheet_page.move_column(-1)
    totalt = _stored(tab, "itcenter").columns[6]
    assert [t.column for t in totalt.sums] == [2, 4, 5]
    assert len(tab.findings) == 6


def test_import_export_and_preview(tab: BudgetTab, tmp_path: Path, monkeypatch) -> None:
    from ksdesk.ui.dialogs import import_report_dialog

    shown, asked = [], []
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, r: not shown.append(r))
    monkeypatch.setattr(import_report_dialog, "ask_unit", lambda _p, f: asked.append(f) or "mnkr")
    csv = tmp_path / "Drift 2022.csv"
    csv.write_bytes("Enhet;Kod;Belopp\nÅtgärd;0032;1 373\nSumma;;1 373\n".encode("cp1252"))
    assert tab.sheets.import_file(csv)
    # No unit in the file: asked, not guessed; the report was shown before saving.
    assert asked == ["Drift 2022.csv"] and tab.sheet.unit == "mnkr"
    assert shown[0].read[-1] == "belopp i mnkr (angivet vid importen)"
    assert tab.sheet.title == "Drift 2022" and tab.sheet.rows[0].cells[1] == "0032"
    assert tab.list_model.rowCount() == 10
    tab.undo_stack.undo()
    assert tab.list_model.rowCount() == 9
    tab.undo_stack.redo()
    assert tab.sheet_key == "drift-2022"
    out = tab.sheet_page.export_xlsx(tmp_path / "drift.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert any(str(c.value).startswith("=SUM(") for row in ws.iter_rows() for c in row)
    from ksdesk.ui.dialogs import pdf_dialog

    shown: list = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "exec", lambda self: shown.append(self) or 0)
    tab.sheet_page.ui.print_button.click()  # made on the worker, then shown
    wait_for_prints(tab.sheet_page)
    assert shown[0].preview.document.pageCount() == 1
    assert shown[0].windowTitle() == "Förhandsgranska – Drift 2022"


def test_import_cancelled_in_the_report_saves_nothing(tab: BudgetTab, tmp_path, monkeypatch):
    from ksdesk.ui.dialogs import import_report_dialog

    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, _r: False)
    csv = tmp_path / "Drift (tkr).csv"
    csv.write_text("Enhet;Belopp\nA;1\nSumma;1\n", encoding="utf-8")
    assert not tab.sheets.import_file(csv)
    assert tab.list_model.rowCount() == 9


def test_new_and_delete_sheet_with_undo(tab: BudgetTab) -> None:
    values = {"title": "Budget 2022", "caption": "", "unit": "mnkr", "decimals": 1}
    assert tab.sheets.new_sheet(values)
    assert tab.sheet.title == "Budget 2022" and tab.sheet.unit == "mnkr"
    tab.select_sheet("pris")
    assert tab.sheets.delete_sheet(confirm=False)
    assert "pris" not in [k for _, k, _ in budget_service.list_sheets(tab.store)]
    tab.undo_stack.undo()
    keys = [k for _, k, _ in budget_service.list_sheets(tab.store)]
    assert keys[1] == "pris"  # back in its place


def test_typing_in_the_cell_editor_rechecks_then_commits(tab: BudgetTab, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    tab.select_sheet("pris")
    index = tab.sheet_model.index(0, 2)
    tab.sheet_page.ui.sheet_table.setCurrentIndex(index)
    tab.sheet_page.ui.sheet_table.edit(index)
    editor = tab.sheet_page.ui.sheet_table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "9")  # digits only: å/ä/ö through keyClicks would crash
    assert tab.findings_model.row_object(0).severity == "fel"  # before committing
    assert _stored(tab, "pris").rows[0].cells[2] == D("1.9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: _stored(tab, "pris").rows[0].cells[2] == D("9.0"), timeout=2000)


def test_row_kind_from_the_combo(tab: BudgetTab) -> None:
    tab.select_sheet("volym")
    tab.sheet_page.go_to(3, 0)
    combo = tab.sheet_page.ui.row_kind_combo
    combo.activated.emit(combo.findData("subtotal"))
    assert _stored(tab, "volym").rows[3].kind == "subtotal"
    assert tab.sheet_model.headerData(3, Qt.Orientation.Vertical) == "Delsumma"
    assert combo.currentData() == "subtotal"


def test_a_table_copied_out_of_a_pdf_is_pasted_as_a_new_sheet(tab: BudgetTab, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from ksdesk.ui.dialogs import import_report_dialog
    from tests.interchange.real_budget_tables import SJOBO_DRIFTBUDGET_2025
    from tests.interchange.real_budget_third import paste_lines

    shown = []

    def confirm(_parent, report) -> bool:
        shown.append((report, report.pasted))
        return True

    monkeypatch.setattr(import_report_dialog, "confirm_import", confirm)
    QGuiApplication.clipboard().setText(paste_lines(SJOBO_DRIFTBUDGET_2025))
    tab.sheets.ui.paste_button.click()
    report, pasted = shown[0]
    assert any("PDF" in line for line in report.read)  # the report came before saving
    assert pasted  # and speaks of the pasted table, not of a file
    assert tab.sheet.title == "Driftbudget per nämnd" and tab.sheet.unit == "mnkr"
    assert [c.header for c in tab.sheet.columns][1:3] == ["Bokslut 2023", "Budget 2024"]
    assert not [f for f in tab.findings if f.is_error]
    assert tab.list_model.rowCount() == 10
    tab.undo_stack.undo()
    assert tab.list_model.rowCount() == 9


def test_pasting_an_empty_clipboard_says_what_to_do(tab: BudgetTab) -> None:
    """Under the title "Kan inte läsa in tabellen": it said "Kan inte spara", though the
    secretary had only clicked Klistra in tabell."""
    from PySide6.QtGui import QGuiApplication

    warned = []
    tab.show_error = lambda text, title="Kan inte spara": warned.append((title, text))
    QGuiApplication.clipboard().setText("")
    assert not tab.sheets.paste_table()
    [(title, text)] = warned
    assert title == "Kan inte läsa in tabellen"
    assert "Kopiera" in text or "kopiera" in text
    assert tab.list_model.rowCount() == 9


def test_the_report_and_the_unit_question_of_a_paste_speak_of_the_pasted_table(qtbot) -> None:
    """No file was read: the report says "Den inklistrade tabellen är läst", not
    "inklistrad text är läst" (a sentence starting in lower case) and "Läst ur filen"."""
    from PySide6.QtWidgets import QLabel

    from ksdesk.services.budget import read_pasted
    from ksdesk.ui.dialogs.import_report_dialog import ImportReportDialog
    from tests.interchange.real_budget_tables import SJOBO_DRIFTBUDGET_2025
    from tests.interchange.real_budget_third import paste_lines

    _sheet, report = read_pasted(paste_lines(SJOBO_DRIFTBUDGET_2025), "Inklistrad tabell")
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    intro = dialog.findChildren(QLabel)[0].text()
    assert intro.startswith("Den inklistrade tabellen är läst.")
    assert dialog.windowTitle() == "Klistra in tabell"
    shown = dialog.browser.toPlainText()
    assert "Läst ur den inklistrade texten:" in shown and "filen" not in shown
    on_file = ImportReport("budgetblad", "budget.xlsx", read=list(report.read))
    file_dialog = ImportReportDialog(on_file)  # a file's report keeps its name and "filen"
    qtbot.addWidget(file_dialog)
    assert "Läst ur filen:" in file_dialog.browser.toPlainText()


def test_the_unit_question_of_a_paste_starts_its_sentence(tab: BudgetTab, monkeypatch) -> None:
    from ksdesk.ui.dialogs import import_report_dialog

    asked = []
    monkeypatch.setattr(
        import_report_dialog, "ask_unit", lambda _p, name: asked.append(name) and None
    )
    text = "Verksamhet\tBudget 2024\tBudget 2025\nSkola\t1 200\t1 300\nVård\t800\t900\n"
    assert not tab.sheets.paste_table(text)
    # "<b>Den inklistrade tabellen</b> säger inte om beloppen är i kronor …"
    assert asked == ["Den inklistrade tabellen"]


def test_a_new_databases_budget_tab_names_every_way_to_a_sheet(qtbot, store) -> None:
    """A fresh `ksdesk init` file: the empty tab says how a sheet comes in, the paste of a
    table out of a PDF included (it spoke of Excel alone)."""
    empty = BudgetTab(store)
    qtbot.addWidget(empty)
    empty.refresh()
    said = empty.sheet_page.ui.sheet_heading.text()
    assert "Inga budgetblad" in said and "klistra in en tabell" in said


def test_two_pasted_tables_without_titles_are_told_apart_in_the_list(tab, monkeypatch):
    from ksdesk.ui.dialogs import import_report_dialog

    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda *_a, **_k: True)
    text = "Verksamhet\tBudget 2024\tBudget 2025\nSkola\t1 200\t1 300\nVård\t800\t900\n"
    monkeypatch.setattr(import_report_dialog, "ask_unit", lambda *_a: "tkr")
    assert tab.sheets.paste_table(text) and tab.sheets.paste_table(text)
    titles = [tab.list_model.index(r, 0).data() for r in range(tab.list_model.rowCount())]
    assert titles[-2:] == ["Inklistrad tabell", "Inklistrad tabell 2"]


def test_the_check_stays_readable_beside_a_pasted_sheet_on_a_laptop_at_150(
    tab: BudgetTab, monkeypatch
) -> None:
    """A 1366 × 768 laptop at 150 % leaves the tab some 880 logical pixels: after Klistra in
    tabell the splitter squeezed "Kontroll av summorna" to its heading's width, and a
    finding's column ("Förslag KS 2020-12-07") showed as "F…" behind a scroll bar."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.ui.dialogs import import_report_dialog
    from tests.interchange.real_budget_tables import SJOBO_DRIFTBUDGET_2025
    from tests.interchange.real_budget_third import paste_lines

    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda *_a, **_k: True)
    tab.resize(880, 400)
    assert tab.sheets.paste_table(paste_lines(SJOBO_DRIFTBUDGET_2025))
    tab.select_sheet("volym")  # the demo's sheet with a finding: the column header's space
    QApplication.processEvents()
    table = tab.checks.ui.findings_table
    assert tab.findings_model.rowCount() == 1
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance("Förslag KS")
