"""A new meeting in the Kallelse tab offers the organ's open ärenden: the dialog lists the
återremitterat § with its way so far, ticked because it is planned nowhere; taking it up puts
it on the new agenda, linked, and Ctrl+Z takes it off again (the meeting stays)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.db import arende_repo
from ksdesk.services import meeting_lookup
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog
from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog
from ksdesk.ui.main_window import MainWindow
from tests.services.test_arenden_take_up import DEMO_DAY, _aterremiss

NEW_DAY = date(2021, 1, 18)


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    create_application()
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def sent_back(demo_store) -> int:
    organ_id = meeting_lookup.find_meeting(demo_store, DEMO_DAY).organ_id
    with demo_store.atomic():
        return _aterremiss(
            demo_store, organ_id, date(2020, 10, 26), 190, "KS 2020/300", "Parkeringsnorm"
        )


def _new_meeting_on(monkeypatch, day: str) -> None:
    def exec_(dialog: MeetingDialog) -> int:
        dialog.ui.organ_combo.setCurrentText("Kommunstyrelsen")
        dialog.ui.date_edit.setText(day)
        dialog.ui.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", exec_)


def test_new_meeting_offers_the_open_matter_and_takes_it_up(
    window, demo_store, sent_back, monkeypatch
) -> None:
    seen = {}

    def offered(dialog: OpenMattersDialog) -> int:
        model = dialog.model
        seen["rows"] = [model.row_object(r).steg.nr for r in range(model.rowCount())]
        seen["ticked"] = model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole)
        seen["history"] = dialog.history.text()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    _new_meeting_on(monkeypatch, "2021-01-18")
    monkeypatch.setattr(OpenMattersDialog, "exec", offered)
    tab = window.tab("Kallelse")
    tab.meetings.new()

    assert seen["rows"] == [190]  # § 216 is planned for 2020-12-07 already: not offered
    assert seen["ticked"] == Qt.CheckState.Checked
    assert "Återremitterat" in seen["history"] and "§ 190" in seen["history"]
    meeting = meeting_lookup.find_meeting(demo_store, NEW_DAY)
    item = next(i for i in meeting.items if i.title == "Parkeringsnorm")
    assert item.dnr == "KS 2020/300"
    assert arende_repo.get(demo_store, sent_back).item_id == item.id
    assert "Parkeringsnorm" in [i.title for i in tab.meeting.items]

    assert window.undo_stack.undoText() == "Ta upp öppna ärenden"
    window.undo_stack.undo()
    meeting = meeting_lookup.find_meeting(demo_store, NEW_DAY)
    assert "Parkeringsnorm" not in [i.title for i in meeting.items]
    assert arende_repo.get(demo_store, sent_back) is None
    window.undo_stack.redo()
    assert "Parkeringsnorm" in [
        i.title for i in meeting_lookup.find_meeting(demo_store, NEW_DAY).items
    ]


def test_unticked_matters_stay_off_the_agenda(window, demo_store, sent_back, monkeypatch) -> None:
    def untick_all(dialog: OpenMattersDialog) -> int:
        dialog.model.setData(
            dialog.model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
        dialog.accept()
        return QDialog.DialogCode.Accepted

    _new_meeting_on(monkeypatch, "2021-01-18")
    monkeypatch.setattr(OpenMattersDialog, "exec", untick_all)
    window.tab("Kallelse").meetings.new()
    meeting = meeting_lookup.find_meeting(demo_store, NEW_DAY)
    assert all(i.is_standard for i in meeting.items)
    assert window.undo_stack.undoText() == "Nytt sammanträde"


def test_the_button_says_when_nothing_is_open(window, monkeypatch) -> None:
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    tab = window.tab("Kallelse")
    assert tab.ui.open_matters_button.isEnabled()
    tab.ui.open_matters_button.click()  # the demo meeting already takes § 216 up
    assert said and "inga återremitterade eller bordlagda" in said[0]


def test_the_agenda_item_shows_the_paragraf_it_takes_up(window, monkeypatch) -> None:
    """The link read backwards: ärende 5 of 2020-12-07 shows § 216 of 2020-11-24."""
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    seen = {}

    def exec_(dialog: ItemDialog) -> int:
        label = dialog.ui.history_label
        seen["text"], seen["hidden"] = label.text(), label.isHidden()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ItemDialog, "exec", exec_)
    tab = window.tab("Kallelse")
    tab.select_row(4)  # 5. Revidering av kommunstyrelsens delegationsordning
    tab.edit_item()
    assert not seen["hidden"]
    assert seen["text"] == (
        "2020-11-24 Kommunstyrelsen § 216: Återremitterat<br>"
        "2020-12-07 Kommunstyrelsen ärende 5: På dagordningen"
    )
    tab.select_row(2)  # an ärende with no earlier §
    tab.edit_item()
    assert seen["hidden"] and seen["text"] == ""
