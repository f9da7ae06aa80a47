"""The Uppföljning tab's day and nämnd, changed in a file of many meetings, are read on a
worker (ui/tabs/uppfoljning_filters.py): at ten years the laga kraft rows cost the GUI
thread some 30 ms at each click of the date. A reading on the GUI thread meanwhile (after an
edit) is what stays shown, never the worker's older snapshot."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate

from ksdesk.services import meeting_lookup, uppfoljning
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.tabs import uppfoljning_filters
from ksdesk.ui.tabs.uppfoljning_tab import UppfoljningTab


def _reading_threads(monkeypatch) -> list[int]:
    """Every file counts as many meetings (the demo has few); the threads that read the
    overview are listed."""
    monkeypatch.setattr(uppfoljning_filters, "READ_ON_GUI_THREAD", 0)
    threads: list[int] = []
    overview = uppfoljning.overview

    def reading(*args, **kwargs):
        threads.append(threading.get_ident())
        return overview(*args, **kwargs)

    monkeypatch.setattr(uppfoljning, "overview", reading)
    return threads


def _tab(qtbot, store) -> UppfoljningTab:
    tab = UppfoljningTab(store)
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.laga_kraft_page)
    return tab


def test_the_day_is_read_on_a_worker(qtbot, demo_store, monkeypatch) -> None:
    threads = _reading_threads(monkeypatch)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll_service.start_protokoll(demo_store, meeting.id)  # §§ that gain laga kraft
    tab = _tab(qtbot, demo_store)
    threads.clear()
    day = date(2021, 1, 10)  # the demo meeting's §§ gained laga kraft 2021-01-05
    tab.day_edit.setDate(QDate(day))
    assert tab.filter_read.busy and threading.get_ident() not in threads
    assert tab.filter_read.runner.wait_reported()
    [worker] = threads
    assert worker != threading.get_ident()
    expected = uppfoljning_filters.read_pages(demo_store, day, None).overview.laga_kraft
    assert expected and tab.laga_kraft_page.model.rowCount() == len(expected)
    shown = [tab.laga_kraft_page.model.row_object(r) for r in range(len(expected))]
    assert shown == expected
    assert tab.pages.tabText(3) == f"Laga kraft ({len(expected)})"


def test_a_small_file_is_read_at_once(qtbot, demo_store, monkeypatch) -> None:
    tab = _tab(qtbot, demo_store)
    tab.day_edit.setDate(QDate(2021, 1, 10))
    assert not tab.filter_read.busy  # the demo's few meetings: on the GUI thread


def test_a_reading_here_meanwhile_is_what_stays_shown(qtbot, demo_store, monkeypatch) -> None:
    _reading_threads(monkeypatch)
    shown: list[object] = []
    show = UppfoljningTab._show_read
    monkeypatch.setattr(UppfoljningTab, "_show_read", lambda t, r: shown.append(r) or show(t, r))
    tab = _tab(qtbot, demo_store)
    shown.clear()
    tab.day_edit.setDate(QDate(2021, 1, 10))  # on the worker
    tab.refresh()  # an edit announced: read here, now
    assert len(shown) == 1
    assert tab.filter_read.runner.wait_reported()
    qtbot.wait(50)
    assert len(shown) == 1  # the worker's snapshot, older than the edit, is dropped
