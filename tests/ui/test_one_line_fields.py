"""Text with line breaks and tabs pasted into a one-line field (a title copied out of a PDF, a
row out of Excel) becomes one line the moment it arrives, and the field says so: Qt's line
edit kept them, invisible, and they went on into the database and the PDFs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.item_dialog import ItemDialog
from ksdesk.ui.one_line import one_line

PASTED = "Svar på motion om\r\nbusstrafik\ti Enzon\n"


def _paste(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QApplication.clipboard().setText(text)
    edit.paste()


@pytest.fixture
def dialog(qtbot) -> ItemDialog:
    create_application()
    shown = ItemDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def test_pasted_line_breaks_and_tabs_become_spaces_in_every_line_edit(qtbot, dialog) -> None:
    ui = dialog.ui
    _paste(qtbot, ui.title_edit, PASTED)
    _paste(qtbot, ui.dnr_edit, "KS 2020/434\nKS 2020/435")
    _paste(qtbot, ui.presenter_edit, "Anna\tAndersson")
    assert ui.title_edit.text() == "Svar på motion om busstrafik i Enzon "
    assert ui.dnr_edit.text() == "KS 2020/434 KS 2020/435"
    item = dialog.result_item()
    assert item.presenter == "Anna Andersson"
    assert "\n" not in item.dnr and "\t" not in item.presenter


def test_text_typed_on_one_line_is_left_as_it_is(qtbot, dialog) -> None:
    _paste(qtbot, dialog.ui.title_edit, "Årsredovisning 2020 — 🎉 עברית")
    assert dialog.ui.title_edit.text() == "Årsredovisning 2020 — 🎉 עברית"


def test_the_cursor_stays_after_what_was_pasted(qtbot, dialog) -> None:
    edit = dialog.ui.title_edit
    edit.setText("Före  efter")
    edit.setCursorPosition(5)
    _paste(qtbot, edit, "mitt\ni")
    assert edit.text() == "Före mitt i efter"
    assert edit.text()[: edit.cursorPosition()] == "Före mitt i"


def test_one_line_turns_each_run_into_one_space() -> None:
    assert one_line("a\r\n\r\nb\t\tc \n d") == "a b c d"
    assert one_line("a\u2028b") == "a b"
    assert one_line("ingen radbrytning") == "ingen radbrytning"
