"""The rows an import of delegationsbeslut could not save for what the secretary can fill in
(services.delegationsbeslut_import.LackingRow), one a row: Rad, Beslut, a column for each
thing some row lacks, editable where that row lacks it (what the list has is shown grey), and
"Sparas?", which says whether the row is saved as it is now filled in: "nej: saknar …" until
it has what it lacks, "ja" once a reading with what was typed saves it. Each heading says in
its tooltip what the column is (a column named "Läge" said nothing of the kind)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ksdesk.core.listing import and_listed
from ksdesk.services import delegationsbeslut_import as importing

Index = QModelIndex | QPersistentModelIndex

LABELS = {
    importing.FILL_DATE: "Beslutsdatum",
    importing.FILL_DNR: "Diarienummer",
    importing.FILL_DELEGAT: "Beslutsfattare",
}
_FIELDS = (importing.FILL_DATE, importing.FILL_DNR, importing.FILL_DELEGAT)
# What a row lacks, as Sparas? says it: short, the column beside the headings that say it whole.
_SHORT = {
    importing.FILL_DATE: "datum",
    importing.FILL_DNR: "Dnr",
    importing.FILL_DELEGAT: "beslutsfattare",
}
WIDEST = "nej: saknar datum och beslutsfattare"  # a usual answer; Sparas? is as wide
_GREY = QBrush(QColor("#666666"))
STATUS = "Sparas?"
_HEADER_TIPS = {
    "Rad": "Var raden står i filen (raden, och punkten i listan)",
    "Beslut": "Beslutet som listan skriver det",
    STATUS: (
        "Om raden sparas med det som är ifyllt nu. Fyll i det som saknas läser listan igen "
        "och visar det nya svaret här."
    ),
}
_FIELD_TIP = "Grått: det listan har. Tom ruta: det som saknas, fyll i det för raden."
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class BeslutFillModel(QAbstractTableModel):
    """The rows lacking something and what was typed for each (`typed`, by row and field)."""

    def __init__(self, plan: importing.BeslutImport) -> None:
        super().__init__()
        self.rows = list(plan.lacking)
        self.fields = [f for f in _FIELDS if any(f in r.lacks for r in self.rows)]
        self.dnr_choices = list(plan.dnr_choices)
        self.typed: dict[str, dict[str, str]] = {r.where: {} for r in self.rows}
        self.status: dict[str, str] = {}
        self.headers = ["Rad", "Beslut", *(LABELS[f] for f in self.fields), STATUS]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _HEADER_TIPS.get(self.headers[section], _FIELD_TIP)
        return None

    def field_at(self, column: int) -> str | None:
        return self.fields[column - 2] if 2 <= column < 2 + len(self.fields) else None

    def column_of(self, name: str) -> int:
        return 2 + self.fields.index(name)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        name = self.field_at(index.column())
        if name is not None and name in self.rows[index.row()].lacks:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        name = self.field_at(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GREY if name is not None and name not in row.lacks else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and name is None and column > 1:
            return self._status(row)  # the column may be narrower than what it says
        if role not in (_DISPLAY, _EDIT):
            return None
        if column == 0:
            return row.where
        if column == 1:
            return row.text
        if name is None:
            return self._status(row)
        if name in row.lacks:
            return self.typed[row.where].get(name, "")
        return row.read.get(name, "")

    def _status(self, row: importing.LackingRow) -> str:
        return self.status.get(row.where, _lacking(row.lacks))

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        name = self.field_at(index.column())
        row = self.rows[index.row()]
        if role != _EDIT or name is None or name not in row.lacks:
            return False
        self.typed[row.where][name] = " ".join(str(value or "").split())
        self.dataChanged.emit(index, index)
        return True

    def fill_empty(self, name: str, value: str) -> int:
        """`value` in every empty cell of `name` that a row lacks ("Samma för alla")."""
        if name not in self.fields or not value.strip():
            return 0
        done = 0
        for at, row in enumerate(self.rows):
            if name in row.lacks and not self.typed[row.where].get(name):
                done += self.setData(self.index(at, self.column_of(name)), value)
        return done

    def choices(self, index: Index) -> list[str]:
        """The Dnr printed over the list's heading, for a Diarienummer cell."""
        return self.dnr_choices if self.field_at(index.column()) == importing.FILL_DNR else []

    def show_result(self, plan: importing.BeslutImport) -> None:
        """Sparas? after a reading: saved, still lacking something, or left out for another
        reason the report gives."""
        planned = {p.where for p in plan.planned}
        lacking = {r.where: r.lacks for r in plan.lacking}
        for row in self.rows:
            if row.where in planned:
                self.status[row.where] = "ja"
            elif row.where in lacking:
                self.status[row.where] = _lacking(lacking[row.where])
            else:
                self.status[row.where] = "nej: se rapporten"
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(0, last), self.index(self.rowCount() - 1, last))


def _lacking(lacks: list[str] | tuple[str, ...]) -> str:
    return "nej: saknar " + and_listed([_SHORT.get(name, name) for name in lacks])
