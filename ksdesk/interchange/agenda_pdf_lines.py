"""A kallelse's page as the lines a reader sees, each parted into the cells its text stands in.

The strings come from ksdesk's own reading of the content streams (pdf_content_text.
drawn_strings, the reading the public-copy check and beslut_pdf trust), each placed on its
baseline. Strings on one baseline are one line, read left to right, as pdf_layout reads a
page. Where the gap between two strings is wider than a word space could be (a table's next
column, a tab stop: Nr | Ärende | Dnr | Föredragande), the line is parted there; strings only
word-spaced apart stay one cell, so a title drawn word by word is one title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.interchange.pdf_drawn import DrawnPiece
from ksdesk.interchange.pdf_layout import off_baseline
from ksdesk.interchange.pdf_rows import baseline_rows, is_bold

_TOUCHING = 0.17  # strings closer than this share of the size are one word (pdf_layout)
# Wider than a word space: a space is a quarter of the size, a justified line's stretched
# one rarely three quarters; a table's padding on both sides of a rule is 1.2 at 10 points.
_CELL_GAP = 0.9
# A list's number or bullet: "3.", "15 a)", "b)", "a.)", "•" (Word's Symbol bullet, U+F0B7).
_LIST_NUMBER = re.compile(
    r"^(\d{1,2}( ?[a-z])?(\.|\.?\))|[a-zA-Z](\.|\.?\))|[-–•·*\uf0b7\uf0a7\u25aa\u25cf])$"
)


@dataclass
class Cell:
    text: str
    x: float
    end: float
    # The strings drawn into it, each with the space read before it ("ng ", "av"), where it
    # holds more than one: where they start tells a column's edge (agenda_pdf_table).
    parts: list[Cell] = field(default_factory=list, repr=False, compare=False)


@dataclass
class SeenLine:
    """One line of a page: its cells left to right, its baseline and size, its number on
    the page (from 1, counted top to bottom as the page shows them)."""

    cells: list[Cell]
    y: float
    size: float
    bold: bool
    row: int = 0
    ruled: bool = False  # a drawn rule (a table's border) stands between it and the line above
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = " ".join(cell.text for cell in self.cells)

    @property
    def x(self) -> float:
        return self.cells[0].x

    @property
    def end(self) -> float:
        return self.cells[-1].end


def seen_lines(pieces: list[DrawnPiece]) -> list[SeenLine]:
    """The page's upright, visible strings as lines top to bottom, numbered."""
    drawn = [p for p in pieces if p.size > 0 and p.text.strip() and p.upright and not p.hidden]
    lines = [_line(row) for row in baseline_rows(drawn)]
    for number, line in enumerate(lines, start=1):
        line.row = number
    return lines


def _line(row: list[DrawnPiece]) -> SeenLine:
    cells: list[Cell] = []
    previous: DrawnPiece | None = None
    for piece in row:
        size = max(piece.size, previous.size) if previous else piece.size
        gap = piece.x - previous.end if previous else 0.0
        if previous is None or gap > _CELL_GAP * size:
            cells.append(
                Cell(piece.text, piece.x, piece.end, [Cell(piece.text, piece.x, piece.end)])
            )
            previous = piece
            continue
        # Spaces a file draws stay (LibreOffice draws "ng " and "av" as two strings); a
        # footnote mark raised after a word is read apart from it, as pdf_layout does.
        touching = gap <= _TOUCHING * size and not off_baseline(previous, piece)
        text = ("" if touching and not number_only(cells) else " ") + piece.text
        cells[-1].text += text
        cells[-1].end = piece.end
        cells[-1].parts.append(Cell(text, piece.x, piece.end))
        previous = piece
    for cell in cells:
        cell.text = " ".join(cell.text.split())
        cell.parts = cell.parts if len(cell.parts) > 1 else []
    sizes = [p.size for p in row for _ in p.text.strip()]
    return SeenLine(
        cells=cells,
        y=max(p.y for p in row),
        size=round(max(set(sizes), key=sizes.count), 1),
        bold=all(is_bold(p) for p in row),
    )


def number_only(cells: list[Cell]) -> bool:
    """Whether the line so far is a list's number or bullet alone ("1.", "b)", "•")."""
    return len(cells) == 1 and bool(_LIST_NUMBER.match(cells[0].text.strip()))
