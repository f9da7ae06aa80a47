"""The anslag text goes up on the anslagstavla, which anyone may read: it is made from the
public edition like every public output. A personnummer in the förvaringsplats or the
organ's name is refused until the review has decided it, then masked (or consciously kept);
the deadline panel opens the review instead of showing the text."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.services import deadlines, meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from tests.safety.planted_numbers import number

DAY = date(2020, 12, 7)
PLACE_NUMBER, ORGAN_NUMBER = number(1), number(2)


def _plant(store) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    justering = protokoll_service.start_protokoll(store, meeting.id).justering
    justering.justerat, justering.anslaget = date(2020, 12, 10), date(2020, 12, 11)
    justering.forvaringsplats = f"Kansliet, kontakt pnr {PLACE_NUMBER}"
    protokoll_service.save_justering(store, meeting.id, justering)
    organ = meetings.get_organ(store, meeting.organ_id)
    organ.name = f"{organ.name} {ORGAN_NUMBER[:6]}-{ORGAN_NUMBER[6:]}"
    meetings.save_organ(store, organ)
    return meeting.id


def _decide(store, meeting_id: int, decision: str) -> None:
    hits = [h for h in public_copy.scan_public(store, meeting_id) if not h.resolved]
    public_copy.decide(store, meeting_id, [h.key for h in hits], decision, by="Test")


def test_the_anslag_text_waits_for_the_review_and_masks(demo_store) -> None:
    meeting_id = _plant(demo_store)
    with pytest.raises(PublicCopyBlocked) as refused:
        deadlines.meeting_anslag_text(demo_store, meeting_id)
    assert "Den offentliga kopian kan inte skapas: 2 träffar" in str(refused.value)
    assert "Granska offentlig kopia" in str(refused.value)
    _decide(demo_store, meeting_id, "maskera")
    text = deadlines.meeting_anslag_text(demo_store, meeting_id)
    assert PLACE_NUMBER not in text and ORGAN_NUMBER[6:] not in text
    assert "Förvaringsplats för protokollet: Kansliet, kontakt pnr XXXXXXXXXX" in text
    assert "Organ: Kommunstyrelsen XXXXXX-XXXX" in text


def test_a_number_consciously_kept_stays_in_the_anslag_text(demo_store) -> None:
    meeting_id = _plant(demo_store)
    _decide(demo_store, meeting_id, "behåll")
    text = deadlines.meeting_anslag_text(demo_store, meeting_id)
    assert f"pnr {PLACE_NUMBER}" in text


def test_the_panel_opens_the_review_instead_of_the_text(qtbot, demo_store, monkeypatch) -> None:
    from ksdesk.ui.app import create_application
    from ksdesk.ui.dialogs import public_check_dialog
    from ksdesk.ui.widgets.deadline_panel import DeadlinePanel

    create_application()
    meeting_id = _plant(demo_store)
    asked = []
    monkeypatch.setattr(
        public_check_dialog, "review_blocked", lambda *args: asked.append(args[-1]) or False
    )
    panel = DeadlinePanel(demo_store)
    qtbot.addWidget(panel)
    panel.set_meeting(meeting_id, today=DAY)
    shown = []
    monkeypatch.setattr(panel, "_show_text", shown.append)
    panel.show_anslag_text()  # no dialog with the text: the review was not finished
    _wait(panel)
    assert len(asked) == 1 and isinstance(asked[0], PublicCopyBlocked) and not shown


def test_the_panel_makes_the_text_off_the_gui_thread(qtbot, demo_store, monkeypatch) -> None:
    """The public edition's check reads the meeting's bilagor: on the GUI thread it held a
    ten-year file's window for seconds. The click returns; the text is shown when made."""
    import threading

    from ksdesk.ui.app import create_application
    from ksdesk.ui.widgets.deadline_panel import DeadlinePanel

    create_application()
    meeting_id = _plant(demo_store)
    _decide(demo_store, meeting_id, "maskera")
    made_on = []
    real = deadlines.meeting_anslag_text

    def recorded(store, mid):
        made_on.append(threading.current_thread())
        return real(store, mid)

    monkeypatch.setattr(deadlines, "meeting_anslag_text", recorded)
    panel = DeadlinePanel(demo_store)
    qtbot.addWidget(panel)
    panel.set_meeting(meeting_id, today=DAY)
    shown: list[str] = []
    monkeypatch.setattr(panel, "_show_text", shown.append)
    panel.show_anslag_text()
    assert not shown
    _wait(panel)
    assert made_on and threading.main_thread() not in made_on
    assert len(shown) == 1 and "Anslag/bevis" in shown[0] and PLACE_NUMBER not in shown[0]


def _wait(panel) -> None:
    from ksdesk.ui.pdf_builds import PdfBuild

    for build in panel.findChildren(PdfBuild):
        while build.busy:
            build.runner.wait_reported()
