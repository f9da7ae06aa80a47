"""A read-mostly table model over a list of Python objects: subclasses say how each column
displays (through core.format, so screen and paper agree) and how it sorts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ksdesk.core.glyphs import TURNS

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# Roles as plain ints: Qt passes data() an int, and a view asks each cell for some eight
# roles each time it measures or paints it (a ten-year meeting list and a 30-item agenda:
# some 12 000 calls before the first paint). Comparing ints, and returning at once for the
# roles a model does not answer, halves what each call costs; looking up
# Qt.ItemDataRole.DisplayRole is itself two attribute reads of a Python enum.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles ObjectTableModel answers; a subclass adds its own to them.
ANSWERED_ROLES = frozenset({DISPLAY_ROLE, SORT_ROLE, OBJECT_ROLE, ALIGNMENT_ROLE, TOOLTIP_ROLE})


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    columns: Sequence[ColumnSpec[T]] = ()

    def __init__(self, rows: Sequence[T] = ()) -> None:
        super().__init__()
        self._rows: list[T] = list(rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_replaced()
        self.endResetModel()

    def replace_rows(self, rows: Sequence[T], key: Callable[[T], object]) -> None:
        """Show `rows`. When they stand for the rows shown already, one for one (the same
        `key`s in the same order), only the rows that differ are announced (dataChanged):
        the view keeps its selection and scroll position, and measures and paints those
        rows alone. An edit of one ärende in a long agenda then costs one row, not a
        reset of the table. Anything else resets the model (set_rows).

        Neighbouring changed rows are announced as one run: a table's columns are fitted
        again at each dataChanged (ui/widgets/tables.setup_table), and a meeting whose 30
        ärenden all changed (a conflict resolved, a colleague's edit pulled) fitted them
        30 times over, 0.3 s of the GUI thread."""
        rows = list(rows)
        if [key(row) for row in rows] != [key(row) for row in self._rows]:
            self.set_rows(rows)
            return
        before, self._rows = self._rows, rows
        self.rows_replaced()
        last = self.columnCount() - 1
        changed = [n for n, (old, new) in enumerate(zip(before, rows, strict=True)) if old != new]
        for first, final in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(final, last))

    def rows_replaced(self) -> None:
        """Called whenever the rows are replaced: a subclass forgets what it derived."""

    def row_object(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        obj = self._rows[index.row()]
        spec = self.columns[index.column()]
        if role == DISPLAY_ROLE:
            return shown(spec.display(obj))
        if role == SORT_ROLE:
            return spec.sort(obj) if spec.sort else spec.display(obj)
        if role == OBJECT_ROLE:
            return obj
        if role == ALIGNMENT_ROLE:
            return _RIGHT_ALIGNED if spec.align_right else None
        return (shown(spec.tooltip(obj)) or None) if spec.tooltip else None


def shown(text: Any) -> Any:
    """A cell's text without bidirectional controls (core.glyphs.TURNS), which turn the text
    after them backwards in the table. Text is cleaned of them on its way in; a database
    from before that keeps them, and keeps them as stored: only the table leaves them out."""
    return TURNS.sub("", text) if isinstance(text, str) and TURNS.search(text) else text


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Ascending numbers as runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
