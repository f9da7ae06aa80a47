"""Expediera from the Uppföljning tab: the folder asked for, the utdrag written and logged,
what went to whom said; what was already sent goes again only when the secretary says so.

The utdrag are written off the GUI thread, on a read-only connection of their own
(services.store.reading), and logged on the window's connection when they are: on the
GUI thread, a ten-year file's meeting of 30 §§ and twelve recipients held the window
still for 1.7 s (bench/after_meeting.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.expediering import Utskick
from ksdesk.services import expediering
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_sentence
from ksdesk.ui.worker import BackgroundRunner, WorkingSign

TITLE = "Expediera"


class SendOut(QObject):
    """One expediering at a time for its widget; `done` is called with what was sent, once
    it is in the log."""

    def __init__(self, parent: QWidget, store: Store, done) -> None:
        super().__init__(parent)
        self.widget, self.store, self.done = parent, store, done
        self.sign = WorkingSign(parent)  # the cursor and the status bar while it is made
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self.sign.clear)
        self.asked: tuple[int, Path, date] | None = None  # meeting, folder, day: under way

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def ask(self, meeting_id: int, day: date) -> None:
        """The folder asked for, then the utdrag written on the worker (a second click while
        they are is not a second expediering)."""
        if self.busy:
            return
        folder = QFileDialog.getExistingDirectory(self.widget, "Mapp för protokollsutdragen")
        if folder:
            self._start(meeting_id, Path(folder), day, again=False)

    def stop(self) -> None:
        """The window closes: nothing more is written or said."""
        self.asked = None
        self.runner.cancel()
        self.runner.wait()
        self.sign.clear()

    def _start(self, meeting_id: int, folder: Path, day: date, *, again: bool) -> None:
        self.asked = (meeting_id, folder, day)
        if self.store.path is not None:  # written on the worker: say so meanwhile
            self.sign.show("Skriver protokollsutdragen…")
        self.runner.start_reading(
            self.store,
            lambda reader: expediering.write_utdrag(reader, meeting_id, folder, day, again=again),
        )

    def _written(self, written: object) -> None:
        self.sign.clear()
        asked, self.asked = self.asked, None
        if asked is None or not isinstance(written, expediering.Written):
            return
        try:
            sent = expediering.record(self.store, written)
        except KsdeskError as error:
            QMessageBox.warning(self.widget, TITLE, str(error))
            return
        self.done(sent)  # the tab announces it (Topic.PROTOKOLL) and shows the log
        _tell(self.widget, asked[1], sent)

    def _failed(self, error: object) -> None:
        self.sign.clear()
        asked, self.asked = self.asked, None
        if asked is None:
            return
        if isinstance(error, expediering.AlreadySent):
            again = QMessageBox.question(
                self.widget,
                TITLE,
                f"{error}\n\nSkicka alla protokollsutdrag igen?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if again == QMessageBox.StandardButton.Yes:
                self._start(*asked, again=True)
            return
        if isinstance(error, KsdeskError):
            message = str(error)
        else:
            message = failure_sentence("Protokollsutdragen kunde inte skrivas", error)
        QMessageBox.warning(self.widget, TITLE, message)


def _tell(parent: QWidget, folder: Path, sent: list[Utskick]) -> None:
    lines = [f"{u.mottagare}: § {', '.join(map(str, u.paragrafer))}" for u in sent]
    QMessageBox.information(
        parent,
        "Expedierat",
        f"{len(sent)} protokollsutdrag är skrivna till {folder}:\n\n" + "\n".join(lines),
    )
