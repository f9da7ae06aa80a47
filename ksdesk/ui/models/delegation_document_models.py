"""A table over the rows of one part of the delegationsordning (revision rows, introduction
headings, abbreviations): each column one text attribute, edited in place in a draft. The
model never writes: an edit goes to `on_edit(row, attribute, value)`, which saves it through
a service and puts it on the undo stack (and returns False when it was refused)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ksdesk.ui.models.base_model import shown

Index = QModelIndex | QPersistentModelIndex


class FieldListModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.columns = tuple(columns)  # (attribute, header)
        self.rows: list[Any] = []
        self.editable = False
        self.on_edit: Callable[[int, str, str], bool] | None = None

    def set_rows(self, rows: Sequence[Any], editable: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.rows[index.row()], self.columns[index.column()][0])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value)
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 60:
            return shown(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        attribute = self.columns[index.column()][0]
        if str(value) == getattr(self.rows[index.row()], attribute):
            return False
        return self.on_edit(index.row(), attribute, str(value))
