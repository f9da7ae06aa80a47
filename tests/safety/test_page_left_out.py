"""A picture that carries a personnummer, decided "maskera", leaves out its own page only:
the page is replaced by one that says why, and the rest of the bilaga is published. A
bilaga every page of which would be left out is left out whole."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from ksdesk.interchange import ocr
from ksdesk.services import meeting_lookup, meetings, public_copy, public_edition
from ksdesk.services.packet import PartCache, build_packet
from tests import attack_pdfs
from tests.pdf_helpers import make_pdf, pages_text

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
DAY = date(2020, 12, 7)


def _text_then_picture(number: str) -> bytes:
    with pikepdf.open(io.BytesIO(make_pdf(1, "Yttrande över ansökan"))) as pdf:
        scanned = pikepdf.open(io.BytesIO(attack_pdfs.scanned_image(number, with_text=False)))
        pdf.pages.extend(scanned.pages)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _attach_and_mask(store, data: bytes):
    meeting = meeting_lookup.find_meeting(store, DAY)
    bilaga = replace(meetings.pdf_bilaga(data, "yttrande.pdf", "Yttrande"), nr="9")
    meeting.items[2].bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    edition = public_edition.public_edition(store, meeting.id)
    return edition, next(b for b in edition.meeting.items[2].bilagor if b.nr == "9"), hits


def test_a_picture_with_a_number_leaves_out_its_page_only(demo_store) -> None:
    number = next(attack_pdfs.personnummer(970))
    edition, shown, hits = _attach_and_mask(demo_store, _text_then_picture(number))
    assert any(h.where.endswith("sida 2 (bild)") for h in hits)
    assert shown.withheld == ""  # published, its second page left out
    data = edition.bilaga_pdf(shown)
    first, second = pages_text(data)
    assert "Yttrande över ansökan" in first
    assert "Sidan 2 ingår inte i den offentliga versionen" in second
    assert "personuppgifter som maskerats" in second
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert not ocr.images_of(pdf.pages[1])  # the picture is not in the file at all
    packet = build_packet(demo_store, edition.meeting.id, public=True, cache=PartCache())
    assert "Sidan 2 ingår inte i den offentliga versionen" in " ".join(pages_text(packet.pdf))


def test_a_bilaga_that_is_only_the_picture_is_left_out_whole(demo_store) -> None:
    number = next(attack_pdfs.personnummer(980))
    _edition, shown, _hits = _attach_and_mask(demo_store, attack_pdfs.scanned_image(number))
    assert shown.withheld == "personnummer"
