"""A picture whose text is small in pixels: an ID card photographed and sent small, a
screenshot of a case system. Its letters of 8 pixels were no words to Tesseract, so the
picture was vouched for and the number published (letters of 9 and 11 pixels: a digit read
wrong, sure of it, in one card of four). Now a picture whose lines of ink are under 10 pixels
high is read again enlarged (interchange.ocr_small_text), and the number is found. Letters of
8 pixels are read so in some cards only (Tesseract reads their 8 as 9): see the module."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, ocr_small_text
from ksdesk.services import public_pdf
from tests.attack_pdfs import dashed, personnummer
from tests.attack_pdfs_more import _resources
from tests.attack_pdfs_undrawn import _drawing
from tests.attack_pictures import card, grey_image

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
NUMBERS = personnummer(1800)


def small_card(number: str, size: int) -> Image.Image:
    picture = Image.new("L", (40 * size, 6 * size), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), size)
    ImageDraw.Draw(picture).text((size, size), "Sökande: Anna Andersson", fill=0, font=font)
    written = f"Personnummer {dashed(number)}"
    ImageDraw.Draw(picture).text((size, 3 * size), written, fill=0, font=font)
    return picture


def _pdf(picture: Image.Image) -> bytes:
    def change(pdf) -> None:
        _resources(pdf).XObject = pikepdf.Dictionary({"/P": grey_image(pdf, picture)})

    return _drawing(b"q 320 0 0 48 72 400 cm /P Do Q", change)


# Cards read as they are as nothing (7 and 8 pixels) or with a digit dropped (11 pixels):
# no number was found, and each was vouched for.
@pytest.mark.parametrize(
    ("number", "size"),
    [("8110227017", 7), ("6007037101", 8), ("6209057121", 8), ("7510187250", 11)],
)
def test_the_number_in_small_letters_is_found(number: str, size: int) -> None:
    data = _pdf(small_card(number, size))
    read = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    found = {h.normalized for s in read for h in find_personnummer(s.text or "", ocr=s.ocr)}
    assert "19" + number in found


def test_only_small_text_is_read_again(monkeypatch) -> None:
    calls = []
    real = ocr._tesseract
    monkeypatch.setattr(ocr, "_tesseract", lambda png: calls.append(1) or real(png))
    picture = io.BytesIO()
    card(next(NUMBERS)).save(picture, format="PNG")  # letters of 64 pixels
    assert ocr._read_images([picture.getvalue()]).vouched
    assert len(calls) == 1
    assert not ocr_small_text.is_small(card(next(NUMBERS)))
    assert ocr_small_text.is_small(small_card(next(NUMBERS), 8))
    # a photograph's or a gradient's shades are no lines of text
    assert not ocr_small_text.is_small(Image.linear_gradient("L"))
    assert not ocr_small_text.is_small(Image.new("L", (400, 300), 255))
