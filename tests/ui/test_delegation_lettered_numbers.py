"""A point's number read whole in the Delegation tab: the Nr column was as wide as the widest
word of the numbers, so "3.2.2 a)" (a lettered part made a point of its own on import) stood
as "3.2.2" over "a)", two numbers to the eye."""

from __future__ import annotations

from pathlib import Path

from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.tabs.delegation_point_columns import NR
from tests.interchange.real_delegation_tenth import write_malmo


def test_a_lettered_number_fits_its_column_on_one_line(
    qtbot, demo_store, tmp_path: Path, monkeypatch
) -> None:
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab("Delegation")
    path = tmp_path / "malmo.docx"
    write_malmo(path)
    monkeypatch.setattr(import_report_dialog, "confirm_named_import", lambda _p, r, n: "Malmö")
    assert tab.versions.import_file(path)
    table = tab.points.ui.point_table
    numbers = [tab.proxy.index(r, NR).data() for r in range(tab.proxy.rowCount())]
    assert "3.2.2 a)" in numbers
    qtbot.waitUntil(table.isVisible)
    tab.points.columns.fit()  # as on the tab's first showing
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in numbers)
    assert table.columnWidth(NR) > widest
