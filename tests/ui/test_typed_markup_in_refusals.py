"""A refusal that quotes what the secretary typed shows it as typed, whatever characters it
has: the message lines are rich text, and "<b>5" or "7<12" was read as markup, so the
refusal showed something else than was typed, or lost the rest of its sentence."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from ksdesk.ui.app import create_application
from ksdesk.ui.tabs.budget_tab import BudgetTab

TYPED = ["<b>5", "7<12 och <i>", "a & b"]


def _shown(label: QLabel) -> str:
    """The text as the label draws it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.mark.parametrize("typed", TYPED)
def test_the_meeting_dialogs_refusal_shows_the_date_as_typed(qtbot, typed: str) -> None:
    from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

    create_application()
    dialog = MeetingDialog([])
    qtbot.addWidget(dialog)
    dialog.ui.organ_combo.setCurrentText("Kommunstyrelsen")
    dialog.ui.date_edit.setText(typed)
    dialog._accept()
    assert f'Ogiltigt datum "{typed}": skriv som ÅÅÅÅ-MM-DD' in _shown(dialog.ui.message_label)


@pytest.mark.parametrize("typed", TYPED)
def test_the_item_dialogs_refusal_shows_the_time_as_typed(qtbot, typed: str) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    create_application()
    dialog = ItemDialog()
    qtbot.addWidget(dialog)
    dialog.ui.title_edit.setText("Motion")
    dialog.ui.time_slot_edit.setText(typed)
    dialog._accept()
    assert typed in _shown(dialog.ui.message_label)


@pytest.mark.parametrize("typed", TYPED)
def test_a_budget_cells_refusal_shows_the_entry_as_typed(qtbot, demo_store, typed) -> None:
    create_application()
    tab = BudgetTab(demo_store)
    qtbot.addWidget(tab)
    tab.select_sheet("pris")
    assert not tab.sheet_model.setData(tab.sheet_model.index(0, 2), typed)
    assert f'Kan inte tolka "{typed}" som ett belopp' in _shown(tab.sheet_page.ui.entry_message)


def test_a_long_paste_refused_in_a_cell_keeps_the_window_narrow(qtbot, demo_store) -> None:
    """The refusal line under the sheet was as wide as the 2 000 characters it quoted."""
    create_application()
    tab = BudgetTab(demo_store)
    qtbot.addWidget(tab)
    tab.select_sheet("pris")
    assert not tab.sheet_model.setData(tab.sheet_model.index(0, 2), "x" * 2000)
    assert tab.sheet_page.ui.entry_message.minimumSizeHint().width() < 800
    assert tab.minimumSizeHint().width() < 1366
