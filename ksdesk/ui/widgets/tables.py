"""Shared set-up of the tables in every tab, so they look and behave alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# Up to this many rows a table measures every row when its data changes; a longer one (ten
# years of open matters, uppdrag, motioner, a delegationsordning's points) measures the rows
# in view and the next screenful, and the rest as they are scrolled to. Two screenfuls of
# wrapped rows are about 40: the demo's 97 delegation points took 25 ms to measure at every
# load, of a start on the Delegation tab.
EAGER_ROWS = 40
# Columns are fitted from this many rows (from the top, and those in view).
COLUMN_SAMPLE_ROWS = 100


class RowFitter(QObject):
    """Fits the wrapped rows of one table to their text. Measuring a row asks every cell for
    its text, font and size (eight data() roles): 756 rows of open matters took 125 ms at each
    reload, where a screen shows some twenty."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.measured: set[int] = set()
        self._lazy = False
        self._busy = False
        self._line_height_set = False

    def fit_all(self) -> None:
        """Every row may have changed (new data, another column width)."""
        self.measured.clear()
        model = self.view.model()
        if model is None:
            return
        if model.rowCount() <= EAGER_ROWS:
            self.view.resizeRowsToContents()
            return
        if not self._lazy:
            self._lazy = True
            self.view.installEventFilter(self)  # shown or resized: measure what comes in view
            self.view.verticalScrollBar().valueChanged.connect(self.fit_in_view)
        self.fit_in_view()

    def fit_row(self, row: int) -> None:
        self.view.resizeRowToContents(row)
        self.measured.add(row)

    def fit_in_view(self) -> None:
        """The rows in view and a screenful above and below: measured once each. (A row
        changes height when measured: at the end of the list the view then shows rows from
        above its top.)"""
        model = self.view.model()
        if self._busy or not self.view.isVisible() or model is None:
            return
        count = model.rowCount()
        if count <= EAGER_ROWS:
            return
        bar = self.view.verticalScrollBar()
        # A range of 0 is no end: a table not laid out yet (its columns fitted as it is first
        # shown) has none, and was taken to the end of its rows once they were measured.
        at_end = bar.maximum() > 0 and bar.value() == bar.maximum()
        current = self.view.currentIndex()
        current_seen = current.isValid() and self.view.viewport().rect().intersects(
            self.view.visualRect(current)
        )
        top, screen = max(self.view.rowAt(0), 0), self.view.viewport().height()
        self._busy = True  # measuring changes the scroll range and may scroll: no recursion
        try:
            self._fit_rows(range(top, count), 2 * screen)
            self._fit_rows(range(top - 1, -1, -1), screen)
        finally:
            self._busy = False
        self._unmeasured_as_one_line()
        self.view.updateGeometries()  # the scroll range the measured rows make, now
        # Taller rows push the end, or the row just moved to, out of view: back into it.
        if at_end and bar.value() != bar.maximum():
            bar.setValue(bar.maximum())  # and the rows it brings in are measured
        elif current_seen:
            self.view.scrollTo(current)

    def _unmeasured_as_one_line(self) -> None:
        """Rows not measured yet count as one line (the lowest row measured), not Qt's 30
        pixels: a list of one-line rows (the upprop of a fullmäktige) then has the height it
        shows, and its scroll bar does not shrink as the rows come into view. Qt changes
        only the rows still at the old default; a measured row that was exactly that high is
        measured again."""
        if self._line_height_set or not self.measured:
            return
        self._line_height_set = True
        header = self.view.verticalHeader()
        old = header.defaultSectionSize()
        line = min(self.view.rowHeight(row) for row in self.measured)
        if line >= old:
            return
        at_old = [row for row in self.measured if self.view.rowHeight(row) == old]
        header.setDefaultSectionSize(line)
        for row in at_old:
            self.view.resizeRowToContents(row)

    def _fit_rows(self, rows: range, reach: int) -> None:
        filled = 0
        for row in rows:
            if filled >= reach:
                return
            if row not in self.measured:
                self.fit_row(row)
            filled += self.view.rowHeight(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit_in_view()
        return False


def setup_table(
    view: QTableView,
    *,
    stretch_column: int | None = None,
    widths: dict[int, int] | None = None,
    at_least: dict[int, Callable[[], int]] | None = None,
    at_most: dict[int, int] | None = None,
    fit_rows: bool = True,
    owner_fits_columns: bool = False,
) -> None:
    """Row selection, wrapped text, and column widths: fitted to contents, one column taking
    the rest of the width, and `widths` fixed (but resizable) for long free-text columns.
    `at_least` gives a column fitted to contents the width of what may be chosen in it (the
    ledamot an ersättare replaces), asked at each fitting: empty, it would open its list of
    names at the width of its heading. `at_most` caps a column fitted to contents, its text
    wrapping beyond: a föredragande of two names and titles ("Christina Nordberg, controller
    och Annika Nally, HR-specialist") took the width the ärende's title stretches into.

    Columns and rows are fitted when the data changes and rows again when the stretching
    column changes width, not by Qt's ResizeToContents modes: those re-measure every cell on
    every layout pass (about 9 000 data() calls for a 7-item agenda at start-up, against
    some 300 this way).

    fit_rows=False keeps every row one line high (text elided, not wrapped): for lists that
    grow with the years, which would otherwise be measured row by row on every change.
    owner_fits_columns leaves the columns to their owner (ui/widgets/column_priority.py)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(fit_rows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(COLUMN_SAMPLE_ROWS)  # and the rows in view
    if not fit_rows:
        line = view.fontMetrics().height() + 8  # one line of text and the cell's margins
        view.verticalHeader().setDefaultSectionSize(line)
    fixed = dict(widths or {})
    least = dict(at_least or {})
    most = dict(at_most or {})
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def fit_columns(*_changed: object) -> None:
        for column in range(header.count()):
            if column in fixed:
                view.setColumnWidth(column, fixed[column])
            elif column != stretch_column:
                view.resizeColumnToContents(column)
                if column in least:
                    view.setColumnWidth(column, max(view.columnWidth(column), least[column]()))
                if column in most:
                    view.setColumnWidth(column, min(view.columnWidth(column), most[column]))

    model = view.model()
    if model is None:
        return
    # Connected before the rows' fitting: the columns take their widths first, and the wrapped
    # rows are measured at those widths.
    for signal in (
        model.modelReset,
        model.layoutChanged,
        model.rowsInserted,
        model.rowsRemoved,
        model.dataChanged,
    ):
        if not owner_fits_columns:
            signal.connect(fit_columns)
    if not owner_fits_columns:
        fit_columns()
    if fit_rows:
        fit_rows_to_text(view)


def _row_fitting(view: QTableView) -> tuple[RowFitter, QTimer]:
    """The fitter of `view`'s rows, and a timer that runs it when the event loop is next
    idle: a window being laid out resizes a wrapping column many times in a row, and the
    rows are measured once, after."""
    rows = RowFitter(view)
    pending = QTimer(view)
    pending.setSingleShot(True)
    pending.setInterval(0)
    pending.timeout.connect(rows.fit_all)
    return rows, pending


def fit_rows_to_text(view: QTableView) -> None:
    """Wrapped rows fitted to their text, for a table whose owner fits its columns: every
    row when the data changes (past EAGER_ROWS, those in view), the edited rows alone, and
    again when a column changes width. Not Qt's ResizeToContents mode, which measures every
    cell at every layout pass (a budget sheet of 30 rows: 2 000 data() calls to show it)."""
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    rows, pending = _row_fitting(view)

    def fit() -> None:
        if view.isVisible():
            # Measured now at the columns' widths: what the fitting of the columns just
            # resized asks again is done (a reset of ten years' open matters measured its
            # 55 rows in view twice, 28 ms each time).
            pending.stop()
            rows.fit_all()
        else:
            # Not laid out yet (a window being built): the wrapping column has no width, and
            # rows measured now are measured again once it has. Measure them once, when idle;
            # that is before the first paint (the tables of the first window: 49 cells of the
            # agenda, eight data() roles each, measured once instead of twice).
            pending.start()

    def fit_changed(top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if not view.isVisible():
            pending.start()
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            rows.fit_row(row)

    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
        signal.connect(fit)
    model.dataChanged.connect(fit_changed)
    view.horizontalHeader().sectionResized.connect(
        lambda _index, old, new: old != new and pending.start()
    )
    fit()


def keep_rows_in_view(view: QTableView, rows: int) -> int:
    """The table never lower than its header and `rows` one-line rows: in a page that
    scrolls, what is below it (the bilagor under the agenda) is scrolled to rather than
    squeezing the table to a row or two. Returns that height."""
    frame = 2 * view.frameWidth()
    header = view.horizontalHeader().sizeHint().height()
    height = frame + header + rows * view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(height)
    return height


def lend_width(view: QTableView, stretch_column: int, lender: int) -> None:
    """The stretching column as wide as its contents while the `lender` column can give up
    width for it, down to the lender's heading; given back as the table widens. For a
    column that says something on every row (Tjänstgör) beside one that is mostly empty
    but wide for a few long names (Ersätter): those few are elided, not every row."""
    header = view.horizontalHeader()

    def needed(column: int) -> int:
        return max(view.sizeHintForColumn(column), header.sectionSizeHint(column))

    def share(column: int, _old: int, new: int) -> None:
        if column != stretch_column or not view.isVisible():
            return
        spare = new - needed(stretch_column)
        lent = view.columnWidth(lender)
        wanted = min(needed(lender), max(header.sectionSizeHint(lender), lent + spare))
        if wanted != lent:
            view.setColumnWidth(lender, wanted)  # the stretching column takes the difference

    header.sectionResized.connect(share)
