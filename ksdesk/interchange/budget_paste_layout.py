"""Rows of a pasted table whose columns are laid out by runs of spaces (pdftotext -layout,
Preview): where a row with fewer figures than columns has them, read from where each figure
ends on its line against where the full rows' figures end. The text with single spaces has
no such help (budget_paste_placing.py, budget_paste_years.py)."""

from __future__ import annotations

import re
import statistics

from ksdesk.core.budget_grid import GridValue
from ksdesk.interchange.budget_paste_tokens import Token, is_note


def laid_out_lines(data: list[list[Token]]) -> bool:
    """Lines laid out in columns by runs of spaces (most rows have a wide gap)."""
    return sum(any(t.hard for t in w[1:]) for w in data) * 2 > len(data)


_NEAR = 6  # characters a figure may end from its column's usual end


def placed_under_columns(
    read: list[tuple[list[GridValue], list[int]]],
    notes: tuple[int, ...],
    decimals: bool = False,
) -> list[list[GridValue]]:
    """Laid-out rows with figures missing, their figures put in the columns they stand
    under (where the full rows' figures end): "29,0 23,0" under the first two years of five.
    A row that stands apart from the columns (a long label shifts it) keeps its reading."""
    width = len(read[0][0]) - 1
    full = [ends for row, ends in read if len(ends) == width]
    if not full:
        return [row for row, _ in read]
    edges = [statistics.median(e[c] for e in full) for c in range(width)]
    placed = []
    for row, ends in read:
        if not ends or len(ends) == width:
            placed.append(row)
            continue
        cells = _under_edges(row, ends, edges, notes, decimals)
        placed.append(cells if cells is not None else row)
    return placed


def _under_edges(
    row: list[GridValue],
    ends: list[int],
    edges: list[float],
    notes: tuple[int, ...],
    decimals: bool,
) -> list[GridValue] | None:
    width = len(edges)
    figures = [v for v in row[1:] if v is not None]
    cells: list[GridValue] = [row[0], *([None] * width)]
    start = 0
    for n, (figure, end) in enumerate(zip(figures, ends, strict=True)):
        last = width - (len(figures) - n)  # room for the figures after it
        # "73,4" in a table of amounts with one decimal is an amount (Ängelholm's
        # Resultatutjämningsreserv, filled for Kommunen only), not notes 73 and 4.
        # A table without a Not column has no notes: "23" is an amount (Burlöv's Plan 2025).
        note = bool(notes) and is_note(str(figure))
        note = note and not (decimals and re.fullmatch(r"\d+,\d", str(figure)))
        # A small whole number that ends under an amount column is an amount: Kungsbacka's
        # "13" of Budget 2014 and "0" of Koncernen Utfall 2014, in a table of whole mnkr.
        nearest = min(range(width), key=lambda c: abs(edges[c] - end))
        note = note and nearest in notes
        room = [c for c in range(start, last + 1) if (c in notes) == note]
        if not room:
            return None
        c = min(room, key=lambda c: abs(edges[c] - end))
        if abs(edges[c] - end) > _NEAR:
            return None
        cells[c + 1] = figure
        start = c + 1
    return cells
