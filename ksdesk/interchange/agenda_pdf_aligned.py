"""A kallelse's table whose cells are set at the foot of their row or in its middle, for
agenda_pdf: the number stands beside the title's last line or its middle, the title's first
lines and the förslag's heading above it. Read line by line as a table set at the top of
its rows is, those first lines were a row without number ("…Förslag till beslut
Byggnadsnämnden godkänner…” har ingen rubrik ovanför sig", walk34's finding 8). Set in the
middle, a one-line cell beside a cell of an even number of lines stands between two of its
lines, on a baseline of its own, half a line from each (pdfcentre38: 2 of 4 Kungsbacka
kallelse PDFs were refused so, or read wrong).

A row is its band: the run of lines from its tallest cell's first line to its last, each
line within a cell's line spacing of the one above (the spacing of a cell's lines, never
the half line between a centred cell and its neighbour's), set off from the next band by a
rule or by the padding of its cells (a wider gap). A row's cells belong to it, whichever of
its lines they stand on. Where every band holds one number at most, and the bands of more
than one line have it on a later line, never the first (two such bands, or one with lines
of its row below the number too), each band is laid out again as a
row set at its top: the k-th line of each of its cells on its k-th line, the tallest cell's
baselines kept. The table is then read as one set at the top of its rows."""

from __future__ import annotations

import re
from itertools import pairwise

from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine
from ksdesk.interchange.agenda_pdf_pages import Page
from ksdesk.interchange.agenda_pdf_table import columns_of

_LOOSE = 0.5  # points: lines this much further apart than a cell's lines are still one row
_ROWS = 2  # rows with the number on a later line needed to read the table so: a heading
# right above a single-line row is one such row, not a table set at its rows' foot
_NUMBER = re.compile(r"(?:§\s*)?\d{1,3}(?:\s?[a-z])?[.)]?")


def at_row_tops(pages: list[Page], header: SeenLine, headings: list[Cell]) -> None:
    """In a table set at its rows' foot or middle (module docstring), each row laid out as
    one set at its top, in the pages' lines, in place; any other table is left as it is.
    `header`: the rubrikrad (the lines under it are the table's); `headings`: the table's
    columns, the numbers' first."""
    under = _under(pages, header)
    bands = _bands([line for page, start in under for line in page.lines[start:]], headings)
    if not _set_apart(bands, headings):
        return
    laid = {id(band[0]): _at_top(band, headings) for band in bands}
    later = {id(line) for band in bands for line in band[1:]}
    for page, start in under:
        lines = page.lines[:start]
        for line in page.lines[start:]:
            lines += laid.get(id(line), [] if id(line) in later else [line])
        page.lines[:] = lines


def _under(pages: list[Page], header: SeenLine) -> list[tuple[Page, int]]:
    """Each page holding the table, with where its lines under the rubrikrad start; none
    where the rubrikrad is no page's line."""
    for at, page in enumerate(pages):
        for row, line in enumerate(page.lines):
            if line is header:
                return [(page, row + 1), *((later, 0) for later in pages[at + 1 :])]
    return []


def _bands(lines: list[SeenLine], headings: list[Cell]) -> list[list[SeenLine]]:
    """The lines in bands (module docstring), a rule, a wider gap or a new page between."""
    sized = [line for line in lines if line.size and line.cells]
    spacing = _cell_spacing(sized, headings)
    if spacing is None:
        return [[line] for line in sized]
    bands: list[list[SeenLine]] = []
    for line in sized:
        above = bands[-1][-1] if bands else None
        if above is not None and not line.ruled and 0 < above.y - line.y <= spacing + _LOOSE:
            bands[-1].append(line)
        else:
            bands.append([line])
    return bands


def _cell_spacing(lines: list[SeenLine], headings: list[Cell]) -> float | None:
    """The spacing of a cell's lines: the closest two lines of one column stand (a centred
    cell's line half a line from its neighbour's is of another column)."""
    columns = [columns_of(line, headings) for line in lines]
    gaps = []
    for at in range(len(headings)):
        held = [line for line, cells in zip(lines, columns, strict=True) if cells[at]]
        gaps += [above.y - line.y for above, line in pairwise(held) if above.y > line.y]
    return min(gaps) if gaps else None


def _set_apart(bands: list[list[SeenLine]], headings: list[Cell]) -> bool:
    """Whether the table is set at its rows' foot or middle, its rows told apart: no band
    with two numbers or with its number first, at least `_ROWS` with it on a later line, or
    one with it between two of its lines (a kallelse of one long title among short ones)."""
    numbered = [
        (band, [at for at, line in enumerate(band) if _number(line, headings)]) for band in bands
    ]
    if any(len(at) > 1 or (at == [0] and len(band) > 1) for band, at in numbered):
        return False  # rows set at their top, or lines of several rows not told apart
    if any(line.bold for band, at in numbered if at for line in band[: at[0]]):
        return False  # a heading in bold right above a row ("Beslutsärenden"): no row's first line
    lowered = [(band, at[0]) for band, at in numbered if at and at[0] > 0]
    # A number with lines of its row above and below it is set in the middle: one such row
    # is enough (a heading right above a row puts the number on the band's last line).
    return len(lowered) >= _ROWS or any(at < len(band) - 1 for band, at in lowered)


def _at_top(band: list[SeenLine], headings: list[Cell]) -> list[SeenLine]:
    """The band's lines as a row set at its top: the k-th line of each cell on the k-th
    line, at the tallest cell's k-th baseline. A band with a line in bold (the rubrikrad
    repeated on a new page) is left as it is."""
    if len(band) == 1 or any(line.bold for line in band):
        return band
    columns = [columns_of(line, headings) for line in band]
    stacks = [
        [(line, cells[at]) for line, cells in zip(band, columns, strict=True) if cells[at]]
        for at in range(len(headings))
    ]
    tallest = max(stacks, key=len)
    laid = []
    for k, (base, _) in enumerate(tallest):
        held = [stack[k] for stack in stacks if k < len(stack)]
        line = SeenLine(
            [cell for _, cells in held for cell in cells],
            base.y,
            max(source.size for source, _ in held),
            all(source.bold for source, _ in held),
            base.row,
            band[0].ruled and k == 0,
        )
        laid.append(line)
    return laid


def _number(line: SeenLine, headings: list[Cell]) -> bool:
    """Whether the line's first cell is a number alone in the numbers' column, left of the
    title's ("4.", "12", "§ 5"), alone on its line too where it stands between two of the
    title's lines."""
    if len(headings) < 2:
        return False
    first = line.cells[0]
    return first.end < headings[1].x and bool(_NUMBER.fullmatch(first.text.strip()))
