"""At 150 % on a 1366 × 768 laptop (910 × 480 logical pixels, as here at 100 %): the Ärenden
page shows six rows of the agenda before the bilagor, not two, and the upprop's last column,
Tjänstgör, is as wide as what it says."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.models.upprop_model import UppropModel
from ksdesk.ui.tabs.agenda_page import AGENDA_ROWS_IN_VIEW
from tests.ui.test_upprop_fullmaktige import upprop_page

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


def test_tjanstgor_is_as_wide_as_its_words_at_the_laptops_width(qtbot, tmp_path) -> None:
    page = upprop_page(qtbot, tmp_path, *LAPTOP)
    table = page.ui.upprop_table
    header = table.horizontalHeader()
    sits = UppropModel.SITS
    assert table.columnWidth(sits) >= table.sizeHintForColumn(sits)  # "Hela sammanträdet"
    assert table.columnWidth(sits) >= header.sectionSizeHint(sits)
    # The Ersätter list is as wide as its longest name, over the next column if it must.
    row = next(r for r, person in enumerate(page.upprop) if person.replaces)
    index = page.model.index(row, UppropModel.REPLACES)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.indexWidget(index) or table.findChild(QComboBox)
    assert combo is not None and combo.width() >= combo.sizeHint().width()
