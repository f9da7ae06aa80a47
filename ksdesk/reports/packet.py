"""Putting the packet together: the PDFs of its parts (rendered by us or stored bilagor) merged
with pypdf into one file, a bookmark per ärende and per bilaga, and "Sida X av Y" over the whole
packet stamped on every page after merging, so that a stored PDF is numbered like our own pages
and a rendered part never has to be laid out again because an earlier part grew a page."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ksdesk.core.errors import InvalidInput
from ksdesk.reports.base import HEADER_GREY, MARGIN, SANS, register_fonts

PAGE_LABEL = "Sida {page} av {total}"
_STAMP_FONT = "/KsdeskSida"
_FOOTER_Y = 10 * mm  # where reports/base.py writes its page number


@dataclass
class Part:
    """One PDF of the packet. `cover_footer` hides the part's own page number (a document
    rendered elsewhere with its own "Sida 1 av 3") under the packet's."""

    pdf: bytes
    cover_footer: bool = False


@dataclass
class Bookmark:
    title: str
    part: int  # the bookmark opens the first page of this part
    parent: int | None = None  # index of the parent bookmark


def check_pdf(data: bytes, name: str = "filen") -> int:
    """The number of pages of a PDF we can merge; InvalidInput (Swedish) when we cannot."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InvalidInput(f"{name} är ingen PDF-fil.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(f"{name} är lösenordsskyddad och kan inte läggas i paketet.")
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(f"{name} är en skadad PDF-fil och kan inte läsas ({error}).") from None
    if pages == 0:
        raise InvalidInput(f"{name} har inga sidor.")
    return pages


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def assemble(
    parts: list[Part],
    bookmarks: list[Bookmark],
    *,
    title: str,
    author: str = "",
    page_label: str = PAGE_LABEL,
) -> bytes:
    """Merge the parts in order, add the outline and number every page of the result."""
    writer = PdfWriter()
    starts: list[int] = []
    covered: list[bool] = []
    for part in parts:
        starts.append(len(writer.pages))
        if part.pdf:
            reader = PdfReader(io.BytesIO(part.pdf))
            if reader.is_encrypted:
                reader.decrypt("")
            writer.append(reader, import_outline=False)
        covered += [part.cover_footer] * (len(writer.pages) - starts[-1])
    _add_outline(writer, bookmarks, starts)
    if page_label:
        stamp_page_numbers(writer, page_label, covered)
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": "ksdesk"})
    writer.page_mode = "/UseOutlines"  # the bookmarks are the packet's table of contents
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_outline(writer: PdfWriter, bookmarks: list[Bookmark], starts: list[int]) -> None:
    count = len(writer.pages)
    refs = []
    for mark in bookmarks:
        page = min(starts[mark.part], count - 1) if count else 0
        parent = refs[mark.parent] if mark.parent is not None else None
        refs.append(writer.add_outline_item(title=mark.title, page_number=page, parent=parent))


def stamp_page_numbers(writer: PdfWriter, label: str, covered: list[bool]) -> None:
    """Write "Sida X av Y" at the foot of every page, whatever its size or rotation.

    The numbers are drawn by ReportLab on small stamp pages (so the embedded font and its
    encoding are ReportLab's own) whose content streams are appended to each page, the page's
    own content wrapped in q/Q so that a state it leaves behind cannot move the stamp."""
    total = len(writer.pages)
    if total == 0:
        return
    stamps = PdfReader(io.BytesIO(_stamp_pdf(writer, label, covered)))
    cloned: dict[str, object] = {}  # stamp font name -> its clone in the packet
    for index, page in enumerate(writer.pages):
        stamp = stamps.pages[index]
        data = stamp.get_contents().get_data()
        fonts = _page_fonts(page)
        # ReportLab's page stream selects Helvetica first, then our font: every font of the
        # stamp gets a name of its own so that it cannot meet the page's own /F1.
        for name, font in stamp["/Resources"]["/Font"].items():
            ours = _STAMP_FONT + name.strip("/").replace("+", "_")
            if name not in cloned:
                cloned[name] = font.get_object().clone(writer).indirect_reference
            data = data.replace(f"{name} ".encode(), f"{ours} ".encode())
            fonts[NameObject(ours)] = cloned[name]
        _append_content(writer, page, data)


def _stamp_pdf(writer: PdfWriter, label: str, covered: list[bool]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    total = len(writer.pages)
    for index, page in enumerate(writer.pages):
        box = page.mediabox
        llx, lly = float(box.left), float(box.bottom)
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        rotation = (page.get("/Rotate", 0) or 0) % 360
        canvas.translate(llx, lly)
        seen_w, seen_h = _orient(canvas, rotation, width, height)
        text = label.format(page=index + 1, total=total)
        canvas.setFont(SANS, 8.5)
        right = seen_w - MARGIN
        if covered[index]:
            text_width = canvas.stringWidth(text, SANS, 8.5)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(
                right - text_width - 30 * mm,
                _FOOTER_Y - 2.5 * mm,
                text_width + 32 * mm,
                7 * mm,
                stroke=0,
                fill=1,
            )
        canvas.setFillColor(HEADER_GREY)
        canvas.drawRightString(right, _FOOTER_Y, text)
        del seen_h
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _orient(canvas: Canvas, rotation: int, width: float, height: float) -> tuple[float, float]:
    """Transform so that drawing happens in the page as it is shown (after /Rotate)."""
    if rotation == 90:
        canvas.transform(0, 1, -1, 0, width, 0)
        return height, width
    if rotation == 180:
        canvas.transform(-1, 0, 0, -1, width, height)
        return width, height
    if rotation == 270:
        canvas.transform(0, -1, 1, 0, 0, height)
        return height, width
    return width, height


def _append_content(writer: PdfWriter, page, stamp: bytes) -> None:
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


def _page_fonts(page) -> DictionaryObject:
    if "/Resources" not in page:
        page[NameObject("/Resources")] = DictionaryObject()
    resources = page["/Resources"].get_object()
    if "/Font" not in resources:
        resources[NameObject("/Font")] = DictionaryObject()
    return resources["/Font"].get_object()
