"""Removals in the Kallelse tab stay removed after the file is closed and opened again: the
only bilaga of an ärende, and every ärende of a meeting (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ksdesk.services import meeting_lookup
from ksdesk.services.store import open_database
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow

DAY = date(2020, 12, 7)


@pytest.fixture
def reopen(qtbot, demo_path):
    """Open the demo file in a main window; calling it again closes both and reopens."""
    create_application()
    opened = []

    def open_window() -> MainWindow:
        for window, store in opened:
            window.close()
            store.close()
        opened.clear()
        store = open_database(demo_path)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window

    yield open_window
    for window, store in opened:
        window.close()
        store.close()


def _row_with_one_bilaga(tab) -> int:
    return next(i for i, item in enumerate(tab.meeting.items) if len(item.bilagor) == 1)


def test_deleting_the_only_bilaga_survives_reopening(reopen) -> None:
    tab = reopen().tab("Kallelse")
    row = _row_with_one_bilaga(tab)
    title = tab.meeting.items[row].title
    tab.select_row(row)
    assert tab.bilagor.model.rowCount() == 1
    tab.ui.bilaga_table.selectRow(0)
    tab.ui.remove_bilaga_button.click()
    assert tab.bilagor.model.rowCount() == 0

    tab = reopen().tab("Kallelse")
    tab.select_row(row)
    assert tab.selected_item().title == title
    assert tab.bilagor.model.rowCount() == 0
    assert tab.meeting.items[row].bilagor == []


def test_deleting_every_arende_survives_reopening(reopen, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab = reopen().tab("Kallelse")
    for _ in range(len(tab.meeting.items)):
        tab.select_row(0)
        QTest.keyClick(tab.ui.agenda_table, Qt.Key.Key_Delete)
    assert tab.agenda_model.rowCount() == 0

    tab = reopen().tab("Kallelse")
    assert tab.meeting.date == DAY
    assert tab.agenda_model.rowCount() == 0
    assert meeting_lookup.find_meeting(tab.store, DAY).items == []
