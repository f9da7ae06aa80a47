"""Kungsbacka kommun's kallelse as its PDF prints it (the fourteenth round's lists,
real_agendas_fourteenth*.py): "KALLELSE/UNDERRÄTTELSE" and the day it was drawn up over the
organ, the meeting's day, hour and place and the secretary's block beside the kommun's
address; then the ärendelista as a ruled table whose first heading is empty (Nr), Ärende,
Beteckning, Förslag and at some nämnder Tid, its rubrikrad repeated on each page under
"KUNGSBACKA KOMMUN" and "2(5)"; the ordförande's and secretary's names on the last page.
Each cell's lines broken where the kallelse broke them. A test fixture built with ReportLab,
not ksdesk's report code."""

from __future__ import annotations

import io
import re
from html import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tests.interchange.kallelse_pdfs import _fonts, _style
from tests.interchange.real_agendas import RealAgenda

_MARGIN = 2 * cm
_DNR_END = re.compile(r"^([A-Z]{2,4}-\d{4}-)(?=\d+$)")  # "KFT-2025-" over "00213"
_WIDTHS = {3: [1.4, 7.8, 6.8], 4: [1.0, 5.6, 2.8, 7.4], 5: [1.0, 5.2, 2.6, 6.6, 1.4]}


def kungsbacka_table(
    agenda: RealAgenda,
    organ: str,
    when: str,
    *,
    ruled: bool = True,
    standard: bool = False,
    page_numbers: bool = True,
    bare: bool = False,
    tight: bool = False,
    valign: str = "TOP",
) -> bytes:
    """The kallelse of `organ`, its meeting `when` ("torsdagen den 1 februari 2024 kl.
    09.00"), printed twice: the first time to count its pages. Not `ruled`: only a line
    under the rubrikrad, as a kallelse saved from a template without the table's grid.
    `standard`: the table in Helvetica, a standard font the file gives no widths for (as
    ReportLab writes it), each Dnr broken in its cell after its last hyphen ("KFT-2025-"
    over "00213", as the kallelse's narrow Beteckning column breaks it). Not `page_numbers`:
    the later pages' head is "KUNGSBACKA KOMMUN" alone. `bare`: no rule at all, the rows a
    paragraph's space apart (as walk29 printed a kallelse written in Word, its cells' lines
    broken only where the column is full: real_agendas_kungsbacka_wrapped). `tight`: the
    cells without padding, the rows a cell's line apart. `valign` "BOTTOM": each cell's text
    set at the foot of its row, the number beside the title's last line (walk34's kallelse);
    "MIDDLE": in its middle, "§ 12" beside the middle of a three-line title."""
    _fonts()
    pages = 1
    for _ in range(2):
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN)
        frame = Frame(_MARGIN, 2 * cm, A4[0] - 2 * _MARGIN, A4[1] - 4.2 * cm, id="f")
        doc.addPageTemplates(
            [PageTemplate("p", [frame], onPage=_edges(pages if page_numbers else 0))]
        )
        story = _story(agenda, organ, when, None if bare else ruled, standard)
        if tight:
            padding = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("TOP", "BOTTOM")]
            story[8].setStyle(TableStyle(padding))  # the ärendelista (_story)
        story[8].setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign)]))
        doc.build(story)
        pages = doc.page
    return out.getvalue()


def _edges(pages: int):
    def draw(canvas, _doc) -> None:
        number = canvas.getPageNumber()
        if number == 1:
            return
        canvas.setFont("Sans", 9)
        canvas.drawString(_MARGIN, A4[1] - 1.4 * cm, "KUNGSBACKA  KOMMUN")
        if pages:
            canvas.drawRightString(A4[0] - _MARGIN, A4[1] - 1.4 * cm, f"{number}({pages})")

    return draw


def _story(agenda: RealAgenda, organ: str, when: str, ruled: bool | None, standard: bool) -> list:
    secretary = Table(
        [
            ["Sofie Axelsson", "Kungsbacka kommun"],
            ["Bygg- och miljöförvaltningen", "434 81 Kungsbacka"],
            ["Direkt", "Besöksadress"],
        ],
        colWidths=[9 * cm, 7 * cm],
        style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9)]),
    )
    return [
        Paragraph("KALLELSE/UNDERRÄTTELSE", _style(14, True, 6)),
        Paragraph("Upprättad", _style(9, after=0)),
        Paragraph("2025-01-14", _style(9, after=8)),
        Paragraph(escape(organ), _style(13, True, 6)),
        Paragraph(f"Sammanträde {escape(when)}", _style(10, after=0)),
        Paragraph("Kungsbackarummet, Storgatan 37", _style(10, after=10)),
        secretary,
        Spacer(1, 0.6 * cm),
        _table(agenda, ruled, standard),
        Spacer(1, 1.0 * cm),
        Table(
            [["Lisa Andersson", "Patrik Johansson"], ["ordförande", "sekreterare"]],
            colWidths=[7 * cm, 7 * cm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 10)]),
        ),
    ]


def _table(agenda: RealAgenda, ruled: bool | None, standard: bool) -> Table:
    """The ärendelista; `ruled` None: without any rule."""

    def cell(text: str, bold: bool = False) -> Paragraph:
        style = _style(8.5, bold, 0)
        if standard:
            style.fontName = "Helvetica-Bold" if bold else "Helvetica"
            text = _DNR_END.sub("\\1\n", text)
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    rules = []
    if ruled is not None:
        grid = ("GRID", (0, 0), (-1, -1), 0.5, "black")
        rules = [grid if ruled else ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black")]
    rows = [[cell(h, True) for h in agenda.header]]
    rows += [[cell(text) for text in row] for row in agenda.rows]
    return Table(
        rows,
        colWidths=[w * cm for w in _WIDTHS[len(agenda.header)]],
        repeatRows=1,
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *rules]),
    )
