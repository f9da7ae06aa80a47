"""A real message box (no patched static) that refuses a typed date quoting "<b>5" shows the
characters as typed, while a box with ksdesk's own markup (escaped, with its line breaks)
keeps it. The box is answered by a timer, so no modal is left open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ksdesk.ui.app import create_application


def _format_of_box_shown(qtbot, text: str) -> Qt.TextFormat:
    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    parent.activateWindow()
    qtbot.waitUntil(parent.isActiveWindow)
    seen: list[Qt.TextFormat] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            QTimer.singleShot(20, answer)
            return
        seen.append(box.textFormat())
        box.accept()

    QTimer.singleShot(20, answer)
    QMessageBox.warning(parent, "Kan inte spara", text)
    assert QApplication.activeModalWidget() is None
    return seen[0]


@pytest.mark.parametrize(
    "typed", ['Ogiltigt datum "<b>5": skriv som ÅÅÅÅ-MM-DD', "<i>13 är ingen tid"]
)
def test_a_refusal_quoting_markup_is_shown_as_typed(qtbot, typed: str) -> None:
    assert _format_of_box_shown(qtbot, typed) == Qt.TextFormat.PlainText


def test_a_box_with_ksdesks_own_markup_keeps_it(qtbot) -> None:
    ours = "<b>Kallelse 2020-12-07.pdf</b> är sparad.<br><br>Öppna den?"
    assert _format_of_box_shown(qtbot, ours) == Qt.TextFormat.AutoText
