"""Long work off the GUI thread (docs/ARCHITECTURE.md, "How an edit travels"): one job at a
time on a thread of its own, reporting progress, cancellable between its steps, its result or
error handed back to the GUI thread by signal.

The work must not touch widgets, nor the window's database connection (a sqlite3 connection
belongs to the thread that made it): it opens its own with services.store.reading()."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from ksdesk.core.errors import Cancelled

if TYPE_CHECKING:
    from ksdesk.services.store import Store

# work(progress) -> result, where progress(done, total, what) raises Cancelled once the
# job is cancelled.
Work = Callable[[Callable[[int, int, str], None]], object]


# While a job runs, the GUI thread competes with it for the GIL. Each call from Qt into
# Python (a slot, a model's data(), a timer) must wait for the worker to let go, by default
# up to 5 ms, and painting one widget makes dozens of such calls: the window stood still
# for 250–330 ms at a time during the review dialog's scan. A 0.5 ms switch interval brings
# that under 50 ms and costs the job nothing measurable (bench/public_check.py).
_SWITCH_INTERVAL = 0.0005
_running = 0  # jobs running now, in any runner
_saved_interval = sys.getswitchinterval()
_interval_lock = threading.Lock()


def _job_started() -> None:
    global _running, _saved_interval
    with _interval_lock:
        if _running == 0:
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved_interval, _SWITCH_INTERVAL))
        _running += 1


def _job_ended() -> None:
    global _running
    with _interval_lock:
        _running -= 1
        if _running == 0:
            sys.setswitchinterval(_saved_interval)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the runner keeps it until it reported
        self.work = work
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def progress(self, done: int, total: int, what: str) -> None:
        if self.cancel_event.is_set():
            raise Cancelled
        self.signals.progressed.emit(done, total, what)

    def run(self) -> None:
        _job_started()
        try:
            result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, never lost in a thread
            _job_ended()
            self.signals.failed.emit(error)
        else:
            _job_ended()
            self.signals.done.emit(result)


class BackgroundRunner(QObject):
    """Runs one job at a time. Starting another while one runs cancels the running one and
    starts the new one as soon as it has stopped (at its next step), so a quick series of
    requests (ticking boxes) builds only the last. Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)  # the result of the last job started
    failed = Signal(object)  # its exception (a KsdeskError has a Swedish message)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._pending: Work | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, work: Work) -> None:
        if self._job is not None:
            self._job.cancel_event.set()
            self._pending = work
            return
        self._launch(work)

    def start_reading(self, store: Store, make: Callable[[Store], object]) -> None:
        """`make(reader)` on the worker, on a read-only connection of its own
        (services.store.reading). A file in memory has no second connection to read it by:
        it is made here, at once, and its answer goes out by the same signals."""
        if store.path is None:
            try:
                result = make(store)
            except Exception as error:  # the same answers as from the worker
                self.failed.emit(error)
            else:
                self.finished.emit(result)
            return

        def work(_progress: object) -> object:
            from ksdesk.services.store import reading

            with reading(store) as reader:
                return make(reader)

        self.start(work)

    def cancel(self) -> None:
        self._pending = None
        if self._job is not None:
            self._job.cancel_event.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running job has stopped (tests; closing the window)."""
        return self._pool.waitForDone(msecs)

    def wait_reported(self, msecs: int = 60_000) -> bool:
        """Block until the running job has reported to the GUI thread (tests; a caller that
        needs the answer now): its signals are queued to this thread, so they are let in."""
        deadline = time.monotonic() + msecs / 1000
        while self.busy and time.monotonic() < deadline:
            self.wait(50)
            QCoreApplication.processEvents()
        return not self.busy

    def _launch(self, work: Work) -> None:
        job = _Job(work)
        # Connected to this object's slots: the calls are queued to the GUI thread.
        job.signals.progressed.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._pool.start(job)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self._job is not None and not self._job.cancel_event.is_set():
            self.progressed.emit(done, total, what)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        stopped = self._job is not None and self._job.cancel_event.is_set()
        if self._next():
            return
        if stopped:  # cancelled after its last step: the secretary said stop
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self._next():
            return
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _next(self) -> bool:
        """Forget the job that ended; start the one waiting, if any (then its result, not
        the ended one's, is what counts)."""
        self._job = None
        pending, self._pending = self._pending, None
        if pending is None:
            return False
        self._launch(pending)
        return True


class WorkingSign:
    """What the window shows while its widget's work runs on a worker: the busy cursor (the
    window still answers) and a line in the status bar. `show` once when the work starts,
    `clear` when it ends however it ends; a second `clear` does nothing."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.shown = False

    def show(self, text: str) -> None:
        self.shown = True
        status_line(self.widget, text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def clear(self) -> None:
        if self.shown:
            self.shown = False
            QGuiApplication.restoreOverrideCursor()
            status_line(self.widget, "")


def status_line(widget: QWidget, text: str) -> None:
    """`text` in the status bar of `widget`'s window, where it has one."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text)
