"""Arkiv → Team → Konflikter: each unit changed here and on the server (or checked out by a
colleague, or a broken lease's work), both versions side by side, field by field. The
secretary keeps hers, takes the server's, or merges: ticked rows from the server, the rest
from her file. Whatever is not taken is kept in the file; nothing is silently lost."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.team import KIND_NAMES, when
from ksdesk.services import team_conflicts
from ksdesk.services.store import Store
from ksdesk.services.team_conflicts import LOKAL, SERVER, RowDifference
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

Index = QModelIndex | QPersistentModelIndex

# The stored column names the secretary meets most, in her words.
FIELD_NAMES = {
    "place": "Plats",
    "date": "Datum",
    "time": "Tid",
    "title": "Rubrik",
    "name": "Namn",
    "dnr": "Dnr",
    "text": "Text",
    "heading": "Rubrik",
    "nr": "Nummer",
    "position": "Plats i ordningen",
    "status": "Status",
    "proposal": "Förslag till beslut",
    "secret": "Sekretess",
    "beslut": "Beslut",
    "paragraf": "§",
    "party": "Parti",
    "role": "Roll",
    "fil": "Fil (sha256)",
}
MISSING = "(finns inte)"
ONLY_HERE = "(bara här)"
ONLY_SERVER = "(bara på servern)"


@dataclass
class Line:
    """One line of the side-by-side table: a field of a row that differs."""

    difference: RowDifference
    first: bool  # the row's first line (its label and its tick box)
    field: str
    lokal: Any
    server: Any


def _shown(value: Any) -> str:
    if value is None:
        return "–"
    text = str(value)
    return text if len(text) <= 160 else text[:157] + "…"


class SideBySide(ObjectTableModel[Line]):
    """Rad | Fält | Min version | Serverns version, with a tick box on each row's first line:
    ticked, the server's row is taken in a merge."""

    columns = (
        ColumnSpec("Rad", lambda line: line.difference.label if line.first else ""),
        ColumnSpec("Fält", lambda line: FIELD_NAMES.get(line.field, line.field)),
        ColumnSpec("Min version", lambda line: _shown(line.lokal)),
        ColumnSpec("Serverns version", lambda line: _shown(line.server)),
    )

    def __init__(self) -> None:
        super().__init__()
        self.from_server: set[str] = set()

    def show(self, differences: list[RowDifference]) -> None:
        lines: list[Line] = []
        for difference in differences:
            fields = difference.fields or [("", None, None)]
            if difference.lokal is None:
                fields = [("", MISSING, ONLY_SERVER)]
            elif difference.server is None:
                fields = [("", ONLY_HERE, MISSING)]
            for index, (name, mine, theirs) in enumerate(fields):
                lines.append(Line(difference, index == 0, name, mine, theirs))
        self.from_server = set()
        self.set_rows(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0 and self.row_object(index.row()).first:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_object(index.row()) if index.isValid() else None
        if line is not None and role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if not line.first:
                return None
            taken = line.difference.key in self.from_server
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if line is not None and role == Qt.ItemDataRole.ToolTipRole and index.column() >= 2:
            value = line.lokal if index.column() == 2 else line.server
            return str(value) if value is not None else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.row_object(index.row()).difference.key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.from_server.add(key)
        else:
            self.from_server.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True


class ConflictDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Konflikter mot servern")
        resize_within_screen(self, 1000, 560)
        self.store = store
        self.conflicts: list = []
        self.listing = QListWidget()
        self.listing.setObjectName("conflict_list")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = SideBySide()
        self.table = QTableView()
        self.table.setObjectName("side_by_side")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=3, widths={2: 300})
        self.keep_mine = QPushButton("Behåll min version")
        self.take_server = QPushButton("Ta serverns version")
        self.merge = QPushButton("Slå ihop: markerade rader från servern")
        self.keep_mine.clicked.connect(lambda: self._resolve(LOKAL))
        self.take_server.clicked.connect(lambda: self._resolve(SERVER))
        self.merge.clicked.connect(lambda: self._resolve(LOKAL, merge=True))
        self._lay_out()
        self.listing.currentRowChanged.connect(self._show)
        self.reload()

    def _lay_out(self) -> None:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.take_server, self.merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.listing)
        splitter.addWidget(right)
        splitter.setSizes([260, 740])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def reload(self) -> None:
        self.conflicts = team_conflicts.list_conflicts(self.store)
        self.listing.clear()
        for conflict in self.conflicts:
            kind = KIND_NAMES.get(conflict.typ, conflict.typ)
            self.listing.addItem(f"{conflict.rubrik}\n{kind} · {conflict.server['orsak']}")
        if self.conflicts:
            self.listing.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        for button in (self.keep_mine, self.take_server, self.merge):
            button.setEnabled(has)
        if not has:
            self.heading.setText(
                "<i>Inga konflikter: allt är synkat eller väntar på att skickas.</i>"
            )
            self.model.show([])
            return
        conflict = self.conflicts[row]
        stored = team_conflicts.get(self.store, conflict.uuid)
        self.model.show(team_conflicts.differences(self.store, stored))
        self.heading.setText(_heading(conflict))

    def _resolve(self, keep: str, *, merge: bool = False) -> None:
        conflict = self.conflicts[self.listing.currentRow()]
        choices = None
        if merge:
            choices = {key: SERVER for key in self.model.from_server}
        try:
            team_conflicts.resolve(self.store, conflict.uuid, keep, choices)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte lösa konflikten", str(error))
            return
        announce(None)
        self.reload()


def _heading(conflict) -> str:
    server, lokal = conflict.server, conflict.lokal
    why = server.get("beskrivning") or server.get("orsak", "")
    why = why[:1].upper() + why[1:]
    who = server.get("andrad_av") or "någon"
    at = when(server["andrad"]) if server.get("andrad") else ""
    return (
        f"<h3 style='margin:0'>{escape(conflict.rubrik)}</h3>"
        f"<p style='margin:2px 0'>{warning_html(why)}<br>"
        f"<span style='color:{MUTED_COLOR}'>Serverns version: ändrad av {escape(who)} "
        f"{escape(at)}. Din version: {lokal['skillnader']} rader skiljer sig. Det du inte "
        "väljer sparas i filen.</span></p>"
    )
