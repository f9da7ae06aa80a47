"""A scanned page as scan stations make it: the picture, and the scanner's own OCR text drawn
invisible over it (render mode 3) so the file can be searched and read aloud. OCR misreads a
printed number the way it misreads it in Tesseract's reading ("8112l8-9876"); the public
edition reads that layer as OCR, so such a number is a hit of its page, and "maskera" leaves
the page out (the picture under the layer shows the number)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ksdesk.interchange import ocr, pdf_public
from ksdesk.services import meeting_lookup, meetings, public_copy, public_edition
from tests import attack_pdfs
from tests.pdf_helpers import pages_text

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
DAY = date(2020, 12, 7)


# Letters OCR takes for a digit and nobody types for one (l for 1 and O for 0 are typed, and
# read in typed text too: tests/safety/test_typed_letters_for_digits.py).
_MISREAD = {"2": "Z", "5": "S", "6": "G", "8": "B", "9": "g"}


def _misread(number: str) -> str:
    """The number as OCR reads it: the first digit of its date that OCR takes a letter for
    read as that letter."""
    dashed = attack_pdfs.dashed(number)
    at = next(i for i, digit in enumerate(dashed[:6]) if digit in _MISREAD)
    return dashed[:at] + _MISREAD[dashed[at]] + dashed[at + 1 :]


def scanned_with_layer(layer: str, mode: int = 3) -> bytes:
    """One A4 page: a grey picture with nothing legible, and `layer` drawn over it in text
    render mode `mode` (3: invisible, as a scanner's OCR layer; 0: ordinary visible text)."""
    picture = io.BytesIO()
    Image.new("L", (600, 200), 200).save(picture, format="PNG")
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 72, 450, width=400, height=133)
    text = page.beginText(80, 520)
    text.setFont("Helvetica", 11)
    text.setTextRenderMode(mode)
    text.textLine("Ansökan om bostadsanpassning")
    text.textLine(f"Sökande: Anna Andersson {layer}")
    page.drawText(text)
    page.showPage()
    page.save()
    return out.getvalue()


def _attach(store, data: bytes):
    meeting = meeting_lookup.find_meeting(store, DAY)
    bilaga = replace(meetings.pdf_bilaga(data, "ansokan.pdf", "Ansökan"), nr="9")
    meeting.items[2].bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    return meeting.id, public_copy.scan_public(store, meeting.id)


def _bilaga_hits(hits) -> list:
    # The numbers only: "Sökande: Anna Andersson" on the page is a private party's hit too.
    return [h for h in hits if h.where.startswith("ärende 3, bilaga 9 ") and h.kind != "kontakt"]


def test_the_invisible_text_is_read_apart_from_what_the_page_shows() -> None:
    data = scanned_with_layer("8112l8-9876")
    (page,) = pdf_public.read_pages(data)
    assert "Sökande: Anna Andersson 8112l8-9876" in page.hidden
    (shown,) = pdf_public.read_pages(scanned_with_layer("8112l8-9876", mode=0))
    assert shown.hidden == ""  # drawn to be seen: typed text, read strictly


def test_a_number_misread_in_the_scanners_layer_leaves_out_its_page(demo_store) -> None:
    misread = _misread(next(attack_pdfs.personnummer(700)))
    meeting_id, hits = _attach(demo_store, scanned_with_layer(misread))
    (hit,) = _bilaga_hits(hits)
    assert hit.where.endswith("sida 1 (dold text från skanningen)")
    assert misread[:4] not in hit.context  # the number itself is not shown in the list
    public_copy.decide(demo_store, meeting_id, [h.key for h in hits], "maskera", by="Anna")
    edition = public_edition.public_edition(demo_store, meeting_id)
    shown = next(b for b in edition.meeting.items[2].bilagor if b.nr == "9")
    # Its only page is left out, so the bilaga is left out whole, said as personnummer.
    assert shown.withheld == "personnummer"


def test_a_number_the_layer_has_right_is_one_hit_not_two(demo_store) -> None:
    number = attack_pdfs.dashed(next(attack_pdfs.personnummer(710)))
    _meeting_id, hits = _attach(demo_store, scanned_with_layer(number))
    (hit,) = _bilaga_hits(hits)
    assert not hit.where.endswith(
        "(dold text från skanningen)"
    )  # the page's text: masked in the text


def test_typed_text_that_only_looks_misread_is_no_number(demo_store) -> None:
    misread = _misread(next(attack_pdfs.personnummer(720)))
    _meeting_id, hits = _attach(demo_store, scanned_with_layer(misread, mode=0))
    assert _bilaga_hits(hits) == []
    assert misread in " ".join(pages_text(scanned_with_layer(misread, mode=0)))


def test_the_last_reader_reads_the_layer_as_ocr_and_honours_a_kept_number() -> None:
    from ksdesk.interchange.pdf_audit import audit_pdf

    misread = _misread(next(attack_pdfs.personnummer(730)))
    data = scanned_with_layer(misread)
    (finding,) = audit_pdf(data).findings
    assert finding.where == "sida 1 (dold text)"
    assert audit_pdf(data, frozenset({finding.normalized})).clean
    assert audit_pdf(scanned_with_layer(misread, mode=0)).clean  # typed: no number


def test_a_layer_number_kept_on_purpose_is_published_and_passes_the_last_reader(
    demo_store,
) -> None:
    from ksdesk.services.packet import PartCache, build_packet

    misread = _misread(next(attack_pdfs.personnummer(740)))
    meeting_id, hits = _attach(demo_store, scanned_with_layer(misread))
    public_copy.decide(demo_store, meeting_id, [h.key for h in hits], "behåll", by="Anna")
    packet = build_packet(demo_store, meeting_id, public=True, cache=PartCache())
    assert misread in " ".join(pages_text(packet.pdf))  # the secretary kept it, knowingly
