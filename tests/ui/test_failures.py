"""A job that failed in the background speaks Swedish: "[Errno 28] No space left on device"
stood in the status bar after a failed backup, and a library's English in the web save's
message box."""

from __future__ import annotations

import errno
import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.errors import InvalidInput
from ksdesk.ui.failures import BUG, failure_sentence, failure_text
from ksdesk.ui.widgets.web_save import WebSaver


def test_a_refusal_a_full_disk_and_a_bug_each_said_in_swedish(monkeypatch) -> None:
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: caught.append(error))
    assert failure_text(InvalidInput("Ange nämndens namn.")) == "Ange nämndens namn."
    full = OSError(errno.ENOSPC, "No space left on device")
    assert failure_text(full, show_bug=False) == "disken är full"
    bug = KeyError("pages")
    assert failure_text(bug, show_bug=False) == BUG and caught == []  # a backup: log only
    assert failure_sentence("Utskriften kunde inte göras", bug).startswith(
        "Utskriften kunde inte göras: ett oväntat fel i ksdesk"
    )
    assert caught == [bug]  # what the secretary waited for: the error dialog too


def test_the_web_save_says_a_bug_in_swedish(qtbot, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", lambda *_a: None)
    WebSaver(parent)._failed(AttributeError("'NoneType' object has no attribute 'pages'"))
    assert said == [f"Webbversionen kunde inte skapas: {BUG}."]
