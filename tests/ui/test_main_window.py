"""Smoke tests of the main window: every tab shows the demo data through its model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow


def _window(qtbot, demo_store) -> MainWindow:
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_title_names_the_file(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    assert window.windowTitle() == "demo.sqlite – ksdesk"
    assert window.database_label.text() == f"Databas: {demo_store.path}"
    assert [window.ui.tabs.tabText(i) for i in range(3)] == ["Kallelse", "Budget", "Delegation"]


def test_kallelse_tab_shows_agenda_with_dnr(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    model = tab.agenda_model
    assert model.rowCount() == 7
    assert model.index(2, 2).data() == "KS 2020/434"  # as its tjänsteskrivelse has it
    assert model.index(4, 1).data() == "Revidering av kommunstyrelsens delegationsordning"
    assert "Måndag 7 december 2020, kl. 14.00" in tab.agenda.ui.meeting_heading.text()


def test_budget_tab_shows_sheets_in_swedish_format(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Budget")
    assert tab.list_model.rowCount() == 9
    tab.sheets.ui.sheet_list.setCurrentIndex(tab.list_model.index(6, 0))  # Bilaga 2
    model = tab.sheet_model
    total = model.rowCount() - 1
    assert model.index(total, 4).data() == "123\u00a0951"
    assert model.index(total, 5).data() == "111\u00a0016"
    align = model.index(total, 4).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(total, 4).data(Qt.ItemDataRole.FontRole).bold()


def test_budget_negative_uses_the_print_minus(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Budget")
    assert tab.sheet_model.index(0, 3).data() == "\u22120,5"  # Volym, first row


def test_delegation_tab_shows_chapters_and_points(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Delegation")
    tree = tab.outline.ui.chapter_tree.model()
    assert tree.rowCount(tree.index(0, 0)) == 6  # "Alla kapitel" and the six chapters
    assert tab.point_model.rowCount() == 97
    tab.outline.ui.chapter_tree.setCurrentIndex(tree.index(0, 0, tree.index(0, 0)))
    assert tab.point_model.rowCount() == 28
    tab.outline.ui.chapter_tree.setCurrentIndex(tree.index(5, 0, tree.index(0, 0)))
    assert tab.point_model.rowCount() == 6
    assert tab.point_model.index(0, 1).data() == "83"  # column 0 marks findings
    assert tab.versions.ui.version_status.text().startswith("Utkast")


def test_team_mode_waits_for_the_first_paint(qtbot, demo_store) -> None:
    """Team mode's bar comes after the first paint; the window comes up sooner. Asked for
    earlier, the bar is there at once."""
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert window._team is None
    window.show()
    qtbot.waitUntil(lambda: window._team is not None)
    assert window.findChild(QAction, "action_team_link") is not None
    other = MainWindow(demo_store)
    qtbot.addWidget(other)
    assert other.team is other._team and other._team is not None  # built when asked


def test_a_covered_tab_reloads_when_shown_again_not_at_each_edit(qtbot, demo_store) -> None:
    """An edit in the Kallelse tab does not wait for the tabs behind it: at ten years the
    Uppföljning tab took 0.7 s to reload. They catch up once, when shown."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.core.topics import Topic
    from ksdesk.ui.tab_registry import TABS

    window = _window(qtbot, demo_store)
    titles = [title for title, _factory, _topic in TABS]

    def show(title: str) -> None:
        window.ui.tabs.setCurrentIndex(titles.index(title))
        QApplication.processEvents()  # as the event loop does between the user's clicks

    show("Uppföljning")  # built, then covered
    show("Kallelse")
    follow = window.tabs["Uppföljning"]
    reloads = []
    follow.refresh = lambda: reloads.append("reload")
    changed = QApplication.instance().data_changed
    changed.emit(Topic.AGENDA)
    changed.emit(Topic.PROTOKOLL)
    assert reloads == []
    show("Uppföljning")
    assert reloads == ["reload"]  # both changes, caught up once
    changed.emit(Topic.AGENDA)  # in sight: at once
    assert reloads == ["reload", "reload"]
    show("Kallelse")
    show("Uppföljning")
    assert reloads == ["reload", "reload"]  # nothing missed, nothing reloaded


def test_the_open_file_goes_first_in_the_recent_list_once_the_window_is_up(
    qtbot, demo_store
) -> None:
    from ksdesk.ui import settings

    window = _window(qtbot, demo_store)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: settings.recent_databases()[:1] == [demo_store.path.resolve()])
