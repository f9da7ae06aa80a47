"""The first reading of every ärende's way in a file, off the GUI thread.

The Uppföljning tab's open matters follow every § and agenda item of the file
(services.arende_follow); what is read is kept, and after an edit only the meetings changed
are read again. But the first reading, when the tab is first shown, reads them all: at ten
years 7 300 §§ and 7 500 agenda rows, 150 ms of the 300 ms the window stood still. Here that
reading runs on a worker with a connection of its own (arende_follow.read_beside); the tab
shows its pages meanwhile, the open matters with a line that they are being read, and
shows them once they are kept (`ready`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ksdesk import applog
from ksdesk.services import arende_follow

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner


class FirstRead(QObject):
    ready = Signal()  # what was read is kept (or the reading failed): show it now

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.runner: BackgroundRunner | None = None
        self._failed = False
        self._starting = False  # pending() said so; the worker starts when Qt is next idle
        self._show_next = False  # a reading just kept its rows: the next showing reads here

    def pending(self) -> bool:
        """True while the file is being read on the worker: started here when the next
        reading of the open matters would read many meetings. False: read them now."""
        if self._starting or (self.runner is not None and self.runner.busy):
            return True
        if self._show_next:  # what changed while the worker read, read in the showing
            self._show_next = False
            return False
        store = self.store
        if self._failed or store.path is None or store.closed:
            return False  # an in-memory file has no second connection: read as before
        if not arende_follow.reads_many(store):
            return False
        # Started once the tab is built and painted: begun at once, the worker's Python
        # takes the GIL in turns with the building.
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
            self.runner.finished.connect(self._read)
            self.runner.failed.connect(self._read_failed)
        self.runner.start(lambda _progress: arende_follow.read_beside(store))

    def stop(self) -> None:
        """The window closes or opens another file: wait for the reading (it reads in one
        go, a few hundred ms at most), so nothing reads the file afterwards."""
        self._starting = False
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def _read(self, read: arende_follow.ReadBeside) -> None:
        if self.store.closed:
            return
        arende_follow.adopt(self.store, read)
        self._show_next = True
        self.ready.emit()

    def _read_failed(self, error: object) -> None:
        # Never a dialog: the tab then reads on the GUI thread, as it did before.
        applog.logger.warning("Uppföljningens läsning i bakgrunden misslyckades: %s", error)
        self._failed = True
        if not self.store.closed:
            self.ready.emit()
