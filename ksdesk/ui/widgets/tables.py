"""Shared set-up of the tables in every tab, so they look and behave alike."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_table(
    view: QTableView,
    *,
    stretch_column: int | None = None,
    widths: dict[int, int] | None = None,
    fit_rows: bool = True,
) -> None:
    """Row selection, wrapped text, and column widths: fitted to contents, one column taking
    the rest of the width, and `widths` fixed (but resizable) for long free-text columns.

    Columns and rows are fitted when the data changes and rows again when the stretching
    column changes width, not by Qt's ResizeToContents modes: those re-measure every cell on
    every layout pass (about 9 000 data() calls for a 7-item agenda at start-up, against
    some 300 this way).

    fit_rows=False keeps every row one line high (text elided, not wrapped): for lists that
    grow with the years, which would otherwise be measured row by row on every change."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(fit_rows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if not fit_rows:
        header.setResizeContentsPrecision(100)  # column widths from the first hundred rows
        line = view.fontMetrics().height() + 8  # one line of text and the cell's margins
        view.verticalHeader().setDefaultSectionSize(line)
    fixed = dict(widths or {})
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    # A window being laid out resizes the stretching column many times in a row: measure the
    # rows once, when the event loop is next idle.
    pending = QTimer(view)
    pending.setSingleShot(True)
    pending.setInterval(0)
    pending.timeout.connect(view.resizeRowsToContents)

    def fit_columns() -> None:
        for column in range(header.count()):
            if column in fixed:
                view.setColumnWidth(column, fixed[column])
            elif column != stretch_column:
                view.resizeColumnToContents(column)

    def fit() -> None:
        fit_columns()
        if not fit_rows:
            return
        if view.isVisible():
            view.resizeRowsToContents()
        else:
            # Not laid out yet (a window being built): the wrapping column has no width, and
            # rows measured now are measured again once it has. Measure them once, when idle;
            # that is before the first paint (the tables of the first window: 49 cells of the
            # agenda, eight data() roles each, measured once instead of twice).
            pending.start()

    def fit_changed(top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Rows edited in place: the columns fitted again, and those rows alone measured."""
        if not fit_rows or not view.isVisible():
            fit()
            return
        fit_columns()
        for row in range(top_left.row(), bottom_right.row() + 1):
            view.resizeRowToContents(row)

    def refit_rows(_index: int, old: int, new: int) -> None:
        if old != new and fit_rows:
            pending.start()  # wrapped text needs more or fewer lines now

    model = view.model()
    if model is not None:
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(fit)
        model.dataChanged.connect(fit_changed)
        fit()
    header.sectionResized.connect(refit_rows)
