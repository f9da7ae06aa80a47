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
asks; what asks while it reads (the Kallelse tab's offer of open matters) waits for it
with a line in the status bar (`when_read`) instead of reading all of history again on the
GUI thread (150 ms at ten years). A document made from it (the uppföljning of beslut) is
made on a worker of its own (ui.pdf_builds) and reads what it needs there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from ksdesk.services import arende_follow
from ksdesk.ui.tabs.first_on_worker import FirstOnWorker, Progress

if TYPE_CHECKING:
    from ksdesk.services.store import Store

# What the open matters' page and the status bar say while the file is read.
READING = "Läser ärendenas gång i alla sammanträden…"


class FirstRead(FirstOnWorker):
    failed_words = "Uppföljningens läsning i bakgrunden misslyckades"

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(store, parent)
        self._waiting: dict[str, Callable[[], object]] = {}  # by what: see when_read
        self._said: list[QMainWindow] = []  # status bars showing READING

    def needed(self, store: Store) -> bool:
        return arende_follow.reads_many(store)

    def work(self, store: Store, progress: Progress) -> object:
        return arende_follow.read_beside(store)  # in one go, a few hundred ms at most

    def keep(self, result: object) -> None:
        arende_follow.adopt(self.store, result)

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

    def stopping(self) -> None:
        self._waiting.clear()
        self._unsay()

    def done(self) -> None:
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
