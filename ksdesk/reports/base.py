"""What every printed document shares: the bundled fonts (reports.fonts), one stylesheet, A4
page templates with a running header, and a footer with "Sida X av Y". Reports return PDF
bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from ksdesk.reports.canvas_text import draw_text, elided, text_width
from ksdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from ksdesk.reports.printable import escape
from ksdesk.reports.story_layout import build_story

MARGIN = 20 * mm
HEADER_GREY = colors.HexColor("#555555")
RULE_GREY = colors.HexColor("#999999")
TABLE_HEADER_BG = colors.HexColor("#e6e9ed")
HIGHLIGHT_YELLOW = colors.HexColor("#fff27a")


def stylesheet() -> StyleSheet1:
    """The one stylesheet of every report."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Normal", fontName=SANS, fontSize=10.5, leading=14, spaceAfter=6)
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "Title", parent=base, fontName=SANS_BOLD, fontSize=18, leading=22, spaceAfter=10
        )
    )
    sheet.add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=8,
            spaceAfter=6,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H3",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        )
    )
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, spaceAfter=2))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=SANS_BOLD))
    sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellRightBold", parent=sheet["CellRight"], fontName=SANS_BOLD))
    sheet.add(ParagraphStyle("Bullet", parent=base, leftIndent=14, bulletIndent=4))
    return sheet


def grid_table_style(header_rows: int = 1) -> TableStyle:
    """Thin rules, a shaded bold header row, cells aligned to the top."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_GREY),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE_GREY),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), TABLE_HEADER_BG),
            ("FONT", (0, 0), (-1, header_rows - 1), SANS_BOLD, 9),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def layout_table_style(*commands: tuple, tight: bool = False) -> TableStyle:
    """A table that only lays text out side by side (label and text, two columns): no rules,
    cells aligned to the top, text flush with the margin; `tight` also takes away the space
    above and below each row. `commands` add to it (a rule under the last row, …)."""
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    if tight:
        style += [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    return TableStyle([*style, *commands])


@dataclass
class PageHeader:
    """The running header: left (e.g. kommun and organ) and right (e.g. date, ärende, Dnr)."""

    left: str = ""
    right: str = ""


@dataclass(frozen=True)
class Embedded:
    """How a document is printed inside another one (a bilaga in the packet): without page
    numbers of its own, because the packet numbers every page after merging (a hidden
    "Sida 1 av 12" would stay in the text layer); under the packet's running header on every
    page instead of its own; and with a small line above its title naming what it is
    ("Bilaga 1. Revidering av …")."""

    header: PageHeader | None = None
    kicker: str = ""


def kicker(text: str) -> list[Flowable]:
    """A small line above a title ("Bilaga 2. Driftsbudget …") naming what the page is."""
    body = escape(text.strip()).replace("\n", "<br/>")
    return [Paragraph(body, stylesheet()["Small"])]


def numbered_canvas(
    label: str = "Sida {page} av {total}", first_page: int = 1, total: int | None = None
) -> type[Canvas]:
    """A canvas class that writes "Sida X av Y" once the page count is known. A packet that
    merges other PDFs after ours passes `first_page` and `total` for the whole packet."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._later: dict[int, list[Callable[[Canvas], None]]] = {}

        def showPage(self) -> None:  # ReportLab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def later(self, draw: Callable[[Canvas], None]) -> None:
            """Draw on this page once the document is done, in page coordinates (as the page
            number is): for what is known only then, such as the page a later § begins on
            (the protokoll's Innehåll)."""
            self._later.setdefault(len(self._pages), []).append(draw)

        def save(self) -> None:
            count = total if total is not None else len(self._pages) + first_page - 1
            for index, state in enumerate(self._pages):
                self.__dict__.update(state)
                for draw in self._later.get(index, []):
                    draw(self)
                self._draw_page_number(index + first_page, count)
                super().showPage()
            super().save()

        def _draw_page_number(self, number: int, count: int) -> None:
            width, _height = self._pagesize
            self.setFont(SANS, 8.5)
            self.setFillColor(HEADER_GREY)
            self.drawRightString(width - MARGIN, 10 * mm, label.format(page=number, total=count))

    return NumberedCanvas


def draw_header_line(
    canvas: Canvas, y: float, left: str, right: str, font: str, size: float, right_font: str = ""
) -> None:
    """One line of a running header, `left` flush left and `right` flush right, each cut
    short with "…" so that they never run into each other or off the page: the header
    repeats what the document prints in full (a 10 000-character organ name or title)."""
    width = canvas._pagesize[0] - 2 * MARGIN
    right_font = right_font or font
    gap = 6 * mm if right else 0
    # The right text keeps what the left leaves it, and at least 60 % of the line.
    left_width = text_width(left, font, size)
    right = elided(right, right_font, size, max(width * 0.6, width - left_width - gap))
    room = width - text_width(right, right_font, size) - gap
    draw_text(canvas, MARGIN, y, elided(left, font, size, room), font, size)
    draw_text(
        canvas, MARGIN + width - text_width(right, right_font, size), y, right, right_font, size
    )


def _header_painter(header: PageHeader | None, on_first_page: bool) -> Callable:
    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if header is None or (doc.page == 1 and not on_first_page):
            return
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(HEADER_GREY)
        draw_header_line(canvas, height - 12 * mm, header.left, header.right, SANS, 8.5)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        canvas.restoreState()

    return paint


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str = "",
    header: PageHeader | None = None,
    header_on_first_page: bool = False,
    wide: bool = False,
    page_label: str = "Sida {page} av {total}",
    first_page: int = 1,
    total_pages: int | None = None,
    embedded: Embedded | None = None,
) -> bytes:
    """Lay out `story` on A4 (landscape when `wide`) and return the PDF bytes; `embedded`
    lays it out as a part of another document (see Embedded)."""
    register_fonts()
    if embedded is not None:
        page_label, header, header_on_first_page = "", embedded.header, True
        if embedded.kicker:
            story = kicker(embedded.kicker) + list(story)
    buffer = io.BytesIO()
    pagesize = landscape(A4) if wide else A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author=author,
        creator="ksdesk",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    paint = _header_painter(header, header_on_first_page)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=paint)])
    build_story(doc, story, numbered_canvas(page_label, first_page, total_pages))
    return buffer.getvalue()


BOTTOM_MARGIN = 18 * mm  # room for the page number under the text


def available_height(wide: bool = False) -> float:
    """The height of the frame the text runs in (build_pdf's page less its margins and the
    frame's padding)."""
    pagesize = landscape(A4) if wide else A4
    return pagesize[1] - MARGIN - BOTTOM_MARGIN - 12


def available_width(wide: bool = False) -> float:
    pagesize = landscape(A4) if wide else A4
    return pagesize[0] - 2 * MARGIN
