"""The table model of one budget sheet: cells shown exactly as printed, through core.format."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ksdesk.core.budget import Cell, Sheet
from ksdesk.core.format import format_amount, format_percent
from ksdesk.ui.models.base_model import SORT_ROLE, Index

HEADING_BACKGROUND = QColor("#eef2f6")


def display_cell(kind: str, value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_percent(value, decimals=None) if kind == "percent" else format_amount(value)
    return value


class BudgetSheetModel(QAbstractTableModel):
    def __init__(self, sheet: Sheet | None = None) -> None:
        super().__init__()
        self.sheet = sheet

    def set_sheet(self, sheet: Sheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.sheet is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.sheet.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sheet is None or not index.isValid():
            return None
        row = self.sheet.rows[index.row()]
        column = self.sheet.columns[index.column()]
        value = row.cells[index.column()] if index.column() < len(row.cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_cell(column.kind, value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.is_numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind in ("total", "subtotal", "heading"):
            font = QFont()
            font.setBold(row.kind != "heading")
            font.setItalic(row.kind == "heading")
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == "heading":
            return QBrush(HEADING_BACKGROUND)
        return None
