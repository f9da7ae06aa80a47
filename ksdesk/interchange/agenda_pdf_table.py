"""The table under a kallelse's rubrikrad in a PDF (agenda_pdf): which column each piece of a
line stands in, and whether a line is the next line of the row above (a title wrapping in its
cell) or a row of its own.

A line wraps into the row above when it has nothing in the first column, no border (a drawn
rule) stands between them, it is no more than a line's spacing under it, in its style, and,
in a table without borders between its rows, the words it starts with would not have fitted
on the line above: a title breaks where its cell is full. A list set with tab stops, its
rows a line apart, has its delpunkter ("a) Minnesanteckningar …") and headings right under
a short title: those start rows. A table whose numbered rows all stand a paragraph's space
apart (Word's kallelse without rules, Kungsbacka's) is told by that space alone.

Where a line joins its row, a line of the cell begins a line of its own when the line above
was broken short, or when it is what a cell writes on a line of its own (the förslag's
heading, "Föredragande: …", an hour's span, "2 st dokument") or opens an att-sats as the
cell's first did: else it goes on the line above, as a wrapped line does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ksdesk.core.dnr import parse_dnr
from ksdesk.interchange.agenda_cells import counts_or_lasts
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine, number_only

WRAP_SPACING = 1.6  # sizes between baselines: a cell's next line, not the table's next row
_SPACE = 0.28  # a word space, in sizes
_PARAGRAPH_SPACE = 1.0  # points: rows this much further apart than a cell's lines are spaced
# Words a sentence or a title goes on after: a line never ends its cell's text with them.
_RUNS_ON = frozenset(
    {"och", "eller", "samt", "men", "att", "som", "av", "för", "till", "i", "på", "med", "om"}
    | {"från", "vid", "mot", "under", "över", "enligt", "inom", "den", "det", "en", "ett"}
)
_MARKS = "*-–•·\uf0b7"  # a list item's mark, first on its line
_EDGE = 0.15  # sizes: a string starting this near a heading's start stands in its column


def table_headings(lines: list[SeenLine], header: SeenLine) -> list[Cell]:
    """The table's columns: the rubrikrad's headings, and a column without heading before
    them where the rows under it hold something wholly left of the first heading (the
    numbers of Ludvika's and Höör's lists stand under no "Nr")."""
    below = lines[lines.index(header) + 1 :]
    margin = any(cell.end < header.x for line in below for cell in line.cells if line.size)
    return [Cell("", 0.0, 0.0), *header.cells] if margin else header.cells


def columns_of(line: SeenLine, headings: list[Cell]) -> list[list[Cell]]:
    """The line's cells under the headings: each in the column it starts in (a number set
    right of its heading's start is still under it), a cell parted where a string drawn
    into it starts at a later heading's start (at_edges)."""
    columns: list[list[Cell]] = [[] for _ in headings]
    for cell in at_edges(line, headings):
        at = 0
        for index, heading in enumerate(headings):
            if cell.x >= heading.x - line.size:
                at = index
        columns[at].append(cell)
    return columns


def at_edges(line: SeenLine, headings: list[Cell]) -> list[Cell]:
    """The line's cells, each parted where a string drawn into it starts where a heading
    right of the cell's start does: the column's edge, a cell of its own however near the
    string before it ends. A font without widths in the file (a standard font, its widths
    a guess) reads "lokaler och" as ending where "00189" under "Beteckning" starts, and
    the two were one cell: "lokaler och00189"."""
    near = _EDGE * line.size
    cells: list[Cell] = []
    for cell in line.cells:
        edges = [h.x for h in headings if h.text and h.x - near > cell.x]
        cuts = [
            at
            for at, part in enumerate(cell.parts)
            if at and any(abs(part.x - x) <= near for x in edges)
        ]
        for start, stop in pairwise([0, *cuts, len(cell.parts)] if cuts else []):
            parts = cell.parts[start:stop]
            text = " ".join("".join(part.text for part in parts).split())
            cells.append(Cell(text, parts[0].x, parts[-1].end, parts if len(parts) > 1 else []))
        cells += [] if cuts else [cell]
    return cells


def widest(lines: list[SeenLine], headings: list[Cell]) -> list[float]:
    """Where each column's text ends at its widest, over the lines under the rubrikrad: as
    far as a line of a cell runs before it breaks."""
    ends = [0.0] * len(headings)
    for line in lines:
        for at, column in enumerate(columns_of(line, headings)):
            ends[at] = max([ends[at], *(cell.end for cell in column)])
    return ends


@dataclass(frozen=True)
class Table:
    """What tells a table's rows apart: its columns' widest ends, whether borders are drawn
    between its rows, and the spacing of a cell's lines where its rows stand further apart
    (a paragraph's space after it), else None."""

    ends: list[float]
    ruled: bool
    line_spacing: float | None


def table_of(lines: list[SeenLine], headings: list[Cell]) -> Table:
    """The table of the lines under the rubrikrad."""
    gaps = sorted(
        round(above.y - line.y, 1)
        for above, line in pairwise(lines)
        if 0 < above.y - line.y <= WRAP_SPACING * max(line.size, above.size)
    )
    spaced = len(gaps) > 2 and gaps[-1] - gaps[0] > _PARAGRAPH_SPACE
    return Table(
        widest(lines, headings),
        any(line.ruled for line in lines),
        gaps[0] if spaced or _numbers_spaced(lines, headings, gaps) else None,
    )


def _numbers_spaced(lines: list[SeenLine], headings: list[Cell], gaps: list[float]) -> bool:
    """Whether every numbered row stands further under the line above than a cell's lines
    stand apart (`gaps`: those within a line's spacing): a table without rules whose rows
    are a paragraph's space apart, as Word prints Kungsbacka's kallelse. There a cell's
    lines are one row, however short the line above ("kommunstyrelsen" over "13.00–13.20",
    "Familjeomsorg" beside a förslag's next lines): taken for new rows, they were rows
    without a title, and the kallelse was refused (walk29's finding 3)."""
    opening = [
        round(above.y - line.y, 1)
        for above, line in pairwise(lines)
        if above.y > line.y and columns_of(line, headings)[0]
    ]
    return bool(gaps) and len(opening) > 1 and min(opening) - gaps[0] > _PARAGRAPH_SPACE


def wraps(
    line: SeenLine,
    previous: SeenLine,
    columns: tuple[list[list[Cell]], list[list[Cell]]],
    table: Table,
) -> bool:
    """Whether `line` (its cells by column, then those of the line above) is the next line
    of the row above (module docstring)."""
    these, above = columns
    if these[0] or line.ruled or line.bold > previous.bold:
        return False
    if previous.y - line.y > WRAP_SPACING * max(line.size, previous.size):
        return False
    if table.ruled:  # the borders tell the rows apart: a cell's line may be broken by hand
        return True
    if table.line_spacing is not None:  # the rows stand further apart than a cell's lines
        return previous.y - line.y <= table.line_spacing + _PARAGRAPH_SPACE / 2
    ends = table.ends
    return not any(
        broken_short(column, above[at], ends[at], line.size)
        for at, column in enumerate(these)
        if at < len(above)
    )


def broken_short(cells: list[Cell], above: list[Cell], end: float, size: float) -> bool:
    """Whether the column's line above was broken before it was full: the first word of
    `cells` would have stood on it, after its last cell, within the column's widest line
    (a line break in the cell, or a new row; its width reckoned from the cell's); never
    where the line above runs on into it (runs_on)."""
    if not cells or not above or runs_on(above[-1].text, cells[0].text):
        return False
    cell = cells[0]
    word = cell.text.split()[0] if cell.text.split() else ""
    width = (cell.end - cell.x) * len(word) / max(len(cell.text), 1)
    return above[-1].end + _SPACE * size + width <= end


def runs_on(above: str, text: str) -> bool:
    """Whether the line `text` goes on with the sentence of the line `above`, whatever the
    widths say: the line above ends in a word no sentence or heading ends with ("av God
    och" over "Nära vård."), or, ending in no stop, it is followed by a word in lower case
    ("är väl" over "genomarbetat"); never a list's item or a delpunkt ("* godkänna", "a)
    Minnesanteckningar"), a line of its own. The widths are read
    from the file's fonts, for a standard font only guessed, and a word that would just
    have fitted is within their error."""
    words = above.split()
    first = text.split()[0] if text.split() else ""
    if not words or not first or first[0] in _MARKS or number_only([Cell(first, 0.0, 0.0)]):
        return False  # a list's item, a delpunkt: a line of its own
    if words[-1].lower() in _RUNS_ON:
        return True
    # A date goes on the sentence too ("… under perioden" over "2025-02-01 till och med"):
    # its digits are wider than the line's average letter, the width guessed short.
    return words[-1][-1] not in ".:;!?" and (first[0].islower() or bool(_DATE.match(first)))


_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


# What a kallelse's cell writes on a line of its own: the förslag's heading, a labelled
# föredragande, an hour's span ("13.00–13.20").
_OWN_LINE = re.compile(
    r"(?:Förslag till beslut|(?i:föredragande|handläggare)\s*:|\d{1,2}[.:]\d{2}\s*[-–]\s*\d)"
)


def own_line(text: str) -> bool:
    """Whether a cell's line begins a line of its own, however full the line above: a
    paragraph of the cell ("Förslag till beslut i kommunstyrelsen", "Föredragande: …", "2 st
    dokument", "20 minuter"), which Word writes so and the docx import reads so, whose line
    above ended on a full line ("… för Eksta Bostads AB." over "Förslag till beslut i
    kommunstyrelsen": run together, the second heading stayed in the förslag)."""
    return bool(_OWN_LINE.match(text)) or counts_or_lasts(text)


def next_paragraph(cell: str, text: str) -> bool:
    """Whether `text` begins the cell's next paragraph though the line above was full: that
    line ends a sentence and `text` opens with the two words a paragraph of the cell opens
    with, as each att-sats names the organ ("… Samariten 11 i Kungsbacka kommun." over
    "Nämnden för Miljö & Hälsoskydd föreslår vidare …"). One word is not enough: "Nämnden
    anser …. Nämnden vill …" is one paragraph (Kultur & Fritid 2025-10-22, ärende 8)."""
    first = text.split()[:2]
    if not cell.rstrip().endswith(".") or len(first) < 2 or not first[0][:1].isupper():
        return False
    return any(line.split()[:2] == first for line in cell.split("\n") if not own_line(line))


def dnr_goes_on(cell: str, text: str) -> bool:
    """Whether a Dnr cell's next line `text` is the rest of the number its line above broke
    inside the digits, as a narrow Beteckning column breaks "BN-2024-002400" ("BN-2024-0024"
    over "00"): run together they read as a Dnr of a shape the diarier write, read apart (a
    word space between) as none, and the ärende matched none on the agenda (walk34)."""
    words, rest = cell.split(), text.rstrip(",;")  # "00369," before the föredragande's line
    if not words or not words[-1][-1:].isdigit() or not rest.isdigit():
        return False
    joined, apart = parse_dnr(words[-1] + rest), parse_dnr(f"{words[-1]} {rest}")
    return joined.is_complete and not joined.warnings and bool(apart.warnings)
