"""The Delegation tab on a 1366 × 768 laptop at 150 % (a window of 910 × 480 logical pixels):
the points table had some 95 pixels, six lines of text, one or two points in sight. The bar
above took four lines and the findings a quarter of the rest. Now the bar keeps two lines
(what a secretary does once a revision, in its "Mer" menu) and the findings fold to their
heading line on such a short window: the table has twice the lines, and nothing is gone (the
menu holds every control the bar hides; the arrow opens the findings). At 100 % on the same
laptop the bar and the findings are as they were. The probe runs in a process of its own on
the offscreen screen of tests/ui/screen-1920x1080.json; the widgets' behaviour is tested in
this process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ksdesk.ui import window_state
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from tests.ui.fit_probe import run_probe

PROBE = Path(__file__).with_name("delegation_rows_probe.py")
RARE = [
    "&Nytt utkast…",
    "&Importera…",
    "An&ta…",
    "Numrera &om…",
    "Jämför med",
    "&Förteckning med revideringar…",
    "&Exportera…",
    "Ro&ller…",
]
# What the table had at 150 % before: 94 pixels, 6.3 lines of its font.
LINES_BEFORE = 6.3


def test_at_150_the_points_get_twice_the_lines_and_the_rest_is_one_click_away(
    demo_path: Path, tmp_path: Path
) -> None:
    found = run_probe(PROBE, demo_path, tmp_path / "data", 910, 480, "1.5")
    points = found["points"]
    assert points["lines"] >= 2 * LINES_BEFORE
    assert points["rows_begun"] >= 2  # the demo's first points fold Lagrum and Anmärkning in
    # The findings keep their heading line ("Kontroller – 9 fel, 7 övriga") and nothing more.
    assert not points["findings_open"] and not points["finding_table_shown"]
    assert points["findings_height"] == points["findings_heading"]
    # Two lines of bar; what it does not show is in the menu.
    assert found["buttons"] == ["&Skriv ut…", "&Mer", "&Delegationsbeslut…"]
    assert not found["compare_shown"]
    assert found["menu"] == RARE
    # The arrow opens the findings, still leaving the points more than they had.
    opened = found["opened"]
    assert opened["findings_open"] and opened["finding_table_shown"]
    assert opened["findings_height"] >= opened["findings_heading"] + 60
    assert opened["lines"] > 1.3 * LINES_BEFORE


def test_at_150_a_new_files_bar_says_what_to_do_in_two_lines(
    empty_template: Path, tmp_path: Path
) -> None:
    """A new file has no version: beside an empty list of versions the status ("Ingen
    ännu: Importera… eller Nytt utkast…") wrapped to three lines, squeezed by the two
    buttons it names. The empty list gives it its room."""
    new = tmp_path / "new.sqlite"
    new.write_bytes(empty_template.read_bytes())
    found = run_probe(PROBE, new, tmp_path / "data", 910, 480, "1.5")
    assert found["buttons"][:2] == ["&Nytt utkast…", "&Importera…"]
    assert found["status_lines"] <= 2
    assert found["squeezed"] == []


def test_at_100_the_bar_and_the_findings_are_as_before(demo_path: Path, tmp_path: Path) -> None:
    found = run_probe(PROBE, demo_path, tmp_path / "data", 1366, 736, "1")
    assert "&Mer" not in found["buttons"]
    assert set(RARE) - {"Jämför med"} <= set(found["buttons"]) and found["compare_shown"]
    points = found["points"]
    assert points["findings_open"] and points["finding_table_shown"]
    assert points["lines"] >= 20


def _window(qtbot, store, width: int, height: int) -> MainWindow:
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.ui.tabs.setCurrentIndex(2)
    for _ in range(4):
        QApplication.processEvents()
    return window


def test_the_menu_clicks_what_the_bar_hides_and_chooses_the_comparison(qtbot, demo_store) -> None:
    bar = _window(qtbot, demo_store, 700, 600).tab("Delegation").versions
    assert bar.overflow.compact and not bar.ui.renumber_button.isVisible()
    menu = bar.overflow.menu
    menu.aboutToShow.emit()
    entries = {a.text(): a for a in menu.actions()}
    assert entries["Numrera &om…"].isEnabled() == bar.ui.renumber_button.isEnabled()
    bar.renumber_requested.disconnect()  # (the tab's renumbering dialog would wait)
    with qtbot.waitSignal(bar.renumber_requested, timeout=1000):
        entries["Numrera &om…"].trigger()
    choices = entries["Jämför med"].menu().actions()
    assert [a.isChecked() for a in choices] == [False, True]
    choices[0].trigger()
    assert bar.ui.compare_combo.currentData() is None  # (ingen)
    menu.aboutToShow.emit()
    compare = next(a for a in menu.actions() if a.text() == "Jämför med")
    assert [a.isChecked() for a in compare.menu().actions()] == [True, False]


def test_a_file_without_an_ordning_keeps_import_and_new_draft_in_sight(qtbot, store) -> None:
    bar = _window(qtbot, store, 700, 600).tab("Delegation").versions
    assert bar.overflow.compact
    assert bar.ui.import_button.isVisible() and bar.ui.new_draft_button.isVisible()
    assert not bar.ui.adopt_button.isVisible()
    bar.overflow.menu.aboutToShow.emit()
    texts = [a.text() for a in bar.overflow.menu.actions()]
    assert "&Importera…" not in texts and "An&ta…" in texts


def test_folded_findings_are_remembered_and_a_drag_folds_them(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store, 1100, 760)
    tab = window.tab("Delegation")
    pane = tab.findings_pane
    assert pane.is_open and tab.ui.finding_table.isVisible()
    tab.ui.findings_toggle.click()
    assert not pane.is_open and not tab.ui.finding_table.isVisible()
    QApplication.processEvents()
    assert tab.ui.findings_panel.height() == pane.heading_height()
    window_state.save_splitters("Delegation", tab)
    window.close()
    again = _window(qtbot, demo_store, 1100, 760).tab("Delegation")
    assert not again.findings_pane.is_open  # as the splitter was left
    again.ui.findings_toggle.click()
    QApplication.processEvents()
    assert again.findings_pane.is_open and again.ui.finding_table.isVisible()
    splitter = again.ui.right_splitter
    assert splitter.sizes()[1] >= again.findings_pane.least_open_height()
    # Dragged down below two rows of the list, the pane folds to its heading.
    splitter.moveSplitter(sum(splitter.sizes()) - 40, 1)
    QApplication.processEvents()
    assert not again.findings_pane.is_open


def test_the_points_open_at_their_first_point(qtbot, demo_store) -> None:
    """The table's columns fold as it is first shown (a change of the model's layout),
    before Qt has laid it out: its scroll range was still 0, so the rows' fitter took it for
    a list scrolled to its end and, once the rows were measured, scrolled there. The tab
    opened on the demo's last points (86–88)."""
    table = _window(qtbot, demo_store, 1100, 760).tab("Delegation").points.ui.point_table
    assert table.verticalScrollBar().maximum() > 0
    assert table.verticalScrollBar().value() == 0 and table.rowAt(0) == 0
