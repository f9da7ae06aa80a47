"""A picture of an ID card drawn as a stencil mask, through a soft mask or by a tiling pattern
is read by Tesseract like any other picture: each is found on its page, its number is a hit
of the page's picture, and the page is not published as "no text"."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr
from ksdesk.services import public_pdf
from tests import attack_pdfs, attack_pictures

NUMBERS = attack_pdfs.personnummer(1500)
PICTURES = attack_pictures.PICTURES


@pytest.mark.parametrize("drawn", sorted(PICTURES))
def test_the_picture_is_found_on_its_page(drawn: str) -> None:
    with pikepdf.open(io.BytesIO(PICTURES[drawn](next(NUMBERS)))) as pdf:
        assert len(ocr.page_images(pdf.pages[0])) == 1


@pytest.mark.skipif(ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is needed")
@pytest.mark.parametrize("drawn", sorted(PICTURES))
def test_its_number_is_a_hit_of_the_picture(drawn: str) -> None:
    number = next(NUMBERS)
    data = PICTURES[drawn](number)
    public_pdf.clear_caches()
    found = {
        (s.where, h.normalized[2:])
        for s in public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
        for h in find_personnummer(s.text or "", ocr=s.ocr)
    }
    assert found == {(", sida 1 (bild)", number)}


@pytest.mark.skipif(ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is needed")
def test_pictures_alike_but_for_their_masks_are_each_read() -> None:
    """A mixed-raster scan draws each page's text as the same black picture shaped by a mask
    of its own: the reading was kept by the picture's bytes alone, and the second page (or
    the next bilaga) was given the first one's number and never read."""
    first, second = next(NUMBERS), next(NUMBERS)
    cache = ocr.OcrCache()
    found = []
    for number in (first, second):
        with pikepdf.open(io.BytesIO(attack_pictures.soft_mask(number))) as pdf:
            (reading,) = ocr.read_pages(list(pdf.pages), cache)
        found.append([hit.normalized[2:] for hit in find_personnummer(reading.text, ocr=True)])
    assert found == [[first], [second]]
