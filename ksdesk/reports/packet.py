"""Putting the packet together: the PDFs of its parts (rendered by us or stored bilagor) merged
with pypdf into one file, a bookmark per ärende and per bilaga, and "Sida X av Y" over the whole
packet stamped on every page after merging, so that a stored PDF is numbered like our own pages
and a rendered part never has to be laid out again because an earlier part grew a page."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ksdesk.core.errors import InvalidInput
from ksdesk.logs import logger
from ksdesk.pdf_input import DAMAGED_PDF_HELP, open_pdf
from ksdesk.reports.base import HEADER_GREY, MARGIN, build_pdf
from ksdesk.reports.document_pdf import notice_story
from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.reports.packet_labels import (
    Labelled,
    append_content,
    label_pages,
    orientation,
    page_fonts,
)

PAGE_LABEL = "Sida {page} av {total}"
_STAMP_FONT = "/KsdeskSida"
_STAMP_SIZE = 8.5
_FOOTER_Y = 10 * mm  # where reports/base.py writes its page number


@dataclass
class Part:
    """One PDF of the packet. Parts ksdesk renders carry no page numbers of their own
    (reports.base.Embedded): the packet's is the only "Sida X av Y" on a page."""

    pdf: bytes
    key: str = ""  # names the bytes (a fingerprint or sha256): their parsed form may be reused
    name: str = ""  # what the part is ("Bilaga 2. Budget 2021"), named when it cannot be merged
    # A stored PDF's pages carry no header of ours: this is written in their top margin
    # ("Ärende 5 · Dnr KS 2020/434 · Bilaga 1"), so a printed page says where it belongs.
    label: str = ""
    # The sekretessmarkering every page of a secret handling carries on paper (OSL 5 kap. 5 §,
    # core.secrecy_ref.marking), whoever made the pages: written with the label, in red.
    mark: str = ""


@dataclass
class Bookmark:
    title: str
    part: int  # the bookmark opens the first page of this part
    parent: int | None = None  # index of the parent bookmark


def check_pdf(data: bytes, name: str = "filen") -> int:
    """The number of pages of a PDF we can merge; InvalidInput (Swedish) when we cannot."""
    return len(open_pdf(data, name).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def assemble(
    parts: list[Part],
    bookmarks: list[Bookmark],
    *,
    title: str,
    author: str = "",
    page_label: str = PAGE_LABEL,
    readers: dict[str, PdfReader] | None = None,
    problems: list[str] | None = None,
    starts: list[int] | None = None,
) -> tuple[bytes, int]:
    """Merge the parts in order, add the outline and number every page of the result.
    Returns the PDF and its page count. `readers` keeps parsed parts by key between builds:
    a rebuild then parses only what is new (a reader is only read from, never changed).
    A part that cannot be merged is replaced by a page saying so, and named in `problems`.
    `starts`, when given, is filled with the index of each part's first page."""
    writer = PdfWriter()
    starts = starts if starts is not None else []
    labelled: list[Labelled] = []
    for part in parts:
        starts.append(len(writer.pages))
        if part.pdf:
            _append(writer, part, readers, problems if problems is not None else [])
            if (part.label or part.mark) and len(writer.pages) > starts[-1]:
                last = len(writer.pages) - 1
                labelled.append(Labelled(starts[-1], last, part.label, part.mark))
    label_pages(writer, labelled)
    _add_outline(writer, bookmarks, starts)
    if page_label:
        stamp_page_numbers(writer, page_label)
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": "ksdesk"})
    writer.page_mode = "/UseOutlines"  # the bookmarks are the packet's table of contents
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)


def _append(
    writer: PdfWriter, part: Part, readers: dict[str, PdfReader] | None, problems: list[str]
) -> None:
    before = len(writer.pages)
    try:
        writer.append(_reader(part, readers), import_outline=False)
    except Exception as error:  # a stored file pypdf opened but cannot copy: never the packet
        for index in reversed(range(before, len(writer.pages))):
            writer.remove_page(index)
        name = part.name or "En del av paketet"
        if not isinstance(error, InvalidInput):
            logger("pdf").warning("%s: %s: %s", name, type(error).__name__, error)
        reason = (
            str(error)
            if isinstance(error, InvalidInput)
            else f"{name} kunde inte läggas i paketet: filen är skadad. {DAMAGED_PDF_HELP}"
        )
        problems.append(reason)
        notice = build_pdf(notice_story(name, [reason]), title=name, page_label="")
        writer.append(PdfReader(io.BytesIO(notice)), import_outline=False)


def _reader(part: Part, readers: dict[str, PdfReader] | None) -> PdfReader:
    if readers is not None and part.key and part.key in readers:
        return readers[part.key]
    reader = open_pdf(part.pdf, part.name or "En del av paketet")
    if readers is not None and part.key:
        readers[part.key] = reader
    return reader


def _add_outline(writer: PdfWriter, bookmarks: list[Bookmark], starts: list[int]) -> None:
    count = len(writer.pages)
    refs = []
    for mark in bookmarks:
        page = min(starts[mark.part], count - 1) if count else 0
        parent = refs[mark.parent] if mark.parent is not None else None
        refs.append(writer.add_outline_item(title=mark.title, page_number=page, parent=parent))


def stamp_page_numbers(writer: PdfWriter, label: str) -> None:
    """Write "Sida X av Y" at the foot of every page, whatever its size or rotation.

    One small content stream is appended to each page (its own content wrapped in q/Q, so a
    state it leaves behind cannot move the number), using the bundled font embedded once.
    ReportLab puts all of ASCII in a TrueType font's first subset under its own codes, so an
    ASCII label can be written into the stream as it is."""
    total = len(writer.pages)
    if total == 0:
        return
    if not label.isascii():
        raise ValueError("the page label must be ASCII")
    font = _stamp_font(writer)
    for index, page in enumerate(writer.pages):
        text = label.format(page=index + 1, total=total)
        page_fonts(page)[NameObject(_STAMP_FONT)] = font
        append_content(writer, page, _stamp_stream(page, text))


def _stamp_font(writer: PdfWriter):
    """The bundled sans font (first subset: all of ASCII), cloned into the packet once."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(SANS, 8.5)
    canvas.drawString(0, 0, "Sida 0123456789 av")
    canvas.showPage()
    canvas.save()
    fonts = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]["/Resources"]["/Font"]
    ours = next(f.get_object() for f in fonts.values() if SANS in str(f.get_object()["/BaseFont"]))
    return ours.clone(writer).indirect_reference


def _stamp_stream(page, text: str) -> bytes:
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    rotation = (page.get("/Rotate", 0) or 0) % 360
    matrix = " ".join(f"{n:.2f}" for n in orientation(rotation, width, height))
    right = (height if rotation in (90, 270) else width) - MARGIN
    text_width = pdfmetrics.stringWidth(text, SANS, _STAMP_SIZE)
    grey = " ".join(f"{c:.3f}" for c in HEADER_GREY.rgb())
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = [f"1 0 0 1 {float(box.left):.2f} {float(box.bottom):.2f} cm", f"{matrix} cm"]
    ops.append(
        f"{grey} rg BT {_STAMP_FONT} {_STAMP_SIZE} Tf 1 0 0 1 {right - text_width:.2f} "
        f"{_FOOTER_Y:.2f} Tm ({escaped}) Tj ET"
    )
    return ("q\n" + "\n".join(ops) + "\nQ\n").encode("ascii")
