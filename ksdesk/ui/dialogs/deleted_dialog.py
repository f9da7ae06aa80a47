"""Arkiv → Team → Borttaget på servern: the meetings and other units deleted on the kansli's
server, and the rows deleted inside live ones (an ärende, a bilaga, a förvaltningsbesvär), that
this secretary may bring back; "Återställ" writes the chosen one back into the file and syncs,
so every laptop gets it at its next pull (services/team_deleted.py).

A row the server kept nothing of (deleted before server step s1803) may be in this laptop's
own backups: "Sök i säkerhetskopiorna" looks, and "Återställ" then brings it back from the
newest backup that holds it (services/team_deleted_backup.py).

The talks with the server and the search of the backups run on a worker (ui.worker) with
connections of their own to the file, so the window never waits for the network or the disk:
a server that does not answer takes its connect timeout (seconds) to say so. While one runs
the dialog says what it does, and no button starts another. The team bar stops its own
syncing while the dialog is open (a restore syncs the file)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QTableView, QWidget

from ksdesk.core import team_no_answer
from ksdesk.core.errors import ServerUnavailable
from ksdesk.core.team_deleted import ROW, UNIT, DeletedThing, rows_words
from ksdesk.core.team_no_answer import no_answer
from ksdesk.services import team_deleted, team_deleted_backup
from ksdesk.services.store import Store
from ksdesk.services.team_deleted_backup import FoundInBackup
from ksdesk.ui.dialogs.busy_jobs import BusyJobs
from ksdesk.ui.failures import failure_text
from ksdesk.ui.forms.ui_deleted_dialog import Ui_DeletedDialog
from ksdesk.ui.models.deleted_model import DeletedModel, capital
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.column_priority import UNCAPPED, PriorityColumns
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

NONE = "<i>Inget borttaget på servern som du kan återställa.</i>"
LISTING = "Hämtar listan från servern …"
# Said as the terminal says it (cli/restore_commands.py) and the team's other windows do.
NO_ANSWER_LIST = no_answer(team_no_answer.LIST_DELETED)
NO_ANSWER_RESTORE = no_answer(team_no_answer.RESTORE)
WAIT = "Vänta tills återställningen är klar: den skriver i filen och på servern."
NOT_KEPT = "Servern har inte kvar innehållet: det togs bort innan servern sparade det som tas bort."
ASK_BACKUPS = " Den här datorns egna säkerhetskopior kan ha det: Sök i säkerhetskopiorna."
SERVER_BACKUP = " Den som administrerar servern kan hämta det ur en säkerhetskopia av servern."
NOT_IN_BACKUPS = " Ingen av den här datorns säkerhetskopior har det heller."
AS_THEN = (
    " Återställ ger tillbaka det som det var då: det som ändrades efter kopian kommer inte med."
)


def restored_text(restored: team_deleted.Restored) -> str:
    """What the secretary is told after a restore (plain text)."""
    what = capital(restored.what)
    if not restored.sent:
        return (
            f"{what} är återställt i filen, men servern slutade svara innan det hann skickas: "
            "det skickas vid nästa synkning."
        )
    if not restored.on_server:
        return (
            f"{what} är återställt i filen, men servern tog inte emot det: lös konflikten "
            "(Arkiv → Team → Konflikter)."
        )
    return f"{what} är återställt och finns på servern igen."


class DeletedDialog(BusyJobs, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeletedDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, self.width(), self.height())
        self.store = store
        self.model = DeletedModel()
        self.ui.deleted_table.setModel(self.model)
        setup_table(self.ui.deleted_table, owner_fits_columns=True)
        self.columns = deleted_columns(self.ui.deleted_table)
        self.restoring: str | None = None  # what the restore running now brings back
        # Rows the server kept nothing of, looked for in this laptop's backups.
        self.found: dict[str, FoundInBackup | None] = {}
        self._start_jobs()
        self.runner.progressed.connect(self._progressed)
        self.ui.deleted_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._selected()
        )
        self.ui.restore_button.clicked.connect(self.restore)
        self.ui.reload_button.clicked.connect(self.reload)
        self.ui.backup_button.clicked.connect(self.search_backups)
        self.ui.close_button.clicked.connect(self.reject)
        self.reload()

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the server for the list (on the worker; the answer fills the table)."""
        if self.runner.busy:
            return
        self.ui.message_label.clear()
        self._run(
            LISTING,
            lambda _progress, store=self.store: team_deleted.deleted_beside(store),
            self._listed,
            self._list_failed,
        )

    def _listed(self, things: object) -> None:
        self._show_busy(None)
        self._show_list(things)  # type: ignore[arg-type]

    def _show_list(self, things: list[DeletedThing]) -> None:
        self.model.set_rows(things)
        if things:
            self.ui.deleted_table.selectRow(0)
        self._selected()

    def _list_failed(self, error: object) -> None:
        self._show_busy(None)
        self.model.set_rows([])
        text = NO_ANSWER_LIST if isinstance(error, ServerUnavailable) else failure_text(error)
        self.ui.message_label.setText(warning_html(text))
        self._selected()

    def current(self) -> DeletedThing | None:
        row = self.ui.deleted_table.currentIndex().row()
        return self.model.row_object(row) if 0 <= row < self.model.rowCount() else None

    def _selected(self) -> None:
        thing = self.current()
        busy = self.runner.busy
        found = self.found.get(thing.ref) if thing is not None else None
        self.ui.restore_button.setEnabled(
            thing is not None and (thing.restorable or found is not None) and not busy
        )
        self.ui.backup_button.setEnabled(
            thing is not None
            and not thing.restorable
            and thing.typ == ROW
            and thing.ref not in self.found
            and not busy
        )
        if busy:
            return  # the busy line says what happens; the message stays as it was
        message = self.ui.message_label
        if self.model.rowCount() == 0:
            if not message.text():
                message.setText(NONE)
            return
        if thing is not None:
            message.setText(self._about(thing))

    def _about(self, thing: DeletedThing) -> str:
        """What Återställ would do with `thing`, or why it cannot (rich text)."""
        if thing.restorable:
            back = (
                f"Det kommer tillbaka som det var när det togs bort ({rows_words(thing.rows)})."
                if thing.typ == UNIT
                else "Det kommer tillbaka på sin plats, med det som togs bort under det "
                "samtidigt (en tjänsteskrivelse, bilagor …)."
            )
            return f"<span style='color:{MUTED_COLOR}'>{back}</span>"
        if thing.typ != ROW:
            return warning_html(NOT_KEPT + SERVER_BACKUP)
        if thing.ref not in self.found:
            return warning_html(NOT_KEPT + ASK_BACKUPS)
        found = self.found[thing.ref]
        if found is None:
            return warning_html(NOT_KEPT + NOT_IN_BACKUPS + SERVER_BACKUP)
        return f"<span style='color:{MUTED_COLOR}'>{escape(found.line() + AS_THEN)}</span>"

    # -- this laptop's backups ---------------------------------------------------------------

    def search_backups(self) -> None:
        """Look for the chosen row, which the server kept nothing of, in this laptop's own
        backups (on the worker, one backup after another, newest first)."""
        thing = self.current()
        if thing is None or thing.restorable or thing.typ != ROW or self.runner.busy:
            return
        self.ui.message_label.clear()
        self._run(
            "Söker i datorns säkerhetskopior …",
            lambda progress, store=self.store: team_deleted_backup.find_beside(
                store, thing.ref, progress
            ),
            lambda found: self._searched(thing, found),
            self._search_failed,
        )

    def _progressed(self, done: int, total: int, when: str) -> None:
        self.ui.busy_label.setText(
            f"Söker i datorns säkerhetskopior: {done + 1} av {total} (från {when}) …"
        )

    def _searched(self, thing: DeletedThing, found: object) -> None:
        self.found[thing.ref] = found  # type: ignore[assignment]
        self._show_busy(None)

    def _search_failed(self, error: object) -> None:
        self._show_busy(None)
        self.ui.message_label.setText(warning_html(failure_text(error)))

    # -- restoring ---------------------------------------------------------------------------

    def restore(self) -> None:
        thing = self.current()
        if thing is None or self.runner.busy:
            return  # a second click while one runs starts nothing
        store, found = self.store, self.found.get(thing.ref)
        if thing.restorable:
            what = thing.what

            def work(_progress):
                return team_deleted.restore_beside(store, thing)
        elif found is not None:
            what, name = found.what, found.backup.name

            def work(_progress):
                return team_deleted_backup.restore_beside(store, thing.ref, name)
        else:
            return
        self.restoring = what
        self.ui.message_label.clear()
        self._run(
            f"Återställer {what} och synkar filen med servern …",
            work,
            self._restored,
            self._restore_failed,
        )

    def _restored(self, result: object) -> None:
        restored, things = result  # type: ignore[misc]
        self.restoring = None
        self._show_busy(None)
        announce(None)  # written beside the window's connection: every tab reads again
        self._show_list(things)
        self.ui.message_label.setText(escape(restored_text(restored)))

    def _restore_failed(self, error: object) -> None:
        self.restoring = None
        self._show_busy(None)
        text = NO_ANSWER_RESTORE if isinstance(error, ServerUnavailable) else failure_text(error)
        self._selected()
        self.ui.message_label.setText(warning_html(text))

    # -- the worker --------------------------------------------------------------------------

    def _busy_changed(self, doing: str | None) -> None:
        ui = self.ui
        ui.reload_button.setEnabled(doing is None)
        ui.close_button.setEnabled(self.restoring is None)
        self._selected()

    def done(self, result: int) -> None:
        if self.restoring is not None:  # it writes the file: it finishes, then the dialog
            self.ui.message_label.setText(warning_html(WAIT))
            return
        # A list still coming is dropped: its thread reads only, and ends by itself.
        self.runner.cancel()
        super().done(result)


def deleted_columns(table: QTableView) -> PriorityColumns:
    """What was deleted is what the secretary reads to choose, and it was squeezed to "rttag"
    beside a Ligger i fitted to its whole text (walk35 #10). Now it takes what is spare, Ligger
    i and Av wrap, När stays whole, and Organ (Ligger i names it too) goes first."""
    vad, ligger_i, organ, nar, av = range(5)
    return PriorityColumns(
        table,
        priority=(vad, nar, ligger_i, av, organ),
        whole=(nar,),
        stretch=vad,
        wrapped={vad: UNCAPPED, ligger_i: 240, av: 120},
        least={organ: 100},
    )
