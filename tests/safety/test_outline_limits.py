"""Where reading text drawn as outlines (interchange.outline_ocr) meets its limits, the page
is said to be unread, never passed as clean: a line of letter-sized shapes Tesseract reads
as nothing at all, and lines so long that the picture for Tesseract would be too big. A line
merely wider than a picture should be is read in overlapping pieces, so that a number is
whole in one of them wherever the line is cut."""

from __future__ import annotations

import io
import itertools

import pikepdf
import pytest
from PIL import Image

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, outline_ocr, outline_picture
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_outlines import Glyph, Line
from ksdesk.interchange.pdf_paths import page_shapes
from ksdesk.services import public_gate, public_pdf
from tests import attack_outlines, attack_pdfs

NUMBERS = attack_pdfs.personnummer(2100)
needs_tesseract = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
# Tesseract's table when it found no word in the picture: the header row alone.
_NOTHING = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
    "\tconf\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t800\t96\t-1\t\n"
)


@pytest.fixture(autouse=True)
def fresh_readings():
    public_pdf.clear_caches()
    yield
    public_pdf.clear_caches()


def _reading(data: bytes) -> outline_ocr.OutlineReading:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (reading,) = outline_ocr.read_pages(list(pdf.pages))
    assert reading is not None
    return reading


def test_a_line_tesseract_reads_as_nothing_is_unread(monkeypatch) -> None:
    monkeypatch.setattr(outline_ocr, "_tsv", lambda png: _NOTHING)
    data = attack_outlines.outlined_line(next(NUMBERS))
    reading = _reading(data)
    assert not reading.vouched and reading.text == ""
    assert reading.reason == f"{outline_ocr.NOTHING_READ} på en rad av den"
    assert audit_pdf(data).unreadable == [f"sida 1: {reading.reason}"]
    with pytest.raises(public_gate.PublicOutputRefused):
        public_gate.checked(data, "Bilagan")


def _circles() -> bytes:
    """Ten filled rings of two sizes in a row: letter-sized, curved, of more than one form,
    so they are taken for a line; Tesseract reads no word in them."""
    ops = []
    for place in range(10):
        r, x, y = (3.5 if place % 2 else 4.5), 72 + 12 * place, 690
        k = 0.5523 * r
        ops.append(
            f"{x + r} {y} m {x + r} {y + k} {x + k} {y + r} {x} {y + r} c "
            f"{x - k} {y + r} {x - r} {y + k} {x - r} {y} c {x - r} {y - k} {x - k} {y - r} "
            f"{x} {y - r} c {x + k} {y - r} {x + r} {y - k} {x + r} {y} c f"
        )
    return attack_outlines._with_content(("\n".join(ops) + "\n").encode())


@needs_tesseract
def test_a_line_tesseract_really_reads_as_nothing_is_unread() -> None:
    reading = _reading(_circles())
    assert reading.text.strip() == "" and not reading.vouched
    assert reading.reason.startswith(outline_ocr.NOTHING_READ)


@needs_tesseract
def test_a_line_read_with_its_number_stays_vouched() -> None:
    number = next(NUMBERS)
    reading = _reading(attack_outlines.outlined_line(number))
    assert reading.vouched and find_personnummer(reading.text, ocr=True)


def _wide_line(numbers: list[str], repeats: int) -> bytes:
    """One line of small print in outlines across a page 4 000 points wide (a drawing's
    title block, a wide table's row), the numbers spread along it."""
    words = []
    for place in range(repeats):
        at = place * len(numbers) // repeats
        shown = attack_pdfs.dashed(numbers[at]) if place % (repeats // len(numbers)) == 0 else ""
        words.append(f"Rad {place} {shown}".strip())
    content = attack_outlines.outline_ops(" ".join(words), 20, 690, 5)
    data = attack_outlines._with_content(content)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages[0].obj.MediaBox = [0, 0, 4000, 842]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@needs_tesseract
def test_a_line_wider_than_a_picture_is_read_in_pieces_and_its_numbers_found() -> None:
    numbers = [next(NUMBERS) for _ in range(4)]
    data = _wide_line(numbers, 240)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pictures = outline_ocr._pictures(page_shapes(pdf.pages[0]))
    (across,) = [p for p in pictures if p.way == 0]
    assert len(across.lines) >= 3  # one line of the page, cut into pieces
    width = Image.open(io.BytesIO(across.png)).width
    assert width <= outline_picture.MAX_WIDTH + 48  # without the cut: some 25 000 pixels
    found = {f.normalized[2:] for f in audit_pdf(data).findings}
    assert found == set(numbers)


def _glyphs(count: int, height: float = 4.0) -> tuple[Glyph, ...]:
    return tuple(
        Glyph((10.0 + 3.0 * i, 100.0, 12.5 + 3.0 * i, 100.0 + height), True, i % 3)
        for i in range(count)
    )


def test_pieces_overlap_so_a_number_is_whole_in_one_and_keep_every_shape() -> None:
    glyphs = _glyphs(3000)
    line = Line((10.0, 99.0, 10.0 + 3.0 * 3000, 105.0), glyphs)
    pieces = outline_picture.pieces([line])
    assert len(pieces) >= 9 and {g for p in pieces for g in p.glyphs} == set(glyphs)
    for piece, after in itertools.pairwise(pieces):
        assert (piece.box[2] - piece.box[0]) * 48 / 6.0 <= outline_picture.MAX_WIDTH
        assert len(set(piece.glyphs) & set(after.glyphs)) >= 13  # "19811022-7017"
    short = Line((10.0, 99.0, 100.0, 105.0), glyphs[:20])
    assert outline_picture.pieces([short]) == [short]  # an ordinary line stays whole


def test_a_picture_too_big_to_draw_is_unread_not_drawn(monkeypatch) -> None:
    """However the lines are cut, a page of them can make a picture too big for memory and
    for Tesseract's time: the page is then said to be unread, and nothing is drawn."""
    drawn = []
    monkeypatch.setattr(outline_ocr, "line_picture", lambda *a: drawn.append(a))
    monkeypatch.setattr(outline_ocr, "MAX_PIXELS", 10_000)
    data = attack_outlines.outlined_line(next(NUMBERS))
    reading = _reading(data)
    assert not reading.vouched and reading.reason == outline_ocr.TOO_BIG and drawn == []
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(data, "Bilagan")
    assert "sidan 1" in str(refused.value) and "för stor" in str(refused.value)
