"""A file's first reading of all its history, off the GUI thread: what a tab's first showing
needs and every later showing keeps up meeting by meeting (the Delegation tab's citations,
delegation_first_search; every ärende's way, uppfoljning_first_read). `pending()` says
whether to wait for it, and starts it on the worker the first time it is needed; what the
worker read is kept (`keep`) and `ready` says it is there. A subclass says when it is needed,
what the worker does and what is kept; a failure is logged, never a dialog, and the work is
then done on the GUI thread as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ksdesk import applog

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner

# progress(done, total, what), as ui.worker gives it: raises Cancelled once stopped.
Progress = Callable[[int, int, str], None]


class FirstOnWorker(QObject):
    ready = Signal()  # what was read is kept (or the reading failed): show or check now
    failed_words = "Läsningen i bakgrunden misslyckades"  # the log line, before the error

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.runner: BackgroundRunner | None = None
        self._failed = False
        self._starting = False  # pending() said so; the worker starts when Qt is next idle
        self._now = False  # a reading was just kept: what changed meanwhile is read here

    # What a subclass says --------------------------------------------------------------------

    def needed(self, store: Store) -> bool:
        """Whether the reading on the GUI thread would read much of the file's history."""
        raise NotImplementedError

    def work(self, store: Store, progress: Progress) -> object:
        """What the worker does, through a connection of its own."""
        raise NotImplementedError

    def keep(self, result: object) -> None:
        """Keep what the worker read (on the GUI thread)."""
        raise NotImplementedError

    def runner_made(self, runner: BackgroundRunner) -> None:
        """The worker's runner, made once: a subclass connects its progress."""

    def done(self) -> None:
        """After `ready`: what waited for the reading may run."""

    def stopping(self) -> None:
        """The reading is stopping: nothing may wait for it any more."""

    # The reading -------------------------------------------------------------------------------

    def pending(self) -> bool:
        """True while the reading runs on the worker (started here when `needed`); False: do
        the work on the GUI thread now."""
        if self._starting or (self.runner is not None and self.runner.busy):
            return True
        if self._now:  # what changed while the worker read, read in the showing
            self._now = False
            return False
        store = self.store
        if self._failed or store.path is None or store.closed:
            return False  # an in-memory file has no second connection: read as before
        if not self.needed(store):
            return False
        # Started once the tab is built and painted: begun at once, the worker's Python took
        # the GIL in turns with the building (120-160 ms of wall time for 35 ms of CPU).
        self._starting = True
        QTimer.singleShot(0, self._start)
        return True

    def _start(self) -> None:
        if not self._starting:
            return  # stopped meanwhile
        self._starting = False
        store = self.store
        if store.closed:
            return
        if self.runner is None:
            from ksdesk.ui.worker import BackgroundRunner

            self.runner = BackgroundRunner(self)
            self.runner_made(self.runner)
            self.runner.finished.connect(self._kept)
            self.runner.failed.connect(self._read_failed)
        self.runner.start(lambda progress: self.work(store, progress))

    def stop(self) -> None:
        """The window closes or opens another file: stop before the next step and wait, so
        nothing reads the file afterwards."""
        self._starting = False
        self.stopping()
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def _kept(self, result: object) -> None:
        if self.store.closed:
            return
        self.keep(result)
        self._now = True
        self.ready.emit()
        self.done()

    def _read_failed(self, error: object) -> None:
        applog.logger.warning("%s: %s", self.failed_words, error)
        self._failed = True
        if not self.store.closed:
            self.ready.emit()
            self.done()
