"""Granska offentlig kopia names every PDF bilaga without tags: it may be published, but it is
not tillgänglighetsanpassad, and the secretary can ask its author for a better copy."""

from __future__ import annotations

from datetime import date

from ksdesk.core.meeting import Bilaga
from ksdesk.services import meetings as meeting_service
from ksdesk.services.meeting_lookup import find_meeting
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog
from tests.pdf_helpers import make_pdf


def test_the_review_names_untagged_bilagor(qtbot, demo_store) -> None:
    meeting = find_meeting(demo_store, date(2020, 12, 7))
    karta = Bilaga("Karta över området", nr="2", filename="karta.pdf", content=make_pdf(1))
    meeting.items[2].bilagor.append(karta)
    meeting_service.save_meeting(demo_store, meeting)
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    status = dialog.ui.status_label.text()
    assert "kopian kan bli offentlig" in status  # no personnummer: nothing blocks the copy
    assert "Inte tillgänglighetsanpassade:</b> ärende 3, Bilaga 2. Karta över området" in status
    assert dialog.open_count == 0
