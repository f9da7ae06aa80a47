"""The text of bilagor that the search index has not read yet, read in the background.

A bilaga attached in ksdesk is read when it is saved. Files that came another way are only
queued (step m1306's triggers keep the queue): those in a file from before search existed,
and those a team pull brings in. `ksdesk sok` reads the queue before it searches. The window
reads it here, and after it the PDFs an older ksdesk read with pypdf (step m1806), a batch
at a time, so that the search field finds what the PDFs say without the secretary ever
running a command. Reading the files and storing their text (which indexes
every bilaga holding them again) both run on a worker thread, through a connection of its
own beside the window's (services.search.store_unread_beside). When the queue is empty the
status line says what is new: bilagor searchable for the first time, and those whose file
read again gave another text; a file read again to the text the index held was searchable
already, and is not announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

from ksdesk import applog
from ksdesk.core.format import format_count
from ksdesk.services import search

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner

# A batch is BATCH files at most, and no more than ROWS bilagor indexed again with their file's
# text, each file (or share of a file's bilagor) in a write transaction of its own beside the
# window's, so that a save in the window never waits long for one (bench/bilaga_reread.py).
# Closing the window waits for at most one batch.
BATCH = 20
ROWS = 8
# After a change in the window (an edit, a team pull) the next batch waits until the file has
# been left alone this long: a secretary's saves come in runs, and each save made while a
# batch writes waits for it (bench/bilaga_reread.py).
QUIET_MS = 2000


class BilagaTexts(QObject):
    """Reads the queue of unread files of the window's database until it is empty. Start it
    whenever files may have been queued (`start`: one lookup when there are none)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.runner: BackgroundRunner | None = None
        self._store: Store | None = None  # the database the running batch works on
        # Bilagor since the queue was last found empty whose file's text is searchable for
        # the first time, and whose file read again (step m1806) gave another text: a file
        # read again to the text the index held is searchable as before, and not announced.
        self.new = 0
        self.changed = 0
        self._stored: set[str] = set()  # files stored: one stored again means a stuck queue
        self._since_change = QElapsedTimer()  # since the window's last change (invalid: none)
        self._later = QTimer(self)  # the next batch, once the window has been left alone
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.start)

    def on_data_changed(self, *_args) -> None:
        """The data changed (KsdeskApp.data_changed): files may have been queued; the next
        batch waits for QUIET_MS without a change."""
        self._since_change.start()
        self.start()

    def start(self, *_args) -> None:
        store = self.window.store
        if self.runner is not None and self.runner.busy:
            return  # the batch under way goes on to the next when it is done
        if store.read_only or store.path is None or store.closed:
            return  # written by the ksdesk that writes the file
        if self._since_change.isValid() and self._since_change.elapsed() < QUIET_MS:
            self._later.start(QUIET_MS - self._since_change.elapsed())
            return  # the secretary is at work: her saves go first
        if not search.files_to_read(store, 1):
            self._done()
            return
        if self.runner is None:
            from ksdesk.ui.worker import BackgroundRunner

            self.runner = BackgroundRunner(self)
            self.runner.finished.connect(self._stored_batch)
            self.runner.failed.connect(self._failed)
        self._store = store

        def work(progress):
            return search.store_unread_beside(
                store, BATCH, ROWS, lambda done, total: progress(done, total, "")
            )

        self.runner.start(work)

    def _stored_batch(self, stored: search.StoredTexts) -> None:
        store = self.window.store
        if store is not self._store or store.closed:
            return  # another file is open now: its own queue is read from the start
        if not stored.shas and not stored.documents:
            self._done()
            return
        if self._stored.intersection(stored.shas):  # stored, yet queued again: never go round
            applog.logger.warning("Bilagornas text: kön töms inte (%d filer)", len(stored.shas))
            return
        self.new += stored.new
        self.changed += stored.changed
        self._stored.update(stored.shas)
        self.start()

    def _done(self) -> None:
        """The queue is empty: said once, when a text was new to the index."""
        message = status_message(self.new, self.changed)
        if message:
            self.window.ui.status_bar.showMessage(message, 10_000)
        self._forget()

    def _forget(self) -> None:
        self.new = self.changed = 0
        self._stored.clear()

    def _failed(self, error: object) -> None:
        # Never a dialog: the search still finds everything else, and the next start tries
        # again. A file that cannot be read at all is stored as unreadable (read_files).
        applog.logger.warning("Bilagornas text kunde inte läsas för sökningen: %s", error)

    def stop(self) -> None:
        """Closing the database: a batch under way stops before the next file it reads (one
        being stored is stored whole)."""
        self._later.stop()
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()
        self._forget()


def status_message(new: int, changed: int) -> str:
    """What the status line says when the queue is empty: "Texten i 3 bilagor är nu
    sökbar.", "Texten i 2 bilagor har lästs om för sökningen.", both, or nothing."""
    if new and changed:
        return (
            f"Texten i {_bilagor(new)} är nu sökbar, och texten i {_bilagor(changed)} har lästs om."
        )
    if new:
        return f"Texten i {_bilagor(new)} är nu sökbar."
    if changed:
        return f"Texten i {_bilagor(changed)} har lästs om för sökningen."
    return ""


def _bilagor(count: int) -> str:
    return format_count(count, "bilaga", "bilagor")
