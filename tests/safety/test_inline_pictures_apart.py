"""A scanned ID card drawn as an inline image (BI … ID … EI) inside a tiling pattern or a
soft mask's group: qpdf makes a page's inline images (and its forms') image objects, which
Tesseract reads, but not a pattern's or a mask's, so the picture was never read, the page
passed as a page without text in pictures and the public copy showed the number. Now they
are made image objects too, and Tesseract reads them; an inline picture that is still left
(a group that borrows its page's resources) makes the page one nobody could read, for the
secretary to decide."""

from __future__ import annotations

import hashlib

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.services import public_pdf
from tests.attack_pdfs import _page, _with, dashed, personnummer
from tests.attack_pdfs_more import tiling

NUMBERS = personnummer(980)


def _inline(number: str, at: tuple[int, int], white_on_black: bool = False) -> bytes:
    image = Image.new("L", (700, 120), 0 if white_on_black else 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 48)
    ImageDraw.Draw(image).text(
        (20, 30), f"Pnr {dashed(number)}", fill=255 - image.getpixel((0, 0)), font=font
    )
    head = f"q 350 0 0 60 {at[0]} {at[1]} cm BI /W 700 /H 120 /CS /G /BPC 8 /F /AHx ID "
    return head.encode() + image.tobytes().hex().encode() + b"> EI Q"


def in_a_pattern(number: str) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        pattern = tiling(pdf, _inline(number, (0, 0)), pikepdf.Dictionary(), 400, 80)
        pdf.pages[0].obj.Resources.Pattern = pikepdf.Dictionary({"/P9": pattern})
        pdf.pages[0].contents_add(pdf.make_stream(b"q /Pattern cs /P9 scn 0 300 400 80 re f Q"))

    return _with(_page(lambda page: page.drawString(72, 650, "Ansökan")), change)


def in_a_soft_mask(number: str, resources: bool = True) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        drawn = b"0 g 0 0 600 800 re f " + _inline(number, (100, 300), white_on_black=True)
        group = pdf.make_stream(drawn, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form)
        group.BBox = [0, 0, 600, 800]
        group.Group = pikepdf.Dictionary({"/S": pikepdf.Name.Transparency})
        if resources:
            group.Resources = pikepdf.Dictionary()
        mask = pikepdf.Dictionary({"/S": pikepdf.Name.Luminosity})
        mask.G = group
        states = pikepdf.Dictionary({"/GS9": pikepdf.Dictionary({"/SMask": mask})})
        pdf.pages[0].obj.Resources.ExtGState = states
        pdf.pages[0].contents_add(pdf.make_stream(b"q /GS9 gs 0 g 0 0 600 800 re f Q"))

    return _with(_page(lambda page: page.drawString(72, 650, "Ansökan")), change)


def _read(data: bytes) -> list[public_pdf.PdfSource]:
    return public_pdf.sources(hashlib.sha256(data).hexdigest(), data)


@pytest.mark.parametrize("make", [in_a_pattern, in_a_soft_mask])
def test_tesseract_reads_the_picture(make) -> None:
    number = next(NUMBERS)
    read = _read(make(number))
    found = {h.normalized for s in read for h in find_personnummer(s.text or "", ocr=s.ocr)}
    assert found == {"19" + number}


def test_a_picture_left_inline_makes_the_page_unread() -> None:
    read = _read(in_a_soft_mask(next(NUMBERS), resources=False))
    assert [s.shown for s in read if s.text is None] == ["sidan 1: en bild på sidan kan inte läsas"]
