"""The Utdragsbestyrkande never stands alone on a page: when a § ends in a votering of all 61
ledamöter that fills its page to the last row, the last rows go on with the bestyrkande."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from ksdesk.core.protokoll_chair import voters as voting_order
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import utdrag_document
from tests.services.kommunfullmaktige import kommunfullmaktige


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_bestyrkande_keeps_the_end_of_a_long_votering(tmp_path: Path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path)
    pages = _pages(utdrag_document(store, meeting_id, 6, date(2026, 12, 18)))

    last = pages[-1]
    assert "Utdragsbestyrkande" in last
    assert "Summa 37 12 12" in last  # the votering's end, on the bestyrkande's page
    protokoll = service.get_protokoll(store, meeting_id)
    meeting = meetings.get_meeting(store, meeting_id)
    # In the list's order: as they tjänstgör, the ordförande last.
    seats = voting_order(meeting, protokoll, protokoll.paragraf(6))
    voters = [name for _, name in seats]
    assert len(voters) == 61
    kept = [name for name in voters if name in last]
    assert voters[-2:] == kept[-2:]  # at least the last two ledamöter came along
    everything = " ".join(pages)
    assert all(everything.count(name) >= 1 for name in voters)  # no row lost in the split
    assert sum(page.count("Summa") for page in pages) == 1
