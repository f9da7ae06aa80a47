"""Ångra in the Roller and Delegationsbeslut dialogs. Their edits go onto the main window's
undo stack, and their Ångra showed that stack's last step whatever it was: with a Delegat
typed in the points table, the roles dialog offered "Ångra Ändra delegat i punkt 48" and
Ctrl+Z there undid it unseen, behind the dialog. Now a dialog's Ångra and Gör om act only on
the steps taken in that dialog; after it is closed the window's Ctrl+Z undoes them in turn."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QToolButton

from ksdesk.services import delegation, delegationsbeslut
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog
from ksdesk.ui.dialogs.roles_dialog import RolesDialog
from ksdesk.ui.main_window import MainWindow

DRAFT = "reviderad-2020-11-26"


def _delegat_of(store, nr: str) -> list[str]:
    version = delegation.resolve(store, DRAFT)
    return next(p for _c, p in version.all_points() if p.nr == nr).delegat


def _tab_with_an_edit(qtbot, store):
    """The Delegation tab after a Delegat typed in its table: the window's last undo step."""
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Delegation")
    model = tab.point_model
    uid = next(p.uid for _c, p in delegation.resolve(store, DRAFT).all_points() if p.nr == "48")
    assert model.setData(model.index(model.row_of(uid), 4), "Ekonomichef")
    assert tab.undo_stack.undoText() == "Ändra delegat i punkt 48"
    return tab


def _buttons(dialog) -> tuple[QToolButton, QToolButton]:
    return (
        dialog.findChild(QToolButton, "undo_button"),
        dialog.findChild(QToolButton, "redo_button"),
    )


def _press_ctrl_z(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_roles_dialog_does_not_undo_an_edit_of_the_table(qtbot, demo_store, monkeypatch):
    tab = _tab_with_an_edit(qtbot, demo_store)
    dialog = RolesDialog(demo_store, tab, tab.undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    undo_button, redo_button = _buttons(dialog)
    assert not undo_button.isEnabled() and undo_button.text() == "Ångra"
    undo_button.click()
    _press_ctrl_z(qtbot, dialog)
    assert _delegat_of(demo_store, "48") == ["Ekonomichef"]  # the table's edit stands

    row = next(
        r for r in range(dialog.model.rowCount())
        if dialog.model.row_object(r)[0].name == "Säkerhetschef"
    )  # fmt: skip
    dialog.table.selectRow(row)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Beredskapschef", True))
    )
    dialog.rename_button.click()
    assert undo_button.isEnabled()
    assert undo_button.text() == "Ångra Byt titel Säkerhetschef → Beredskapschef"
    _press_ctrl_z(qtbot, dialog)  # the rename, done here
    assert delegation.role_register(demo_store).find("Säkerhetschef").replaced_by == ""
    assert not undo_button.isEnabled() and undo_button.text() == "Ångra"
    assert redo_button.text() == "Gör om Byt titel Säkerhetschef → Beredskapschef"
    _press_ctrl_z(qtbot, dialog)
    assert _delegat_of(demo_store, "48") == ["Ekonomichef"]
    redo_button.click()
    assert delegation.role_register(demo_store).find("Säkerhetschef").replaced_by == (
        "Beredskapschef"
    )
    dialog.close()
    tab.undo_stack.undo()  # the window's Ctrl+Z: the rename, then the table's edit
    tab.undo_stack.undo()
    assert delegation.role_register(demo_store).find("Säkerhetschef").replaced_by == ""
    assert _delegat_of(demo_store, "48") == []


def test_the_delegationsbeslut_dialog_undoes_only_its_own_steps(qtbot, demo_store) -> None:
    tab = _tab_with_an_edit(qtbot, demo_store)
    dialog = DelegationsbeslutDialog(demo_store, tab, tab.undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    undo_button, _redo = _buttons(dialog)
    assert not undo_button.isEnabled()
    before = len(delegationsbeslut.list_all(demo_store))
    form = dialog.form
    form.date_edit.setDate(QDate(2020, 11, 20))
    form.dnr_edit.setText("KS 2020/501")
    form.delegat_combo.setEditText("Kommunsekreterare")
    form.point_combo.setCurrentIndex(3)
    form.text_edit.setText("Överklagande avvisat")
    form.received_edit.setDate(QDate(2020, 11, 25))
    form.register_button.click()
    assert len(delegationsbeslut.list_all(demo_store)) == before + 1
    assert undo_button.isEnabled()
    undo_button.click()
    assert len(delegationsbeslut.list_all(demo_store)) == before
    assert not undo_button.isEnabled()
    _press_ctrl_z(qtbot, dialog)
    undo_button.click()
    assert _delegat_of(demo_store, "48") == ["Ekonomichef"]
