"""Arkiv → Team → Checka ut / Checka in: the talk with the server runs on a worker (ui.worker)
with a connection of its own to the file (services.team.checka_ut_beside), so the window
never waits for the network: a server that does not answer takes its connect timeout
(seconds) to say so, in Swedish. Meanwhile the status bar says what runs and the Team menu's
actions are off, so a second click starts nothing. The window's own sync waits: a lease is
taken only when none runs (the team bar's _when_idle), and none starts while it runs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ksdesk.core import team_no_answer
from ksdesk.core.errors import ServerUnavailable
from ksdesk.core.format import format_date
from ksdesk.core.team_no_answer import no_answer
from ksdesk.services import team
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_text
from ksdesk.ui.undo import announce
from ksdesk.ui.worker import BackgroundRunner

if TYPE_CHECKING:
    from ksdesk.ui.team_bar import TeamBar

CHOOSE = "Välj ett sammanträde först."
CHECKING_OUT = "Checkar ut sammanträdet den {day} …"
CHECKING_IN = "Checkar in sammanträdet den {day} …"
CHECKED_OUT = (
    "Sammanträdet är utcheckat av dig ({holder}). Du kan arbeta med det offline; checka in "
    "det när du är klar."
)
CHECKED_IN = "Sammanträdet är incheckat: ändringarna finns på servern."
NO_ANSWER_OUT = no_answer(team_no_answer.CHECK_OUT)
NO_ANSWER_IN = no_answer(team_no_answer.CHECK_IN)


class LeaseActions(QObject):
    """Checks the window's chosen meeting out or in, one at a time, off the GUI thread."""

    def __init__(self, bar: TeamBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.checkout = True
        self.store: Store | None = None  # the file the running job writes
        self.asked = False  # asked for, waiting for the window's sync or running
        self.dropped = False  # the window let the file go while the job ran

    @property
    def busy(self) -> bool:
        return self.asked or self.runner.busy

    def ask(self, *, checkout: bool) -> None:
        if self.busy:
            return  # a second click (or its shortcut) while one runs starts nothing
        bar = self.bar
        meeting = bar.selected_meeting()
        if meeting is None:
            QMessageBox.information(bar.window, "Team", CHOOSE)
            return
        store = bar.store
        organ = team.organ_name(store, meeting.organ_id)
        self.asked = True
        bar.enable_actions(False)
        bar.when_idle(
            lambda: self._start(store, meeting.date, organ, checkout),
            "checkar ut" if checkout else "checkar in",
        )

    def forget(self) -> None:
        """The file is let go (another opened, the window closed): a check-out asked for
        and still waiting for the window's sync is not started on it, and one running
        finishes (the team bar waits for it) without restarting the bar or saying more."""
        self.asked = self.dropped = self.runner.busy

    def _start(self, store: Store, day: date, organ: str, checkout: bool) -> None:
        if store is not self.bar.store:  # another file was opened meanwhile
            self.asked = False
            return
        self.checkout, self.store = checkout, store
        doing = CHECKING_OUT if checkout else CHECKING_IN
        self.bar.show_status(doing.format(day=format_date(day)))
        self.bar.enable_actions(False)
        if checkout:
            self.runner.start(lambda _progress: team.checka_ut_beside(store, day, organ))
        else:
            self.runner.start(lambda _progress: team.checka_in_beside(store, day, organ))

    def _ended(self) -> bool:
        """The bar going again; whether the job's file is still the window's (its answer
        then concerns what the secretary sees)."""
        mine = self.store is self.bar.store and not self.dropped
        self.asked = self.dropped = False
        self.store = None
        if mine:
            announce(None)  # written beside the window's connection: every tab reads again
            self.bar.store_changed()
        else:
            self.bar.enable_actions(True)
        return mine

    def _done(self, result: object) -> None:
        if not self._ended():
            return
        self.bar.online = True
        self.bar.show_status()
        holder = getattr(result, "holder", "")  # a Lease; a check-in gives a SyncResult
        message = CHECKED_OUT.format(holder=holder) if self.checkout else CHECKED_IN
        QMessageBox.information(self.bar.window, "Team", message)

    def _failed(self, error: object) -> None:
        if not self._ended():
            return
        if isinstance(error, ServerUnavailable):
            text = NO_ANSWER_OUT if self.checkout else NO_ANSWER_IN
        else:
            text = failure_text(error)
        QMessageBox.warning(self.bar.window, "Team", text)
