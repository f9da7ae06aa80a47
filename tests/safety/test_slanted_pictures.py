"""A picture of an ID card whose lines run at a slant: a photograph taken at an angle, a
stamp across a page. Tesseract reads lines that run across or nearly; at 20 to 135 degrees
it found no words, or a few it was sure of ("P wa se °"), so the picture was vouched for as
one without a number and published with the number on it. Now a picture whose lines slant
(interchange.ocr_skew) is read turned straight too: the number is found, or the page is one
nobody could read, for the secretary to decide."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr
from ksdesk.interchange.ocr_skew import skew
from ksdesk.services import public_pdf
from tests.attack_pdfs import _page, dashed, personnummer

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
NUMBERS = personnummer(1200)


def _card(number: str, angle: int) -> Image.Image:
    card = Image.new("L", (760, 140), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 48)
    ImageDraw.Draw(card).text((20, 40), f"Pnr {dashed(number)}", fill=0, font=font)
    return card.rotate(angle, expand=True, fillcolor=255)


def slanted(number: str, angle: int) -> bytes:
    png = io.BytesIO()
    _card(number, angle).save(png, format="PNG")

    def draw(page) -> None:
        page.drawString(72, 740, "Kopia av legitimation bifogas.")
        picture = ImageReader(io.BytesIO(png.getvalue()))
        width, height = picture.getSize()
        page.drawImage(picture, 72, 300, width=width / 2, height=height / 2)

    return _page(draw)


@pytest.mark.parametrize("angle", [20, 45, 60])
def test_the_number_on_a_slanted_picture_is_found(angle: int) -> None:
    number = next(NUMBERS)
    data = slanted(number, angle)
    read = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    found = {h.normalized for s in read for h in find_personnummer(s.text or "", ocr=s.ocr)}
    unread = [s for s in read if s.text is None]
    assert found == {"19" + number} or unread


@pytest.mark.parametrize("angle", [0, 2, 20, -30, 60])
def test_the_slant_is_measured(angle: int) -> None:
    measured = skew(_card(next(NUMBERS), angle))
    assert measured == 0.0 if abs(angle) <= 4 else abs(measured + angle) <= 2


def test_a_picture_without_lines_is_not_turned() -> None:
    assert skew(Image.linear_gradient("L").resize((800, 600))) == 0.0
    assert skew(Image.new("L", (300, 200), 255)) == 0.0
