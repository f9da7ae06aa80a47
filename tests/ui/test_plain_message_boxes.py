"""A real message box (no patched static) that refuses a typed date quoting "<b>5" shows the
characters as typed, while a box with ksdesk's own markup (escaped, with its line breaks)
keeps it. The box is answered by a timer, so no modal is left open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.box_probe import shown_warning


def _format_of_box_shown(qtbot, text: str) -> Qt.TextFormat:
    return shown_warning(qtbot, "Kan inte spara", text, QMessageBox.textFormat)


@pytest.mark.parametrize(
    "typed", ['Ogiltigt datum "<b>5": skriv som ÅÅÅÅ-MM-DD', "<i>13 är ingen tid"]
)
def test_a_refusal_quoting_markup_is_shown_as_typed(qtbot, typed: str) -> None:
    assert _format_of_box_shown(qtbot, typed) == Qt.TextFormat.PlainText


def test_a_box_with_ksdesks_own_markup_keeps_it(qtbot) -> None:
    ours = "<b>Kallelse 2020-12-07.pdf</b> är sparad.<br><br>Öppna den?"
    assert _format_of_box_shown(qtbot, ours) == Qt.TextFormat.AutoText
