"""At 150 % on a 1366 × 768 laptop (910 × 480 logical pixels, as here at 100 %): the Ärenden
page shows six rows of the agenda before the bilagor, not two."""

from __future__ import annotations

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.tabs.agenda_page import AGENDA_ROWS_IN_VIEW

LAPTOP = (910, 480)


def _rows_in_view(table) -> int:
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.model().rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height + 1
    )


def test_the_agenda_keeps_six_rows_above_the_bilagor(qtbot, demo_store) -> None:
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.wait(10)  # rows are measured when the event loop is idle
    page = window.tab("Kallelse").agenda
    table = page.ui.agenda_table
    line = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= AGENDA_ROWS_IN_VIEW * line
    assert _rows_in_view(table) >= 5  # the demo's wrapped titles take two lines or three
    assert page.ui.bilagor_group.height() >= page.ui.bilagor_group.minimumSizeHint().height()
