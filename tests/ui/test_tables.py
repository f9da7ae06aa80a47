"""The shared table set-up (ui/widgets/tables.py): wrapped rows are fitted to their text, a
long list only where the secretary can see it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTableView

from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.tables import EAGER_ROWS, RowFitter, setup_table

LONG = "Yttrande över remiss om riktlinjer för " + "vattenskyddsområde och " * 8 + "avfallstaxan"


@dataclass(frozen=True)
class Row:
    nr: int
    text: str


class RowModel(ObjectTableModel[Row]):
    columns = (
        ColumnSpec("§", lambda r: str(r.nr)),
        ColumnSpec("Ärende", lambda r: r.text),
    )


def shown_table(qtbot, rows: int) -> QTableView:
    view = QTableView()
    view.setModel(RowModel([Row(n, LONG) for n in range(rows)]))
    setup_table(view, stretch_column=1)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)  # the rows are measured when the event loop is next idle
    return view


def one_line(view: QTableView) -> int:
    return view.fontMetrics().height() + 8


def test_a_short_list_has_every_row_fitted_to_its_wrapped_text(qtbot) -> None:
    view = shown_table(qtbot, EAGER_ROWS)
    heights = {view.rowHeight(row) for row in range(EAGER_ROWS)}
    assert len(heights) == 1
    assert heights.pop() > 2 * one_line(view)  # the long text wraps over several lines


def test_a_long_list_fits_the_rows_in_view_and_the_rest_when_scrolled_to(qtbot) -> None:
    view = shown_table(qtbot, 600)
    wrapped = view.rowHeight(0)
    assert wrapped > 2 * one_line(view)
    last = view.model().rowCount() - 1
    assert view.rowHeight(last) < wrapped  # far below the view: not measured yet

    view.scrollToBottom()
    qtbot.wait(10)
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    assert top > 0
    assert bottom in (last, -1)
    assert {view.rowHeight(row) for row in range(top, last + 1)} == {wrapped}


def test_a_long_list_measures_its_rows_again_when_the_column_narrows(qtbot) -> None:
    view = shown_table(qtbot, 600)
    before = view.rowHeight(0)
    view.resize(300, 400)
    qtbot.wait(10)
    assert view.rowHeight(0) > before  # narrower column, more lines


def test_a_row_moved_to_far_down_stays_in_view_once_measured(qtbot) -> None:
    view = shown_table(qtbot, 600)
    index = view.model().index(400, 1)
    view.setCurrentIndex(index)  # scrolls to it, as the arrow keys or a search hit do
    qtbot.wait(10)
    assert view.rowHeight(400) == view.rowHeight(0)  # measured, wrapped like the first
    assert view.viewport().rect().contains(view.visualRect(index))


def test_replaced_rows_are_announced_as_runs_of_neighbours_and_fitted_once_a_run(
    qtbot, monkeypatch
) -> None:
    """A meeting whose ärenden all changed (a resolved conflict, a colleague's edit pulled)
    is one dataChanged, so the table's columns are fitted once, not once per row (30 rows:
    0.3 s of the GUI thread); rows that did not change are not announced."""
    view = shown_table(qtbot, 30)
    model = view.model()
    announced: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: announced.append((top.row(), bottom.row())))
    fitted: list[int] = []
    fit = QTableView.resizeColumnToContents
    monkeypatch.setattr(
        QTableView, "resizeColumnToContents", lambda v, c: (fitted.append(c), fit(v, c))
    )
    same = [Row(n, LONG) for n in range(30)]
    model.replace_rows([Row(n, f"{n} ändrad") for n in range(30)], key=lambda r: r.nr)
    assert announced == [(0, 29)]
    assert fitted == [0]  # the § column (the Ärende column stretches), once
    announced.clear()
    changed = {3, 4, 5, 9}
    model.replace_rows(
        [Row(n, "igen") if n in changed else Row(n, f"{n} ändrad") for n in range(30)],
        key=lambda r: r.nr,
    )
    assert announced == [(3, 5), (9, 9)]
    model.replace_rows(same, key=lambda r: r.nr)
    assert model.row_object(4) == Row(4, LONG)


def test_new_rows_of_a_long_list_are_measured_once(qtbot, monkeypatch) -> None:
    """New rows widen the § column, which narrows the one that wraps: the rows in view are
    measured at the widths the columns then have, and not again when Qt is next idle (ten
    years of open matters: 55 rows, 28 ms each time)."""
    view = shown_table(qtbot, 600)
    measured: list[int] = []
    fit_row = RowFitter.fit_row
    monkeypatch.setattr(
        RowFitter, "fit_row", lambda fitter, row: (measured.append(row), fit_row(fitter, row))
    )
    view.model().set_rows([Row(100_000 + n, LONG) for n in range(600)])
    qtbot.wait(10)  # what was asked for when Qt is next idle
    assert measured and len(measured) == len(set(measured))
    assert {view.rowHeight(row) for row in measured} == {view.rowHeight(0)}
