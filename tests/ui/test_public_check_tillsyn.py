"""Granska offentlig kopia suggests "publiceras inte i sin helhet" for a tillsyn ärende
(core.tillsyn_hint; walk30's finding 1), and names the way to act, without blocking the print."""

from __future__ import annotations

from ksdesk.core.meeting import Arende
from ksdesk.services import meetings as meeting_service
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog


def test_the_review_suggests_a_tillsyn_arende_and_lets_the_print_go_on(qtbot, demo_store) -> None:
    meeting = meeting_service.get_meeting(
        demo_store, meeting_service.list_meetings(demo_store)[0].id
    )
    meeting.items.append(Arende("Förbud att tillföra massor förenat med vite"))
    meeting_service.save_meeting(demo_store, meeting)
    dialog = PublicCheckDialog(demo_store, meeting.id, for_print=True)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    status = dialog.ui.status_label.text()
    assert (
        "”Förbud att tillföra massor förenat med vite” ser ut att vara ett tillsynsärende" in status
    )
    assert "Ändra ärende → Publicering" in status
    assert dialog.ui.close_button.text() == "Fortsätt med den offentliga utskriften"
