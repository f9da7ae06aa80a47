"""The check beside a real sheet at 1366 × 768: Ängelholm's balansräkning has nine findings
on rows such as "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER" under columns headed
"Kommunkoncernen 2021". Rad, fitted to those rows, was wider than the panel: Kolumn was out
of sight behind a scroll bar and Rad was cut at the panel's edge. Rad now wraps in what Typ
and Kolumn leave, and every column is in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ksdesk.services import budget as budget_service
from ksdesk.ui.tabs.budget_tab import BudgetTab
from tests.interchange.real_budget_files import write_xlsx
from tests.interchange.real_budget_flows import ANGELHOLM_BALANS_2021


@pytest.fixture
def tab(qtbot, demo_store, tmp_path) -> BudgetTab:
    path = write_xlsx(ANGELHOLM_BALANS_2021, tmp_path / "balans.xlsx")
    budget_service.import_file(demo_store, path, "balans")
    widget = BudgetTab(demo_store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_every_column_of_the_check_is_in_view_beside_a_real_sheet(tab: BudgetTab) -> None:
    tab.select_sheet("balans")
    QApplication.processEvents()
    table = tab.checks.ui.findings_table
    assert tab.findings_model.rowCount() >= 5
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    for column in (1, 2):  # Rad and Kolumn at least as wide as their headings
        assert table.columnWidth(column) >= header.sectionSizeHint(column)
    total = sum(table.columnWidth(c) for c in range(3))
    assert total <= table.viewport().width()


def test_rad_keeps_its_longest_word_whole_beside_a_long_column_name(qtbot, demo_store) -> None:
    """The demo's Volym sheet at 150 %: its finding's Rad, "Kolumnrubrik", was cut to
    "Kolumn…" while Kolumn kept "Förslag KS 2020- 12-07" on one line and a half."""
    widget = BudgetTab(demo_store)
    qtbot.addWidget(widget)
    widget.resize(880, 600)
    widget.show()
    widget.select_sheet("volym")
    QApplication.processEvents()
    panel = widget.checks
    table = panel.ui.findings_table
    assert panel.model.rowCount() == 1 and panel.model.row_object(0).row_label == "Kolumnrubrik"
    panel.resize(260, panel.height())  # the splitter's least share at 150 %
    QApplication.processEvents()
    word = table.fontMetrics().horizontalAdvance("Kolumnrubrik")
    assert table.columnWidth(1) > word
    assert table.horizontalScrollBar().maximum() == 0
