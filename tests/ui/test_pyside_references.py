"""The Qt binding keeps Python's reference counts of None and True right.

PySide6 6.12.0's wheels (abi3, built against the headers of a Python where None and True are
immortal) return None from every void Qt function and True from every signal emit without
counting the reference, on Python 3.11, where they are not immortal. Each call took one
reference away: ksdesk died with "Fatal Python error: none_dealloc" after about twelve rounds
of clicking through the tabs of a ten-year file, and during the start backup of that file (a
progress signal per step). constraints.txt pins a release without it; this test fails on one
with it, whatever the pin says."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 1000


class Sender(QObject):
    changed = Signal(str)


@contextmanager
def counted(obj: object) -> Iterator[Callable[[], int]]:
    """How far the reference count of `obj` moved inside the block (the collector paused,
    so only the calls measured move it)."""
    gc.disable()
    try:
        before = sys.getrefcount(obj)
        yield lambda: sys.getrefcount(obj) - before
    finally:
        gc.enable()


def test_a_void_qt_call_leaves_none_as_it_was(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with counted(None) as moved:
        for _ in range(CALLS):
            widget.setEnabled(True)
        assert abs(moved()) < CALLS // 10


def test_a_signal_emit_leaves_true_as_it_was(qtbot) -> None:
    sender = Sender()
    with counted(True) as moved:
        for _ in range(CALLS):
            sender.changed.emit("agenda")
        assert abs(moved()) < CALLS // 10


def test_a_queued_signal_to_python_leaves_none_as_it_was(qtbot) -> None:
    """As a worker's progress reaches the window: queued, handled by the event loop."""
    sender, heard = Sender(), []
    sender.changed.connect(heard.append, Qt.ConnectionType.QueuedConnection)
    app = QApplication.instance()
    with counted(None) as moved:
        for _ in range(CALLS // 10):
            sender.changed.emit("steg")
            app.sendPostedEvents()
        assert abs(moved()) < CALLS // 10
    assert len(heard) == CALLS // 10
