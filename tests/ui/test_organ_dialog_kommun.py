"""The nämnd's settings refuse a kommun's name misspelt, as `ksdesk init` does, and say
which kommun was meant; a name the secretary leaves as it was never stops another edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.db import organ_repo
from ksdesk.services import meeting_lookup
from ksdesk.ui.dialogs.organ_dialog import OrganDialog


def _dialog(qtbot, demo_store, **changes) -> OrganDialog:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    organ = replace(organ_repo.get(demo_store, meeting.organ_id), **changes)
    dialog = OrganDialog(organ)
    qtbot.addWidget(dialog)
    return dialog


def test_a_misspelt_kommun_is_refused_with_the_name_meant(qtbot, demo_store, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog = _dialog(qtbot, demo_store)
    assert dialog.ui.kommun_edit.text() == "Ludvika kommun"
    dialog.ui.pages.setCurrentWidget(dialog.ui.ersattare_page)
    dialog.ui.kommun_edit.setText("Ludvika komun")
    dialog.ui.button_box.accepted.emit()
    assert said == [
        "Det finns ingen kommun som heter ”Ludvika komun”. Menade du ”Ludvika kommun”? "
        "Skriv kommunens namn som kommunen själv skriver det."
    ]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.pages.currentWidget() is dialog.ui.kallelse_page
    dialog.ui.kommun_edit.setText("Region Dalarna")  # near no kommun: the secretary's own
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_organ().kommun == "Region Dalarna"


def test_a_stored_name_left_as_it_is_never_stops_an_edit(qtbot, demo_store, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog = _dialog(qtbot, demo_store, kommun="Ludvika komun")
    dialog.ui.secretary_name_edit.setText("Eva Ny")
    dialog.ui.button_box.accepted.emit()
    assert said == [] and dialog.result() == QDialog.DialogCode.Accepted


def test_a_kommun_typed_in_small_letters_is_saved_as_it_writes_itself(qtbot, demo_store) -> None:
    dialog = _dialog(qtbot, demo_store)
    dialog.ui.kommun_edit.setText("ludvika  kommun")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_organ().kommun == "Ludvika kommun"
