"""A dialog whose values a rule outside it refuses after OK (ui/checked_dialog.exec_checked):
the refusal is said over the dialog, open again with everything typed in it, and OK may be
pressed again. Before, the dialog had closed: a new budget sheet without a rubrik lost its
underrubrik, unit and decimals; a new meeting refused lost its date, time and place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from ksdesk.core.errors import InvalidInput
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.services import budget as budget_service
from ksdesk.services import meetings
from ksdesk.ui.app import create_application
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.dialogs.delegation_chapter_dialog import ChapterDialog
from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog
from ksdesk.ui.dialogs.organ_dialog import OrganDialog
from ksdesk.ui.dialogs.uppfoljning_dialogs import MotionDialog
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.tabs.budget_tab import BudgetTab


def _answer(steps: list[Callable[[QDialog], None]]) -> None:
    """Run each step on the dialog as it comes up, in turn (a QMessageBox is not one)."""

    def next_step() -> None:
        modal = QApplication.activeModalWidget()
        if not steps:
            return
        if not isinstance(modal, QDialog) or isinstance(modal, QMessageBox):
            QTimer.singleShot(20, next_step)
            return
        steps.pop(0)(modal)
        QTimer.singleShot(20, next_step)

    QTimer.singleShot(20, next_step)


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def box(_parent, title, text, *_args, **_kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(box))
    return seen


def test_a_refused_value_keeps_the_dialog_open_with_what_was_typed(qtbot, said) -> None:
    create_application()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    shown: list[str] = []

    def check() -> str:
        if edit.text() != "rätt":
            raise InvalidInput(f"”{edit.text()}” duger inte: skriv rätt.")
        return edit.text()

    def first(d: QDialog) -> None:
        edit.setText("fel")
        d.accept()

    def second(d: QDialog) -> None:
        shown.append(edit.text())
        edit.setText("rätt")
        d.accept()

    _answer([first, second])
    assert exec_checked(dialog, check, "Prövning") == "rätt"
    assert shown == ["fel"]  # the dialog came back with what was typed
    assert said == [("Prövning", "”fel” duger inte: skriv rätt.")]
    _answer([lambda d: d.reject()])
    assert exec_checked(dialog, check, "Prövning") is None
    assert QApplication.activeModalWidget() is None


def test_a_new_budget_sheet_without_a_rubrik_keeps_what_was_typed(qtbot, demo_store, said):
    create_application()
    tab = BudgetTab(demo_store)
    qtbot.addWidget(tab)
    before = len(budget_service.list_sheets(demo_store))
    kept: list[tuple[str, str]] = []

    def without_rubrik(d: QDialog) -> None:
        d.caption_edit.setPlainText("Investeringar per verksamhet")
        d.unit_combo.setCurrentIndex(d.unit_combo.findData("mnkr"))
        d.accept()

    def with_rubrik(d: QDialog) -> None:
        kept.append((d.caption_edit.toPlainText(), d.unit_combo.currentData()))
        d.title_edit.setText("Investeringar")
        d.accept()

    _answer([without_rubrik, with_rubrik])
    assert tab.sheets.new_sheet()
    assert said == [("Nytt budgetblad", "Budgetbladet måste ha en rubrik.")]
    assert kept == [("Investeringar per verksamhet", "mnkr")]
    assert len(budget_service.list_sheets(demo_store)) == before + 1
    assert QApplication.activeModalWidget() is None


def test_a_motion_answered_before_it_was_raised_is_refused_in_the_open_dialog(qtbot, said):
    """The register's rule was checked by the save after the dialog had closed."""
    create_application()
    motion = Motion(MotionTyp.MOTION, "Cykelbana till Norrby", date(2020, 5, 4))
    dialog = MotionDialog(motion)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.besvarad.setText("2020-01-10")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    refusal = "Ett ärende kan inte besvaras innan det väcktes."
    assert said == [("Motion eller medborgarförslag", refusal)]
    assert dialog.besvarad.text() == "2020-01-10" and dialog.rubrik.text() == motion.rubrik
    dialog.besvarad.setText("2020-09-14")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_nämnd_without_a_name_is_refused_in_the_open_settings(qtbot, demo_store, said):
    """save_organ's rule, checked by OK: the settings had closed and the save refused them,
    with the secretary's name, place and a pasted register typed in them."""
    create_application()
    organ = meetings.list_organs(demo_store)[0]
    dialog = OrganDialog(organ)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.name_edit.setText("  ")
    dialog.ui.place_edit.setText("Sessionssalen")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    refusal = "Nämnden måste ha ett namn. Skriv nämndens namn under Namn."
    assert said == [("Nämndens namn", refusal)]
    assert dialog.ui.place_edit.text() == "Sessionssalen"


def test_a_chapter_renamed_to_nothing_comes_back_with_its_text(
    qtbot, demo_store, said, monkeypatch
):
    """The chapter dialog's rubrik is checked as the save checks it (empty, or another
    chapter's), before it closes; its part and the text under the table stay."""
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Delegation")
    tab.outline.show_chapter(0)
    shown: list[tuple[str, str]] = []

    def exec_(dialog: ChapterDialog) -> int:
        shown.append((dialog.chapter_title(), dialog.note()))
        if len(shown) == 1:
            dialog.title_edit.setText(" ")
            dialog.note_edit.setPlainText("Gäller även vikarier.")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChapterDialog, "exec", exec_)
    tab.outline.ui.rename_chapter_button.click()
    QApplication.processEvents()
    assert shown[1] == (" ", "Gäller även vikarier.")
    assert said == [("Kapitlet", "Kapitlet måste ha en rubrik.")]


def test_a_new_meeting_on_a_day_the_nämnd_meets_comes_back_with_what_was_typed(
    qtbot, demo_store, said, monkeypatch
):
    """The save refused a second meeting of the nämnd that day after the dialog had closed;
    now the dialog is shown again with the place and the chair typed in it."""
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    shown: list[tuple[str, str]] = []

    def exec_(dialog: MeetingDialog) -> int:
        ui = dialog.ui
        shown.append((ui.date_edit.text(), ui.place_edit.text()))
        if len(shown) == 1:
            ui.organ_combo.setCurrentText("Kommunstyrelsen")
            ui.date_edit.setText("2020-12-07")  # the demo's meeting
            ui.place_edit.setText("Stora salen")
            ui.button_box.accepted.emit()
            return dialog.result()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MeetingDialog, "exec", exec_)
    before = len(meetings.list_meetings(demo_store))
    window.tab("Kallelse").meetings.new()
    QApplication.processEvents()
    assert shown[1] == ("2020-12-07", "Stora salen")
    assert said and said[0][1].startswith("Nämnden har redan ett sammanträde den 2020-12-07.")
    assert len(meetings.list_meetings(demo_store)) == before


def test_a_new_nämnd_named_in_the_dialog_is_created_with_its_meeting_not_by_the_check(
    qtbot, demo_store, said, monkeypatch
):
    """The check behind OK created a nämnd it named (its own transaction) before the meeting
    was saved: a dialog shown again and then cancelled, or a check that failed after it,
    left a nämnd with no meeting in every list of nämnder. Now the check reads only, the
    nämnd is created in the transaction that saves the meeting, and Ångra/Gör om take the
    meeting away and back (the nämnd is found again by its name)."""
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    organs_before = [organ.name for organ in meetings.list_organs(demo_store)]
    seen_in_check: list[list[str]] = []
    checked = meetings.check_meeting

    def check(store, meeting):
        seen_in_check.append([organ.name for organ in meetings.list_organs(store)])
        return checked(store, meeting)

    monkeypatch.setattr(meetings, "check_meeting", check)

    def exec_(dialog: MeetingDialog) -> int:
        ui = dialog.ui
        ui.organ_combo.setCurrentText("Kulturnämnden")
        ui.date_edit.setText("2021-01-20")
        ui.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", exec_)
    window.tab("Kallelse").meetings.new()
    QApplication.processEvents()
    assert seen_in_check[0] == organs_before  # checked before anything was written
    names = [organ.name for organ in meetings.list_organs(demo_store)]
    assert "Kulturnämnden" in names and len(names) == len(organs_before) + 1
    day = date(2021, 1, 20)
    assert any(m.date == day for m in meetings.list_meetings(demo_store))
    window.undo_stack.undo()
    assert not any(m.date == day for m in meetings.list_meetings(demo_store))
    # Ångra takes back the nämnd the meeting created, too: no empty nämnd left in the lists.
    assert [organ.name for organ in meetings.list_organs(demo_store)] == organs_before
    window.undo_stack.redo()
    made = [m for m in meetings.list_meetings(demo_store) if m.date == day]
    assert len(made) == 1
    organ = {o.id: o.name for o in meetings.list_organs(demo_store)}[made[0].organ_id]
    assert organ == "Kulturnämnden"
    assert [o.name for o in meetings.list_organs(demo_store)].count("Kulturnämnden") == 1
