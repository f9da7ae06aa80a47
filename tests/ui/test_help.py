"""The handbook: its pages hang together, and F1 opens the page about what has focus, from
every tab, from a page inside a tab and from a modal dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ksdesk import paths
from ksdesk.services.store import open_database
from ksdesk.ui.dialogs.help_window import PAGES, HelpWindow, page_title
from ksdesk.ui.help_topics import anchor, install_help_key, topic_for
from ksdesk.ui.main_window import TABS, MainWindow

LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#([^)\s]+))?\)")


def headings(page: str) -> set[str]:
    text = (paths.help_dir() / page).read_text(encoding="utf-8")
    return {anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def test_every_page_is_listed_titled_and_linked_correctly() -> None:
    on_disk = {p.name for p in paths.help_dir().glob("*.md")}
    assert on_disk == set(PAGES)
    for page in PAGES:
        assert page_title(page) != page, f"{page} has no '# ' title"
        text = (paths.help_dir() / page).read_text(encoding="utf-8")
        for target, fragment in LINK.findall(text):
            assert target in PAGES, f"{page} links to {target}"
            if fragment:
                assert fragment in headings(target), f"{page} links to {target}#{fragment}"


def test_every_tab_has_a_page() -> None:
    for _title, _factory, topic in TABS:
        assert topic in PAGES


def test_anchor_is_the_heading_in_lower_case_joined_by_dashes() -> None:
    assert anchor(" Var databasen ska ligga") == "var-databasen-ska-ligga"
    assert anchor("En andra mapp för säkerhetskopiorna") == "en-andra-mapp-för-säkerhetskopiorna"
    assert anchor("Tidsfrister (1 att åtgärda)") == "tidsfrister-1-att-åtgärda"


@pytest.fixture
def window(qtbot, demo_path):
    install_help_key(QApplication.instance())
    store = open_database(demo_path)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    store.close()


def _help_of(owner) -> HelpWindow:
    found = owner.findChild(HelpWindow)
    assert found is not None and found.isVisible()
    return found


def test_f1_on_each_tab_opens_its_page(window, qtbot) -> None:
    for index, (title, _factory, topic) in enumerate(TABS):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.tabs[title]
        tab.setFocus()
        focus = QApplication.focusWidget() or tab
        QTest.keyClick(focus, Qt.Key.Key_F1)
        help_window = _help_of(window)
        assert help_window.current_page() == topic
        assert page_title(topic) in help_window.windowTitle()
        assert help_window.browser.toPlainText().startswith(page_title(topic))


def test_f1_on_a_page_inside_a_tab_opens_its_section(window, qtbot) -> None:
    tab = window.tab("Sammanträde")
    tab.start()  # the justering's fields open once the protokoll is started
    tab.ui.pages.setCurrentIndex(2)  # Justering
    field = tab.justering.ui.justering_place_edit
    field.setFocus()
    assert QApplication.focusWidget() is field
    assert topic_for(field) == "sammantrade.md#justering"
    QTest.keyClick(field, Qt.Key.Key_F1)
    browser = _help_of(window).browser
    assert browser.source().fragment() == "justering"
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)  # scrolled to it
    assert browser.textCursor().block().text() == "Justering"


def test_f1_in_a_modal_dialog_opens_help_the_dialog_does_not_block(window, qtbot) -> None:
    from ksdesk.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.store, window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() makes it
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a dialog shown by exec() is: F1 is each window's shortcut
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.activeModalWidget() is dialog
    dialog.ui.backup_table.setFocus()
    QTest.keyClick(dialog.ui.backup_table, Qt.Key.Key_F1)
    help_window = _help_of(dialog)  # the dialog's own: a modal dialog blocks the others
    assert help_window.current_page() == "sakerhetskopior.md"
    assert window.findChild(HelpWindow) is help_window  # closed with the dialog, not before
    dialog.reject()


def test_menu_opens_where_everything_is_kept(window) -> None:
    window.ui.action_where.trigger()
    help_window = _help_of(window)
    assert help_window.current_page() == "filer.md"
    assert "%LOCALAPPDATA%\\ksdesk" in help_window.browser.toPlainText()


def test_searching_the_handbook_lists_the_pages_that_mention_it(window) -> None:
    window.ui.action_help.trigger()
    help_window = _help_of(window)
    help_window.search_edit.setText("OneDrive")
    listed = {help_window.contents.item(i).text() for i in range(help_window.contents.count())}
    assert "Säkerhetskopior" in listed and "Var allt finns" in listed
    assert "Budget" not in listed
    help_window.search_edit.setText("")
    assert help_window.contents.count() == len(PAGES)
