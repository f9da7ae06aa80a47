"""A number drawn in a bitmap font a square per pixel is found and blacked out like any
text in outlines (interchange.outline_specks); the dots of ä, dotted leaders, full stops and
a stippled map are not taken for letters."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest

from ksdesk.interchange import ocr, outline_ocr, pdf_public
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_outlines import text_lines
from ksdesk.interchange.pdf_paths import page_shapes
from ksdesk.services import public_pdf
from tests import attack_outlines, attack_pdfs
from tests.safety import attack_specks

NUMBERS = attack_pdfs.personnummer(2300)
needs_tesseract = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


@pytest.fixture(autouse=True)
def fresh_readings():
    public_pdf.clear_caches()
    yield
    public_pdf.clear_caches()


def _lines(data: bytes):
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return text_lines(page_shapes(pdf.pages[0]))


@pytest.mark.parametrize("one_path", [False, True], ids=["a fill a square", "one path"])
@pytest.mark.parametrize("pixel", [0.8, 1.2, 2.0, 3.0])
def test_a_number_a_square_per_pixel_is_a_line(pixel: float, one_path: bool) -> None:
    (line,) = _lines(attack_specks.pixel_number(next(NUMBERS), pixel, one_path))
    assert len(line.glyphs) == 10  # the digits; the dash is one bar, no letter by itself
    assert all(glyph.specks for glyph in line.glyphs)


@needs_tesseract
@pytest.mark.parametrize("one_path", [False, True], ids=["a fill a square", "one path"])
@pytest.mark.parametrize("pixel", [0.8, 1.2, 2.0, 3.0])
def test_the_last_check_finds_the_number(pixel: float, one_path: bool) -> None:
    number = next(NUMBERS)
    audit = audit_pdf(attack_specks.pixel_number(number, pixel, one_path))
    assert [f.normalized[2:] for f in audit.findings] == [number]


@needs_tesseract
def test_maskera_blacks_it_out_and_publishes_the_rest() -> None:
    number = next(NUMBERS)
    data = attack_specks.pixel_number(number, 1.2, one_path=True)
    (found,) = audit_pdf(data).findings
    sha = hashlib.sha256(data).hexdigest()
    published = public_pdf.public_content(sha, data, frozenset({found.normalized}))
    public_pdf.clear_caches()
    assert audit_pdf(published).clean
    (page,) = pdf_public.read_pages_text(published)
    assert attack_outlines.SHOWN in page.text


def test_specks_that_make_no_letter_are_no_line() -> None:
    assert _lines(attack_specks.not_letters()) == []


def test_a_dense_stipple_is_not_taken_for_lines_any_way() -> None:
    """Its dots clump into letter-sized groups, some in rows up or down the page: with no
    grid under them they are no letters, so no line is drawn for Tesseract (which read them
    as nothing, and the page was unread for it)."""
    with pikepdf.open(io.BytesIO(attack_specks.stippled())) as pdf:
        assert outline_ocr._pictures(page_shapes(pdf.pages[0])) == []
