"""Two lists printed as agenda bilagor: "Uppföljning av beslut" (uppdrag given by the organ and
the ärenden it sent back, as of a meeting) and the twice-yearly "Redovisning av motioner och
medborgarförslag som inte har beretts färdigt" (those past the year marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ksdesk.reports.base import (
    HIGHLIGHT_YELLOW,
    Embedded,
    PageHeader,
    available_width,
    build_pdf,
    grid_table_style,
    stylesheet,
)
from ksdesk.reports.printable import escape


@dataclass
class Lista:
    """One titled table: its column heads and widths (mm, scaled to the page), its rows (text
    per cell), and which rows are marked (highlighted, with the mark in bold)."""

    rubrik: str
    headers: Sequence[str]
    widths_mm: Sequence[float]
    rows: list[list[str]] = field(default_factory=list)
    marked: set[int] = field(default_factory=set)
    tom: str = "Inga."


@dataclass
class ListDocument:
    title: str
    intro: str
    lists: list[Lista]
    header: PageHeader
    author: str
    notes: list[str] = field(default_factory=list)

    def mapped(self, text: Callable[[str], str]) -> ListDocument:
        """The same document with `text` applied to every string it prints (the masking of a
        public version)."""
        return ListDocument(
            title=text(self.title),
            intro=text(self.intro),
            lists=[
                replace(
                    lista,
                    rubrik=text(lista.rubrik),
                    rows=[[text(cell) for cell in row] for row in lista.rows],
                    tom=text(lista.tom),
                )
                for lista in self.lists
            ],
            header=PageHeader(text(self.header.left), text(self.header.right)),
            author=text(self.author),
            notes=[text(note) for note in self.notes],
        )


_PADDING = 3  # points each side of a cell's text


def _fitted_widths(lista: Lista, cell: ParagraphStyle, bold: ParagraphStyle) -> list[float]:
    """The columns' widths (points) scaled to the page, each widened to its longest word
    where the others have room to give: "Barn- och utbildningsförvaltningen" in a narrow
    Ansvarig column was printed "utbildnin" / "gsförvaltningen"."""
    scale = available_width() / (sum(lista.widths_mm) * mm)
    widths = [w * mm * scale for w in lista.widths_mm]

    def longest(texts: list[str], style: ParagraphStyle) -> float:
        words = (word for text in texts for word in text.split())
        found = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
        return found + 2 * _PADDING + 1

    needs = [
        max(longest([header], bold), longest([row[c] for row in lista.rows], cell))
        for c, header in enumerate(lista.headers)
    ]
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    if not short or sum(spare) < short:
        return widths  # nothing to widen, or no room: the words break as before
    give = short / sum(spare)
    return [
        max(need, width - room * give)
        for need, width, room in zip(needs, widths, spare, strict=True)
    ]


def _table(lista: Lista) -> Flowable:
    styles = stylesheet()
    cell, bold = styles["Cell"], styles["CellBold"]
    data = [[Paragraph(escape(h), bold) for h in lista.headers]]
    for index, row in enumerate(lista.rows):
        style = bold if index in lista.marked else cell
        data.append([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in row])
    table = Table(data, colWidths=_fitted_widths(lista, cell, bold), repeatRows=1)
    style = grid_table_style()
    style.add("LEFTPADDING", (0, 0), (-1, -1), _PADDING)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), _PADDING)
    for index in lista.marked:
        style.add("BACKGROUND", (0, index + 1), (-1, index + 1), HIGHLIGHT_YELLOW)
    table.setStyle(style)
    return table


def render(document: ListDocument, *, embedded: Embedded | None = None) -> bytes:
    """The document as PDF bytes; `embedded` prints it as a bilaga of the packet."""
    styles = stylesheet()
    story: list[Flowable] = [
        Paragraph(escape(document.title), styles["Title"]),
        Paragraph(escape(document.intro), styles["Normal"]),
        Spacer(1, 2 * mm),
    ]
    for lista in document.lists:
        story.append(Paragraph(escape(lista.rubrik), styles["H2"]))
        if lista.rows:
            story.append(_table(lista))
        else:
            story.append(Paragraph(escape(lista.tom), styles["Normal"]))
    if document.notes:
        story.append(Spacer(1, 3 * mm))
        story += [Paragraph(escape(note), styles["Small"]) for note in document.notes]
    return build_pdf(
        story,
        title=document.title,
        author=document.author,
        header=document.header,
        embedded=embedded,
    )
