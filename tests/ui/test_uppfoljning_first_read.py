"""The Uppföljning tab's first opening on a file of many meetings reads every ärende's way on
a worker (ui/tabs/uppfoljning_first_read.py): the tab is shown at once with its pages, the
open matters' table empty under a line saying they are read, and then filled. What is saved
meanwhile is shown, never the snapshot the worker read; a second opening reads nothing;
closing the window or opening another file while it reads stops and waits for it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QDate

from ksdesk.core.arendegang import Utfall
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.services import arende_follow, arende_rows, arenden, uppdrag, uppfoljning
from ksdesk.ui.tabs.uppfoljning_tab import READING, UppfoljningTab
from ksdesk.ui.widgets.tables import RowFitter
from tests.ui.conftest import shown_window
from tests.ui.test_uppfoljning_tab import DEMO_MATTER


def _reading_threads(monkeypatch) -> list[int]:
    """Every file counts as many meetings (the demo has few); the threads that read the
    §§ and agenda rows of every meeting are listed."""
    monkeypatch.setattr(arende_follow, "READ_ON_GUI_THREAD", 0)
    threads: list[int] = []
    steps_and_items = arende_rows.steps_and_items

    def reading(store, foljd, loose_before):
        threads.append(threading.get_ident())
        return steps_and_items(store, foljd, loose_before)

    monkeypatch.setattr(arende_rows, "steps_and_items", reading)
    return threads


def _tab(qtbot, store) -> UppfoljningTab:
    tab = UppfoljningTab(store)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _row(tab: UppfoljningTab, row: int) -> list[str]:
    model = tab.matters.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_first_reading_runs_on_a_worker_and_fills_the_tab(
    qtbot, demo_store, monkeypatch
) -> None:
    threads = _reading_threads(monkeypatch)
    tab = _tab(qtbot, demo_store)
    assert tab.matters.model.rowCount() == 0
    assert tab.matters.busy.isVisible() and tab.matters.busy.text() == READING
    assert tab.pages.tabText(0) == "Öppna ärenden"
    assert tab.organ_combo.count() > 1  # the tab's own filters are there meanwhile
    with qtbot.waitSignal(tab.first_read.ready, timeout=20_000):
        pass  # the worker starts once Qt is idle
    assert threads and threading.get_ident() not in threads
    assert tab.matters.model.rowCount() == 1 and _row(tab, 0) == DEMO_MATTER
    assert not tab.matters.busy.isVisible()
    assert tab.pages.tabText(0) == "Öppna ärenden (1)"

    read_before = len(threads)
    again = _tab(qtbot, demo_store)  # a second opening: kept, nothing read again
    assert not again.first_read.pending()
    assert again.matters.model.rowCount() == 1 and len(threads) == read_before


def test_what_is_saved_while_it_reads_is_shown(qtbot, demo_store, monkeypatch) -> None:
    """The worker has read its snapshot; the § is then decided by hand and an uppdrag
    added, and the tab shows both once the reading is done."""
    _reading_threads(monkeypatch)
    read, release = threading.Event(), threading.Event()
    found: list[arende_follow.ReadBeside] = []
    read_beside = arende_follow.read_beside

    def held_back(store):
        found.append(read_beside(store))
        read.set()
        release.wait(30)
        return found[0]

    monkeypatch.setattr(arende_follow, "read_beside", held_back)
    tab = _tab(qtbot, demo_store)
    tab.day_edit.setDate(QDate(2021, 1, 15))
    qtbot.waitUntil(read.is_set, timeout=20_000)
    [matter] = found[0].found.open  # the worker's snapshot holds § 216 open
    arenden.set_utfall(demo_store, matter.steg.paragraf_id, Utfall.BESLUT)
    uppdrag.save(demo_store, Uppdrag("Utred parkeringen", ansvarig="Kanslichef", kalla="KS"))
    tab.refresh()  # as data_changed does after an edit
    assert tab.matters.busy.isVisible()  # still read: not the matters of the snapshot
    with qtbot.waitSignal(tab.first_read.ready, timeout=20_000):
        release.set()
    assert tab.matters.model.rowCount() == 0  # decided meanwhile: not open any more
    assert tab.pages.tabText(0) == "Öppna ärenden"
    tab.pages.setCurrentWidget(tab.uppdrag_page)
    assert tab.uppdrag_page.model.rowCount() == 1
    arenden.set_utfall(demo_store, matter.steg.paragraf_id, "")  # as its beslut says again
    tab.refresh()
    tab.pages.setCurrentWidget(tab.matters)
    assert _row(tab, 0) == DEMO_MATTER  # what is kept follows the file on


def test_many_matters_read_are_measured_once(qtbot, demo_store, monkeypatch) -> None:
    """Sixty open matters come into the table once read: the scroll bar they need was there
    while they were read, so the wrapping column keeps its width and the rows in view are
    measured once (not again when the bar appears)."""
    _reading_threads(monkeypatch)
    listed = uppfoljning.open_matters
    monkeypatch.setattr(uppfoljning, "open_matters", lambda *a: listed(*a) * 60)
    measured: list[int] = []
    fit_row = RowFitter.fit_row
    monkeypatch.setattr(
        RowFitter, "fit_row", lambda fitter, row: (measured.append(row), fit_row(fitter, row))
    )
    tab = _tab(qtbot, demo_store)
    tab.resize(1366, 700)
    with qtbot.waitSignal(tab.first_read.ready, timeout=20_000):
        pass
    qtbot.wait(10)  # what was asked for when Qt is next idle
    assert tab.matters.model.rowCount() == 60
    assert measured and len(measured) == len(set(measured))


def _slow_reading(monkeypatch) -> None:
    """A reading that takes a while after its snapshot (a cold disk at ten years)."""
    read_beside = arende_follow.read_beside

    def slow(store):
        time.sleep(0.3)
        return read_beside(store)

    monkeypatch.setattr(arende_follow, "read_beside", slow)


def test_closing_the_window_while_it_reads_stops_the_reading(
    qtbot, demo_store, monkeypatch
) -> None:
    _reading_threads(monkeypatch)
    _slow_reading(monkeypatch)
    window = shown_window(qtbot, demo_store)
    tab = window.tab("Uppföljning")
    qtbot.waitUntil(lambda: tab.first_read.runner is not None)  # started once Qt was idle
    window.close()  # the window stops each tab's work and waits for it
    assert tab.first_read.runner.wait(0)  # no thread reads the file any more
    assert arende_follow._found.held(demo_store) is None  # nothing kept of a stopped one


def test_opening_another_file_while_it_reads(qtbot, demo_store, store, monkeypatch) -> None:
    threads = _reading_threads(monkeypatch)
    _slow_reading(monkeypatch)
    window = shown_window(qtbot, demo_store)
    tab = window.tab("Uppföljning")
    qtbot.waitUntil(lambda: tab.first_read.runner is not None)
    window.switch_to(store)  # the demo is closed once the reading has stopped
    assert demo_store.closed and tab.first_read.runner.wait(0)
    other = window.tab("Uppföljning")
    assert other is not tab and other.store is store
    assert not other.first_read.pending()  # no meetings: read at once
    assert other.matters.model.rowCount() == 0 and not other.matters.busy.isVisible()
    assert threading.get_ident() not in threads[:1]  # the demo was read on the worker
