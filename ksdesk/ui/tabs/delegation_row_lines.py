"""How many lines the points table's rows take at given column widths, and the widths that
make them fewest. A row is as tall as its tallest cell: on a 1366 × 768 laptop at 150 % the
demo's first points were 11 and 10 lines high, their Ärende cell holding Lagrum and
Anmärkning folded under it while the room left over was shared toward each column's wanted
width (the Delegat wrapped in four lines beside it, widened for nothing). Here each column's
cells are wrapped as Qt wraps them, a word at a time, from the words' widths measured once,
so a plan's rows can be counted without Qt; the spare room goes where it shortens rows most.
No Qt here: the widths come measured (tests give them as numbers)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# A cell's text: its paragraphs (split at line breaks), each the widths of its words.
Cell = tuple[tuple[int, ...], ...]
# Spare room is tried in steps of at least this many pixels (finer steps cost more and gain
# nothing a reader sees), and in no more than STEPS steps: a wider step on a wide window
# (658 pixels spare at 1920 × 1080: an eighth of a second a fitting in 8-pixel steps). The
# steps double, so a window resized a few pixels tries the widths it tried before (kept).
STEP = 8
STEPS = 24
# A plan that makes some rows a line taller is taken only when it takes more than this many
# lines off the others for each: at 1366 × 768 the demo's sharing lost 11 lines in 11 rows
# to save 22 in others (the first screen then showed a point less), at 1920 × 1080 two rows
# a line taller took 58 lines off (the Anmärkning's 603 pixels went to the Ärende).
TRADE = 4


def wrapped_lines(cell: Cell, space: int, width: int) -> int:
    """The lines `cell` takes wrapped at `width` (word by word, as Qt does; a word wider
    than the width takes a line of its own)."""
    lines = 0
    for words in cell:
        lines += 1
        used = -space
        for word in words:
            used += space + word
            if used > width and used != word:
                lines += 1
                used = word
    return lines


def as_cell(text: str, advance: Callable[[str], int]) -> Cell:
    """`text` as a Cell, each word measured by `advance`; no text is no line."""
    if not text:
        return ()
    return tuple(tuple(advance(word) for word in line.split()) for line in text.split("\n"))


class RowLines:
    """The cells of the rows by column, and the lines each column's cells take at a width
    (kept, since a plan asks for the same widths again). `pad` is what a cell's margins take
    of its column's width; `main` is the column that shows the folded columns' text under
    its own, each a paragraph of its own (their lines add up) as `as_folded` has it
    ("Lagrum: 6 kap. 7 § OSL"; an empty field is left out, no line)."""

    def __init__(
        self,
        cells: dict[int, Sequence[Cell]],
        as_folded: dict[int, Sequence[Cell]],
        space: int,
        pad: int,
        main: int,
    ) -> None:
        self.cells, self.as_folded = cells, as_folded
        self.space, self.pad, self.main = space, pad, main
        self._kept: dict[tuple[int, int, bool], tuple[int, ...]] = {}
        self._main: dict[tuple[int, tuple[int, ...]], tuple[int, ...]] = {}

    def lines(self, column: int, width: int, folded: Iterable[int] = ()) -> tuple[int, ...]:
        """The lines of `column`'s cell in each row at `width` (with what is folded into the
        main column)."""
        if column != self.main:
            return self._column(column, width, False)
        key = (width, tuple(folded))
        if key not in self._main:
            total = self._column(column, width, False)
            for other in key[1]:
                total = tuple(map(int.__add__, total, self._column(other, width, True)))
            self._main[key] = total
        return self._main[key]

    def _column(self, column: int, width: int, folded: bool) -> tuple[int, ...]:
        key = (column, width, folded)
        if key not in self._kept:
            inner, space = width - self.pad, self.space
            cells = (self.as_folded if folded else self.cells)[column]
            self._kept[key] = tuple(wrapped_lines(cell, space, inner) for cell in cells)
        return self._kept[key]

    def heights(self, widths: dict[int, int], folded: Iterable[int] = ()) -> list[int]:
        """The lines of each row: as many as its tallest cell, at least one."""
        folded = tuple(folded)
        per_row = [self.lines(c, w, folded) for c, w in widths.items()]
        return [max(1, *row) for row in zip(*per_row, strict=True)] if per_row else []

    def shorter(
        self, widths: dict[int, int], than: dict[int, int], folded: Iterable[int] = ()
    ) -> bool:
        """Whether the rows read better at `widths` than at `than`: fewer lines in all, no row
        more than a line taller, and each line a row gains paid for by TRADE lines taken off
        the others."""
        new, old = self.heights(widths, folded), self.heights(than, folded)
        added = sum(max(0, n - o) for n, o in zip(new, old, strict=True))
        removed = sum(max(0, o - n) for n, o in zip(new, old, strict=True))
        return removed > TRADE * added and all(n <= o + 1 for n, o in zip(new, old, strict=True))

    def widest(self, column: int, folded: Iterable[int] = ()) -> int:
        """The width at which every cell of `column` is a line a paragraph: wider gains
        nothing."""
        cells = [*self.cells[column]]
        if column == self.main:
            cells += [cell for other in folded for cell in self.as_folded[other]]
        space = self.space
        return self.pad + max(
            (sum(words) + space * (len(words) - 1) for cell in cells for words in cell if words),
            default=0,
        )


def shortest_widths(
    floors: dict[int, int], room: int, rows: RowLines, folded: Sequence[int] = ()
) -> dict[int, int]:
    """From the columns at their `floors`, the spare room of `room` given step by step to the
    column whose widening takes the most lines off the rows for each pixel it costs (trying
    every widening up to what is spare, since a row shortens only when each of its tallest
    cells does). Stops where no widening shortens a row; what is left is the caller's."""
    widths = dict(floors)
    spare = room - sum(widths.values())
    tops = {c: rows.widest(c, folded) for c in widths}
    step = STEP
    while spare > step * STEPS:
        step *= 2
    while spare >= step:
        best: tuple[float, int, int] | None = None  # lines gained a pixel, column, width
        for column in widths:
            reach = min(widths[column] + spare, tops[column])
            found = _widening(rows, widths, column, folded, reach, step)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], column, found[1])
        if best is None:
            break
        _rate, column, width = best
        spare -= width - widths[column]
        widths[column] = width
    return widths


def _widening(
    rows: RowLines,
    widths: dict[int, int],
    column: int,
    folded: Sequence[int],
    reach: int,
    step: int,
) -> tuple[float, int] | None:
    """The widening of `column` up to `reach` that takes the most lines off the rows for each
    pixel, as (lines a pixel, width); None when none does."""
    width_now = widths[column]
    if reach <= width_now:
        return None
    current = rows.lines(column, width_now, folded)
    others = [rows.lines(c, w, folded) for c, w in widths.items() if c != column]
    beside = [max(1, *cells) for cells in zip(*others, strict=True)] if others else None
    # Only a row this column makes the tallest can shorten when it widens.
    tall = [i for i, mine in enumerate(current) if mine > (beside[i] if beside else 1)]
    if not tall:
        return None
    least = [beside[i] if beside else 1 for i in tall]
    now = sum(current[i] for i in tall)
    best: tuple[float, int] | None = None
    last = current
    # The steps, and the width where the column's every paragraph is one line; a step that
    # wraps no cell otherwise gains no more, for more pixels.
    for width in [*range(width_now + step, reach, step), reach]:
        lines = rows.lines(column, width, folded)
        if lines == last:
            continue
        last = lines
        gained = now - sum(map(max, least, [lines[i] for i in tall]))
        rate = gained / (width - width_now)
        if gained > 0 and (best is None or rate > best[0]):
            best = (rate, width)
    return best
