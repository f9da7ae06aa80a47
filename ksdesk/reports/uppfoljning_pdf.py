"""Two lists printed as agenda bilagor: "Uppföljning av beslut" (uppdrag given by the organ and
the ärenden it sent back, as of a meeting) and the twice-yearly "Redovisning av motioner och
medborgarförslag som inte har beretts färdigt" (those past the year marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ksdesk.reports.base import (
    HIGHLIGHT_YELLOW,
    Embedded,
    PageHeader,
    build_pdf,
    grid_table_style,
    stylesheet,
)
from ksdesk.reports.printable import escape
from ksdesk.reports.word_columns import CELL_PADDING, word_fitted_widths


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


def _table(lista: Lista) -> Flowable:
    styles = stylesheet()
    cell, bold = styles["Cell"], styles["CellBold"]
    data = [[Paragraph(escape(h), bold) for h in lista.headers]]
    for index, row in enumerate(lista.rows):
        style = bold if index in lista.marked else cell
        data.append([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in row])
    widths = word_fitted_widths(lista.widths_mm, lista.headers, lista.rows, cell, bold)
    table = Table(data, colWidths=widths, repeatRows=1)
    style = grid_table_style()
    style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)
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
