"""A table in a text PDF's lines (tjansteskrivelse_pdf_lines): the lines whose strings stand
in the same columns, read into rows of cell texts as a Word table gives them.

A PDF draws no table, only text in columns (and perhaps lines between them): a line is a
table's next row when it stands in the columns of the lines above it, and a row's lines
close together are one cell's lines. Where a cell's line breaks, the PDF shows how: a word
longer than its cell (an e-mail address in a narrow footer cell) is cut where the cell ends
and goes on on the next line without a space; a line ending in a hyphen is joined as
tjansteskrivelse_pdf_hyphens says ("212000-" over "0340"); any other break is the cell's
next line."""

from __future__ import annotations

from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid, Line
from ksdesk.interchange.tjansteskrivelse_pdf_hyphens import Joined, join_broken
from ksdesk.interchange.tjansteskrivelse_pdf_lines import Cell, PdfLine

_ROW_GAP = 1.5  # a table's lines closer than this many sizes are one cell's lines
_CLOSE_ROW = 2.2  # a line this close below a table's line may go on with it
# A line standing in two of a table's columns is its next row this far below: LibreOffice
# spaces rows by the cells' paragraph spacing (3.3 sizes in Word's default template).
_TABLE_ROW_GAP = 3.6
_COLUMN = 4.0  # points: a cell this close to a column's left edge stands in it
_CELL_PADDING = 10.8  # points between a cell's text and the next one's: Word's 0.19 cm a side


def table(
    lines: list[PdfLine], index: int, broken: list[tuple[int, Joined]]
) -> tuple[list[list[str]], int]:
    """The rows of the table starting at `index`, and where the text after it starts; the
    words whose hyphen at a line's end was taken out added to `broken` with their page."""
    taken = [lines[index]]
    columns = [cell.x for cell in lines[index].cells]
    while index + 1 < len(lines) and in_table(lines[index + 1], taken[-1], columns):
        index += 1
        taken.append(lines[index])
        columns += [c.x for c in lines[index].cells if not _in_column(c.x, columns)]
    columns.sort()
    rows: list[list[str]] = []
    last: list[Cell | None] = []  # each column's last line in the row, where it ended
    previous: PdfLine | None = None
    for line in taken:
        placed: list[Cell | None] = [None] * len(columns)
        for cell in line.cells:
            nearest = min(range(len(columns)), key=lambda c: abs(columns[c] - cell.x))
            held = placed[nearest]
            placed[nearest] = Cell(f"{held.text} {cell.text}", held.x, cell.end) if held else cell
        if previous is not None and _same_row(previous, line):
            for column, cell in enumerate(placed):
                if cell is not None:
                    right = columns[column + 1] if column + 1 < len(columns) else None
                    joined = join_broken(
                        rows[-1][column], cell.text, _joiner(last[column], cell, right)
                    )
                    rows[-1][column] = joined.text
                    broken += [(line.page, joined)] if joined.broken else []
                    last[column] = cell
        else:
            rows.append([cell.text if cell else "" for cell in placed])
            last = placed
        previous = line
    return rows, index + 1


def _same_row(previous: PdfLine, line: PdfLine) -> bool:
    """Whether `line` goes on with the row of `previous`: close below, no border between."""
    return previous.y - line.y <= _ROW_GAP * line.size and not line.ruled


def _joiner(above: Cell | None, below: Cell, right: float | None) -> str:
    """What stands between a cell's line `above` and its next line `below`: nothing where
    a word was cut at the cell's edge (the next column starts at `right`: not even the next
    line's first letter would have fitted), else a line break."""
    if above is None or not above.text:
        return ""
    letter = (below.end - below.x) / max(len(below.text), 1)
    edge = right - _CELL_PADDING if right is not None else None
    cut = edge is not None and " " not in above.text and above.end + letter > edge
    return "" if cut else "\n"


def _in_column(x: float, columns: list[float]) -> bool:
    return any(abs(x - column) <= _COLUMN for column in columns)


def in_table(line: PdfLine, previous: PdfLine, columns: list[float]) -> bool:
    """A line below a table's line is in the table when it is close below and stands in
    its columns: two cells or more, at least one in a column of the lines above; or one
    cell in a column, under a row of labels waiting for their values (Vår handläggare)
    or as a cell's next line."""
    gap = previous.y - line.y
    if previous.page != line.page or gap > _TABLE_ROW_GAP * line.size:
        return False
    aligned = [cell for cell in line.cells if _in_column(cell.x, columns)]
    if len(aligned) > 1:  # two columns or more: a row, however far its cells space it
        return True
    if gap > _CLOSE_ROW * line.size:
        return False
    if len(line.cells) > 1:
        return bool(aligned)
    if not aligned:
        return False
    tight = previous.y - line.y <= _ROW_GAP * line.size and aligned[0].x > columns[0] + _COLUMN
    labels = [cell.text for cell in previous.cells]
    return tight or all(words.key(text) in words.LABELS for text in labels)


def table_top(lines: list[PdfLine], start: int, lowest: float) -> int:
    """Where the table whose row `lines[start]` is begins, looking up no higher than
    `lowest` (a share of the page's height): a footer that is a table (the kommun's
    address in cells) may stand taller than Word's footer zone, its rows as far apart as
    the footer is from the text."""
    if start >= len(lines) or len(lines[start].cells) < 2:
        return start
    while start > 0:
        above = lines[start - 1]
        if above.y > lowest * above.page_height:
            break
        columns = [cell.x for line in lines[start - 1 :] for cell in line.cells]
        if not in_table(lines[start], above, columns):
            break
        start -= 1
    return start


def grid_or_line(rows: list[list[str]], where: str) -> Block:
    """A table of one line is a line whose parts Word set apart with a tab."""
    if len(rows) == 1 and "\n" not in "".join(rows[0]):
        return Line("\t".join(cell for cell in rows[0] if cell), where)
    return Grid(rows, where)
