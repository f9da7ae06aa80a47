"""The deadline panel: dates in words, a warning when near or passed, anslag text, ICS."""

from __future__ import annotations

from datetime import date

from ksdesk.services import meeting_lookup
from ksdesk.ui.app import create_application
from ksdesk.ui.widgets.deadline_panel import DeadlinePanel


def test_panel_warns_and_exports(qtbot, demo_store) -> None:
    create_application()
    panel = DeadlinePanel(demo_store)
    qtbot.addWidget(panel)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    panel.set_meeting(meeting.id, today=date(2020, 12, 20))
    assert panel.warnings() == ["Protokollet justeras senast: snart"]
    panel.set_meeting(meeting.id, today=date(2020, 12, 22))
    assert "Protokollet justeras senast: passerat" in panel.warnings()
    label = panel.findChild(type(panel.law_label), "status_justering_senast")
    assert label.text() == "Passerat"
    assert "Anslag/bevis" in panel.anslag_text()
    assert panel.calendar_bytes().startswith(b"BEGIN:VCALENDAR")
    panel.set_meeting(None)
    assert not panel.ics_button.isEnabled()


def test_a_justering_or_anslag_done_late_says_so(qtbot, demo_store) -> None:
    """Justerat on the 15th day and the anslag up after its last day (the second day after,
    moved past julafton and juldagen to Monday 28 December) were shown "Klart" in green like
    a step done in time; the secretary sees "För sent" and can say why in the protokoll."""
    from ksdesk.services import protokoll

    create_application()
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    started = protokoll.start_protokoll(demo_store, meeting.id)
    started.justering.justerat, started.justering.anslaget = date(2020, 12, 22), date(2020, 12, 29)
    protokoll.save_justering(demo_store, meeting.id, started.justering)
    panel = DeadlinePanel(demo_store)
    qtbot.addWidget(panel)
    panel.set_meeting(meeting.id, today=date(2020, 12, 30))

    def status(key: str) -> str:
        return panel.findChild(type(panel.law_label), f"status_{key}").text()

    assert status("justering_senast") == "För sent"  # the last day was Monday 21 December
    assert status("anslag_senast") == "För sent"  # Monday 28 December
    started.justering.justerat, started.justering.anslaget = date(2020, 12, 21), date(2020, 12, 23)
    protokoll.save_justering(demo_store, meeting.id, started.justering)
    panel.set_meeting(meeting.id, today=date(2020, 12, 30))
    assert status("justering_senast") == status("anslag_senast") == "Klart"


def test_the_calendar_file_is_made_off_the_gui_thread(qtbot, demo_store, tmp_path, monkeypatch):
    """Made from the public edition, whose check reads the meeting's bilagor (seconds at ten
    years): the click returns, the file is written when made."""
    import threading

    from PySide6.QtWidgets import QFileDialog

    from ksdesk.services import deadlines
    from ksdesk.ui.pdf_builds import PdfBuild

    create_application()
    made_on: list[threading.Thread] = []
    real = deadlines.meeting_calendar
    monkeypatch.setattr(
        deadlines,
        "meeting_calendar",
        lambda *a, **k: made_on.append(threading.current_thread()) or real(*a, **k),
    )
    target = tmp_path / "möte"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    panel = DeadlinePanel(demo_store)
    qtbot.addWidget(panel)
    panel.set_meeting(meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id)
    path = panel.save_calendar()
    assert path == tmp_path / "möte.ics" and not path.exists()
    build = panel.findChild(PdfBuild)
    while build.busy:
        build.runner.wait_reported()
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert made_on and threading.main_thread() not in made_on
