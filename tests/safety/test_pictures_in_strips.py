"""A scanned ID card drawn in strips: a print driver or a scanner that draws a scan as
bands, each an image of its own laid edge to edge. Every viewer shows the card whole. OCR read
each strip on its own: strips under 16 pixels were not read at all, wider ones gave Tesseract
halves of lines, or whole columns of a few letters it was sure of, so the page was vouched
for and the card published with its number. Now pictures drawn edge to edge are read as the
one picture they show (interchange.ocr_mosaic): the number is found, and the public packet
leaves the page out."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date

import pikepdf
import pytest
from PIL import Image, ImageChops

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, ocr_mosaic
from ksdesk.services import meeting_lookup, meetings, public_copy, public_pdf
from ksdesk.services.packet import build_packet
from tests.attack_pdfs import personnummer
from tests.attack_pdfs_more import _resources
from tests.attack_pdfs_undrawn import SHOWN, _drawing
from tests.attack_pictures import card, grey_image
from tests.pdf_helpers import pages_text

pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
NUMBERS = personnummer(1400)
_SCALE = 3  # pixels of the card a point: drawn 400 × 133 points at (72, 400)


def strips(number: str, size: int, across: bool = False, turned: bool = False) -> bytes:
    """The card cut into strips `size` pixels high (`across`: wide), each drawn where it
    belongs. `turned`: each strip's pixels stored upside down and drawn flipped back, inside
    a form XObject."""
    picture = card(number)
    span = picture.width if across else picture.height
    cuts = [(start, min(start + size, span)) for start in range(0, span, size)]
    drawn = []
    for index, (start, end) in enumerate(cuts):
        length = (end - start) / _SCALE
        if across:
            matrix = [length, 0, 0, 133.333, 72 + start / _SCALE, 400]
        else:
            y = 400 + (picture.height - end) / _SCALE
            matrix = [400, 0, 0, length, 72, y]
        if turned:  # flipped: the strip's first row drawn at the foot of its square
            matrix = [*matrix[:3], -matrix[3], matrix[4], matrix[5] + matrix[3]]
        drawn.append(f"q {' '.join(f'{v:.4f}' for v in matrix)} cm /S{index} Do Q")
    content = "\n".join(drawn).encode()

    def change(pdf) -> None:
        pieces = {}
        for index, (start, end) in enumerate(cuts):
            box = (start, 0, end, picture.height) if across else (0, start, picture.width, end)
            piece = picture.crop(box)
            if turned:
                piece = piece.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
            pieces[f"/S{index}"] = grey_image(pdf, piece)
        if not turned:
            _resources(pdf).XObject = pikepdf.Dictionary(pieces)
            return
        form = pdf.make_stream(
            content,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 612, 792],
            Resources=pikepdf.Dictionary({"/XObject": pikepdf.Dictionary(pieces)}),
        )
        _resources(pdf).XObject = pikepdf.Dictionary({"/Fm1": form})

    return _drawing(b"/Fm1 Do" if turned else content, change)


def _found(data: bytes) -> set[str]:
    read = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    return {h.normalized for s in read for h in find_personnummer(s.text or "", ocr=s.ocr)}


@pytest.mark.parametrize(
    ("size", "across"),
    [(12, False), (50, False), (8, True), (150, True)],
    ids=["thin-bands", "bands", "thin-columns", "columns"],
)
def test_the_number_on_a_card_drawn_in_strips_is_found(size: int, across: bool) -> None:
    number = next(NUMBERS)
    assert _found(strips(number, size, across)) == {"19" + number}


def test_strips_flipped_inside_a_form_are_put_back_as_shown() -> None:
    number = next(NUMBERS)
    assert _found(strips(number, 20, turned=True)) == {"19" + number}


def test_the_strips_are_painted_as_the_page_shows_them() -> None:
    number = next(NUMBERS)
    with pikepdf.open(io.BytesIO(strips(number, 10))) as pdf:
        laid = ocr_mosaic.mosaics(pdf.pages[0])
        assert [len(group) for group in laid.groups] == [40]
        painted = laid.pictures()[0]
    assert painted.size == (1200, 400)
    # the strips' matrices are written to 4 decimals: a pixel may be sampled a little aside
    assert ImageChops.difference(painted, card(number)).getextrema()[1] <= 16


def test_pictures_apart_are_read_one_by_one() -> None:
    """A logo and a photo that do not touch are two pictures, not one."""
    content = b"q 100 0 0 50 72 600 cm /A Do Q q 100 0 0 50 300 600 cm /B Do Q"

    def change(pdf) -> None:
        picture = card("811218-9876")
        _resources(pdf).XObject = pikepdf.Dictionary(
            {"/A": grey_image(pdf, picture), "/B": grey_image(pdf, picture.rotate(180))}
        )

    with pikepdf.open(io.BytesIO(_drawing(content, change))) as pdf:
        laid = ocr_mosaic.mosaics(pdf.pages[0])
        assert laid.groups == [] and laid.members == set()
        assert len(ocr.page_images(pdf.pages[0], frozenset(laid.members))) == 2


def test_a_picture_under_another_is_a_layer_read_on_its_own() -> None:
    """A scanned page under a stamp, a compressed scan's picture under its text layer: the
    picture that covers the group is read on its own as before, whatever lies over it."""
    content = b"q 400 0 0 133 72 400 cm /A Do Q q 60 0 0 40 100 420 cm /B Do Q"

    def change(pdf) -> None:
        _resources(pdf).XObject = pikepdf.Dictionary(
            {"/A": grey_image(pdf, card("811218-9876")), "/B": grey_image(pdf, card("x"))}
        )

    with pikepdf.open(io.BytesIO(_drawing(content, change))) as pdf:
        laid = ocr_mosaic.mosaics(pdf.pages[0])
        assert laid.groups == [] and laid.members == set()


def test_the_public_packet_leaves_the_page_out(demo_store) -> None:
    number = next(NUMBERS)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    bilaga = meetings.pdf_bilaga(strips(number, 12), "legitimation.pdf", "Legitimation")
    meeting.items[2].bilagor.append(replace(bilaga, nr="9"))
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert any(h.normalized == "19" + number for h in hits)
    keys = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, keys, "maskera", by="Anna")
    packet = build_packet(demo_store, meeting.id, public=True)
    with pikepdf.open(io.BytesIO(packet.pdf)) as pdf:
        assert not any(ocr.images_of(page) for page in pdf.pages)
    text = " ".join(pages_text(packet.pdf))
    assert SHOWN not in text  # the page is left out, with a notice where it stood
    assert number[:6] not in text
