"""The first reading of every ärende's way in a file, off the GUI thread.

The Uppföljning tab's open matters follow every § and agenda item of the file
(services.arende_follow); what is read is kept, and after an edit only the meetings changed
are read again. But the first reading, when the tab is first shown, reads them all: at ten
years 7 300 §§ and 7 500 agenda rows, 150 ms of the 300 ms the window stood still. Here that
reading runs on a worker with a connection of its own (arende_follow.read_beside); the tab
shows its pages meanwhile, the open matters with a line that they are being read, and
shows them once they are kept (`ready`).

One reading serves the whole window (`first_read_of`): the window starts it once it is
painted and idle (MainWindow.after_first_paint), so the file is usually read before anything
asks; what asks while it reads (the Kallelse tab's offer of open matters, the uppdrag PDF)
waits for it with a line in the status bar (`when_read`) instead of reading all of history
again on the GUI thread (150 ms at ten years)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from ksdesk import applog
from ksdesk.services import arende_follow

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner

# What the open matters' page and the status bar say while the file is read.
READING = "Läser ärendenas gång i alla sammanträden…"


class FirstRead(QObject):
    ready = Signal()  # what was read is kept (or the reading failed): show it now

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.runner: BackgroundRunner | None = None
        self._failed = False
        self._starting = False  # pending() said so; the worker starts when Qt is next idle
        self._show_next = False  # a reading just kept its rows: the next showing reads here
        self._waiting: dict[str, Callable[[], object]] = {}  # by what: see when_read
        self._said: list[QMainWindow] = []  # status bars showing READING

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

    def when_read(self, key: str, work: Callable[[], object], widget: QWidget) -> bool:
        """False: nothing is being read, do `work` now. True: the file is being read on the
        worker; `work` runs once it is kept (or the reading failed: it then reads on the GUI
        thread, as before), and `widget`'s window says so meanwhile. Asked again for the same
        `key` (a button clicked twice), it runs once. Dropped when the reading stops (the
        window closes or opens another file)."""
        if not self.pending():
            return False
        self._waiting[key] = work
        window = widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(READING)
            self._said.append(window)
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
        self._waiting.clear()
        self._unsay()
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def _read(self, read: arende_follow.ReadBeside) -> None:
        if self.store.closed:
            return
        arende_follow.adopt(self.store, read)
        self._show_next = True
        self.ready.emit()
        self._run_waiting()

    def _read_failed(self, error: object) -> None:
        # Never a dialog: the tab then reads on the GUI thread, as it did before.
        applog.logger.warning("Uppföljningens läsning i bakgrunden misslyckades: %s", error)
        self._failed = True
        if not self.store.closed:
            self.ready.emit()
            self._run_waiting()

    def _run_waiting(self) -> None:
        self._unsay()
        waiting, self._waiting = self._waiting, {}
        for work in waiting.values():
            work()

    def _unsay(self) -> None:
        for window in self._said:
            if window.statusBar().currentMessage() == READING:
                window.statusBar().clearMessage()
        self._said.clear()


_shared: dict[int, FirstRead] = {}  # by id(store): see first_read_of


def first_read_of(store: Store) -> FirstRead:
    """The one FirstRead of `store`, shared by the window and its tabs (one reading, one
    result kept). It lives on the application object: a tab built again (another file
    opened) finds it, and the window stops it on closing (`stop_reading`)."""
    for key in [k for k, found in _shared.items() if found.store.closed]:
        _shared.pop(key).deleteLater()  # a file closed: nothing of it is wanted now
    found = _shared.get(id(store))
    if found is None or found.store is not store:
        found = FirstRead(store, QCoreApplication.instance())
        _shared[id(store)] = found
    return found


def stop_reading(store: Store) -> None:
    """The window closes or opens another file: a reading of `store` stops (and is waited
    for); nothing waits for it any more."""
    found = _shared.get(id(store))
    if found is not None and found.store is store:
        found.stop()
