"""Arkiv → Team → Konflikter: each unit changed here and on the server (or checked out by a
colleague, or a broken lease's work), both versions side by side, field by field. The
secretary keeps hers, takes the server's, or merges: ticked rows from the server, the rest
from her file. Whatever is not taken is kept in the file; nothing is silently lost.

Nothing here talks to the server: the conflicts and the server's side of each were stored
in the file by the sync that found them (services/team_conflicts.py). But reading them
reads each unit whole, and resolving reads and writes the whole unit, its bilagor included
(0.4-0.7 s for a meeting of 30 ärenden and 200 pages), so both run on a worker (ui.worker)
with connections of their own to the file; meanwhile the dialog says what it does and no
button starts another. The window behind, modal-blocked meanwhile, reads the file again
once, when the dialog closes, and only what the resolves touched (a motion's conflict leaves
the Kallelse tab as it is). The team bar stops its own syncing while the dialog is open (a
sync would push the unit being resolved)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QTableView, QWidget

from ksdesk.core.team import CHANGED_ON_BOTH, KIND_NAMES, Conflict, when
from ksdesk.services import team, team_conflicts
from ksdesk.services.store import Store
from ksdesk.services.team_conflicts import LOKAL, SERVER, RowDifference
from ksdesk.ui.dialogs.busy_jobs import BusyJobs
from ksdesk.ui.failures import failure_text
from ksdesk.ui.forms.ui_conflict_dialog import Ui_ConflictDialog
from ksdesk.ui.models.conflict_model import SideBySide
from ksdesk.ui.undo import announce_once
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.column_priority import PriorityColumns
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

READING = "Läser konflikterna i filen …"
NONE = "<i>Inga konflikter: allt är synkat eller väntar på att skickas.</i>"
DOING = {
    SERVER: "Tar serverns version av {what} …",
    LOKAL: "Behåller din version av {what} …",
    "merge": "Slår ihop {what}: de markerade raderna från servern, resten från din fil …",
}
DONE = {
    SERVER: "{what}: serverns version gäller nu i filen.",
    LOKAL: (
        "{what}: din version gäller för raderna i konflikt; det kollegan ändrat utanför dem "
        "behålls. Allt skickas till servern vid nästa synkning."
    ),
    "merge": (
        "{what}: de markerade raderna är tagna från servern; resten av din version skickas "
        "till servern vid nästa synkning."
    ),
}
KEPT = " Det du inte valde är sparat i filen."
WAIT = "Vänta tills konflikten är löst: det skrivs i filen."
DEFAULT_SIZE = (1000, 620)  # both versions side by side (within the screen: resize_within_screen)


class ConflictDialog(BusyJobs, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, *DEFAULT_SIZE)
        self.store = store
        self.conflicts: list[tuple[Conflict, list[RowDifference]]] = []
        self.model = SideBySide()
        self.ui.side_by_side.setModel(self.model)
        setup_table(self.ui.side_by_side, owner_fits_columns=True)
        self.columns = side_by_side_columns(self.ui.side_by_side)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([260, 740])
        self.resolving: str | None = None  # the choice being written now
        # The kinds of unit a resolve wrote (the file, beside the window's connection): the
        # window reads what concerns them again when the dialog closes.
        self.touched: set[str] = set()
        self.resolving_kind = ""
        self._start_jobs()
        ui = self.ui
        ui.keep_mine_button.clicked.connect(lambda: self.resolve(LOKAL))
        ui.take_server_button.clicked.connect(lambda: self.resolve(SERVER))
        ui.merge_button.clicked.connect(lambda: self.resolve("merge"))
        ui.close_button.clicked.connect(self.reject)
        ui.conflict_list.currentRowChanged.connect(self._show)
        self._run(
            READING,
            lambda _progress: team_conflicts.read_beside(store),
            self._read,
            self._failed,
        )

    def _read(self, conflicts: object) -> None:
        self._show_busy(None)
        self._fill(conflicts)  # type: ignore[arg-type]

    def _fill(self, conflicts: list[tuple[Conflict, list[RowDifference]]]) -> None:
        self.conflicts = conflicts
        listing = self.ui.conflict_list
        listing.blockSignals(True)  # one _show below, not one per row
        listing.clear()
        for conflict, _differences in conflicts:
            kind = KIND_NAMES.get(conflict.typ, conflict.typ)
            listing.addItem(f"{conflict.rubrik}\n{kind} · {conflict.server['orsak']}")
        listing.blockSignals(False)
        listing.setCurrentRow(0 if conflicts else -1)
        self._show(listing.currentRow())

    def current(self) -> Conflict | None:
        row = self.ui.conflict_list.currentRow()
        return self.conflicts[row][0] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        self._enable()
        if not 0 <= row < len(self.conflicts):
            self.ui.heading_label.setText(NONE if not self.runner.busy else "")
            self.model.show([])
            return
        conflict, differences = self.conflicts[row]
        self.model.show(differences)
        self.ui.heading_label.setText(_heading(conflict))

    def _enable(self) -> None:
        on = self.current() is not None and not self.runner.busy
        for button in (self.ui.keep_mine_button, self.ui.take_server_button, self.ui.merge_button):
            button.setEnabled(on)
        self.ui.conflict_list.setEnabled(not self.runner.busy)

    def resolve(self, choice: str) -> None:
        """LOKAL, SERVER or "merge" (the ticked rows from the server), on the worker."""
        conflict = self.current()
        if conflict is None or self.runner.busy:
            return  # a second click while one runs starts nothing
        keep = SERVER if choice == SERVER else LOKAL
        choices = dict.fromkeys(self.model.from_server, SERVER) if choice == "merge" else None
        store, uuid = self.store, conflict.uuid
        self.resolving = DONE[choice].format(what=conflict.rubrik)
        self.resolving_kind = conflict.typ
        self.ui.message_label.clear()
        self._run(
            DOING[choice].format(what=conflict.rubrik),
            lambda _progress: team_conflicts.resolve_beside(store, uuid, keep, choices),
            self._resolved,
            self._failed,
        )

    def _resolved(self, conflicts: object) -> None:
        done, self.resolving = self.resolving or "", None
        self.touched.add(self.resolving_kind)
        self._show_busy(None)
        self._fill(conflicts)  # type: ignore[arg-type]
        self.ui.message_label.setText(escape(done + KEPT))

    def _failed(self, error: object) -> None:
        self.resolving = None
        self._show_busy(None)
        self.ui.message_label.setText(warning_html(failure_text(error)))

    def _busy_changed(self, doing: str | None) -> None:
        self.ui.close_button.setEnabled(self.resolving is None)  # a reading may be dropped
        self._enable()

    def done(self, result: int) -> None:
        if self.resolving is not None:  # it writes the file: it finishes, then the dialog
            self.ui.message_label.setText(warning_html(WAIT))
            return
        self.runner.cancel()  # a reading still going is dropped: it only reads
        super().done(result)
        # Written beside the window's connection: the tabs concerned read again, once,
        # when the window can be used again (not after each resolve, on the GUI thread).
        touched, self.touched = self.touched, set()
        announce_once(team.topics_for_kinds(touched))


def _heading(conflict: Conflict) -> str:
    server, lokal = conflict.server, conflict.lokal
    why = server.get("beskrivning") or server.get("orsak", "")
    why = why[:1].upper() + why[1:]
    who = server.get("andrad_av") or "någon"
    at = when(server["andrad"]) if server.get("andrad") else ""
    count = lokal["skillnader"]
    rows = "1 rad" if count == 1 else f"{count} rader"
    differs = f"{rows} skiljer sig"
    if conflict.reason == CHANGED_ON_BOTH:
        # The other rows merged by themselves: the secretary should know they are safe.
        changed = "ändrad" if count == 1 else "ändrade"
        differs = (
            f"{rows} {changed} på båda håll; det bara en av er ändrat behålls vad du än väljer"
        )
    return (
        f"<h3 style='margin:0'>{escape(conflict.rubrik)}</h3>"
        f"<p style='margin:2px 0'>{warning_html(why)}<br>"
        f"<span style='color:{MUTED_COLOR}'>Serverns version: ändrad av {escape(who)} "
        f"{escape(at)}. Din version: {differs}. Det du inte "
        "väljer sparas i filen.</span></p>"
    )


def side_by_side_columns(table: QTableView) -> PriorityColumns:
    """The two versions are what the secretary compares: at the dialog's first size only Rad
    showed, fitted to its longest text, and the versions were off to the right (walk35 #9).
    Now both versions come first, each wrapped at up to 300 and the server's taking what is
    spare; Rad and Fält wrap and give way first, never narrower than their longest word."""
    rad, falt, mine, server = range(4)
    return PriorityColumns(
        table,
        priority=(server, mine, rad, falt),
        whole=(),
        stretch=server,
        wrapped={rad: 220, falt: 120, mine: 300, server: 300},
        drop=False,
    )
