"""The Delegation tab on the demo: search with look-alikes, delegat filter, edit in place with
undo, the one-click fix, renumbering, and the register of delegationsbeslut."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from ksdesk.services import delegation, delegation_edit
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog
from ksdesk.ui.dialogs.renumber_dialog import RenumberDialog
from ksdesk.ui.dialogs.roles_dialog import RolesDialog
from ksdesk.ui.main_window import MainWindow

DRAFT = "reviderad-2020-11-26"


def _tab(qtbot, demo_store):
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    return window.tab("Delegation")


def _shown_numbers(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def _stored_point(store, nr: str, chapter: str | None = None):
    version = delegation.resolve(store, DRAFT)
    return next(p for c, p in version.all_points() if p.nr == nr and chapter in (None, c.title))


def test_findings_are_listed_and_shown_on_their_rows(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    codes = {tab.finding_model.row_object(r).code for r in range(tab.finding_model.rowCount())}
    assert {"dubblett-nr", "saknar-delegat", "blandad-skrift", "motstridigt-datum"} <= codes
    row = tab.point_model.row_of(_stored_point(demo_store, "48").uid)
    marker = tab.point_model.index(row, 0)
    assert marker.data() == "●"
    assert "saknar delegat" in marker.data(Qt.ItemDataRole.ToolTipRole)


def test_search_finds_cyrillic_text_and_delegat_filter(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    tab.ui.search_edit.setText("Sker i dialog")
    assert _shown_numbers(tab) == ["76", "77"]
    tab.ui.search_edit.clear()
    tab.ui.delegat_combo.setCurrentText("Arbetsmarknad- och integrationschef")
    assert _shown_numbers(tab) == ["47", "83", "84", "85", "86", "87", "88"]
    assert tab.ui.match_label.text() == "7 av 97 punkter"


def test_edit_in_place_is_saved_at_once_and_undone(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    uid = _stored_point(demo_store, "48").uid
    index = tab.point_model.index(tab.point_model.row_of(uid), 4)  # Delegat
    assert tab.point_model.setData(index, "Koncernekonomichef; Ekonomichef")
    assert _stored_point(demo_store, "48").delegat == ["Koncernekonomichef", "Ekonomichef"]
    assert tab.undo_stack.undoText() == "Ändra delegat i punkt 48"
    tab.undo_stack.undo()
    assert _stored_point(demo_store, "48").delegat == []


def test_one_click_fix_and_renumbering_are_undoable(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    assert tab.select_point(_stored_point(demo_store, "76").uid)
    assert tab.ui.fix_button.isEnabled()
    tab.ui.fix_button.click()
    assert _stored_point(demo_store, "76").anmarkning.startswith("Sker i dialog")
    tab.undo_stack.undo()
    assert _stored_point(demo_store, "76").anmarkning.startswith("Sk\u0435\u0440")

    dialog = RenumberDialog(tab.version, tab)
    assert dialog.model.rowCount() == 6
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == ["83", "92"]
    version_id, plan = tab.version.id, dialog.plan
    tab.version_edit("Numrera om", lambda: delegation_edit.renumber(demo_store, version_id, plan))
    codes = {f.code for f in tab.findings}
    assert "dubblett-nr" not in codes and "ordning" not in codes
    assert _stored_point(demo_store, "92", "Livsmedel/kost").arende.startswith("Ansökan")
    tab.undo_stack.undo()
    assert "dubblett-nr" in {f.code for f in tab.findings}


def test_register_of_delegationsbeslut(qtbot, demo_store) -> None:
    create_application()
    dialog = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1  # SBN 2020/877
    dialog.date_edit.setDate(QDate(2020, 11, 20))
    assert dialog.point_combo.count() == 92  # the version in force then (reconstructed)
    dialog.dnr_edit.setText("KS 2020/501")
    dialog.delegat_combo.setEditText("Kommunsekreterare")
    dialog.point_combo.setCurrentIndex(3)  # punkt 4
    dialog.text_edit.setText("Överklagande avvisat")
    dialog.received_edit.setDate(QDate(2020, 11, 25))
    dialog.register_button.click()
    assert dialog.model.rowCount() == 2
    assert "Registrerat: KS 2020/501" in dialog.message.text()
    assert "1 beslut att anmäla" in dialog.summary.text()
    dialog.agenda_button.click()


def test_roles_dialog_lists_uses(qtbot, demo_store) -> None:
    create_application()
    dialog = RolesDialog(demo_store)
    qtbot.addWidget(dialog)
    rows = {
        dialog.model.row_object(r)[0].name: dialog.model.row_object(r)
        for r in range(dialog.model.rowCount())
    }
    assert rows["Kommunchef"][0].replaced_by == "Kommundirektör"
    assert rows["Personalchef"][1] == 2
