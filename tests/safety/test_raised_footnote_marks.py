"""A footnote mark drawn right after a personnummer, raised and smaller ("811218-9876¹"), is
no digit of the number: a reader sees the number and its mark. A PDF made with a text rise
(the PDF operator Ts: ReportLab's and iText's superscript, as case systems print their
decisions) drew the mark as a plain "1" glued to the number, "811218-98761", and neither
the review nor the last check found a number there: the public packet printed it.

A mark drawn at a position of its own (Word's and LibreOffice's PDFs) was read apart
already; it stays so. The PDF import of a tjänsteskrivelse reads its lines the same way."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_public import read_pages_text
from ksdesk.interchange.tjansteskrivelse_pdf_lines import pdf_lines
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import pdf_surfaces

NUMBER = "811218-9876"  # made up, with a valid check digit


def _footnoted(mark: str, *, positioned: bool = False, lowered: bool = False) -> bytes:
    """A page "Sökanden 811218-9876<mark> har ansökt om bygglov." with the mark raised (or
    lowered, as a subscript) and smaller: by a text rise, or at a position of its own."""
    out = io.BytesIO()
    page = canvas.Canvas(out)
    text = page.beginText(72, 700)
    text.setFont("Helvetica", 11)
    text.textOut(f"Sökanden {NUMBER}")
    rise = -3 if lowered else 4
    if positioned:
        x = 72 + page.stringWidth(f"Sökanden {NUMBER}", "Helvetica", 11)
        page.drawText(text)
        page.setFont("Helvetica", 7)
        page.drawString(x, 700 + rise, mark)
        text = page.beginText(x + page.stringWidth(mark, "Helvetica", 7), 700)
        text.setFont("Helvetica", 11)
    else:
        text.setRise(rise)
        text.setFont("Helvetica", 7)
        text.textOut(mark)
        text.setRise(0)
        text.setFont("Helvetica", 11)
    text.textOut(" har ansökt om bygglov.")
    page.drawText(text)
    page.showPage()
    page.save()
    return out.getvalue()


SHAPES = {
    "upphöjt med textlyft": _footnoted("1"),
    "två siffror med textlyft": _footnoted("12"),
    "nedsänkt med textlyft": _footnoted("2", lowered=True),
    "upphöjt på egen plats": _footnoted("1", positioned=True),
}


@pytest.mark.parametrize("pdf", SHAPES.values(), ids=SHAPES.keys())
def test_the_last_check_finds_the_number_before_its_mark(pdf: bytes) -> None:
    assert [f.normalized for f in audit_pdf(pdf).findings] == ["198112189876"]


@pytest.mark.parametrize("pdf", SHAPES.values(), ids=SHAPES.keys())
def test_the_review_reads_the_number_apart_from_its_mark(pdf: bytes) -> None:
    (page,) = read_pages_text(pdf)
    for reading in (page.text, page.layout):
        assert [h.normalized for h in find_personnummer(reading)] == ["198112189876"]


def test_the_review_finds_it_and_the_public_packet_prints_it_masked(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = meeting.items[2]
    attached = meetings.pdf_bilaga(SHAPES["upphöjt med textlyft"], "beslut.pdf", "Beslut")
    attached.nr = str(len(item.bilagor) + 1)
    item.bilagor.append(attached)
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    found = [h for h in hits if h.kind == "personnummer" and "bilaga" in h.source]
    assert len(found) == 1
    for hit in hits:
        public_copy.decide(demo_store, meeting.id, [hit.key], "maskera", by="Test")
    printed = pdf_surfaces(build_packet(demo_store, meeting.id, public=True).pdf)
    assert "9876" not in printed
    assert "har ansökt om bygglov" in " ".join(printed.split())  # the page is published


@pytest.mark.parametrize("pdf", SHAPES.values(), ids=SHAPES.keys())
def test_a_tjansteskrivelse_read_from_pdf_keeps_the_mark_apart(pdf: bytes) -> None:
    """The PDF import of a tjänsteskrivelse reads its lines itself: the number it stores in
    the text is read apart from the mark too, so the review finds it there."""
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        ((line,),) = pdf_lines(opened).pages
    text = " ".join(cell.text for cell in line.cells)
    assert [h.normalized for h in find_personnummer(text)] == ["198112189876"]
    assert text.startswith("Sökanden 811218-9876 ")
