"""A first reading on the worker that fails (a locked or damaged file, a bug): never a dialog;
the failure is logged in Swedish, `ready` is sent all the same, what waited for it runs, and
the work is then done on the GUI thread as before (pending() says False from then on)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow

from ksdesk.ui.tabs.uppfoljning_first_read import FirstRead


def test_a_failed_reading_is_logged_and_the_work_done_as_before(qtbot, store, caplog) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    reading = FirstRead(store, window)
    reading.needed = lambda _store: True  # as a long history says

    def fails(_store, _progress):
        raise OSError("disk I/O error")

    reading.work = fails
    ran: list[str] = []
    assert reading.when_read("pdf", lambda: ran.append("pdf"), window)
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(reading.ready, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: ran == ["pdf"])
    assert "Uppföljningens läsning i bakgrunden misslyckades: disk I/O error" in caplog.text
    assert window.statusBar().currentMessage() == ""
    assert not reading.pending()  # read on the GUI thread from now on
    reading.stop()
