"""The sekretess flag of a delegationsbeslut by hand in the register (step m1812): the form's
box sets it and shows it when the decision is changed, and the register's Beslut column says
"Sekretess" before the text the secretary still reads there."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from ksdesk.db import delegationsbeslut_repo
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog


def test_the_box_flags_a_decision_and_the_register_says_so(qtbot, demo_store) -> None:
    create_application()
    dialog = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.date_edit.setDate(QDate(2020, 11, 20))
    form.dnr_edit.setText("KS 2020/601")
    form.delegat_combo.setEditText("Kommunsekreterare")
    form.point_combo.setCurrentIndex(3)
    form.text_edit.setText("Bistånd till Kim Lindqvist")
    form.received_edit.setDate(QDate(2020, 11, 25))
    form.secret_check.setChecked(True)
    form.register_button.click()
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/601")
    assert stored.sekretess and stored.beslut == "Bistånd till Kim Lindqvist"
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.row_object(r).id == stored.id
    )
    shown = dialog.model.index(row, 2)
    assert shown.data() == "Sekretess – Bistånd till Kim Lindqvist"
    assert "skrivs inte ut" in shown.data(Qt.ItemDataRole.ToolTipRole)
    assert not form.secret_check.isChecked()  # cleared for the next decision
    form.load(stored)
    assert form.secret_check.isChecked()
    form.secret_check.setChecked(False)
    form.register_button.click()
    assert not delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/601").sekretess


def test_a_reported_decision_is_flagged_by_the_button_and_undone(qtbot, demo_store) -> None:
    """The form changes only decisions not yet reported; the flag may be set on one already
    anmäld (its meeting's web edition may yet be printed), and undone."""
    create_application()
    dialog = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()  # an undo reloads a dialog shown
    beslut = delegationsbeslut_repo.list_all(demo_store)[0]
    beslut.reported_meeting_id = dialog.anmalan.meeting_combo.currentData()
    with demo_store.atomic():
        delegationsbeslut_repo.save(demo_store, beslut)
    dialog.reload()
    dialog.select(beslut.id)
    assert not dialog.edit_button.isEnabled() and dialog.secret_button.isEnabled()
    dialog.secret_button.click()
    assert delegationsbeslut_repo.get(demo_store, beslut.id).sekretess
    assert dialog.secret_button.isChecked()
    dialog.stack.undo()
    assert not delegationsbeslut_repo.get(demo_store, beslut.id).sekretess
    assert not dialog.secret_button.isChecked()
