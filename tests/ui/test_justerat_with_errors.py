"""A date set in "Justerat" says the protokoll was signed as it stands: with errors in the
justering check (a § without beslut) the secretary is asked first, No by default; with none,
the date is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ksdesk.services import protokoll as protokoll_service
from tests.ui.test_sammantrade_entries import started


def asked(monkeypatch, reply: QMessageBox.StandardButton) -> list[tuple]:
    questions: list[tuple] = []

    def question(*args):
        questions.append(args)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def set_justerat(tab, text: str) -> None:
    page = tab.justering
    tab.ui.pages.setCurrentWidget(tab.ui.justering_scroll)
    page.ui.justerat_edit.setText(text)
    page.save_fields()


def without_beslut(tab, numbers: list[int]) -> None:
    for nr in numbers:
        tab.select_paragraf(nr)
        tab.paragrafer.ui.beslut_edit.setPlainText("")
        tab.editor.save_text()


def stored_justerat(tab):
    return protokoll_service.get_protokoll(tab.store, tab.meeting.id).justering.justerat


def test_justerat_with_errors_asks_and_no_keeps_it_unset(qtbot, demo_store, monkeypatch) -> None:
    tab = started(qtbot, demo_store, monkeypatch)
    without_beslut(tab, [220, 221])
    questions = asked(monkeypatch, QMessageBox.StandardButton.No)
    set_justerat(tab, "2020-12-10")
    [(_, title, text, _buttons, default)] = questions
    assert title == "Markera som justerat?"
    errors = [f for f in protokoll_service.check(demo_store, tab.meeting.id) if f.is_error]
    assert text.startswith(f"Protokollet har {len(errors)} fel, t.ex.:")
    assert f"• {errors[0].message}" in text
    assert text.endswith("Markera det som justerat ändå?")
    assert default == QMessageBox.StandardButton.No
    assert stored_justerat(tab) is None
    assert tab.justering.ui.justerat_edit.text() == ""


def test_justerat_with_errors_yes_saves_it(qtbot, demo_store, monkeypatch) -> None:
    tab = started(qtbot, demo_store, monkeypatch)
    without_beslut(tab, [220])
    questions = asked(monkeypatch, QMessageBox.StandardButton.Yes)
    set_justerat(tab, "2020-12-10")
    assert len(questions) == 1
    assert str(stored_justerat(tab)) == "2020-12-10"
    set_justerat(tab, "2020-12-11")  # a date already set and corrected: not asked again
    assert len(questions) == 1
    assert str(stored_justerat(tab)) == "2020-12-11"


def test_justerat_without_errors_is_not_asked(qtbot, demo_store, monkeypatch) -> None:
    tab = started(qtbot, demo_store, monkeypatch)
    for paragraf in tab.protokoll.paragrafer:
        if not paragraf.beslut.strip():
            tab.select_paragraf(paragraf.nr)
            tab.paragrafer.ui.beslut_edit.setPlainText("Informationen noteras.")
            tab.editor.save_text()
    tab.justering.set_justerare(["Leif Pettersson", "Roland Johansson"])
    found = protokoll_service.check(demo_store, tab.meeting.id)
    assert not [f.message for f in found if f.is_error]
    questions = asked(monkeypatch, QMessageBox.StandardButton.No)
    set_justerat(tab, "2020-12-10")
    assert questions == []
    assert str(stored_justerat(tab)) == "2020-12-10"


def test_the_question_is_asked_once_with_no_as_default(qtbot, demo_store, monkeypatch) -> None:
    """The real dialog, the date typed and Return pressed: the field losing its focus to
    the question, and then to the next field, asks nothing more."""
    tab = started(qtbot, demo_store, monkeypatch)
    tab.ui.pages.setCurrentWidget(tab.ui.justering_scroll)
    seen: list[tuple[str, bool]] = []
    watching = [True]  # stopped before the asserts: no later test's dialog is answered

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            no = box.button(QMessageBox.StandardButton.No)
            seen.append((box.text(), box.defaultButton() is no))
            no.click()
        if watching:
            QTimer.singleShot(10, answer)  # a second question, if any, is seen too

    QTimer.singleShot(0, answer)
    edit = tab.justering.ui.justerat_edit
    edit.setFocus()
    QTest.keyClicks(edit, "2020-12-10")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.wait(200)
    tab.justering.ui.anslaget_edit.setFocus()
    qtbot.wait(200)
    watching.clear()
    [(text, no_is_default)] = seen
    assert text.startswith("Protokollet har") and no_is_default
    assert stored_justerat(tab) is None and edit.text() == ""
