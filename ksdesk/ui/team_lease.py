"""Arkiv → Team → Checka ut / Checka in / Bryt utcheckning: the talk with the server runs on a
worker (ui.worker) with a connection of its own to the file (services.team.checka_ut_beside
and its siblings), so the window never waits for the network: a server that does not answer
takes its connect timeout (seconds) to say so, in Swedish (core/team_no_answer.py, as the
terminal says it). Meanwhile the status bar says what runs and the Team menu's actions are
off, so a second click starts nothing. The window's own sync waits: a lease is taken only
when none runs (the team bar's when_idle), and none starts while it runs.

Breaking a colleague's check-out asks first, naming whose it is and since when (as this file
last heard) and that nothing the colleague did is lost. Whether the user is the organ's
administrator only the server knows: the entry is there for every secretary, and one who is
not is told so by the server, with whom to ask instead (db/server/server_repo.break_lease)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core import team_no_answer
from ksdesk.core.errors import ServerUnavailable
from ksdesk.core.format import format_date
from ksdesk.core.team import Lease, when_in_text
from ksdesk.core.team_no_answer import no_answer
from ksdesk.services import team
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_text
from ksdesk.ui.undo import announce
from ksdesk.ui.worker import BackgroundRunner

if TYPE_CHECKING:
    from ksdesk.ui.team_bar import TeamBar

OUT, IN, BREAK = "ut", "in", "bryt"
CHOOSE = "Välj ett sammanträde först."
DOING = {
    OUT: "Checkar ut sammanträdet den {day} …",
    IN: "Checkar in sammanträdet den {day} …",
    BREAK: "Bryter utcheckningen av sammanträdet den {day} …",
}
WAITING = {OUT: "checkar ut", IN: "checkar in", BREAK: "bryter utcheckningen"}
CHECKED_OUT = (
    "Sammanträdet är utcheckat av dig ({holder}). Du kan arbeta med det offline; checka in "
    "det när du är klar."
)
CHECKED_IN = "Sammanträdet är incheckat: ändringarna finns på servern."
BROKEN = (
    "Utcheckningen är bruten: sammanträdet kan ändras igen. Det som {holder} ändrat sparas "
    "som en konfliktkopia på servern när den datorn synkar."
)
NO_ANSWER_OUT = no_answer(team_no_answer.CHECK_OUT)
NO_ANSWER_IN = no_answer(team_no_answer.CHECK_IN)
NOT_CHECKED_OUT = (
    "Sammanträdet den {day} är inte utcheckat av någon kollega (så som filen såg det vid den "
    "senaste synkningen): det finns ingen utcheckning att bryta."
)
YOURS = (
    "Sammanträdet den {day} är utcheckat av dig. Checka in det i stället (Arkiv → Team → "
    "Checka in), så skickas dina ändringar och kollegerna kan ändra det igen."
)
ASK_TITLE = "Bryt utcheckning"
ASK = "Sammanträdet den {day} ({organ}) är utcheckat av {holder} sedan {since}."
ASK_MORE = (
    "Bryter du utcheckningen kan du och kollegerna ändra sammanträdet igen. Det som {holder} "
    "har ändrat går inte förlorat: när den datorn synkar sparas arbetet som en konfliktkopia "
    "på servern och visas som en konflikt där.\n\nBara organets administratör kan bryta en "
    "utcheckning. Är du inte det säger servern till, och ingenting ändras."
)
BREAK_BUTTON = "&Bryt utcheckningen"


class LeaseActions(QObject):
    """Checks the window's chosen meeting out or in, or breaks a colleague's check-out of
    it, one at a time, off the GUI thread."""

    def __init__(self, bar: TeamBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.kind = OUT
        self.holder = ""  # whose check-out is being broken, as the file last heard
        self.store: Store | None = None  # the file the running job writes
        self.asked = False  # asked for, waiting for the window's sync or running
        self.dropped = False  # the window let the file go while the job ran

    @property
    def busy(self) -> bool:
        return self.asked or self.runner.busy

    def ask(self, *, checkout: bool) -> None:
        self._ask(OUT if checkout else IN)

    def ask_break(self) -> None:
        self._ask(BREAK)

    def _ask(self, kind: str) -> None:
        if self.busy:
            return  # a second click (or its shortcut) while one runs starts nothing
        bar = self.bar
        meeting = bar.selected_meeting()
        if meeting is None:
            QMessageBox.information(bar.window, "Team", CHOOSE)
            return
        store = bar.store
        organ = team.organ_name(store, meeting.organ_id)
        holder = ""
        if kind == BREAK:
            lease = team.lease_of(store, meeting.uuid)
            if not _confirm_break(bar.window, meeting.date, organ, lease):
                return
            holder = lease.holder if lease else ""
        self.asked = True
        bar.enable_actions(False)
        bar.when_idle(lambda: self._start(store, meeting.date, organ, kind, holder), WAITING[kind])

    def forget(self) -> None:
        """The file is let go (another opened, the window closed): a job asked for and
        still waiting for the window's sync is not started on it, and one running
        finishes (the team bar waits for it) without restarting the bar or saying more."""
        self.asked = self.dropped = self.runner.busy

    def _start(self, store: Store, day: date, organ: str, kind: str, holder: str) -> None:
        if store is not self.bar.store:  # another file was opened meanwhile
            self.asked = False
            return
        self.kind, self.holder, self.store = kind, holder, store
        self.bar.show_status(DOING[kind].format(day=format_date(day)))
        self.bar.enable_actions(False)
        work = {
            OUT: team.checka_ut_beside,
            IN: team.checka_in_beside,
            BREAK: team.bryt_utcheckning_beside,
        }[kind]
        self.runner.start(lambda _progress: work(store, day, organ))

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
        message = {
            OUT: CHECKED_OUT.format(holder=holder),
            IN: CHECKED_IN,
            BREAK: BROKEN.format(holder=holder),
        }[self.kind]
        QMessageBox.information(self.bar.window, "Team", message)

    def _failed(self, error: object) -> None:
        if not self._ended():
            return
        if isinstance(error, ServerUnavailable):
            text = {
                OUT: NO_ANSWER_OUT,
                IN: NO_ANSWER_IN,
                BREAK: no_answer(team_no_answer.breaking(self.holder)),
            }[self.kind]
        else:
            text = failure_text(error)
        QMessageBox.warning(self.bar.window, "Team", text)


def _confirm_break(parent: QWidget, day: date, organ: str, lease: Lease | None) -> bool:
    """Whether to break the colleague's check-out: said why not (nobody's, or the user's
    own), or asked, naming whose it is and since when. Avbryt is the default: the lease is
    a colleague's."""
    shown = format_date(day)
    if lease is None or lease.mine:
        text = YOURS if lease is not None else NOT_CHECKED_OUT
        QMessageBox.information(parent, ASK_TITLE, text.format(day=shown))
        return False
    box = QMessageBox(QMessageBox.Icon.Question, ASK_TITLE, "", parent=parent)
    since = when_in_text(lease.since)  # "6 december" stays on one line at 150 %
    box.setText(ASK.format(day=shown, organ=organ, holder=lease.holder, since=since))
    box.setInformativeText(ASK_MORE.format(holder=lease.holder))
    breaking = box.addButton(BREAK_BUTTON, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is breaking
