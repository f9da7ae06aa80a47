"""The Budget tab on a narrow window (a 1366 × 768 laptop at 150 % leaves it some 880 logical
pixels): the list of sheets and the check of the sums beside the sheet fold to strips
(widgets/side_fold.py), the sheet's columns of text wrap down to their widest word
(ui/tabs/budget_sheet_columns.py), and a resultaträkning of six columns shows whole. Before,
the sheet got some 370 pixels between the two panes and showed three of its columns."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ksdesk.ui.tabs.budget_tab import BudgetTab
from tests.interchange.real_budget_pairs import SJOBO_RR_2021


def _tab(qtbot, store, width: int, height: int = 480, state=None) -> BudgetTab:
    tab = BudgetTab(store)
    qtbot.addWidget(tab)
    tab.errors = []
    tab.show_error = lambda message, _title="": tab.errors.append(message)
    tab.resize(width, height)
    if state is not None:
        tab.ui.splitter.restoreState(state)  # as the main window restores it, before showing
    tab.show()
    _settle()
    return tab


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _paste_sjobo(tab: BudgetTab, monkeypatch) -> None:
    from ksdesk.ui.dialogs import import_report_dialog

    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda *_a, **_k: True)
    assert tab.sheets.paste_table(SJOBO_RR_2021)
    _settle()


@pytest.fixture()
def sjobo_store(demo_store, qtbot, monkeypatch):
    """The demo with Sjöbo's resultaträkning 2021 pasted, shown first."""
    tab = _tab(qtbot, demo_store, 1800)
    _paste_sjobo(tab, monkeypatch)
    key = tab.sheet_key
    tab.close()
    return demo_store, key


def _scrolls_sideways(tab: BudgetTab) -> bool:
    table = tab.sheet_page.ui.sheet_table
    return table.horizontalScrollBar().maximum() > 0


def test_a_wide_sheet_on_a_narrow_window_folds_the_list_and_shows_every_column(
    qtbot, sjobo_store
) -> None:
    store, key = sjobo_store
    tab = _tab(qtbot, store, 880)
    tab.select_sheet(key)
    tab.sheets_fold.fold()  # as at the first show of a window with nothing remembered
    _settle()
    tab.sheet_page.columns.resized()
    _settle()
    assert not tab.sheets_fold.is_open
    assert tab.sheets.width() <= tab.sheets_fold.strip_width()
    assert not tab.sheets.ui.sheet_list.isVisible() and tab.sheets.ui.fold_button.isVisible()
    # Every sum of Sjöbo's page holds: the check folds to ✓ and gives the sheet its width.
    tab.checks_fold.fold()
    _settle()
    assert tab.checks.ui.fold_mark.isVisible() and tab.checks.ui.fold_mark.text() == "✓"
    assert not _scrolls_sideways(tab)


def test_the_first_show_folds_what_the_sheet_needs_and_keeps_a_finding_in_sight(
    qtbot, demo_store
) -> None:
    """The demo's first sheet (Volym) has a finding: on the narrow window the list folds, the
    check stays open and readable. On a wide window nothing folds."""
    narrow = _tab(qtbot, demo_store, 700)
    assert not narrow.sheets_fold.is_open
    assert narrow.checks_fold.is_open and narrow.findings
    assert narrow.checks.width() >= narrow.checks.readable_width()
    wide = _tab(qtbot, demo_store, 1800)
    assert wide.sheets_fold.is_open and wide.checks_fold.is_open
    assert wide.sheets.width() >= wide.sheets.readable_width()


def test_the_arrows_fold_and_open_and_the_mark_counts_the_findings(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store, 1800)
    tab.select_sheet("volym")
    _settle()
    checks, fold = tab.checks, tab.checks_fold
    sheet_before = tab.sheet_page.width()
    checks.ui.fold_button.click()
    _settle()
    assert not fold.is_open and not checks.ui.findings_table.isVisible()
    assert tab.sheet_page.width() > sheet_before  # the width went to the sheet
    mark = checks.ui.fold_mark
    assert mark.isVisible() and mark.text() == "1" and not mark.icon().isNull()
    assert "1 varning" in mark.toolTip()
    assert fold.toggle.toolTip() == "Visa kontrollen av summorna"
    mark.click()
    _settle()
    assert fold.is_open and checks.ui.findings_table.isVisible() and not mark.isVisible()
    assert checks.width() >= checks.readable_width()


def test_a_folded_pane_is_remembered_with_the_splitter(qtbot, demo_store) -> None:
    """window_state saves the splitter; a splitter saved with the list folded opens folded,
    and one with the check folded opens with the check folded, though it has a finding."""
    first = _tab(qtbot, demo_store, 1800)
    first.sheets_fold.fold()
    _settle()
    again = _tab(qtbot, demo_store, 1800, state=first.ui.splitter.saveState())
    assert not again.sheets_fold.is_open and again.checks_fold.is_open
    again.sheets_fold.open()
    again.checks_fold.fold()
    _settle()
    third = _tab(qtbot, demo_store, 1800, state=again.ui.splitter.saveState())
    assert third.sheets_fold.is_open and not third.checks_fold.is_open
    assert third.findings and third.checks.ui.fold_mark.isVisible()


def test_a_dragged_shut_pane_folds(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store, 1800)
    splitter = tab.ui.splitter
    splitter.moveSplitter(20, 1)  # the handle dragged past the least width: it snaps shut
    _settle()
    assert not tab.sheets_fold.is_open
    assert tab.sheets.width() == tab.sheets_fold.strip_width()


def test_the_texts_wrap_on_a_narrow_sheet_and_unwrap_on_a_wide_one(qtbot, sjobo_store) -> None:
    store, key = sjobo_store
    tab = _tab(qtbot, store, 1800)
    tab.select_sheet(key)
    _settle()
    table, columns = tab.sheet_page.ui.sheet_table, tab.sheet_page.columns
    natural, least = columns.texts[0]
    assert least < natural and table.columnWidth(0) == natural
    tab.resize(700, 480)
    _settle()
    assert least <= table.columnWidth(0) < natural
    tab.resize(1800, 480)
    _settle()
    assert table.columnWidth(0) == natural
    # The Not column is as wide as its notes ("3A"), not an amount's 70 pixels.
    assert table.columnWidth(1) < 70
