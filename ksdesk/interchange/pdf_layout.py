"""A page's text as it is seen: its strings put on lines by where they are drawn, each line
read left to right, lines top to bottom.

The order in which a file draws its strings need not be the order on the page: a table drawn
column by column, a number whose last four are drawn before its date, digits drawn one by one
in any order, or "81121" and "8-9876" drawn as two strings side by side. Read in drawing order
(interchange.pdf_content_text) such a number is in pieces; read as it is seen it is whole.

Strings on one line are joined as they stand: with nothing between them where one ends where
the next begins (a sixth of the size or less apart, so glyphs placed one by one stay one word),
else with a space; a smaller string raised or lowered off the baseline (a footnote mark)
with a space too. Strings that do not run left to right (turned text) each get a line of
their own after the others. A number is read within a line here; one broken over two lines is
read in drawing order, where the scanner reads across line breaks.

A page set in columns that a file draws row by row (both columns' first lines, then both
columns' second lines) has, in neither reading, a column's lines one after the other, nor
the foot of one column before the head of the next: a name or number broken there is in
pieces. Such a page is read a third time, after the rows: column by column, each column's
lines top to bottom, the next column after it, all with line breaks between them, as a
reader reads it. A column is where the pieces of two or more rows begin, apart from the
rest by a wide gap, and it holds words (a grid of digit boxes is not read so)."""

from __future__ import annotations

from typing import Protocol

from ksdesk.interchange import pdf_columns

_SAME_LINE = 0.4  # baselines closer than this share of the size are one line
_TOUCHING = 0.17  # strings closer than this share of the size are one word
_OVERLAP = 0.3  # strings overlapping more than this are drawn over each other
_SMALLER = 0.85  # a string this share of its neighbour's size or less is smaller
_OFF_BASELINE = 0.15  # baselines further apart than this share of the size differ
# Between lines: no number is read across it here. A number split over two lines is found
# in drawing order; read across lines as seen, rows of digit boxes would run into one another.
LINE_BREAK = "\n|\n"


class Placed(Protocol):
    text: str
    x: float
    y: float
    end: float
    size: float
    upright: bool


Where = tuple[int, int] | None  # (piece, character in it), None for a space or line break


def reading_order(
    pieces: list[Placed], mapped: bool = False, *, columns: bool = True
) -> tuple[str, list[Where]]:
    """The text of the drawn `pieces` as seen and, when `mapped`, for each of its characters
    where it comes from (so that a number found in it can be taken out of the pieces that
    draw it). Without `columns`, the rows alone: each word once (the search index)."""
    placed = [(i, p) for i, p in enumerate(pieces) if p.size > 0 and p.text]
    upright = sorted((ip for ip in placed if ip[1].upright), key=lambda ip: (-ip[1].y, ip[1].x))
    lines: list[list[tuple[int, Placed]]] = []
    for item in upright:
        if lines and abs(lines[-1][0][1].y - item[1].y) <= _SAME_LINE * _size(lines[-1][0], item):
            lines[-1].append(item)
        else:
            lines.append([item])
    lines += [[item] for item in placed if not item[1].upright]
    text: list[str] = []
    where: list[Where] = []
    for line in lines:
        line.sort(key=lambda ip: ip[1].x)
        _joined(line, text, where if mapped else None)
        _add(text, where if mapped else None, LINE_BREAK)
    for column in pdf_columns.columns(lines) if columns else []:
        for segment in column:
            _joined(segment, text, where if mapped else None)
            _add(text, where if mapped else None, "\n")
        _add(text, where if mapped else None, "\n")
    return "".join(text), where


def _joined(line: list[tuple[int, Placed]], text: list[str], where: list[Where] | None) -> None:
    """The pieces of one line, left to right, with a space where they do not touch."""
    previous = None
    for index, piece in line:
        if previous is not None and not _touching(previous, piece):
            _add(text, where, " ")
        text.append(piece.text)
        if where is not None:
            where += [(index, k) for k in range(len(piece.text))]
        previous = piece


def _add(text: list[str], where: list[Where] | None, separator: str) -> None:
    text.append(separator)
    if where is not None:
        where += [None] * len(separator)


def _size(first: tuple[int, Placed], other: tuple[int, Placed]) -> float:
    return max(first[1].size, other[1].size)


def _touching(left: Placed, right: Placed) -> bool:
    size = max(left.size, right.size)
    gap = right.x - left.end
    return -_OVERLAP * size <= gap <= _TOUCHING * size and not off_baseline(left, right)


def off_baseline(left: Placed, right: Placed) -> bool:
    """Whether one of two strings side by side is a smaller one raised or lowered off the
    other's baseline: a footnote mark or an exponent, read apart from the word it follows
    ("811218-9876¹" is a number and its mark, not eleven digits)."""
    small, large = sorted((left.size, right.size))
    return small <= _SMALLER * large and abs(left.y - right.y) > _OFF_BASELINE * large
