"""The Konflikter dialog's side-by-side table: each field of a row that differs between this
file and the server, Rad | Fält | Min version | Serverns version, with a tick box on each
row's first line to take the server's row in a merge (ui/dialogs/conflict_dialog.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ksdesk.services.team_conflicts import RowDifference
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel

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
