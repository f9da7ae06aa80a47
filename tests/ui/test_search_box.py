"""The search field of the main window: Ctrl+K and Ctrl+F reach it, typing searches every
year, and a hit opens where it belongs (the ärende and its bilaga, the §, the point, the
delegationsbeslut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.meeting_lookup import find_meeting
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    create_application()
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.resize(1300, 820)
    win.show()
    qtbot.waitExposed(win)
    return win


def _search(window: MainWindow, text: str) -> list:
    box = window.search_box
    box.setText(text)  # å/ä/ö typed with keyClicks crash the test process
    box.run()
    model = box.results.model
    return [model.row_object(row) for row in range(model.rowCount())]


@pytest.mark.parametrize("keys", ["Ctrl+K", "Ctrl+F"])
def test_the_shortcuts_reach_the_field(window, qtbot, keys) -> None:
    window.tab("Kallelse").ui.agenda_table.setFocus()
    QTest.keySequence(window, keys)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_typing_searches_after_a_pause(window, qtbot) -> None:
    box = window.search_box
    box.setFocus()
    QTest.keyClicks(box, "stockholm")
    qtbot.waitUntil(lambda: box.results.isVisible(), timeout=3000)
    assert box.results.model.rowCount() >= 1
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not box.results.isVisible()


def test_an_arende_opens_in_kallelse_with_its_bilaga(window, demo_store) -> None:
    hits = _search(window, "delegationsbeslut SBN")
    row = next(i for i, h in enumerate(hits) if h.typ == "bilaga")
    window.search_box.results.open_row(row)
    tab = window.tabs["Kallelse"]
    assert window.ui.tabs.currentWidget().layout().itemAt(0).widget() is tab
    assert tab.selected_item().title.startswith("Omfördelning av budgetmedel")
    assert tab.ui.bilaga_table.currentIndex().row() == 0
    assert not window.search_box.results.isVisible()


def test_a_paragraf_opens_on_the_paragraf_page(window, demo_store) -> None:
    meeting = find_meeting(demo_store, meeting_service.list_meetings(demo_store)[0].date)
    protokoll_service.start_protokoll(demo_store, meeting.id)
    hits = _search(window, "stockholm business")
    row = next(i for i, h in enumerate(hits) if h.typ == "paragraf")
    window.search_box.results.open_row(row)
    tab = window.tabs["Sammanträde"]
    assert tab.ui.pages.currentWidget() is tab.ui.paragraf_page
    assert "Stockholm Business Alliance" in tab.editor.paragraf.title


def test_a_point_opens_selected_in_its_version(window) -> None:
    hits = _search(window, "sker")
    row = next(i for i, h in enumerate(hits) if h.rubrik.startswith("Punkt 76"))
    window.search_box.results.open_row(row)
    tab = window.tabs["Delegation"]
    assert tab.selected_point().nr == "76"


def test_a_delegationsbeslut_opens_the_register_at_it(window, monkeypatch) -> None:
    from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

    shown = []
    monkeypatch.setattr(
        DelegationsbeslutDialog, "exec", lambda self: shown.append(self.selected()) or 0
    )
    hits = _search(window, "upplåtelse")
    row = next(i for i, h in enumerate(hits) if h.typ == "delegationsbeslut")
    window.search_box.results.open_row(row)
    assert shown and shown[0].dnr == "SBN 2020/877"


def test_an_empty_query_shows_nothing_and_a_miss_says_so(window) -> None:
    assert _search(window, "   ") == []
    assert not window.search_box.results.isVisible()
    assert _search(window, "zzyzx") == []
    assert window.search_box.results.isVisible()
    assert "0 träffar" in window.search_box.results.label.text()
