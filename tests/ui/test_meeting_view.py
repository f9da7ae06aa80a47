"""The presidium's meeting view: keyboard and clicker navigation, secret items marked,
read-only until the secretary unlocks it."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ksdesk.db import meeting_repo
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.app import create_application
from ksdesk.ui.meeting_view import MeetingView


def open_view(qtbot, store, code: str | None = None) -> MeetingView:
    create_application()
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    view = MeetingView(store, meeting.id, unlock_code=code)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    return view


def test_clicker_keys_move_through_the_agenda(qtbot, demo_store) -> None:
    view = open_view(qtbot, demo_store)
    assert view.title_label.text() == "Val av justerare"
    assert view.position_label.text() == "Ärende 1 av 7"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.title_label.text() == "Anmälan av extra ärenden"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title_label.text().startswith("Omfördelning av budgetmedel")
    assert "Dnr KS 2020/434" in view.meta_label.text()
    assert "Fullmäktige uppdrar till samhällsbyggnadsnämnden" in view.proposal_label.text()
    assert view.next_label.text() == "Nästa:  4. Fastställande av kommunstyrelsens budget 2021"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.title_label.text() == "Anmälan av extra ärenden"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.title_label.text() == "Ordförandeinformation"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # stays on the last
    assert view.next_label.text() == "Sista ärendet."
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.title_label.text() == "Val av justerare"
    assert view.agenda_list.currentIndex().row() == 0
    assert re.fullmatch(r"\d\d\.\d\d", view.clock_label.text())


def test_secret_items_are_marked(qtbot, demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items[5].secret = True
    meeting.items[5].secrecy_ref = "21 kap. 1 § OSL"
    with demo_store.atomic():  # as a service would
        meeting_repo.save(demo_store, meeting)
    view = open_view(qtbot, demo_store)
    assert view.secret_banner.isHidden()
    view.go_to(5)
    assert not view.secret_banner.isHidden()
    assert view.secret_banner.text().startswith("SEKRETESS (21 kap. 1 § OSL)")
    assert view.model.index(5, 0).data().endswith("[SEKRETESS]")


def test_editing_needs_the_secretary_s_code(qtbot, demo_store) -> None:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll_service.start_protokoll(demo_store, meeting_id)
    view = open_view(qtbot, demo_store, code="2468")
    view.step(4)  # § 221
    assert view.position_label.text().endswith("§ 221")
    assert view.stack.currentIndex() == 0 and view.save_button.isHidden()
    assert view.lock_label.text() == "Skrivskyddad"
    assert not view.unlock("1111")
    assert view.unlock("2468")
    assert view.stack.currentIndex() == 1
    assert view.proposal_heading.text() == "Beslut (redigeras)"
    view.beslut_edit.setPlainText("Kommunstyrelsen återremitterar ärendet.")
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # leaving the ärende saves its beslut
    saved = protokoll_service.get_protokoll(demo_store, meeting_id).paragraf(221)
    assert saved.beslut == "Kommunstyrelsen återremitterar ärendet."
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not view.unlocked and view.stack.currentIndex() == 0


def test_escape_closes(qtbot, demo_store) -> None:
    view = open_view(qtbot, demo_store)
    with qtbot.waitSignal(view.destroyed, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_who_sits_and_who_is_jav_in_the_item_on_screen(qtbot, demo_store) -> None:
    """The chair sees that Åsa must leave the room for § 221 and who sits in her place."""
    from ksdesk.core.protokoll import Deltagare, Jav, Narvaro

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll = protokoll_service.start_protokoll(demo_store, meeting.id)
    people = protokoll.upprop
    people[1].narvaro = [Narvaro(None, 220)]  # Roland has gone home after § 220
    people.insert(3, Deltagare("Karin Ek", "S", "ersättare"))
    protokoll_service.save_upprop(demo_store, meeting.id, people)
    p = protokoll.paragraf(221)
    p.jav = [Jav("Åsa Bergkvist", "Karin Ek")]
    protokoll_service.save_paragraf(demo_store, p)
    view = open_view(qtbot, demo_store)
    assert view.presence_label.text().startswith("Tjänstgör 3 av 3 – beslutfört")
    view.go_to(4)  # § 221
    text = view.presence_label.text()
    assert "Tjänstgör 2 av 3 – beslutfört" in text
    assert "Jäv: Åsa Bergkvist (S) lämnar rummet" in text
    assert "Ersättare: Karin Ek (S) för Åsa Bergkvist (S)" in text
    assert "Inte närvarande: Roland Johansson (SD)" in text


def test_a_meeting_that_cannot_be_changed_here_is_never_unlocked(qtbot, demo_store) -> None:
    """Checked out by a colleague (or a read-only file): the code does not unlock the view,
    and asking to unlock says why instead of asking for the code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    create_application()
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    reason = "Utcheckat av Anna Ek sedan i dag 09.12: du kan läsa men inte ändra."
    view = MeetingView(demo_store, meeting.id, unlock_code="1234", locked_reason=reason)
    qtbot.addWidget(view)
    view.show()
    assert view.unlock("1234") is False and not view.unlocked
    said = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not open yet (a loaded machine): look again
            QTimer.singleShot(10, read_and_close)
            return
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    QTimer.singleShot(100, read_and_close)
    assert view.ask_unlock() is False
    assert said == [reason]
    assert view.save_button.isHidden()


def test_the_agenda_s_scroll_bar_is_dark_like_the_view(qtbot, demo_store) -> None:
    """On a laptop at 150 % the agenda scrolls: Qt's own scroll bar was a white groove
    beside the dark list, the brightest thing on the presidium's screen."""
    view = open_view(qtbot, demo_store)
    view.resize(700, 360)  # the agenda no longer fits: its scroll bar shows
    QApplication.processEvents()
    bar = view.agenda_list.verticalScrollBar()
    assert bar.isVisible()
    assert _lightness(bar) < 128  # no white groove


def test_the_beslut_being_edited_keeps_a_light_scroll_bar(qtbot, demo_store) -> None:
    """The beslut is edited on light ground: a dark scroll bar there was a black block."""
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll_service.start_protokoll(demo_store, meeting_id)
    view = open_view(qtbot, demo_store, code="2468")
    view.resize(853, 480)  # a 1280 × 720 screen at 150 %
    assert view.unlock("2468")
    view.beslut_edit.setPlainText("Kommunstyrelsen beslutar.\n" * 40)
    bar = view.beslut_edit.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.width() > 0 and bar.height() > 0)
    assert _lightness(bar) > 128


def _lightness(bar) -> float:
    picture = bar.grab().toImage()
    lightness = [
        picture.pixelColor(x, y).lightness()
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 4)
    ]
    return sum(lightness) / len(lightness)
