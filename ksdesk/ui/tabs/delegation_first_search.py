"""The first delegation check in a file, searched off the GUI thread.

The check compares the delegationsordning with every text of the file that cites a §. The
citations found are kept in the file meeting by meeting (services.citing_texts), so a check
searches only the meetings changed since; but the very first check in a file (one made before
the citations were kept, or after ksdesk's rules for finding them changed) searches every
meeting: 200–300 ms of CPU at ten years, 0.8 s with a cold disk cache, which froze the window
when the tab was first shown. Here that search runs on a worker with a connection of its own
(services.delegation_check.search_beside); the tab says so in its findings' line meanwhile and
checks once the citations are kept (`ready`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ksdesk import applog
from ksdesk.services import delegation_check

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner


class FirstSearch(QObject):
    progressed = Signal(int, int)  # meetings searched, of how many
    ready = Signal()  # the citations are kept (or the search failed): check now

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.runner: BackgroundRunner | None = None
        self._failed = False
        self._starting = False  # pending() said so; the worker starts when Qt is next idle
        self._check_next = False  # a search just kept its citations: the next check runs

    def pending(self) -> bool:
        """True while the citations are being searched on the worker: started here when
        the next check would search many meetings. False: check now."""
        if self._starting or (self.runner is not None and self.runner.busy):
            return True
        if self._check_next:  # what changed while the worker searched, searched in the check
            self._check_next = False
            return False
        store = self.store
        if self._failed or store.path is None or store.closed:
            return False  # an in-memory file has no second connection: checked as before
        if not delegation_check.searches_many(store):
            return False
        # Started once the tab is built: begun at once, the worker's Python took the GIL in
        # turns with the building, 120-160 ms of wall time for its 35 ms of CPU at ten years.
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
            self.runner.progressed.connect(
                lambda done, total, _w: self.progressed.emit(done, total)
            )
            self.runner.finished.connect(self._found)
            self.runner.failed.connect(self._search_failed)

        def work(progress):
            return delegation_check.search_beside(
                store, lambda done, total: progress(done, total, "")
            )

        self.runner.start(work)

    def stop(self) -> None:
        """The window closes or opens another file: stop before the next step, and wait."""
        self._starting = False
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def _found(self, found: dict) -> None:
        if self.store.closed:
            return
        delegation_check.adopt(self.store, found)
        self._check_next = True
        self.ready.emit()

    def _search_failed(self, error: object) -> None:
        # Never a dialog: the check then searches on the GUI thread, as it did before.
        applog.logger.warning("Delegationskontrollens sökning i bakgrunden misslyckades: %s", error)
        self._failed = True
        if not self.store.closed:
            self.ready.emit()
