"""The upprop of a kommunfullmäktige of 61 ledamöter and 31 ersättare, as the secretary
takes it at the meeting table: columns as wide as what they hold, what is counted at the
upprop in one line, and a person found among 92 by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.models.upprop_model import UppropModel
from tests.services.kommunfullmaktige import kommunfullmaktige, ten_away


def upprop_page(qtbot, tmp_path, width: int = 1366, height: int = 740):
    """The Upprop page of the fullmäktige with ten ledamöter away, their ersättare serving
    and five more ersättare listening."""
    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    tab = window.tab("Sammanträde")
    tab.ui.pages.setCurrentIndex(0)
    qtbot.wait(10)  # the rows are measured when the event loop is idle
    page = tab.upprop
    page.test_window = window
    return page


def shown(page) -> list[str]:
    table = page.ui.upprop_table
    return [a.name for row, a in enumerate(page.upprop) if not table.isRowHidden(row)]


def test_namn_is_as_wide_as_the_longest_name_and_ersatter_as_the_longest_ledamot(
    qtbot, tmp_path
) -> None:
    """Namn took 663 of 1 300 pixels and Ersätter 165, less than "Fatima Lindqvist-Bergström
    (S)" in the list it opens."""
    page = upprop_page(qtbot, tmp_path)
    table = page.ui.upprop_table
    metrics = table.fontMetrics()
    longest_name = max(metrics.horizontalAdvance(a.name) for a in page.upprop)
    assert longest_name < table.columnWidth(0) <= longest_name + 30
    longest_ledamot = max(metrics.horizontalAdvance(a.display) for a in page.upprop if a.is_ledamot)
    assert table.columnWidth(UppropModel.REPLACES) > longest_ledamot
    assert table.columnWidth(1) < 50  # Parti


def test_each_person_is_one_line_in_a_narrow_window(qtbot, tmp_path) -> None:
    """At the width left at 150 % on a laptop the rows wrapped and three people were in
    view; each row is one line, as high as the others."""
    page = upprop_page(qtbot, tmp_path, 770, 480)
    table = page.ui.upprop_table
    line = table.fontMetrics().height()
    heights = {table.rowHeight(row) for row in range(len(page.upprop))}
    assert len(heights) == 1 and heights.pop() < 2 * line


def test_the_counts_the_secretary_checks_at_the_upprop(qtbot, tmp_path) -> None:
    page = upprop_page(qtbot, tmp_path)
    text = page.ui.beslutsfor_label.text()
    assert "51 av 61 ledamöter" in text
    assert "10 ersättare tjänstgör" in text
    assert "5 ersättare närvarande ej tjänstgörande" in text
    assert "Beslutfört" in text and "61 tjänstgör, minst 31 krävs" in text
    # An ersättare serving is ticked out: one seat fewer, still beslutfört.
    model = page.model
    serving = next(i for i, a in enumerate(page.upprop) if a.replaces)
    model.setData(
        model.index(serving, UppropModel.PRESENT),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    text = page.ui.beslutsfor_label.text()
    assert "9 ersättare tjänstgör" in text and "60 tjänstgör" in text


def test_the_search_field_shows_the_matching_rows_and_enter_ticks_one(qtbot, tmp_path) -> None:
    page = upprop_page(qtbot, tmp_path)
    ui = page.ui
    ui.find_edit.setText("lindqvist kristina")
    assert shown(page) == ["Kristina Lindqvist-Bergström"]
    ui.find_edit.setText("sd")
    assert shown(page) == [a.name for a in page.upprop if a.party == "SD"]  # 11 and 6
    ui.find_edit.setText("ersättare")
    assert len(shown(page)) == 31
    ui.find_edit.setFocus()
    QTest.keyClick(ui.find_edit, Qt.Key.Key_Escape)
    assert len(shown(page)) == len(page.upprop)

    ui.find_edit.setText("Mikael Nordin")
    QTest.keyClick(ui.find_edit, Qt.Key.Key_Return)
    current = ui.upprop_table.currentIndex()
    assert page.upprop[current.row()].name == "Mikael Nordin"
    assert current.column() == UppropModel.PRESENT
    QTest.keyClick(ui.upprop_table, Qt.Key.Key_Space)
    assert not next(a for a in page.upprop if a.name == "Mikael Nordin").present
    assert "50 av 61 ledamöter" in ui.beslutsfor_label.text()


def test_typing_a_name_in_the_table_jumps_to_it_from_any_column(qtbot, tmp_path) -> None:
    """After a tick in Närvarande Qt's keyboard search looked in that column, which holds
    no text, and typing a name went nowhere."""
    page = upprop_page(qtbot, tmp_path)
    table = page.ui.upprop_table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, UppropModel.PRESENT))
    QTest.keyClicks(table, "Fatima L")
    assert page.upprop[table.currentIndex().row()].name == "Fatima Lindqvist-Bergström"


def test_the_search_field_still_finds_in_an_upprop_that_cannot_be_changed(qtbot, tmp_path) -> None:
    """Open read-only (or checked out by a colleague) the upprop is read, not changed: the
    field that finds a person among 92 changes nothing and stays open to typing."""
    page = upprop_page(qtbot, tmp_path)
    tab = page.test_window.tab("Sammanträde")
    tab.store.read_only = True
    tab.reload()
    assert not page.ui.upprop_table.isEnabled()
    assert not page.ui.find_edit.isReadOnly() and page.ui.find_edit.isEnabled()
    page.ui.find_edit.setText("Åsa")
    assert all(name.startswith("Åsa") for name in shown(page))
