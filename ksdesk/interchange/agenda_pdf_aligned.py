"""A kallelse's table whose cells are set at the foot of their row (or in its middle), for
agenda_pdf: the number stands beside the title's last line, the title's first lines and the
förslag's heading above it, on lines of their own. Read line by line as a table set at the
top of its rows is, those first lines were a row without number ("…Förslag till beslut
Byggnadsnämnden godkänner…” har ingen rubrik ovanför sig", walk34's finding 8).

A row is the run of lines a cell's line spacing apart, set off from the next by a rule or
by the padding of its cells (a wider gap): a row's cells belong to it, whichever of its
lines they start on. Where every row holds one number at most, and the rows of more than
one line have it on a later line, never the first, the number is moved to the row's first
line, and the table is read as one set at the top of its rows."""

from __future__ import annotations

import re
from itertools import pairwise

from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine

_LOOSE = 0.5  # points: lines this much further apart than a cell's lines are still one row
_ROWS = 2  # rows with the number on a later line needed to read the table so: a heading
# right above a single-line row is one such row, not a table set at its rows' foot
_NUMBER = re.compile(r"(?:§\s*)?\d{1,3}(?:\s?[a-z])?[.)]?")


def numbers_to_row_tops(lines: list[SeenLine], headings: list[Cell]) -> None:
    """In a table set at its rows' foot (module docstring), each row's number moved to the
    row's first line, in place; any other table is left as it is. `lines`: those under the
    rubrikrad; `headings`: the table's columns, the numbers' first."""
    rows = _rows(lines)
    numbered = [
        (row, [at for at, line in enumerate(row) if _number(line, headings)]) for row in rows
    ]
    if any(len(at) > 1 or (at == [0] and len(row) > 1) for row, at in numbered):
        return  # rows set at their top, or lines of several rows not told apart
    if any(line.bold for row, at in numbered if at for line in row[: at[0]]):
        return  # a heading in bold right above a row ("Beslutsärenden"): no row's first line
    lowered = [(row, at[0]) for row, at in numbered if at and at[0] > 0]
    if len(lowered) < _ROWS:
        return
    for row, at in lowered:
        number = row[at].cells.pop(0)
        row[0].cells.insert(0, number)
        for line in (row[0], row[at]):
            line.text = " ".join(cell.text for cell in line.cells)


def _rows(lines: list[SeenLine]) -> list[list[SeenLine]]:
    """The lines in runs a cell's line spacing apart (the closest two lines on a page
    stand), a rule or a wider gap (or a new page) between runs."""
    sized = [line for line in lines if line.size and line.cells]
    gaps = [above.y - line.y for above, line in pairwise(sized) if above.y > line.y]
    if not gaps:
        return [[line] for line in sized]
    spacing = min(gaps) + _LOOSE
    rows: list[list[SeenLine]] = []
    for line in sized:
        above = rows[-1][-1] if rows else None
        if above is not None and not line.ruled and 0 < above.y - line.y <= spacing:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _number(line: SeenLine, headings: list[Cell]) -> bool:
    """Whether the line's first cell is a number alone in the numbers' column, left of the
    title's ("4.", "12", "§ 5")."""
    if len(headings) < 2 or len(line.cells) < 2:
        return False
    first = line.cells[0]
    return first.end < headings[1].x and bool(_NUMBER.fullmatch(first.text.strip()))
