"""The Budget tab's sheet on a narrow window (a 1366 × 768 laptop at 150 % gives the sheet some
370 logical pixels between the list of sheets and the check): the row and column bars took
four lines and left the table three rows of a budget. Now all but Ny and Ta bort go into the
bar's "Mer" menu there, each entry doing what its button does; a wide sheet shows the bars as
before."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from ksdesk.services import budget as budget_service
from ksdesk.ui.tabs.budget_tab import BudgetTab


def _tab(qtbot, store, width: int) -> BudgetTab:
    tab = BudgetTab(store)
    qtbot.addWidget(tab)
    tab.errors = []
    tab.show_error = lambda message, _title="": tab.errors.append(message)
    tab.resize(width, 600)
    tab.show()
    QApplication.processEvents()
    return tab


def _entries(menu: QMenu) -> dict:
    """The menu's entries by their text (without the Alt letter the window gives them)."""
    menu.aboutToShow.emit()
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}


def _rows(tab: BudgetTab, key: str) -> list:
    return budget_service.find_sheet(tab.store, key).rows


def test_a_narrow_sheet_keeps_new_and_remove_and_offers_the_rest(qtbot, demo_store) -> None:
    page = _tab(qtbot, demo_store, 880).sheet_page
    ui = page.ui
    assert page.overflow.compact and ui.more_button.isVisible()
    for kept in (ui.add_row_button, ui.remove_row_button, ui.add_column_button):
        assert kept.isVisible()
    for folded in (ui.row_up_button, ui.row_kind_combo, ui.column_sums_button):
        assert not folded.isVisible()
    texts = list(_entries(page.overflow.menu))
    assert texts == [
        "Flytta raden upp",
        "Flytta raden ned",
        "Radtyp",
        "Procentrad",
        "Flytta kolumnen åt vänster",
        "Flytta kolumnen åt höger",
        "Kolumntyp",
        "Kolumnens rubrik…",
        "Kolumnen summerar…",
        "Rubrik och enhet…",
        "Exportera till Excel…",
    ]


def test_the_menu_moves_kinds_and_marks_the_row_as_the_buttons_do(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store, 880)
    tab.select_sheet("kvalitet")
    first, second = (row.cells[0] for row in _rows(tab, "kvalitet")[:2])
    tab.sheet_page.go_to(0, 0)
    _entries(tab.sheet_page.overflow.menu)["Flytta raden ned"].trigger()
    assert [row.cells[0] for row in _rows(tab, "kvalitet")[:2]] == [second, first]
    # The row kind: the submenu shows the current row's and choosing one changes it, as
    # choosing in the combo does (its `activated`, which a program's setCurrentIndex is not).
    kinds = _entries(tab.sheet_page.overflow.menu)["Radtyp"].menu().actions()
    assert [a.text() for a in kinds if a.isChecked()] == ["Rad"]
    next(a for a in kinds if a.text() == "Delsumma").trigger()
    assert _rows(tab, "kvalitet")[1].kind == "subtotal"
    percent = _entries(tab.sheet_page.overflow.menu)["Procentrad"]
    assert percent.isCheckable() and not percent.isChecked()
    percent.trigger()
    assert _rows(tab, "kvalitet")[1].percent
    assert _entries(tab.sheet_page.overflow.menu)["Procentrad"].isChecked()
    assert tab.errors == []


def test_a_wide_sheet_shows_every_tool_on_its_bar(qtbot, demo_store) -> None:
    page = _tab(qtbot, demo_store, 1340).sheet_page
    assert not page.overflow.compact and not page.ui.more_button.isVisible()
    for button in (page.ui.row_up_button, page.ui.column_sums_button, page.ui.export_button):
        assert button.isVisible()
    assert page.ui.print_button.text() == "Förhandsgranska och skriv ut…"


def test_a_narrow_sheet_prints_from_beside_its_heading(qtbot, demo_store) -> None:
    """ "Förhandsgranska och skriv ut…" took a line of its own above the bars (a budget row
    less); on a narrow sheet it says "Skriv ut…" and stands beside the heading."""
    page = _tab(qtbot, demo_store, 880).sheet_page
    ui = page.ui
    assert ui.print_button.text() == "Skriv ut…" and "Förhandsgranska" in ui.print_button.toolTip()
    heading, button = ui.sheet_heading.geometry(), ui.print_button.geometry()
    assert button.top() < heading.bottom() and button.left() > heading.left()
    page.parentWidget().window().resize(1340, 600)
    QApplication.processEvents()
    assert ui.print_button.text() == "Förhandsgranska och skriv ut…"
