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
