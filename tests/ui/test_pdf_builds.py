"""A document asked for is made off the GUI thread (ui.pdf_builds): the window answers
meanwhile, says what it is making, makes it once for a double click, tells a refusal in
Swedish, and shows nothing once the window has closed."""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ksdesk.core.errors import InvalidInput
from ksdesk.services import delegation as delegation_service
from ksdesk.ui.dialogs import pdf_dialog
from ksdesk.ui.pdf_builds import build_pdf, stop_builds
from tests.ui.conftest import BUSY_MACHINE_MS, wait_for_prints

PDF = b"%PDF-1.4 made"


def _window(qtbot) -> tuple[QMainWindow, QWidget]:
    window = QMainWindow()
    page = QWidget(window)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    return window, page


def test_made_on_a_worker_with_the_status_bar_saying_so(qtbot, demo_store) -> None:
    window, page = _window(qtbot)
    threads, shown, release = [], [], threading.Event()

    def make(reader) -> bytes:
        threads.append(threading.get_ident())
        assert reader is not demo_store and reader.read_only  # a reading of its own
        release.wait(30)
        return PDF

    build_pdf(page, demo_store, "Uppföljning av beslut", make, shown.append)
    assert window.statusBar().currentMessage() == "Gör uppföljning av beslut…"
    assert QGuiApplication.overrideCursor() is not None and shown == []
    release.set()
    wait_for_prints(page)
    assert shown == [PDF] and threads and threads[0] != threading.get_ident()
    assert QGuiApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_asked_for_twice_it_is_made_once(qtbot, demo_store) -> None:
    _, page = _window(qtbot)
    made, shown, release = [], [], threading.Event()

    def make(_reader) -> bytes:
        made.append(1)
        release.wait(30)
        return PDF

    build_pdf(page, demo_store, "Protokoll", make, shown.append)
    build_pdf(page, demo_store, "Protokoll", make, shown.append)  # a double click
    release.set()
    wait_for_prints(page)
    assert made == [1] and shown == [PDF]


def test_another_document_asked_for_meanwhile_is_made_after_it(qtbot, demo_store) -> None:
    window, page = _window(qtbot)
    shown, release = [], threading.Event()

    def slow(_reader) -> bytes:
        release.wait(30)
        return PDF

    build_pdf(page, demo_store, "Protokoll", slow, lambda data: shown.append("protokoll"))
    build_pdf(page, demo_store, "Utdrag", lambda _r: PDF, lambda data: shown.append("utdrag"))
    build_pdf(page, demo_store, "Utdrag", lambda _r: PDF, lambda data: shown.append("utdrag"))
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=BUSY_MACHINE_MS)
    wait_for_prints(page)
    assert shown == ["protokoll", "utdrag"]
    assert QGuiApplication.overrideCursor() is None and not window.statusBar().currentMessage()


def test_a_refusal_is_told_in_swedish(qtbot, demo_store, said, monkeypatch) -> None:
    _, page = _window(qtbot)
    shown: list[bytes] = []

    def refused(_reader) -> bytes:
        raise InvalidInput("Sammanträdet har inget protokoll ännu.")

    build_pdf(page, demo_store, "Protokoll", refused, shown.append)
    wait_for_prints(page)
    assert said == ["Sammanträdet har inget protokoll ännu."] and shown == []

    def broken(_reader) -> bytes:
        raise ValueError("list index out of range")

    errors = []  # the bug itself goes to the log and the error dialog, by the hook
    monkeypatch.setattr(sys, "excepthook", lambda *args: errors.append(args[1]))
    build_pdf(page, demo_store, "Protokoll", broken, shown.append)
    wait_for_prints(page)
    assert said[1].startswith("Protokoll kunde inte göras: ett oväntat fel i ksdesk")
    assert "list index" not in said[1] and len(errors) == 1 and shown == []


def test_nothing_is_shown_once_the_window_has_closed(qtbot, demo_store) -> None:
    _, page = _window(qtbot)
    shown, release = [], threading.Event()

    def make(_reader) -> bytes:
        release.wait(30)
        return PDF

    build_pdf(page, demo_store, "Protokoll", make, shown.append)
    threading.Timer(0.2, release.set).start()  # the worker lets go while the window waits
    stop_builds(page.window())
    qtbot.wait(50)
    assert shown == [] and QGuiApplication.overrideCursor() is None


def test_the_delegationsordning_preview_opens_with_the_version(
    qtbot, demo_store, monkeypatch
) -> None:
    from ksdesk.ui.tabs.delegation_output import preview_version

    shown: list[pdf_dialog.PdfDialog] = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    _, page = _window(qtbot)
    newest = delegation_service.list_versions(demo_store)[-1][0]
    version = delegation_service.get_version(demo_store, newest)
    preview_version(page, demo_store, version, None)
    wait_for_prints(page)
    assert len(shown) == 1 and shown[0].preview.data.startswith(b"%PDF")
    assert shown[0].windowTitle() == f"{version.name} – förhandsgranskning"


def test_a_failure_names_its_own_document_while_the_next_is_made(
    qtbot, demo_store, said, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)  # the bug goes to the log
    _, page = _window(qtbot)
    shown, release = [], threading.Event()

    def broken(_reader) -> bytes:
        release.wait(30)
        raise ValueError("list index out of range")

    build_pdf(page, demo_store, "Protokoll", broken, shown.append)
    build_pdf(page, demo_store, "Utdrag", lambda _r: PDF, shown.append)  # waits its turn
    release.set()
    qtbot.waitUntil(lambda: bool(said) and bool(shown), timeout=BUSY_MACHINE_MS)
    wait_for_prints(page)
    assert said[0].startswith("Protokoll kunde inte göras") and shown == [PDF]
