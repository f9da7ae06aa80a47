"""Arkiv → Team → Borttaget på servern: the meetings and other units deleted on the kansli's
server, and the rows deleted inside live ones (an ärende, a bilaga, a förvaltningsbesvär), that
this secretary may bring back; "Återställ" writes the chosen one back into the file and syncs,
so every laptop gets it at its next pull (services/team_deleted.py).

The list comes from the server when the dialog opens; the team bar stops its own syncing
while the dialog is open (a restore syncs on the window's connection)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.team import KIND_NAMES, when
from ksdesk.core.team_deleted import UNIT, DeletedThing
from ksdesk.services import team_deleted
from ksdesk.services.store import Store
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

INTRO = (
    "Det här har tagits bort på kansliets server, och du får återställa det (ditt organs och "
    "kansliets gemensamma register). Det som återställs skickas till servern och kommer "
    "tillbaka på varje dator vid nästa synkning."
)
NONE = "<i>Inget borttaget på servern som du kan återställa.</i>"


def _where(thing: DeletedThing) -> str:
    if thing.typ == UNIT:
        return "–"
    return f"{KIND_NAMES.get(thing.kind, thing.kind)} {thing.unit_title}"


class DeletedModel(ObjectTableModel[DeletedThing]):
    """Borttaget | Ligger i | Organ | När | Av."""

    columns = (
        ColumnSpec("Borttaget", lambda thing: thing.what[:1].upper() + thing.what[1:]),
        ColumnSpec("Ligger i", _where),
        ColumnSpec("Organ", lambda thing: thing.organ),
        ColumnSpec(
            "När",
            lambda thing: when(thing.deleted_at) if thing.deleted_at else "–",
            sort=lambda thing: thing.deleted_at,
        ),
        ColumnSpec("Av", lambda thing: thing.deleted_by or "–"),
    )


@contextlib.contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class DeletedDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Borttaget på servern")
        resize_within_screen(self, 980, 480)
        self.store = store
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.model = DeletedModel()
        self.table = QTableView()
        self.table.setObjectName("deleted_table")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=0)
        self.message = QLabel()
        self.message.setObjectName("deleted_message")
        self.message.setWordWrap(True)
        self.restore_button = QPushButton("&Återställ")
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.reload()

    def reload(self) -> bool:
        """The list from the server; False (and why, in the dialog) when it cannot be had."""
        try:
            with _waiting():
                things = team_deleted.deleted(self.store)
        except KsdeskError as error:
            self.model.set_rows([])
            self.message.setText(warning_html(str(error)))
            self._selected()
            return False
        self.model.set_rows(things)
        if things:
            self.table.selectRow(0)
        self._selected()
        return True

    def current(self) -> DeletedThing | None:
        row = self.table.currentIndex().row()
        return self.model.row_object(row) if 0 <= row < self.model.rowCount() else None

    def _selected(self) -> None:
        thing = self.current()
        self.restore_button.setEnabled(thing is not None and thing.restorable)
        if self.model.rowCount() == 0:
            if not self.message.text():
                self.message.setText(NONE)
            return
        if thing is not None and not thing.restorable:
            self.message.setText(
                warning_html(
                    "Servern har inte kvar innehållet: det togs bort innan servern sparade det "
                    "som tas bort. Den som administrerar servern kan hämta det ur en "
                    "säkerhetskopia."
                )
            )
        elif thing is not None:
            back = (
                f"Det kommer tillbaka som det var när det togs bort ({thing.rows} rader)."
                if thing.typ == UNIT
                else "Det kommer tillbaka på sin plats, med det som togs bort under det "
                "samtidigt (en tjänsteskrivelse, bilagor …)."
            )
            self.message.setText(f"<span style='color:{MUTED_COLOR}'>{back}</span>")

    def restore(self) -> None:
        thing = self.current()
        if thing is None or not thing.restorable:
            return
        try:
            with _waiting():
                if thing.typ == UNIT:
                    restored = team_deleted.restore_unit(self.store, thing.ref)
                else:
                    restored = team_deleted.restore_row(self.store, thing.ref)
        except KsdeskError as error:
            self.message.setText(warning_html(str(error)))
            return
        announce(None)
        what = restored.what[:1].upper() + restored.what[1:]
        done = (
            f"{what} är återställt och finns på servern igen."
            if restored.on_server
            else f"{what} är återställt i filen, men servern tog inte emot det: lös konflikten "
            "(Arkiv → Team → Konflikter)."
        )
        self.reload()
        self.message.setText(done)
