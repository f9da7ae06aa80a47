"""A modal dialog that no test answers holds the whole run: its event loop never ends, and CI
stops at its time limit with no word of which test or which dialog (session 22's hang: a
question a merged branch added was opened by an older test). The guard closes a modal that has
stood open for `LIMIT_MS` and the test fails naming it.

Tests that drive a real modal answer it within milliseconds (a QTimer and activeModalWidget),
and a modal whose work runs on a worker (Granska offentlig kopia) reports within
BUSY_MACHINE_MS, so the limit is well above both."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

LIMIT_MS = 120_000
TICK_MS = 1_000


class ModalGuard:
    """Looks every `tick_ms` at the modal in front; the same one still there after `limit_ms`
    is closed and named in `closed`."""

    def __init__(self, limit_ms: int = LIMIT_MS, tick_ms: int = TICK_MS) -> None:
        self.limit_ms = limit_ms
        self.closed: list[str] = []
        self._seen: QWidget | None = None
        self._since = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is not self._seen:
            self._seen, self._since = modal, time.monotonic()
            return
        if (time.monotonic() - self._since) * 1000 < self.limit_ms:
            return
        self.closed.append(_named(modal))
        self._seen = None
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _named(modal: QWidget) -> str:
    said = f": {modal.text()}" if isinstance(modal, QMessageBox) else ""
    return f"{type(modal).__name__} '{modal.windowTitle()}'{said}"
