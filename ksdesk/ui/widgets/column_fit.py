"""Fitting a table's columns to its width: what the two fitters share. On a 1366 × 768 laptop
at 150 % a table is narrower than its columns at their contents' width, and Qt's own ways
(a stretching last column, ResizeToContents) cut words or scroll sideways. Two fitters decide
what gives: column_priority.PriorityColumns (a list in a side panel: the least needed columns
elided, then left out) and tabs/delegation_point_columns.PointColumns (the points table: the
least needed columns folded into the Ärende's cell). They measure alike and apply alike, here:
the width a heading asks and the widest word of a column (a word is never cut), the fitting
done again when the table's viewport is resized or shown, and only what changed set on the
view (a window being laid out resizes a table several times before its first paint). What
gives way is theirs: the two rules differ (elide and hide, by a priority; fold into a cell,
the room left shared), and one rule with a switch for each would be both."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# A word measured in logical pixels is laid out in the screen's: at 150 % a word measured
# to fit its cell was elided by a pixel or two.
WORD_SLACK = 4


class ColumnFitter(QObject):
    """Calls `fit` whenever `view`'s viewport is resized or shown (the viewport's resize, not
    the view's: the view hears of its own before its viewport has the new width). A subclass
    decides the widths and shows them with `show_widths`."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._headings: dict[int, int] = {}  # measured once (see forget_headings)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        raise NotImplementedError

    def heading(self, column: int) -> int:
        """The width the column's heading asks for, measured once."""
        if column not in self._headings:
            self._headings[column] = heading_width(self.view.horizontalHeader(), column)
        return self._headings[column]

    def forget_headings(self) -> None:
        """The headings are measured again (an imported ordning comes with headings of its own)."""
        self._headings.clear()

    def show_widths(self, widths: dict[int, int], columns: Iterable[int]) -> None:
        """Each of `columns` as wide as `widths` says, hidden when it is not there; only what
        changed is set."""
        view = self.view
        for column in columns:
            hidden = column not in widths
            if view.isColumnHidden(column) != hidden:
                view.setColumnHidden(column, hidden)
            if not hidden and view.columnWidth(column) != widths[column]:
                view.setColumnWidth(column, widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False


def widest_word(view: QTableView, column: int, rows: int) -> int:
    """The width a wrapped column needs for its widest word in the first `rows` rows, with
    the cell's margins: narrower, Qt cuts the word ("kommunstyrels…")."""
    model = view.model()
    texts = (
        str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), rows))
    )
    return widest_of(view, texts)


def widest_of(view: QTableView, texts: Iterable[str]) -> int:
    """The width a cell of `view` needs for the widest word of `texts`, with its margins."""
    metrics = view.fontMetrics()
    words = {word for text in texts for word in text.split()}
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
    return widest + text_pad(view)


def whole_width(view: QTableView, texts: Iterable[str]) -> int:
    """The width a cell of `view` needs for the widest of `texts` on one line: a point's
    number is read whole ("3.2.2 a)" broken after "3.2.2" reads as two numbers)."""
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(" ".join(t.split())) for t in texts), default=0)
    return widest + text_pad(view)


def text_pad(view: QTableView) -> int:
    """What a cell's margins take of its column's width, with WORD_SLACK: Qt's text margin
    each side (QCommonStyle: the focus frame's margin + 1)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + WORD_SLACK


def heading_width(header: QHeaderView, column: int) -> int:
    """The width column's heading asks for. A hidden section measures as 0: it is shown for
    the measuring and hidden again."""
    hidden = header.isSectionHidden(column)
    if hidden:
        header.showSection(column)
    width = header.sectionSizeHint(column)
    if hidden:
        header.hideSection(column)
    return width
