"""The Utskrift page's line under the preview says which ärenden print characters as �, for
the kallelse alone as for the packet, on paper and in the public version."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.ui.tabs.kallelse_print import Request, build_document


def _unprintable_title(store) -> int:
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    meeting.items[3].title = "Vänort 中山 ☐ klart"
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize("packet", [False, True], ids=["kallelse", "paket"])
@pytest.mark.parametrize("public", [False, True], ids=["papper", "offentlig"])
def test_the_print_status_names_characters_printed_as_replacement(
    demo_store, packet: bool, public: bool
) -> None:
    meeting_id = _unprintable_title(demo_store)
    request = Request(meeting_id, packet=packet, public=public, review=False)
    built = build_document(demo_store, request, lambda *_: None)
    assert built.pdf.startswith(b"%PDF")
    assert "tecknen ”中山” finns inte i typsnitten" in built.status
    assert "⚠ Ärende 4 (Vänort 中山 ☐ klart)" in built.status
