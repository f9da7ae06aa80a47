"""What the protokoll and the protokollsutdrag share: the page (running header with organ and
sammanträdesdatum, the "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot) and
one § laid out as the seed's § 216: § number, Dnr, title, Beslut, Beskrivning av ärendet,
Beslutsunderlag, Behandling, Beslut skickas till."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import VOTES, Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_beslut import BeslutTable, beslut_sections
from ksdesk.core.protokoll_chair import paragraf_behandling, voters
from ksdesk.core.protokoll_deltar import deltar_inte_sections
from ksdesk.core.protokoll_public import not_in_full_line, secret_paragraf_lines
from ksdesk.core.protokoll_rules import (
    Tjanstgor,
    anteckning_text,
    counted_votering,
    replaced_display,
    reservation_text,
)
from ksdesk.core.protokoll_text import text_blocks
from ksdesk.reports.base import (
    HEADER_GREY,
    MARGIN,
    RULE_GREY,
    available_width,
    draw_header_line,
    grid_table_style,
    numbered_canvas,
    stylesheet,
)
from ksdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from ksdesk.reports.keep_ending import ending_with
from ksdesk.reports.printable import escape
from ksdesk.reports.protokoll_secret import mark_page, secret_ref
from ksdesk.reports.story_layout import build_story

FOOT_BOX_HEIGHT = 11 * mm
BOTTOM_MARGIN = 32 * mm  # room for the signature boxes and "Sida X av Y" under the text
TOP_MARGIN = MARGIN + 4 * mm
BODY_HEIGHT = A4[1] - TOP_MARGIN - BOTTOM_MARGIN  # the text's height on each page
_KEPT_LIST = 12  # lines of "Beslut skickas till" kept on one page; a longer list may break


@dataclass
class PageFrame:
    """What the running header says: "Ludvika kommun / Kommunstyrelsen" on the left,
    "PROTOKOLL / Sammanträdesdatum 2020-12-07" on the right."""

    kommun: str
    organ: str
    kind: str  # "PROTOKOLL" or "PROTOKOLLSUTDRAG"
    meeting_date: str
    signature_boxes: int = 3  # ordförande and two justerare


def signature_boxes(protokoll: Protokoll) -> int:
    """One box for the ordförande and one per justerare chosen (two while none is): the same
    on every page of the protokoll and of each utdrag taken from it."""
    return 1 + (len(protokoll.justering.justerare) or 2)


def protokoll_styles() -> StyleSheet1:
    sheet = stylesheet()
    base = sheet["Normal"]
    sheet.add(ParagraphStyle("Paragraf", parent=base, fontName=SANS_BOLD, fontSize=15, leading=19))
    sheet.add(ParagraphStyle("Dnr", parent=base, spaceAfter=10))
    sheet.add(ParagraphStyle("ParagrafTitle", parent=sheet["H2"], fontSize=13, spaceAfter=8))
    sheet.add(ParagraphStyle("Label", parent=base, fontName=SANS_BOLD, spaceAfter=0))
    sheet.add(ParagraphStyle("Value", parent=base, spaceAfter=0))
    # The ANSLAG/BEVIS box's labels and its values, which may wrap: as large as the single
    # lines they were (a taller box would not leave a fullmäktige's first page room for it).
    sheet.add(ParagraphStyle("FormLabel", parent=sheet["Label"], fontSize=9, leading=11))
    sheet.add(ParagraphStyle("FormValue", parent=sheet["Value"], fontSize=10, leading=12))
    # A person whose §§ run onto a second line: the continuation is indented under the name.
    sheet.add(ParagraphStyle("Hanging", parent=sheet["Value"], leftIndent=12, firstLineIndent=-12))
    # The närvarolista's names, two columns of a kommunfullmäktige on one page.
    sheet.add(ParagraphStyle("ListName", parent=sheet["Hanging"], fontSize=9, leading=11.5))
    sheet.add(ParagraphStyle("Numbered", parent=base, leftIndent=14, firstLineIndent=-14))
    return sheet


def paint_page(frame: PageFrame):
    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - 12 * mm
        canvas.setFillColor(colors.black)
        draw_header_line(canvas, top, frame.kommun, frame.kind, SANS_BOLD, 10)
        date_line = f"Sammanträdesdatum {frame.meeting_date}"
        draw_header_line(canvas, top - 4.5 * mm, frame.organ, date_line, SANS, 9)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 7 * mm, width - MARGIN, top - 7 * mm)
        _foot_boxes(canvas, frame)
        canvas.restoreState()

    return paint


def _foot_boxes(canvas: Canvas, frame: PageFrame) -> None:
    """ "Justerandes signatur" with one empty box per signer, and "Utdragsbestyrkande"."""
    y = 15 * mm
    box = 22 * mm
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.setFont(SANS, 7)
    canvas.setFillColor(HEADER_GREY)
    canvas.drawString(MARGIN, y + FOOT_BOX_HEIGHT + 1.5 * mm, "Justerandes signatur")
    for i in range(frame.signature_boxes):
        canvas.rect(MARGIN + i * box, y, box, FOOT_BOX_HEIGHT)
    x = MARGIN + frame.signature_boxes * box + 8 * mm
    canvas.drawString(x, y + FOOT_BOX_HEIGHT + 1.5 * mm, "Utdragsbestyrkande")
    canvas.rect(x, y, 2 * box, FOOT_BOX_HEIGHT)


def build_document(story: Sequence[Flowable], frame: PageFrame, title: str, author: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        creator="ksdesk",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
    )
    # No frame padding: the text lines up with the running header, and tables as wide as
    # the text (the first page's label table) do not stick out on the left.
    body = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
    )
    page = PageTemplate(id="page", frames=[body], onPage=paint_page(frame), onPageEnd=mark_page)
    doc.addPageTemplates([page])
    build_story(doc, story, numbered_canvas())
    return buffer.getvalue()


def text_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Blank lines separate paragraphs; a single line break stays a line break."""
    return [Paragraph(escape(b).replace("\n", "<br/>"), style) for b in text_blocks(text)]


def _beslut_flowables(paragraf: Paragraf, organ_name: str, styles: StyleSheet1) -> list[Flowable]:
    """Under "Beslut" (and "Beslut – Förslag till kommunfullmäktige" over what the organ only
    proposes: core.protokoll_beslut.beslut_sections), att-satser ("1. Kommunstyrelsen
    fastställer …") get a hanging indent, one per line; a table under an att-sats prints as
    one."""
    story: list[Flowable] = []
    for heading, blocks in beslut_sections(paragraf, organ_name):
        story.append(Paragraph(escape(heading), styles["H3"]))
        story += [
            _beslut_table(block, styles)
            if isinstance(block, BeslutTable)
            else Paragraph(escape(block.text), styles["Numbered" if block.numbered else "Normal"])
            for block in blocks
        ]
    return story


def _beslut_table(table: BeslutTable, styles: StyleSheet1) -> Table:
    """The text's width shared by the columns' longest cells; amounts to the right; the
    header again on the next page when the table runs over."""
    longest = [max(len(row[i]) for row in table.rows) + 4 for i in range(len(table.rows[0]))]
    widths = [available_width() * n / sum(longest) for n in longest]
    cell = styles["Cell"]
    head = ParagraphStyle("CellHead", parent=cell, fontName=SANS_BOLD)
    right = ParagraphStyle("CellRight", parent=cell, alignment=2)
    head_right = ParagraphStyle("CellHeadRight", parent=head, alignment=2)
    rows = [
        [
            Paragraph(
                escape(text), (right if amount else cell) if r else head_right if amount else head
            )
            for text, amount in zip(row, table.amounts, strict=True)
        ]
        for r, row in enumerate(table.rows)
    ]
    result = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(grid_table_style())
    return result


def paragraf_story(
    paragraf: Paragraf,
    protokoll: Protokoll,
    organ: Organ,
    meeting: Sammantrade,
    *,
    public: bool = False,
) -> list[Flowable]:
    """One § in the seed's § 216 layout. In the public version a secret § stops after its
    sekretess line: number, neutral title, "Sekretess enligt …", no text."""
    styles = protokoll_styles()
    people = protokoll.upprop
    story: list[Flowable] = [Paragraph(escape(paragraf.label), styles["Paragraf"])]
    story.append(Paragraph(escape(f"Dnr {paragraf.dnr}") if paragraf.dnr else "", styles["Dnr"]))
    story.append(Paragraph(escape(paragraf.title), styles["ParagrafTitle"]))
    ref = secret_ref(meeting, paragraf)  # a reference saved without its law, completed
    if ref is not None:  # the agenda marked it secret: so does the paper
        story.append(
            Paragraph(escape(f"Sekretess enligt {ref}" if ref else "Sekretess"), styles["Label"])
        )
        if public:
            lines = secret_paragraf_lines(protokoll.justering, organ)
            return story + [Paragraph(escape(line), styles["Normal"]) for line in lines]
    if public and (note := not_in_full_line(meeting, paragraf)):
        return [*story, Paragraph(escape(note), styles["Normal"])]
    story += _beslut_flowables(paragraf, organ.name, styles)
    for heading, lines in deltar_inte_sections(paragraf, people):  # as Kungsbacka, under it
        story.append(Paragraph(heading, styles["H3"]))
        story += [Paragraph(escape(line), styles["Normal"]) for line in lines]
    if paragraf.beskrivning.strip():
        story.append(Paragraph("Beskrivning av ärendet", styles["H3"]))
        story += text_paragraphs(paragraf.beskrivning, styles["Normal"])
    if paragraf.beslutsunderlag:
        story.append(Paragraph("Beslutsunderlag", styles["H3"]))
        story += [
            Paragraph(escape(f"{i}. {line}"), styles["Numbered"])
            for i, line in enumerate(paragraf.beslutsunderlag, start=1)
        ]
    behandling = paragraf_behandling(meeting, protokoll, paragraf, organ.name)
    if behandling:
        story.append(Paragraph("Behandling", styles["H3"]))
        story += [Paragraph(escape(p).replace("\n", "<br/>"), styles["Normal"]) for p in behandling]
        if paragraf.votering is not None:
            seats = voters(meeting, protokoll, paragraf)
            story.append(_votering_table(paragraf, seats, people, styles))
    if paragraf.reservationer:
        story.append(Paragraph("Reservation", styles["H3"]))
        for r in paragraf.reservationer:
            story.append(
                Paragraph(escape(reservation_text(people, r.names, r.text)), styles["Normal"])
            )
            if r.motivering.strip():
                story += text_paragraphs(r.motivering, styles["Normal"])
    if paragraf.anteckningar:
        story.append(Paragraph("Protokollsanteckning", styles["H3"]))
        for a in paragraf.anteckningar:
            text = anteckning_text(people, a.names, a.text)
            story.append(Paragraph(escape(text), styles["Normal"]))
    if paragraf.beslut_skickas_till:  # a short list whole, not alone (walk31: 2 lines were)
        block = [Paragraph("Beslut skickas till", styles["H3"])]
        block += [Paragraph(escape(r), styles["Value"]) for r in paragraf.beslut_skickas_till]
        if len(block) > _KEPT_LIST:
            return story + block
        return ending_with(story, block, BODY_HEIGHT)  # with the §'s last lines
    return story


def _votering_table(
    paragraf: Paragraf,
    seats: list[tuple[Tjanstgor, str]],
    people: list[Deltagare],
    styles: StyleSheet1,
) -> Table:
    votering = paragraf.votering
    assert votering is not None
    rows: list[list] = [["Ledamot", "Ersätter", "Ja", "Nej", "Avstår"]]
    for seat, name in seats:
        vote = votering.votes.get(seat.deltagare.name, "")
        rows.append(
            [
                Paragraph(escape(name), styles["Cell"]),
                Paragraph(escape(replaced_display(people, seat)), styles["Cell"]),
                *["X" if vote == v else "" for v in VOTES],
            ]
        )
    totals = counted_votering(paragraf, people).totals  # the X's above, no other vote
    rows.append(["Summa", "", *[str(totals[v]) for v in VOTES]])
    widths = [70 * mm, 50 * mm, 16 * mm, 16 * mm, 16 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_table_style()
    style.add("ALIGN", (2, 0), (-1, -1), "CENTER")
    style.add("FONT", (0, -1), (-1, -1), SANS_BOLD, 9)
    table.setStyle(style)
    return table
