"""The § editor marks a beslut typed without heading as partly a förslag to kommunfullmäktige:
from the cursor's line on, written like any typing, and the button then done (walk29: there
was no way to mark it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from ksdesk.services import protokoll as protokoll_service
from tests.ui.test_sammantrade_tab import open_tab


def test_the_lines_from_the_cursor_become_the_forslag_to_fullmaktige(qtbot, demo_store) -> None:
    tab = open_tab(qtbot, demo_store)
    qtbot.mouseClick(tab.ui.start_button, Qt.MouseButton.LeftButton)
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(219)
    edit, button = tab.editor.ui.beslut_edit, tab.editor.fullmaktige.button
    edit.setPlainText("Kommunstyrelsen delegerar.\nKommunfullmäktige fastställer budgeten.")
    assert button.isEnabled()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tab.editor.save_text()
    stored = protokoll_service.get_protokoll(demo_store, tab.meeting.id).paragraf(219)
    assert stored.beslut.splitlines() == [
        "Kommunstyrelsen delegerar.",
        "Förslag till beslut i kommunfullmäktige",
        "Kommunfullmäktige fastställer budgeten.",
    ]
    assert not button.isEnabled()
