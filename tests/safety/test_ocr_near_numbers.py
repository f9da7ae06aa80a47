"""A number on an ID card that OCR reads with one digit wrong fails the check digit: no hit
was found, the page was vouched for and published with nine digits of ten right. Such
digits in a picture (core.personnummer_near) now make the page the secretary's to look at,
said in Swedish; a picture of other figures is vouched for as before."""

from __future__ import annotations

import hashlib

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from ksdesk import paths
from ksdesk.interchange import ocr
from ksdesk.interchange.ocr_doubts import NEAR_NUMBER
from ksdesk.services import public_pdf
from tests.attack_pdfs_more import _resources
from tests.attack_pdfs_undrawn import _drawing
from tests.attack_pictures import grey_image
from tests.safety.test_small_text_pictures import small_card

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


def _pdf(picture: Image.Image) -> bytes:
    def change(pdf) -> None:
        _resources(pdf).XObject = pikepdf.Dictionary({"/P": grey_image(pdf, picture)})

    return _drawing(b"q 320 0 0 48 72 400 cm /P Do Q", change)


def _lines(*lines: str) -> Image.Image:
    picture = Image.new("L", (1400, 90 * len(lines) + 40), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 48)
    for index, line in enumerate(lines):
        ImageDraw.Draw(picture).text((30, 30 + 90 * index), line, fill=0, font=font)
    return picture


def _read(data: bytes) -> list[public_pdf.PdfSource]:
    return public_pdf.sources(hashlib.sha256(data).hexdigest(), data)


@pytest.mark.parametrize(
    "picture",
    [
        # Letters of 8 pixels: Tesseract reads this card's number with a digit wrong.
        small_card("6102108013", 8),
    ],
    ids=["small-card"],
)
def test_a_number_read_with_a_digit_wrong_makes_the_page_asked_about(picture) -> None:
    read = _read(_pdf(picture))
    pictures = [s for s in read if s.suffix.startswith(":bild:")]
    assert [(s.text, s.shown) for s in pictures] == [
        (None, "sidan 1: " + NEAR_NUMBER[:1].lower() + NEAR_NUMBER[1:])
    ]


def test_a_picture_of_other_figures_is_vouched_for() -> None:
    picture = _lines(
        "Faktura 2020-12-07 kl. 14.30",
        "Konto 301100 1234 Belopp 1 234 567 kr",
        "Mobil 0701234567  Dnr KS 2020/123",
    )
    pictures = [s for s in _read(_pdf(picture)) if s.suffix.startswith(":bild:")]
    assert len(pictures) == 1 and pictures[0].text and "Faktura" in pictures[0].text


def test_twelve_digits_read_with_one_wrong_are_a_number_to_the_scan() -> None:
    """An adult's number with its century, read with a digit wrong (or printed so), is a
    number as typed text's is (core.personnummer_typo): the picture's text goes to the scan,
    which finds it, as it finds a number read right; no page is vouched for with it."""
    from ksdesk.core.personnummer import find_personnummer

    read = _read(_pdf(_lines("Personbevis", "19610210-8018  Anna Andersson")))
    pictures = [s for s in read if s.suffix.startswith(":bild:")]
    assert len(pictures) == 1 and pictures[0].text is not None
    assert [hit.text for hit in find_personnummer(pictures[0].text)] == ["19610210-8018"]
