"""Every ärende's way is read once per file on a worker, started by the window once it is
painted (ui/tabs/uppfoljning_first_read.first_read_of): the Kallelse tab's offer of open
matters and the uppdrag PDF, asked for while it reads, wait for it (a line in the status
bar) instead of reading all of history on the GUI thread, and show what the file holds
then, edits made meanwhile included. Closing the window while it reads stops it."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from ksdesk.core.arendegang import Utfall
from ksdesk.db import arende_repo
from ksdesk.services import arende_follow, arenden
from ksdesk.ui.dialogs import pdf_dialog
from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog
from ksdesk.ui.tabs.uppfoljning_first_read import READING, first_read_of
from tests.ui import test_open_matters_offer as offer_tests
from tests.ui.conftest import shown_window, wait_for_prints
from tests.ui.test_uppfoljning_first_read import _reading_threads, _slow_reading

sent_back = offer_tests.sent_back  # the demo's KS with § 190 återremitterat (a fixture)
_new_meeting_on = offer_tests._new_meeting_on


@pytest.fixture
def held(monkeypatch):
    """The worker's reading waits, once it has read its snapshot, until released."""
    read, release = threading.Event(), threading.Event()
    read_beside = arende_follow.read_beside

    def held_back(store):
        found = read_beside(store)
        read.set()
        release.wait(30)
        return found

    monkeypatch.setattr(arende_follow, "read_beside", held_back)
    yield read, release
    release.set()


def test_the_window_reads_every_way_on_a_worker_once_painted(
    qtbot, demo_store, monkeypatch
) -> None:
    threads = _reading_threads(monkeypatch)
    window = shown_window(qtbot, demo_store)
    qtbot.waitUntil(lambda: arende_follow._found.held(demo_store) is not None, timeout=20_000)
    assert "Uppföljning" not in window.tabs  # never opened
    assert threads and threading.get_ident() not in threads
    read = len(threads)
    assert arenden.open_matters(demo_store)  # kept: read from what the worker found
    assert len(threads) == read


def _meetings_read_here(monkeypatch) -> list[int]:
    """The meetings whose §§ the GUI thread reads (the worker's are not counted)."""
    here: list[int] = []
    gui = threading.get_ident()
    paragraf_rows = arende_repo.paragraf_rows

    def rows(store, meeting_ids):
        if threading.get_ident() == gui:
            here.extend(meeting_ids)
        return paragraf_rows(store, meeting_ids)

    monkeypatch.setattr(arende_repo, "paragraf_rows", rows)
    return here


def _offers(monkeypatch) -> list[list[int]]:
    seen: list[list[int]] = []

    def offered(dialog: OpenMattersDialog) -> int:
        model = dialog.model
        seen.append([model.row_object(r).steg.nr for r in range(model.rowCount())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(OpenMattersDialog, "exec", offered)
    return seen


def test_a_new_meeting_offers_the_open_matters_once_read(
    qtbot, demo_store, sent_back, held, monkeypatch
) -> None:
    _reading_threads(monkeypatch)
    here = _meetings_read_here(monkeypatch)
    read, release = held
    seen = _offers(monkeypatch)
    window = shown_window(qtbot, demo_store)
    qtbot.waitUntil(read.is_set, timeout=20_000)
    _new_meeting_on(monkeypatch, "2021-01-18")
    window.tab("Kallelse").meetings.new()
    assert seen == [] and window.statusBar().currentMessage() == READING
    window.tab("Kallelse").agenda.offer_open_matters(say_when_none=True)  # asked again
    with qtbot.waitSignal(first_read_of(demo_store).ready, timeout=20_000):
        release.set()
    assert seen == [[190]]  # once, as after the read
    assert window.statusBar().currentMessage() == ""
    assert len(here) <= 1  # the GUI thread read only the meeting made meanwhile


def test_what_is_decided_while_it_reads_is_not_offered(
    qtbot, demo_store, sent_back, held, monkeypatch
) -> None:
    _reading_threads(monkeypatch)
    read, release = held
    seen = _offers(monkeypatch)
    window = shown_window(qtbot, demo_store)
    qtbot.waitUntil(read.is_set, timeout=20_000)  # the worker's snapshot holds § 190 open
    arenden.set_utfall(demo_store, sent_back, Utfall.BESLUT)
    _new_meeting_on(monkeypatch, "2021-01-18")
    window.tab("Kallelse").meetings.new()
    with qtbot.waitSignal(first_read_of(demo_store).ready, timeout=20_000):
        release.set()
    assert seen == []  # nothing open now: no offer of the snapshot's § 190


def test_the_uppdrag_pdf_is_made_off_the_gui_thread(qtbot, demo_store, held, monkeypatch) -> None:
    """Asked for while the window's first reading still runs: made on the worker from a
    reading of its own, once for a double click, and the GUI thread reads no meeting."""
    _reading_threads(monkeypatch)
    here = _meetings_read_here(monkeypatch)
    read, release = held
    shown: list[bytes] = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "show", lambda self: shown.append(self.preview.data))
    window = shown_window(qtbot, demo_store)
    tab = window.tab("Uppföljning")
    qtbot.waitUntil(read.is_set, timeout=20_000)
    tab.meeting_combo.setCurrentIndex(tab.meeting_combo.findData(_held_meeting(demo_store)))
    tab._print_uppfoljning(None)
    tab._print_uppfoljning(None)  # clicked twice
    wait_for_prints(tab)
    assert len(shown) == 1 and shown[0].startswith(b"%PDF")
    assert here == []  # the GUI thread read no meeting: the worker made it
    release.set()


def _held_meeting(store) -> int:
    from ksdesk.services import meeting_lookup
    from tests.services.test_arenden_take_up import DEMO_DAY

    return meeting_lookup.find_meeting(store, DEMO_DAY).id


def test_closing_the_window_while_it_reads_on_start(qtbot, demo_store, monkeypatch) -> None:
    _reading_threads(monkeypatch)
    _slow_reading(monkeypatch)
    window = shown_window(qtbot, demo_store)
    first = first_read_of(demo_store)
    qtbot.waitUntil(lambda: first.runner is not None, timeout=20_000)
    first.when_read("open_matters", lambda: pytest.fail("run after closing"), window)
    window.close()
    assert first.runner.wait(0)  # no thread reads the file any more
    qtbot.wait(400)  # the stopped reading's end is let in: nothing runs, nothing kept
    assert arende_follow._found.held(demo_store) is None
    assert date.today()  # the window is gone, the test process goes on
