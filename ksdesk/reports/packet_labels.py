"""A stored bilaga's pages in the printed packet say which ärende and bilaga they are, and
the way both that label and "Sida X av Y" are written onto a page that is not ours.

Our own pages carry the packet's running header ("Ärende 5 · Dnr KS 2020/434 · Bilaga 1");
a PDF from someone else (a scanned yttrande, an A3 map) is merged as it is, and on paper a
ledamot could not tell which ärende a loose page belongs to. Its pages get the same words,
small and grey, in the top margin on the right, whatever the page's size and rotation.

The label is laid out once per page size by ReportLab (so any character the bundled fonts
have can be written), and its drawing is then added to each page as one more content
stream with the label's fonts under names of their own: the page's own content is never
parsed or rewritten, which keeps a packet of hundreds of scanned pages quick."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ksdesk.reports.base import HEADER_GREY, draw_header_line
from ksdesk.reports.fonts import SANS, register_fonts

LABEL_SIZE = 8.5
_FROM_TOP = 8 * mm  # above our own running header (12 mm): a letterhead is seldom that high
_FONT_PREFIX = "/KsdeskEtikett"  # the labels' fonts on a page, beside the page's own


@dataclass(frozen=True)
class Labelled:
    """Pages first..last (inclusive) of the merged packet, to carry `label`."""

    first: int
    last: int
    label: str


def label_pages(writer: PdfWriter, ranges: list[Labelled]) -> None:
    """Write each range's label on its pages. All labels are laid out in one document, so
    they share one subset of the font and the packet embeds it once."""
    places: list[tuple[int, int]] = []  # (page index, drawing index)
    shapes: list[tuple[str, float, float]] = []
    for labelled in ranges:
        for index in range(labelled.first, labelled.last + 1):
            width, height, rotation = _shape(writer.pages[index])
            seen = (height, width) if rotation in (90, 270) else (width, height)
            key = (labelled.label, *seen)
            if key not in shapes:
                shapes.append(key)
            places.append((index, shapes.index(key)))
    if not places:
        return
    drawings = PdfReader(io.BytesIO(_laid_out(tuple(shapes)))).pages
    fonts = DictionaryObject()
    names: dict[str, str] = {}
    for name, font in drawings[0]["/Resources"]["/Font"].items():
        names[name] = f"{_FONT_PREFIX}{name[1:]}"
        fonts[NameObject(names[name])] = font.get_object().clone(writer).indirect_reference
    contents = [_renamed(drawing.get_contents().get_data(), names) for drawing in drawings]
    for index, drawing in places:
        page = writer.pages[index]
        width, height, rotation = _shape(page)
        a, b, c, d, e, f = orientation(rotation, width, height)
        box = page.mediabox
        place = f"{a} {b} {c} {d} {e + float(box.left):.2f} {f + float(box.bottom):.2f} cm\n"
        page_fonts(page).update(fonts)
        append_content(writer, page, b"q\n" + place.encode("ascii") + contents[drawing] + b"\nQ\n")


def _shape(page) -> tuple[float, float, int]:
    box = page.mediabox
    return float(box.width), float(box.height), int(page.get("/Rotate", 0) or 0) % 360


@lru_cache(maxsize=64)
def _laid_out(shapes: tuple[tuple[str, float, float], ...]) -> bytes:
    """A page per (label, width, height), the label where our running header's right part
    stands but higher; kept between builds, as a rebuilt packet has the same labels."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for label, width, height in shapes:
        canvas.setPageSize((width, height))
        canvas.setFillColor(HEADER_GREY)
        draw_header_line(canvas, height - _FROM_TOP, "", label, SANS, LABEL_SIZE)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _renamed(content: bytes, names: dict[str, str]) -> bytes:
    for name, ours in names.items():
        content = content.replace(f"{name} ".encode("ascii"), f"{ours} ".encode("ascii"))
    return content


def orientation(rotation: int, width: float, height: float) -> tuple[float, ...]:
    """The matrix from the page as shown (after /Rotate) to the page as stored."""
    if rotation == 90:
        return (0, 1, -1, 0, width, 0)
    if rotation == 180:
        return (-1, 0, 0, -1, width, height)
    if rotation == 270:
        return (0, -1, 1, 0, 0, height)
    return (1, 0, 0, 1, 0, 0)


def page_fonts(page) -> DictionaryObject:
    if "/Resources" not in page:
        page[NameObject("/Resources")] = DictionaryObject()
    resources = page["/Resources"].get_object()
    if "/Font" not in resources:
        resources[NameObject("/Font")] = DictionaryObject()
    return resources["/Font"].get_object()


def append_content(writer: PdfWriter, page, stamp: bytes) -> None:
    """The page's own content wrapped in q/Q (a state it leaves behind cannot move what is
    added), then `stamp`, in a new /Contents array of the page's own."""
    opening, closing = DecodedStreamObject(), DecodedStreamObject()
    opening.set_data(b"q\n")
    closing.set_data(b"Q\n" + stamp)
    contents = ArrayObject([writer._add_object(opening)])
    existing = page.get("/Contents")
    if existing is not None:
        resolved = existing.get_object()
        if isinstance(resolved, ArrayObject):
            contents.extend(resolved)
        else:
            contents.append(existing)
    contents.append(writer._add_object(closing))
    page[NameObject("/Contents")] = contents
