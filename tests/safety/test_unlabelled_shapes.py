"""Personnummer written without a label in unusual shapes ("1981-12-18 - 9876", "81.12.18-9876",
"811218-98 76", "811218:9876", and the date in spaced pairs "46 03 63-5063" and "45 02 02 5051",
which the third red team found printed) are found and masked in the public copy, in a
tjänsteskrivelse and in the text of a stored PDF bilaga. Before, only a label before them
("pnr", "personnummer") made the review see them, and the two middle shapes not even then: the
public packet printed them as written. Ordinary numbers of the same look (a period, a phone
number, an SFS number, a list) are not taken; bench/personnummer_unlabelled_shapes.py measures
real text."""

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


# One made-up number per shape (the third and fifth samordningsnummer: day + 60), as written.
A, B, C, D = _number("811218987"), _number("750304123"), _number("670778456"), _number("040229345")
E, F = _number("460363506"), _number("450202505")
WRITTEN = {
    A: f"19{A[:2]}-{A[2:4]}-{A[4:6]} - {A[6:]}",
    B: f"{B[:2]}.{B[2:4]}.{B[4:6]}-{B[6:]}",
    C: f"{C[:6]}-{C[6:8]} {C[8:]}",
    D: f"{D[:6]}:{D[6:]}",
    E: f"{E[:2]} {E[2:4]} {E[4:6]}-{E[6:]}",
    F: f"{F[:2]} {F[2:4]} {F[4:6]} {F[6:]}",
}


@pytest.mark.parametrize("ten", list(WRITTEN), ids=list(WRITTEN.values()))
def test_each_shape_is_found_and_masked_unlabelled(ten: str) -> None:
    written = WRITTEN[ten]
    text = f"Sökande: Anna Andersson, {written}, Storgatan 1."
    (hit,) = find_personnummer(text, TODAY)
    assert hit.text == written and hit.normalized[2:] == ten
    assert mask_personnummer(text).count(ten[6:]) == 0
    assert "Anna Andersson, " in mask_personnummer(text)


def test_shapes_after_a_label_that_were_missed_there_too() -> None:
    for written in (WRITTEN[B], WRITTEN[D]):
        assert [h.text for h in find_personnummer(f"pnr {written}", TODAY)] == [written]


@pytest.mark.parametrize(
    "text",
    [
        "Anslaget sitter uppe 2019-02-05 – 2019-02-27.",  # Söderhamn's protokoll: a period
        "Planen gäller 2020-12-07 – 2021 och ses över.",  # a day to a year
        f"Telefon 070-{C[6:8]} {C[8:]} 54",  # a phone number's three pairs
        f"{C[:6]}-{C[6:8]} {C[8:]} 54",
        f"Summa {C[:6]}-{C[6:8]} {C[8:]} kr",  # an amount
        "enligt SFS 2017:725 och 2018:218",
        f"{D[:6]}:{D[6:]}/2",  # a list of numbers goes on
        f"19{A[:2]}-{A[2:4]}-{A[4:6]} - {A[6:9]}{(int(A[9]) + 1) % 10}",  # check digit wrong
        "Bokslut 2020.13.07-1234",  # no such month
        f"Telefon 08 {F[2:4]} {F[4:6]} {F[6:8]} {F[8:]}",  # a phone number in pairs
        f"Telefon 0{F[:2]} {F[2:4]} {F[4:6]} {F[6:]}",  # its area code goes on before
        f"{F[:2]} {F[2:4]} {F[4:6]} {F[6:]} {F[6:8]}",  # a pair after the four
    ],
)
def test_ordinary_numbers_of_the_same_look_are_not_taken(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


def _demo(store):
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


def _mask_all(store, meeting_id: int) -> list:
    hits = public_copy.scan_public(store, meeting_id)
    public_copy.decide(store, meeting_id, [h.key for h in hits], "maskera", by="Test")
    return hits


def test_the_public_packet_masks_each_shape_in_a_tjansteskrivelse(demo_store) -> None:
    meeting = _demo(demo_store)
    section = meeting.items[2].tjansteskrivelse.sections[0]
    section.text += " Sökande: " + "; ".join(WRITTEN.values()) + "."
    meetings.save_meeting(demo_store, meeting)
    hits = _mask_all(demo_store, meeting.id)
    assert sorted(h.normalized[2:] for h in hits if h.kind == "personnummer") == sorted(WRITTEN)
    # The review's list shows the words around each hit: never a number's last four, also
    # where the words are cut inside a number written with spaces ("… - 9876;").
    assert not any(ten[6:] in hit.context for hit in hits for ten in WRITTEN)
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert (
        "Sökande: XXXX-XX-XX - XXXX; XX.XX.XX-XXXX; XXXXXX-XX XX; XXXXXX:XXXX; XX XX XX-XXXX; "
        "XX XX XX XXXX." in text
    )
    assert not any(ten[6:] in text for ten in WRITTEN)


def test_the_public_packet_takes_each_shape_out_of_a_stored_pdf_bilaga(demo_store) -> None:
    lines = ["Avtal om markanvisning, bilaga 2"]
    lines += [f"Köpare {n}: {written}" for n, written in enumerate(WRITTEN.values(), 1)]
    meeting = _demo(demo_store)
    meeting.items[2].bilagor.append(meetings.pdf_bilaga(text_pdf(["\n".join(lines)]), "avtal.pdf"))
    meetings.save_meeting(demo_store, meeting)
    hits = _mask_all(demo_store, meeting.id)
    found = {h.normalized[2:] for h in hits if h.kind == "personnummer"}
    assert found == set(WRITTEN) and all(h.source.endswith(":text") for h in hits)
    packet = build_packet(demo_store, meeting.id, public=True)
    text = " ".join(pages_text(packet.pdf))
    assert "Avtal om markanvisning, bilaga 2" in text and "Köpare 4:" in text  # published
    assert not any(ten[6:] in text for ten in WRITTEN)
    assert not packet.problems or all("avtal" not in p for p in packet.problems)
