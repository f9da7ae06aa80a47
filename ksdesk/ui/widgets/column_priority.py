"""Columns that share a narrow table by priority: a list in a side panel (the meetings beside
the agenda) is some 240 pixels wide on a 1366 × 768 laptop at 150 %, too narrow for every
column at its contents' width. Qt's stretching column then shrinks to "…" and a horizontal
scroll bar hides the rest. Here the columns first in priority are never cut, those after
them give up width down to their heading (elided, whole in the tooltip), and what still does
not fit is hidden, last in priority first; the last column takes whatever width is left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView

from ksdesk.ui.widgets.column_fit import ColumnFitter, widest_word
from ksdesk.ui.widgets.tables import COLUMN_SAMPLE_ROWS

# The width of a wrapped column that reads best as wide as its text (then it wraps only
# when the table is too narrow).
UNCAPPED = 1 << 24


class PriorityColumns(ColumnFitter):
    """Fits `view`'s columns in `priority` order (most needed first) whenever its data or
    width changes. `whole` columns (a date, a status) keep their contents' width while
    anything else could give; the others may be elided down to their heading's width (a
    wrapped one to its longest word). The `stretch` column takes the width to spare (while
    it is shown; else the last shown). With `drop` False no column is hidden: what does not
    fit then scrolls."""

    def __init__(
        self,
        view: QTableView,
        priority: Sequence[int],
        whole: Sequence[int],
        stretch: int,
        *,
        wrapped: dict[int, int] | None = None,
        least: dict[int, int] | None = None,
        drop: bool = True,
    ) -> None:
        super().__init__(view)
        self.stretch = stretch
        # A wrapped column's text is one line for Qt: `wrapped` gives the width it reads best
        # at (its lines then wrap); it may narrow down to its longest word, never cutting one.
        self.wrapped = dict(wrapped or {})
        self.least = dict(least or {})  # an elided column's narrowest, if not its heading's
        self.drop = drop  # else what still does not fit scrolls sideways
        self.priority = list(priority)
        self.whole = set(whole)
        self.absent: set[int] = set()  # columns that say nothing in this file (one organ)
        # The contents' widths, measured once for each change of the data (up to a hundred
        # rows a column: setup_table's sample), not at each resize of a window being laid out.
        self._measured: dict[int, int] = {}
        self._longest_word: dict[int, int] = {}
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._data_changed)
        model.dataChanged.connect(self._data_changed)
        self.fit()

    def _data_changed(self, *_changed: object) -> None:
        self._measured.clear()
        self._longest_word.clear()
        self.fit()

    def set_absent(self, columns: set[int]) -> None:
        """Columns hidden whatever the width (they would say the same on every row)."""
        self.absent = set(columns)
        self.fit()

    def _wanted(self, column: int) -> int:
        measured = self._wanted_unwrapped(column)
        return max(min(measured, self.wrapped.get(column, measured)), self._floor(column))

    def _floor(self, column: int) -> int:
        if column not in self.wrapped:
            return max(self.heading(column), self.least.get(column, 0))
        if column not in self._longest_word:
            self._longest_word[column] = self._widest_word(column)
        return max(self.heading(column), self._longest_word[column])

    def _widest_word(self, column: int) -> int:
        return widest_word(self.view, column, COLUMN_SAMPLE_ROWS)

    def _wanted_unwrapped(self, column: int) -> int:
        if column not in self._measured:
            self._measured[column] = self.view.sizeHintForColumn(column)
        return self._measured[column]

    def widths(self, room: int) -> dict[int, int]:
        """The width of each column shown in `room` pixels (a column left out is hidden).
        The least needed column gives first: down to its heading, then altogether, before
        the next one gives anything."""
        shown = [column for column in self.priority if column not in self.absent]
        widths = {column: self._wanted(column) for column in shown}
        for column in reversed(shown[1:]):
            excess = sum(widths.values()) - room
            if excess <= 0:
                break
            if column not in self.whole:
                widths[column] = max(self._floor(column), widths[column] - excess)
            if self.drop and sum(widths.values()) > room:
                del widths[column]
        spare = room - sum(widths.values())
        if spare > 0 and widths:
            taker = self.stretch if self.stretch in widths else list(widths)[-1]
            widths[taker] += spare
        return widths

    def fit(self) -> None:
        """Each column as `widths` has it; only what changed is set (a window being laid
        out resizes the table several times before its first paint)."""
        view = self.view
        if not view.isVisible():  # no width of its own yet: fitted when shown
            for column in self.absent:
                view.setColumnHidden(column, True)
            return
        self.show_widths(self.widths(view.viewport().width()), self.priority)
