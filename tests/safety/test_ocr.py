"""Pages that carry images are read by Tesseract even when they also have text, the result is
cached by the images' hash, and a number in a picture is a hit like any other."""

from __future__ import annotations

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, pdf_public
from tests import attack_pdfs

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


def test_a_picture_on_a_page_with_text_is_read_once() -> None:
    number = next(attack_pdfs.personnummer(960))
    data = attack_pdfs.scanned_image(number, with_text=True)
    cache = ocr.OcrCache()
    (page,) = pdf_public.read_pages(pdf_public.strip(data), cache)
    assert "legitimation" in page.text  # the page has text of its own ...
    assert page.ocr is not None and page.ocr.vouched  # ... and its picture was read too
    assert [h.normalized[2:] for h in find_personnummer(page.ocr.text)] == [number]
    ran = cache.ran
    pdf_public.read_pages(pdf_public.strip(data), cache)
    assert cache.ran == ran  # the second check reads nothing again


def test_a_page_without_a_text_layer_cannot_be_vouched_for() -> None:
    from tests.services.test_packet import _scan

    (page,) = pdf_public.read_pages(_scan(), ocr.OcrCache())
    assert page.unreadable and page.ocr is None
