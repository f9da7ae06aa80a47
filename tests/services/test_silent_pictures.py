"""Pictures in which OCR finds no text at all are published (a photo, a map), and the review
lists their pages so that the secretary can look at them: OCR does not read handwriting or
turned text well. A logo or a signature (a small part of its page) and a picture whose text
was read are not listed, nor is anything when there is no picture."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ksdesk.interchange import ocr
from ksdesk.services import meeting_lookup, meetings, public_copy, public_pdf
from tests import attack_pdfs

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


def _map() -> ImageReader:
    """A drawing with no words: a plot of land, a road, a pond."""
    image = Image.new("L", (900, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.polygon([(80, 500), (300, 90), (700, 140), (820, 520)], outline=0, width=6)
    draw.line([(0, 560), (900, 300)], fill=90, width=30)
    draw.ellipse([(380, 260), (560, 400)], fill=170)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return ImageReader(io.BytesIO(out.getvalue()))


def situationsplan() -> bytes:
    """Page 1: a large map; page 2: text and a small logo; page 3: an ID card (its text read)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawString(72, 790, "Situationsplan")
    page.drawImage(_map(), 72, 300, width=450, height=300)
    page.showPage()
    page.drawImage(_map(), 480, 780, width=60, height=40)
    page.drawString(72, 700, "Yttrande från fastighetsägaren")
    page.showPage()
    page.save()
    card = attack_pdfs.scanned_image(next(attack_pdfs.personnummer(1400)))
    writer = PdfWriter()
    for data in (out.getvalue(), card):
        for read in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(read)
    joined = io.BytesIO()
    writer.write(joined)
    return joined.getvalue()


def test_a_picture_without_text_is_listed_by_its_page(demo_store) -> None:
    public_pdf.clear_caches()
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    bilaga = meetings.pdf_bilaga(situationsplan(), "situationsplan.pdf", "Situationsplan")
    meeting.items[2].bilagor.append(replace(bilaga, nr="9"))
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h.where.endswith(", sida 3 (bild)") for h in hits] == [True]  # the ID card
    listed = public_copy.silent_pictures(demo_store, meeting.id)
    assert listed == ["ärende 3, bilaga 9 Situationsplan: sidan 1"]


def test_nothing_is_listed_without_pictures(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    public_copy.scan_public(demo_store, meeting.id)
    assert public_copy.silent_pictures(demo_store, meeting.id) == []
