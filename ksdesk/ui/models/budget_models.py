"""Table models of the Budget tab: one sheet (cells shown exactly as printed, through
core.format; findings coloured on their cells), its findings, and the list of sheets.

The sheet model does not change the sheet itself: an edit goes to `edit_handler(row, column,
text)`, which the tab routes through the service and the undo stack; the model then gets the
stored sheet back. Without a handler (a model on its own) it edits its own copy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

from ksdesk.core import budget_edit
from ksdesk.core.budget import COLUMN_KIND_LABELS, Cell, Column, Sheet
from ksdesk.core.budget_adjusted import revised_budget_terms
from ksdesk.core.budget_row_name import kind_called
from ksdesk.core.findings import Finding, Severity, worst
from ksdesk.core.format import FormatError, format_amount, format_percent
from ksdesk.ui.models.base_model import SORT_ROLE, ColumnSpec, Index, ObjectTableModel, shown
from ksdesk.ui.widgets.severity_marks import severity_icon, severity_words

HEADING_BACKGROUND = QColor("#eef2f6")
SEVERITY_BACKGROUND = {
    Severity.FEL: QColor("#f6c9c9"),
    Severity.AVRUNDNING: QColor("#fff1b8"),
    Severity.VARNING: QColor("#ffe0b8"),
}
EditHandler = Callable[[int, int, str], bool]


def display_cell(kind: str, value: Cell, percent_row: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if kind == "percent" or percent_row:
            return format_percent(value, decimals=None)
        return format_amount(value)
    return value


def column_tooltip(sheet: Sheet, column: Column) -> str:
    text = f"{column.header or '(utan rubrik)'}: {COLUMN_KIND_LABELS[column.kind].lower()}"
    if column.sums:
        names = [
            ("− " if t.sign < 0 else "+ ") + sheet.columns[t.column].header for t in column.sums
        ]
        text += "\nSumma av: " + " ".join(names).lstrip("+ ")
    elif revised := revised_budget_terms(sheet, sheet.columns.index(column)):
        # The headers name the original budget and its changes, and the figures keep it.
        text += "\nSumma av: " + " + ".join(sheet.columns[t.column].header for t in revised)
    elif column.is_total_column:
        text += "\nSumma av beloppskolumnerna före den"
    return text


class BudgetSheetModel(QAbstractTableModel):
    def __init__(self, sheet: Sheet | None = None) -> None:
        super().__init__()
        self.sheet = sheet
        self.findings: list[Finding] = []
        self._by_cell: dict[tuple[int, int], list[Finding]] = {}
        self.edit_handler: EditHandler | None = None
        self.editable = True

    def set_sheet(self, sheet: Sheet | None, findings: Sequence[Finding] = ()) -> None:
        """Show `sheet`; a sheet of the same shape updates in place (the view keeps its
        current cell and scroll position), another one resets the model."""
        same_shape = (
            self.sheet is not None
            and sheet is not None
            and self.sheet.id == sheet.id
            and len(self.sheet.rows) == len(sheet.rows)
            and len(self.sheet.columns) == len(sheet.columns)
        )
        if not same_shape:
            self.beginResetModel()
        self.sheet = sheet
        self._set_findings(findings)
        if same_shape:
            self._all_changed()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        else:
            self.endResetModel()

    def set_findings(
        self, findings: Sequence[Finding], editing: tuple[int, int] | None = None
    ) -> None:
        """Colour the cells of `findings`. Only cells whose findings changed are repainted,
        one by one and never the cell being edited: a repaint of that cell would put the
        stored value back into the open editor while the secretary types."""
        before = self._by_cell
        self._set_findings(findings)
        changed = {
            k for k in before.keys() | self._by_cell.keys() if before.get(k) != self._by_cell.get(k)
        }
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        for r, c in changed - {editing}:
            if r < self.rowCount() and c < self.columnCount():
                index = self.index(r, c)
                self.dataChanged.emit(index, index, roles)

    def _set_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        self._by_cell = {}
        for finding in self.findings:
            self._by_cell.setdefault((finding.row, finding.column), []).append(finding)

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.sheet.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column_tooltip(self.sheet, column)
            return None
        row = self.sheet.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # Data rows by number; the others say what they are.
            return str(section + 1) if row.kind == "data" else kind_called(self.sheet, section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_called(self.sheet, section) + (" (procentrad)" if row.percent else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sheet is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        row, column = self.sheet.rows[r], self.sheet.columns[c]
        value = self.sheet.cell(r, c)
        numeric = column.is_numeric and row.kind != "heading"
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(display_cell(column.kind, value, row.percent))
        if role == Qt.ItemDataRole.EditRole:
            return budget_edit.cell_edit_text(self.sheet, r, c)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and (numeric or column.is_numeric):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind != "data":
            font = QFont()
            font.setBold(row.kind in ("total", "subtotal"))
            font.setItalic(row.kind == "heading")
            return font
        findings = self._by_cell.get((r, c), [])
        if role == Qt.ItemDataRole.BackgroundRole:
            if findings:
                return QBrush(SEVERITY_BACKGROUND[worst(findings)])
            if row.kind == "heading":
                return QBrush(HEADING_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and findings:
            return "\n\n".join(f"{f.severity.label}: {f.message}" for f in findings)
        if role == Qt.ItemDataRole.DecorationRole and findings:
            return severity_icon(worst(findings))  # the shape, not the background alone
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and findings:
            return severity_words(Counter(f.severity for f in findings))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.sheet is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if self.edit_handler is not None:
            return self.edit_handler(index.row(), index.column(), text)
        try:
            self.sheet = budget_edit.set_cell(self.sheet, index.row(), index.column(), text)
        except FormatError:
            return False
        self.dataChanged.emit(index, index)
        return True


class FindingsModel(ObjectTableModel[Finding]):
    columns = (
        ColumnSpec("Typ", lambda f: f.severity.label, tooltip=lambda f: f.message),
        ColumnSpec("Rad", lambda f: f.row_label or f"rad {f.row + 1}", tooltip=lambda f: f.message),
        ColumnSpec(
            "Kolumn",
            lambda f: f.column_header or f"kolumn {f.column + 1}",
            tooltip=lambda f: f.message,
        ),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 0:
            return QBrush(SEVERITY_BACKGROUND[self.row_object(index.row()).severity])
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            return severity_icon(self.row_object(index.row()).severity)
        return super().data(index, role)


class SheetListModel(ObjectTableModel[tuple[int, str, str]]):
    columns = (ColumnSpec("Budgetblad", lambda s: s[2]),)


class CellDelegate(QStyledItemDelegate):
    """A line editor that reports every keystroke, so the tab can recompute the totals as
    the secretary types (before the entry is committed)."""

    text_edited = Signal(int, int, str)

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = QLineEdit(parent)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self.text_edited.emit(row, column, text))
        return editor
