"""More ways people type a personnummer without a label, which the sixth red team found the
public copy printing as written: the date as dates are written and one space before the
last four ("1981-12-18 9876"), the last four in spaced pairs too ("81 12 18 98 76",
"81 12 18-98 76") and a key or a dot typed for the dash ("811218=9876", "811218|9876",
"811218·9876"). Each is found, masked in the review's text and taken out of the public
packet, from a tjänsteskrivelse and from a stored PDF bilaga. Dates and times, counts, the
next meeting's date, phone numbers and a table's row of the same look are not taken;
bench/personnummer_unlabelled_shapes.py measures real and generated text."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.luhn import luhn_ok
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import pages_text, text_pdf

TODAY = date(2026, 12, 4)


def _number(nine: str) -> str:
    """Ten digits: `nine` and its check digit (made-up numbers, nobody's on purpose)."""
    return nine + next(str(d) for d in range(10) if luhn_ok(nine + str(d)))


# One made-up number per form (the third a samordningsnummer: day + 60), as written.
A, B, C = _number("811218987"), _number("750304123"), _number("670778456")
D, E, F, G = _number("040229345"), _number("460303506"), _number("930512221"), _number("011130777")
WRITTEN = {
    A: f"19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:]}",
    B: f"{B[:2]}-{B[2:4]}-{B[4:6]} {B[6:]}",
    C: f"{C[:2]} {C[2:4]} {C[4:6]} {C[6:8]} {C[8:]}",
    D: f"{D[:2]} {D[2:4]} {D[4:6]}-{D[6:8]} {D[8:]}",
    E: f"{E[:6]}={E[6:]}",
    F: f"{F[:6]}|{F[6:]}",
    G: f"20{G[:6]}\u00b7{G[6:]}",
}
MASKED = {
    A: "XXXX-XX-XX XXXX",
    B: "XX-XX-XX XXXX",
    C: "XX XX XX XX XX",
    D: "XX XX XX-XX XX",
    E: "XXXXXX=XXXX",
    F: "XXXXXXXXXXX",  # the pipe too: OCR reads it for a one (core.personnummer._WRITTEN)
    G: "XXXXXXXX\u00b7XXXX",
}


@pytest.mark.parametrize("ten", list(WRITTEN), ids=list(WRITTEN.values()))
def test_each_form_is_found_and_masked(ten: str) -> None:
    written = WRITTEN[ten]
    text = f"Sökande: Anna Andersson, {written}, Storgatan 1."
    (hit,) = find_personnummer(text, TODAY)
    assert hit.text == written and hit.normalized[2:] == ten
    assert mask_personnummer(text) == f"Sökande: Anna Andersson, {MASKED[ten]}, Storgatan 1."


@pytest.mark.parametrize(
    "text",
    [
        # A date and a time of day after a word of time, a count, the next meeting's date.
        f"Sammanträdet börjar kl. 19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:]}",
        f"Tid: 19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:]}",
        "Justeringsdatum 2020-12-01 1330",  # date and check digit hold for 2012011330
        "Svar senast 2020-12-01 1330 till registrator",
        f"Räknat 19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:]} besökare",
        "Nästa sammanträde 2027-01-18 1330 i Hjulsta.",  # Luhn holds: 2701181330
        "Planen gäller 2020-12-07 2021 och ses över.",  # a date and a year
        f"19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:]} – 1600",  # a span of time
        f"19{A[:2]}-{A[2:4]}-{A[4:6]} {A[6:9]}{(int(A[9]) + 1) % 10}",  # check digit wrong
        # A phone number in pairs after its label; a sixth pair; a table's row of cells.
        f"{C[:2]} {C[2:4]} {C[4:6]} {C[6:8]} {C[8:]} 12",
        # An agenda's item numbers in a row (tests/interchange/real_agendas_third.py).
        "1 2 3 4 5 Ej verkställda beslut enligt SoL och LSS 6 7 8 9 10 11 12 13 14 Ekonomi",
        f"{F[:6]}|{F[6:]}|1600",
        f"1|{F[:6]}|{F[6:]}",
        f"{E[:6]}={E[6:]}=2",
    ],
)
def test_ordinary_numbers_of_the_same_look_are_not_taken(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


def test_the_phone_label_hides_only_a_phone_numbers_digits() -> None:
    """Ten digits in pairs beginning with 0 after "Tel" are the phone's; the same digits are
    a number (born 2008) where no label stands before them."""
    ten = _number("081218123")
    pairs = " ".join(ten[i : i + 2] for i in range(0, 10, 2))
    assert find_personnummer(f"Tel {pairs}", TODAY) == []
    assert [h.text for h in find_personnummer(f"Elev {pairs}", TODAY)] == [pairs]


def _demo(store):
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


def _mask_all(store, meeting_id: int) -> list:
    hits = public_copy.scan_public(store, meeting_id)
    public_copy.decide(store, meeting_id, [h.key for h in hits], "maskera", by="Test")
    return hits


def test_the_public_packet_masks_each_form_in_a_tjansteskrivelse(demo_store) -> None:
    meeting = _demo(demo_store)
    section = meeting.items[2].tjansteskrivelse.sections[0]
    section.text += " Sökande: " + "; ".join(WRITTEN.values()) + "."
    meetings.save_meeting(demo_store, meeting)
    hits = _mask_all(demo_store, meeting.id)
    assert sorted(h.normalized[2:] for h in hits if h.kind == "personnummer") == sorted(WRITTEN)
    assert not any(ten[6:] in hit.context for hit in hits for ten in WRITTEN)
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert "Sökande: " + "; ".join(MASKED.values()) + "." in text
    assert not any(ten[6:] in text for ten in WRITTEN)


def test_the_public_packet_takes_each_form_out_of_a_stored_pdf_bilaga(demo_store) -> None:
    lines = ["Avtal om markanvisning, bilaga 2"]
    lines += [f"Köpare {n}: {written}" for n, written in enumerate(WRITTEN.values(), 1)]
    meeting = _demo(demo_store)
    meeting.items[2].bilagor.append(meetings.pdf_bilaga(text_pdf(["\n".join(lines)]), "avtal.pdf"))
    meetings.save_meeting(demo_store, meeting)
    hits = _mask_all(demo_store, meeting.id)
    assert {h.normalized[2:] for h in hits if h.kind == "personnummer"} == set(WRITTEN)
    packet = build_packet(demo_store, meeting.id, public=True)
    text = " ".join(pages_text(packet.pdf))
    assert "Avtal om markanvisning, bilaga 2" in text and "Köpare 7:" in text  # published
    assert not any(ten[6:] in text for ten in WRITTEN)
    assert not any(ten[:6] in text for ten in WRITTEN)
