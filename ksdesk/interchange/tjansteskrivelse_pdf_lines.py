"""A text PDF's lines as they are seen, with what a heading is told by: each line's text,
its size and whether it is bold all through, where it stands on the page, and its cells
where the strings on it stand far apart (a table's columns, a tab).

The strings come from ksdesk's own reading of the content streams (pdf_content_text, the
one the public-copy check trusts), each placed on its baseline with its font; strings on one
baseline are one line, as pdf_layout reads a page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.interchange.pdf_content_text import DrawnPiece, drawn_strings
from ksdesk.interchange.pdf_layout import off_baseline
from ksdesk.interchange.pdf_rows import baseline_rows, is_bold
from ksdesk.interchange.tjansteskrivelse_pdf_rules import horizontal_rules, mark_ruled

_TOUCHING = 0.17  # strings closer than this share of the size are one word
_CELL_GAP = 1.8  # strings further apart than this many sizes stand in two cells
# ... or this many, where no space is drawn between them: a file that draws its spaces
# (LibreOffice, Word) moves on without one only to a tab stop or the next cell, which a
# table's padding can set as close as 18 points at 11.
_UNSPACED_CELL_GAP = 1.0
# A list's bullet (Word's Symbol bullet is U+F0B7) or number is drawn on its own, its text
# at the hanging indent up to this many sizes on: the line's text, not a cell of a table.
_LIST_MARKER = re.compile(r"^([-–•·*\uf0b7\uf0a7\u25aa\u25cf]|\d{1,2}[.)]|[a-z][.)])$")
_HANGING_INDENT = 4.0


@dataclass
class Cell:
    text: str
    x: float
    end: float = 0.0  # where its last string ends


@dataclass
class PdfLine:
    cells: list[Cell]
    page: int  # from 1
    y: float  # baseline, from the page's bottom
    size: float
    bold: bool
    end: float  # where the line's last string ends
    page_height: float = 0.0
    width: float = 0.0  # the page's
    ruled: bool = False  # a drawn rule (a table's border) sets it apart from the line above
    lead: str = ""  # its first words in bold, the rest not ("Bakgrund. Kommunen har …")

    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = " ".join(cell.text for cell in self.cells)

    @property
    def x(self) -> float:
        return self.cells[0].x


@dataclass
class PdfText:
    pages: list[list[PdfLine]]  # each page's lines, top to bottom
    # Text not read as lines, by page: turned (a template's reference up the margin) or
    # drawn invisible (a scanner's OCR layer); each said in the report, never lost unseen.
    turned: list[tuple[int, str]] = field(default_factory=list)
    hidden: list[tuple[int, str]] = field(default_factory=list)


def pdf_lines(pdf) -> PdfText:
    """The lines of the open pikepdf `pdf`, page by page."""
    import pikepdf

    fonts: dict = {}
    result = PdfText([])
    for number, page in enumerate(pdf.pages, start=1):
        box = [float(v) for v in page.mediabox]
        instructions = pikepdf.parse_content_stream(page)
        pieces = drawn_strings(instructions, page.obj.get("/Resources"), fonts)
        drawn = [p for p in pieces if p.size > 0 and p.text.strip()]
        upright = [p for p in drawn if p.upright and not p.hidden]
        for kept, into in (
            (lambda p: p.hidden, result.hidden),
            (lambda p: not p.upright, result.turned),
        ):
            text = " ".join(p.text.strip() for p in drawn if kept(p))
            if text:
                into.append((number, " ".join(text.split())))
        lines = _lines(upright, number)
        for line in lines:
            line.page_height, line.width = box[3] - box[1], box[2] - box[0]
        if len(lines) > 1:
            mark_ruled(lines, horizontal_rules(page))
        result.pages.append(lines)
    return result


def _lines(pieces: list[DrawnPiece], page: int) -> list[PdfLine]:
    return [_line(row, page) for row in baseline_rows(pieces)]


def _cell_gap(cells: list[Cell], previous: DrawnPiece, piece: DrawnPiece) -> float:
    """How many sizes apart `previous` and `piece` stand in two cells."""
    if len(cells) == 1 and _LIST_MARKER.match(cells[0].text.strip()):
        return _HANGING_INDENT  # a list's bullet or number, then its text
    spaced = previous.text.endswith(" ") or piece.text.startswith(" ")
    return _CELL_GAP if spaced else _UNSPACED_CELL_GAP


def _after_list_number(cells: list[Cell], gap: float, piece: DrawnPiece) -> bool:
    """Whether `piece` is a list item's text after its number, drawn apart from it: Word
    sets "10." so close to the hanging indent that the tab after it is a sixth of the size
    wide (tests/interchange/word_pdfs, the Word 365 stadgar), and "10.Beslut" is no word."""
    number = cells[0].text.strip() if len(cells) == 1 else ""
    return (
        gap > 0
        and number[:1].isdigit()
        and bool(_LIST_MARKER.match(number))
        and piece.text[:1].isalpha()
    )


def _line(row: list[DrawnPiece], page: int) -> PdfLine:
    cells: list[Cell] = []
    previous: DrawnPiece | None = None
    for piece in row:
        size = max(piece.size, previous.size) if previous else piece.size
        gap = piece.x - previous.end if previous else 0.0
        if previous is None or gap > _cell_gap(cells, previous, piece) * size:
            cells.append(Cell(piece.text, piece.x, piece.end))
        else:  # the spaces drawn stay: LibreOffice draws "ng " and "av" as two strings
            # A footnote mark raised after a word is read apart from it, as pdf_layout does.
            touching = gap <= _TOUCHING * size and not off_baseline(previous, piece)
            joiner = "" if touching and not _after_list_number(cells, gap, piece) else " "
            cells[-1].text += joiner + piece.text
            cells[-1].end = piece.end
        previous = piece
    for cell in cells:
        cell.text = " ".join(cell.text.split())
    sizes = [p.size for p in row for _ in p.text.strip()]
    line = PdfLine(
        cells=cells,
        page=page,
        y=max(p.y for p in row),
        size=round(max(set(sizes), key=sizes.count), 1),
        bold=all(is_bold(p) for p in row),
        end=max(p.end for p in row),
    )
    line.lead = "" if line.bold else _bold_lead(row, line.text)
    return line


def _bold_lead(row: list[DrawnPiece], text: str) -> str:
    """The line's first words drawn in bold, as they stand in its text."""
    letters = 0
    for piece in row:
        if not is_bold(piece):
            break
        letters += len("".join(piece.text.split()))
    at = 0
    while letters and at < len(text):
        letters -= not text[at].isspace()
        at += 1
    return text[:at].strip()
