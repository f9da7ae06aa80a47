"""A personnummer typed with points in the date and one space before the last four
("1981.12.18 9876", "81.12.18 9876"), which the public copy printed as written: found,
masked, and taken out of the public packet; a date in points and a time of day after a word
of time, a count, a year or the next meeting's date of the same look is not taken."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.luhn import luhn_ok
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import pages_text

TODAY = date(2026, 12, 4)
A, B = "8112189876", "7503041233"
WRITTEN = {A: f"19{A[:2]}.{A[2:4]}.{A[4:6]} {A[6:]}", B: f"{B[:2]}.{B[2:4]}.{B[4:6]} {B[6:]}"}
MASKED = {A: "XXXX.XX.XX XXXX", B: "XX.XX.XX XXXX"}


def test_the_numbers_are_real_shapes() -> None:
    assert luhn_ok(A) and luhn_ok(B)


@pytest.mark.parametrize("ten", list(WRITTEN), ids=list(WRITTEN.values()))
def test_points_and_a_space_are_found_and_masked(ten: str) -> None:
    text = f"Sökande: Anna Andersson, {WRITTEN[ten]}, Storgatan 1."
    (hit,) = find_personnummer(text, TODAY)
    assert hit.text == WRITTEN[ten] and hit.normalized[2:] == ten
    assert mask_personnummer(text) == f"Sökande: Anna Andersson, {MASKED[ten]}, Storgatan 1."


@pytest.mark.parametrize(
    "text",
    [
        # 2012071300 passes the check digit: a date and a time of day after a word of time.
        "Sammanträdet börjar kl. 2020.12.07 1300",
        "Tid: 2020.12.07 1300",
        "Justering 2020.12.07 1300",
        "Räknat 2020.12.07 1300 besökare",
        "Nästa sammanträde 2027.01.18 1345 i Hjulsta.",  # after today; Luhn holds
        "Planen gäller 2020.12.07 2021 och ses över.",  # a date and a year
        f"19{A[:2]}.{A[2:4]}.{A[4:6]} {A[6:9]}{(int(A[9]) + 1) % 10}",  # check digit wrong
        f"19{A[:2]}.{A[2:4]}-{A[4:6]} {A[6:]}",  # a point and a dash: no date's shape
    ],
)
def test_dates_and_times_in_points_are_not_taken(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


def test_the_public_packet_masks_points_and_a_space(demo_store) -> None:
    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    section = meeting.items[2].tjansteskrivelse.sections[0]
    section.text += " Sökande: " + "; ".join(WRITTEN.values()) + "."
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    assert {h.normalized[2:] for h in hits if h.kind == "personnummer"} >= set(WRITTEN)
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert "Sökande: " + "; ".join(MASKED.values()) + "." in text
    assert not any(ten[6:] in text for ten in WRITTEN)
