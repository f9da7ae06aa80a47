"""A presentation clicker steps through the ärenden: its keys (PageDown, PageUp; arrows from
a keyboard) are sent to the view's window as the window system delivers them, to whatever
has focus: just opened, after a click on the list or on the text, with the button or the
beslut editor focused, after a dialog. Also: the dialogs it opens are readable and focus
is visible (tests/ui/test_contrast.py computes the figures)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.meeting_view import MeetingView

FIRST, SECOND, THIRD = "Val av justerare", "Anmälan av extra ärenden", "Omfördelning"


@pytest.fixture
def view(qtbot, demo_store) -> MeetingView:
    """The view as the secretary opens it: Mötesvy in the Sammanträde tab, full screen."""
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Sammanträde")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    combo = tab.ui.meeting_combo
    combo.setCurrentIndex(combo.findData(meeting.id))
    tab.ui.view_button.click()
    opened = tab.meeting_view
    qtbot.addWidget(opened)
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitActive(opened)
    return opened


def press(view: MeetingView, key: Qt.Key) -> None:
    """Through the window system, as a clicker's key arrives: to the focused widget."""
    QTest.keyClick(view.windowHandle(), key)


def title(view: MeetingView) -> str:
    return view.title_label.text()


def test_clicker_steps_right_after_opening(view) -> None:
    assert title(view) == FIRST
    press(view, Qt.Key.Key_PageDown)
    assert title(view) == SECOND
    press(view, Qt.Key.Key_Right)
    assert title(view).startswith(THIRD)
    press(view, Qt.Key.Key_PageUp)
    assert title(view) == SECOND
    press(view, Qt.Key.Key_Left)
    assert title(view) == FIRST


def test_clicker_steps_after_a_click_on_the_list_or_the_text(qtbot, view) -> None:
    list_ = view.agenda_list
    row_rect = list_.visualRect(view.model.index(view.navigable[1], 0))
    qtbot.mouseClick(list_.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    assert title(view) == SECOND
    press(view, Qt.Key.Key_PageDown)
    assert title(view).startswith(THIRD)
    qtbot.mouseClick(view.proposal_label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    press(view, Qt.Key.Key_PageUp)
    assert title(view) == SECOND


def test_clicker_steps_with_the_button_or_the_editor_focused(qtbot, view, demo_store) -> None:
    protokoll_service.start_protokoll(demo_store, view.meeting_id)
    view.reload()
    view.unlock(None)
    item_with_paragraf = next(
        i
        for i in range(len(view.navigable))
        if view.model.row_object(view.navigable[i])[1].id in view.paragrafer
    )
    view.current = item_with_paragraf
    view._show()
    assert view.save_button.isVisible()
    view.save_button.setFocus()
    start = title(view)
    press(view, Qt.Key.Key_PageDown)
    assert title(view) != start
    press(view, Qt.Key.Key_PageUp)
    assert title(view) == start

    view.beslut_edit.setFocus()
    view.beslut_edit.setPlainText("Kommunstyrelsen beslutar")
    cursor = view.beslut_edit.textCursor().position()
    press(view, Qt.Key.Key_Right)  # typing: the arrow moves the cursor, not the agenda
    assert title(view) == start
    assert view.beslut_edit.textCursor().position() == cursor + 1
    press(view, Qt.Key.Key_PageDown)  # the clicker still steps
    assert title(view) != start


def test_clicker_steps_after_a_dialog(qtbot, view) -> None:
    answered = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not open yet (a loaded machine): look again
            QTimer.singleShot(10, answer_no)
            return
        assert isinstance(box, QMessageBox)
        answered.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(100, answer_no)
    assert view.ask_unlock() is False
    assert answered and "Lås upp" in answered[0]
    qtbot.waitActive(view)
    press(view, Qt.Key.Key_PageDown)
    assert title(view) == SECOND


def test_focus_is_visible(view) -> None:
    """What has focus is marked in the accent colour: the current ärende on the list when
    the view has it, else the button or the editor's border."""
    assert QApplication.focusWidget() is view
    selected = view.agenda_list.selectionModel().currentIndex()
    assert selected.row() == view.navigable[view.current]
    assert "QPushButton:focus" in view.styleSheet()
    assert "QPlainTextEdit:focus" in view.styleSheet()
