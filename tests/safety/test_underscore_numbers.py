"""A personnummer written with an underscore for its dash, as a file name carries it
("ansokan_811218_9876.pdf", where the case system put "_" for every mark) and a PDF bilaga
names it in its text, is a personnummer: the review finds it and the last check reads for
it. Before, the public packet printed the page with the number. A timestamp in a file name
("IMG_20201207_1432.jpg": a date and a time of day) is not one."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import text_pdf
from tests.safety.public_surfaces import pdf_surfaces

NAMED = "Ansökan om bygglov, se bilaga ansokan_811218_9876.pdf"


@pytest.mark.parametrize("written", ["ansokan_811218_9876.pdf", "beslut_19811218_9876"])
def test_an_underscored_number_is_found(written: str) -> None:
    assert [h.normalized for h in find_personnummer(f"Se {written}.")] == ["198112189876"]


@pytest.mark.parametrize("written", ["IMG_20201207_1432.jpg", "scan_201207_0915.pdf"])
def test_a_timestamp_in_a_file_name_is_not(written: str) -> None:
    assert find_personnummer(f"Se {written}.") == []


def test_the_last_check_finds_it_on_a_page() -> None:
    findings = audit_pdf(text_pdf([NAMED])).findings
    assert [f.normalized for f in findings] == ["198112189876"]


def test_the_review_finds_it_and_the_packet_masks_it(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = meeting.items[2]
    attached = meetings.pdf_bilaga(text_pdf([NAMED]), "ansokan.pdf", "Ansökan")
    attached.nr = str(len(item.bilagor) + 1)
    item.bilagor.append(attached)
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h.kind for h in hits if "bilaga" in h.source] == ["personnummer"]
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    printed = pdf_surfaces(build_packet(demo_store, meeting.id, public=True).pdf)
    assert "9876" not in printed and "Ansökan om bygglov" in printed
