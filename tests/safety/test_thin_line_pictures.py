"""A picture of one line of text under 16 pixels high: a screenshot of a case system's line
("Pnr 811218-9876", 13 pixels at 96 dpi), pasted into a letter. People read it on the page;
OCR skipped every picture under 16 pixels on a side as a rule or a bullet, so the page was
vouched for and published with the number. Now a picture at least 6 pixels high and three
times as long is read, enlarged (interchange.ocr_pictures): Tesseract read nothing in it as
it is."""

from __future__ import annotations

import hashlib

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, ocr_pictures
from ksdesk.services import public_pdf
from tests.attack_pdfs import dashed, personnummer
from tests.attack_pdfs_more import _resources
from tests.attack_pdfs_undrawn import _drawing
from tests.attack_pictures import grey_image

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
NUMBERS = personnummer(1500)


def line(number: str, height: int, size: int) -> Image.Image:
    picture = Image.new("L", (220, height), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), size)
    ImageDraw.Draw(picture).text((2, 0), f"Pnr {dashed(number)}", fill=0, font=font)
    return picture


def _pasted(pictures: dict[str, Image.Image], content: bytes) -> bytes:
    def change(pdf) -> None:
        drawn = {name: grey_image(pdf, picture) for name, picture in pictures.items()}
        _resources(pdf).XObject = pikepdf.Dictionary(drawn)

    return _drawing(content, change)


def _found(data: bytes) -> set[str]:
    read = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    assert all(source.text is not None for source in read)
    return {h.normalized for s in read for h in find_personnummer(s.text or "", ocr=s.ocr)}


@pytest.mark.parametrize(("height", "size"), [(15, 12), (13, 11), (9, 8)])
def test_the_number_in_a_thin_line_picture_is_found(height: int, size: int) -> None:
    number = next(NUMBERS)
    content = f"q 220 0 0 {height} 72 400 cm /L Do Q".encode()
    assert _found(_pasted({"/L": line(number, height, size)}, content)) == {"19" + number}


def test_a_thin_line_in_two_pieces_is_found() -> None:
    number = next(NUMBERS)
    whole = line(number, 13, 11)
    pieces = {"/A": whole.crop((0, 0, 100, 13)), "/B": whole.crop((100, 0, 220, 13))}
    content = b"q 100 0 0 13 72 400 cm /A Do Q q 120 0 0 13 172 400 cm /B Do Q"
    assert _found(_pasted(pieces, content)) == {"19" + number}


def test_rules_and_bullets_are_not_read() -> None:
    assert not ocr_pictures.may_show_text(600, 4)  # a rule
    assert not ocr_pictures.may_show_text(12, 12)  # a bullet
    assert not ocr_pictures.may_show_text(30, 12)  # too short for a line
    assert ocr_pictures.may_show_text(220, 13) and ocr_pictures.may_show_text(16, 16)
