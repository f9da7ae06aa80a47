"""A picture of an ID card turned upside down or mirrored (a scan fed in the wrong way, a
photograph taken through a window): Tesseract read garbage and was fairly sure of it
("9/86-8TZTT8 IUd", 66 of 100), so the picture was vouched for and the page published with
the number on it; mirrored, it was unsure, and the page was asked about ("oläslig"). Now a
picture read less than very surely is read turned the other ways too (interchange.ocr_turns):
the number is found and the page masked or left out, and a turned letter without a number is
vouched for instead of asked about."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr
from ksdesk.services import public_pdf
from tests.attack_pdfs import _page, personnummer
from tests.safety.test_slanted_pictures import _card

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
NUMBERS = personnummer(1400)
LINES = ["Kopia av beslutet bifogas.", "Ansökan inkom i tid och", "har beretts."]


def pictured(picture: Image.Image) -> bytes:
    png = io.BytesIO()
    picture.save(png, format="PNG")

    def draw(page) -> None:
        page.drawString(72, 740, "Kopia av legitimation bifogas.")
        shown = ImageReader(io.BytesIO(png.getvalue()))
        width, height = shown.getSize()
        page.drawImage(shown, 72, 300, width=width / 2, height=height / 2)

    return _page(draw)


def read(data: bytes) -> tuple[set[str], list]:
    ocr.DEFAULT_CACHE.clear()
    sources = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    found = {h.normalized for s in sources for h in find_personnummer(s.text or "", ocr=s.ocr)}
    return found, [s for s in sources if s.text is None]


@pytest.mark.parametrize(
    "way",
    [
        Image.Transpose.ROTATE_180,  # vouched for and published before
        Image.Transpose.FLIP_TOP_BOTTOM,  # the same
        Image.Transpose.TRANSPOSE,  # the same
        Image.Transpose.FLIP_LEFT_RIGHT,  # asked about before
    ],
)
def test_the_number_on_a_turned_or_mirrored_card_is_found(way: Image.Transpose) -> None:
    number = next(NUMBERS)
    found, unread = read(pictured(_card(number, 0).transpose(way)))
    assert found == {"19" + number}
    assert unread == []


def test_a_letter_upside_down_without_a_number_is_vouched_for() -> None:
    letter = Image.new("L", (900, 250), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 44)
    for n, line in enumerate(LINES):
        ImageDraw.Draw(letter).text((20, 30 + 60 * n), line, fill=0, font=font)
    found, unread = read(pictured(letter.transpose(Image.Transpose.ROTATE_180)))
    assert found == set() and unread == []


def test_a_picture_read_very_surely_is_read_once(monkeypatch) -> None:
    calls = []
    real = ocr._tesseract
    monkeypatch.setattr(ocr, "_tesseract", lambda png: calls.append(png) or real(png))
    number = next(NUMBERS)
    found, _unread = read(pictured(_card(number, 0)))
    assert found == {"19" + number} and len(calls) == 1
