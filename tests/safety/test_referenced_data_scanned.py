"""A referenced bilaga (a budget sheet, a document, the delegationsordning, a
delegationsbeslut, the list of them) is scanned from every field of the data it is printed
from, not only from its pages: the delegationsordning prints its abbreviations in a column
25 mm wide, where "LIVSFS 19690202-4295" breaks as "LIVSFS 1969" / "0202-4295". The page text
then holds no number, the scan found nothing, and both the paper packet (broken, but read
whole by anyone) and the web packet (whole) published it. A bilaga that cannot be printed is
read as the notice printed in its place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ksdesk.core.delegation import Abbreviation
from ksdesk.core.meeting import Bilaga
from ksdesk.db import delegation_repo
from ksdesk.services import budget, meeting_lookup, meetings, public_copy
from ksdesk.services.delegation_edit import put_draft
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import pages_text
from tests.safety.planted_numbers import number

DAY = date(2020, 12, 7)
NUMBER = number(38)  # a samordningsnummer of 1978
WRITTEN = f"19{NUMBER[:6]}-{NUMBER[6:]}"


def test_a_number_a_narrow_column_breaks_is_found_and_kept_off_the_packet(demo_store) -> None:
    draft = delegation_repo.find(demo_store, "reviderad-2020-11-26")
    short = f"LIVSFS {WRITTEN}"
    abbreviations = [*draft.abbreviations, Abbreviation(short, "Föreskrifter om livsmedel")]
    put_draft(demo_store, draft.id, replace(draft, abbreviations=abbreviations))
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    (hit,) = hits
    assert hit.normalized == f"19{NUMBER}" and "ärende 5, bilaga 1" in hit.where
    public_copy.decide(demo_store, meeting.id, [hit.key], "maskera", by="Test")
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert NUMBER[6:] not in text and "LIVSFS" not in text
    assert "(utelämnad: innehåller personuppgifter som maskerats)" in text


def test_a_bilaga_that_cannot_be_printed_is_scanned_as_the_notice_that_names_it(
    demo_store,
) -> None:
    """A budget sheet's key is made from its title: once the sheet is deleted, the packet
    prints "Budgetbladet ”bidrag-780371-0388” finns inte i databasen." where it stood. The
    scan read nothing of it, so the review had no hit and the final check refused the whole
    packet, asking for a bug report, with nothing the secretary could decide."""
    sheet = budget.create_sheet(demo_store, f"Bidrag {NUMBER[:6]}-{NUMBER[6:]}")
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.items[-1].bilagor.append(Bilaga(title="Bidrag", ref=f"budget:{sheet.key}", nr="1"))
    meetings.save_meeting(demo_store, meeting)
    budget.delete_sheet(demo_store, sheet.id)
    (hit,) = public_copy.scan_public(demo_store, meeting.id)
    assert hit.where == "ärende 7, bilaga 1 Bidrag" and "finns inte i databasen" in hit.context
    public_copy.decide(demo_store, meeting.id, [hit.key], "maskera", by="Test")
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert NUMBER[6:] not in text and "1. Bidrag (utelämnad: innehåller personuppgifter" in text
