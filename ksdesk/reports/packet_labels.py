"""A stored bilaga's pages in the printed packet say which ärende and bilaga they are, and
the way both that label and "Sida X av Y" are written onto a page that is not ours.

Our own pages carry the packet's running header ("Ärende 5 · Dnr KS 2020/434 · Bilaga 1");
a PDF from someone else (a scanned yttrande, an A3 map) is merged as it is, and on paper a
ledamot could not tell which ärende a loose page belongs to. Its pages get the same words,
small and grey, in the top margin on the right, whatever the page's size and rotation.

The label is laid out once per page size by ReportLab (so any character the bundled fonts
have can be written), and its drawing is then added to each page as one more content
stream with the label's fonts under names of their own: the page's own content is never
parsed or rewritten, which keeps a packet of hundreds of scanned pages quick.

A secret handling's pages carry its sekretessmarkering the same way, on the left of the
same line, bold and red: our own pages and a stored PDF's alike, so no page of it lies on a
ledamot's table without saying that it is secret."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ksdesk.reports.base import HEADER_GREY, MARGIN
from ksdesk.reports.canvas_text import draw_text, elided, text_width
from ksdesk.reports.fonts import SANS, SANS_BOLD, register_fonts

LABEL_SIZE = 8.5
MARK_SIZE = 10
MARK_RED = colors.HexColor("#b00000")
MARK_FROM_TOP = 8 * mm  # above our own running header (12 mm): a letterhead is seldom that high
_FONT_PREFIX = "/KsdeskEtikett"  # the labels' fonts on a page, beside the page's own


@dataclass(frozen=True)
class Labelled:
    """Pages first..last (inclusive) of the merged packet, to carry `label`."""

    first: int
    last: int
    label: str
    mark: str = ""  # a sekretessmarkering, "SEKRETESS enligt 26 kap. 1 § OSL"


def label_pages(writer: PdfWriter, ranges: list[Labelled]) -> None:
    """Write each range's label on its pages. All labels are laid out in one document, so
    they share one subset of the font and the packet embeds it once."""
    places: list[tuple[int, int]] = []  # (page index, drawing index)
    shapes: list[tuple[str, str, float, float]] = []
    for labelled in ranges:
        for index in range(labelled.first, labelled.last + 1):
            width, height, rotation = _shape(writer.pages[index])
            seen = (height, width) if rotation in (90, 270) else (width, height)
            key = (labelled.label, labelled.mark, *seen)
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
def _laid_out(shapes: tuple[tuple[str, str, float, float], ...]) -> bytes:
    """A page per (label, mark, width, height), the label where our running header's right
    part stands but higher, the mark on its left; kept between builds, as a rebuilt packet
    has the same labels."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for label, mark, width, height in shapes:
        canvas.setPageSize((width, height))
        _draw(canvas, label, mark, width - 2 * MARGIN, height - MARK_FROM_TOP)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, label: str, mark: str, width: float, y: float) -> None:
    """The mark whole (it is what must be read), boxed like a stamp; the label on the right
    in what the mark leaves, cut short with "…"."""
    mark_width = draw_mark(canvas, mark, y) if mark else 0
    if label:
        room = width - mark_width - (6 * mm if mark else 0)
        label = elided(label, SANS, LABEL_SIZE, room)
        canvas.setFillColor(HEADER_GREY)
        x = MARGIN + width - text_width(label, SANS, LABEL_SIZE)
        draw_text(canvas, x, y, label, SANS, LABEL_SIZE)


def draw_mark(canvas: Canvas, mark: str, y: float, centre: float | None = None) -> float:
    """The sekretessmarkering boxed like a stamp in red, baseline `y`, at the left margin
    or centred on `centre`: the packet's pages and the protokoll's (reports.protokoll_secret)
    alike. Its width."""
    width = text_width(mark, SANS_BOLD, MARK_SIZE)
    x = MARGIN if centre is None else centre - width / 2
    canvas.setFillColor(MARK_RED)
    canvas.setStrokeColor(MARK_RED)
    canvas.setLineWidth(0.8)
    pad = 1 * mm  # the box's top stays clear of a printer's unprintable edge
    canvas.rect(x - pad, y - pad, width + 2 * pad, MARK_SIZE * 0.75 + 2 * pad)
    draw_text(canvas, x, y, mark, SANS_BOLD, MARK_SIZE)
    return width


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
