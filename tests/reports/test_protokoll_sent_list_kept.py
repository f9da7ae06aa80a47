"""A § 's "Beslut skickas till" is never split from the § nor broken over pages: walk31's
Vård & Omsorg protokoll (2025-03-20, § 42) printed its list's last two lines alone on the
next page. The list goes on whole, with the § 's last lines (keep_ending)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ksdesk.reports.keep_ending import EndingKept
from ksdesk.reports.protokoll_common import paragraf_story
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from tests.reports.test_protokoll_pdf import held_demo


def test_the_sent_list_is_kept_with_the_paragrafs_end(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    paragraf = service.get_protokoll(demo_store, meeting_id).paragraf(219)
    paragraf.beslut_skickas_till = ["Vardaga Äldreomsorg AB", "Kommunstyrelsen", "Förvaltningen"]
    service.save_paragraf(demo_store, paragraf)
    p = service.get_protokoll(demo_store, meeting_id)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    organ = meetings.get_organ(demo_store, meeting.organ_id)
    ending = paragraf_story(p.paragraf(219), p, organ, meeting)[-1]
    assert isinstance(ending, EndingKept)
    kept = [f.getPlainText() for f in ending.tail if isinstance(f, Paragraph)]
    assert kept == [
        "Beslut skickas till",
        "Vardaga Äldreomsorg AB",
        "Kommunstyrelsen",
        "Förvaltningen",
    ]
