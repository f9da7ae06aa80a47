"""Table models for the delegationsordning: the points (editable in a draft, with the
findings of the checks shown on their rows), the findings, and the filter that searches every
field, look-alike letters included. The chapter tree is in delegation_outline_model.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ksdesk.core.delegation import OUR_HEADINGS, Point
from ksdesk.core.delegation_checks import code_text
from ksdesk.core.delegation_numbering import nr_key
from ksdesk.core.findings import Finding, Severity, worst
from ksdesk.core.listing import and_listed
from ksdesk.core.lookalike import contains, search_key
from ksdesk.ui.models.base_model import (
    ANSWERED_ROLES,
    SORT_ROLE,
    ColumnSpec,
    ObjectTableModel,
    shown,
)
from ksdesk.ui.widgets.colors import SEVERITY_COLORS
from ksdesk.ui.widgets.severity_marks import severity_icon

Index = QModelIndex | QPersistentModelIndex
# What a point's row answers besides ObjectTableModel's roles: its colour, mark, the mark's
# word for a screen reader and the text to edit; the rest (font, size …) at once.
_POINT_ROLES = ANSWERED_ROLES | {
    int(role)
    for role in (
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
    )
}
# (field, header) of the point columns after the marker column.
POINT_FIELDS = (
    ("nr", "Nr"),
    ("arende", "Ärende"),
    ("lagrum", "Lagrum"),
    ("delegat", "Delegat"),
    ("ersattare", "Ersättare"),
    ("vidaredelegation", "Vidaredelegering"),  # "Med rätt att vidaredelegera" in its tooltip
    ("anmarkning", "Anmärkning"),
)
ROLE_FIELDS = ("delegat", "ersattare")
ROW_COLORS = {Severity.FEL: QColor("#fbe0de"), Severity.VARNING: QColor("#fff3c4")}
MARK_COLORS = {severity: QColor(color) for severity, color in SEVERITY_COLORS.items()}
MARKED_COLOR = QColor("#fff7b0")


def imported_notes(point: Point) -> list[str]:
    """What an imported document gave a point beyond the columns shown: its sub-heading, its
    extra columns and its change mark (all printed; shown here as the row's tooltip)."""
    notes = []
    if point.heading:
        notes.append(f"Underrubrik före punkten: {point.heading.splitlines()[0]}")
    notes += [f"{heading}: {value}" for heading, value in point.extra.items() if value]
    if point.marked:
        notes.append(
            "Markerad som ny i denna version" if point.marked == "ny" else "Markerad som ändrad"
        )
    return notes


def _field_text(point: Point, field: str, edit: bool = False) -> str:
    value = getattr(point, field)
    if isinstance(value, list):
        return ("; " if edit else "\n").join(value)
    return value


class PointTableModel(QAbstractTableModel):
    """The points of one chapter (or all), editable in a draft. Each edit is handed to
    `on_edit(point, field, value)`, which saves it (and returns False when refused)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, Point]] = []
        self.findings: dict[str, list[Finding]] = {}
        self.editable = False
        self.on_edit: Callable[[Point, str, Any], bool] | None = None
        self.headings: dict[str, str] = {}  # an imported document's own, by field
        # Columns hidden for want of room whose text the Ärende's cell shows under its own
        # (ui/tabs/delegation_point_columns.py).
        self.folded: tuple[int, ...] = ()

    def set_rows(
        self,
        rows: list[tuple[str, Point]],
        findings: list[Finding],
        editable: bool,
        headings: dict[str, str] | None = None,
    ) -> None:
        """`headings`: the document's own column headings by field (an imported ordning's
        "Delegeringens omfattning" over Ärende), shown as it prints them."""
        self.beginResetModel()
        self.rows = rows
        self.headings = headings or {}
        self.editable = editable
        self.findings = {}
        for finding in findings:
            for uid in finding.uids:
                self.findings.setdefault(uid, []).append(finding)
        self.endResetModel()

    def set_folded(self, columns: tuple[int, ...]) -> None:
        if columns != self.folded:
            # A change of layout, not of data: the rows are then measured again as they come
            # into view (setup_table's fitter), where dataChanged of every row measured each
            # at once (a narrowing window took 200 ms, not 70, on the demo's 97 points).
            self.layoutAboutToBeChanged.emit()
            self.folded = columns
            self.layoutChanged.emit()

    def plain_text(self, row: int, column: int) -> str:
        """The text of one field as its own column shows it (without what is folded)."""
        return _field_text(self.point(row), POINT_FIELDS[column - 1][0])

    def _folded_note(self, column: int) -> list[str]:
        """How a field folded under the Ärende is changed (its column is not shown)."""
        if column != 2 or not self.folded or not self.editable:
            return []
        names = [str(self.headerData(c, Qt.Orientation.Horizontal)).lower() for c in self.folded]
        return [f"Ändra {and_listed(names)} under ärendet med högerklick."]

    def _with_folded(self, point: Point, text: str) -> str:
        """The Ärende and under it each folded field, named: "Lagrum: 6 kap. 7 § OSL"."""
        lines = [text]
        for column in self.folded:
            value = _field_text(point, POINT_FIELDS[column - 1][0])
            if value:
                heading = self.headerData(column, Qt.Orientation.Horizontal)
                lines.append(f"{heading}: {value}")
        return "\n".join(lines)

    def point(self, row: int) -> Point:
        return self.rows[row][1]

    def row_of(self, uid: str) -> int | None:
        return next((i for i, (_, p) in enumerate(self.rows) if p.uid == uid), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(POINT_FIELDS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or section == 0:
            return None
        key, ours = POINT_FIELDS[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headings.get(key, ours)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long heading is cut short in a narrow column
            return self.headings.get(key, OUR_HEADINGS[key])
        return None

    def _worst(self, uid: str) -> Severity | None:
        return worst(self.findings.get(uid, ()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _POINT_ROLES or not index.isValid():
            return None
        _chapter, point = self.rows[index.row()]
        column = index.column()
        severity = self._worst(point.uid)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{f.severity.label}: {f.message}" for f in self.findings.get(point.uid, [])]
            return "\n".join(lines + imported_notes(point) + self._folded_note(column)) or None
        if role == Qt.ItemDataRole.BackgroundRole and severity in ROW_COLORS:
            return QBrush(ROW_COLORS[severity])
        if role == Qt.ItemDataRole.BackgroundRole and point.marked:
            return QBrush(MARKED_COLOR)  # "NY:" or yellow in the imported document
        if column == 0:
            # The shape tells the kind (disc: fel, triangle: varning); the word is read out.
            if role == Qt.ItemDataRole.DecorationRole and severity:
                return severity_icon(severity)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return severity.label if severity else ""
            if role == SORT_ROLE:
                return severity.rank if severity else len(Severity)
            return None
        field = POINT_FIELDS[column - 1][0]
        if role == Qt.ItemDataRole.DisplayRole and column == 2 and self.folded:
            return shown(self._with_folded(point, _field_text(point, field)))
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(_field_text(point, field))
        if role == Qt.ItemDataRole.EditRole:
            return _field_text(point, field, edit=True)
        if role == SORT_ROLE:
            return nr_key(point.nr) if field == "nr" else search_key(_field_text(point, field))
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "nr":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() > 0:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        point = self.point(index.row())
        field = POINT_FIELDS[index.column() - 1][0]
        if str(value) == _field_text(point, field, edit=True):
            return False
        return bool(self.on_edit and self.on_edit(point, field, value))

    def refresh_point(self, point: Point) -> None:
        row = self.row_of(point.uid)
        if row is not None:
            self.rows[row] = (self.rows[row][0], point)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class PointFilterProxy(QSortFilterProxyModel):
    """Search over every field (look-alike letters match their Latin twins) and a filter on
    one delegat (as Delegat or Ersättare)."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.role = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, text: str, role: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.text, self.role = text.strip(), role
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text, self.role = text.strip(), role
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        model: PointTableModel = self.sourceModel()  # type: ignore[assignment]
        chapter, point = model.rows[source_row]
        if self.role and not any(
            search_key(r) == search_key(self.role) for r in point.delegat + point.ersattare
        ):
            return False
        if not self.text:
            return True
        fields = [chapter, *(_field_text(point, f) for f, _ in POINT_FIELDS)]
        return any(contains(text, self.text) for text in fields)


class FindingTableModel(ObjectTableModel[Finding]):
    columns = (
        ColumnSpec(
            "Allvarlighet",
            lambda f: f.severity.label,
            sort=lambda f: f.severity.rank,
        ),
        ColumnSpec("Vad", code_text),
        ColumnSpec("Kapitel", lambda f: f.chapter),
        ColumnSpec("Nr", lambda f: f.nr, sort=lambda f: nr_key(f.nr), align_right=True),
        ColumnSpec("Meddelande", lambda f: f.message, tooltip=lambda f: f.message),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MARK_COLORS[self.row_object(index.row()).severity])
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(self.row_object(index.row()).severity)
        return super().data(index, role)
