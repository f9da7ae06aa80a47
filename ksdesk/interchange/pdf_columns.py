"""The columns of a page set in columns, for reading it column by column
(interchange.pdf_layout): a file may draw such a page row by row, both columns' first lines
and then both columns' second lines, and then neither drawing order nor the rows as seen put
one column's lines after one another.

A line of the page is cut into segments where a gap wider than its size parts its pieces
(a gutter; words stand a fraction of that apart). The columns are the stretches across the
page that the segments of lines cut so cover: where the segments of two or more rows begin
and end, a line that spans the page (a heading over both columns) leaving them apart. A
segment belongs to the column its start stands in. The page is read by columns only when two
columns at least each hold words in three segments or more: a table of figures or a grid of
digit boxes is read by rows only, as read so its cells would run into each other."""

from __future__ import annotations

import re
from typing import Protocol

_GUTTER = 1.0  # a gap this share of the size or wider parts two columns
_SEGMENTS = 3  # the segments holding words a column needs to be read as one
_WORD = re.compile(r"[^\W\d_]{2}")


class Piece(Protocol):
    text: str
    x: float
    end: float
    size: float
    upright: bool


Segment = list[tuple[int, Piece]]


def columns(lines: list[list[tuple[int, Piece]]]) -> list[list[Segment]]:
    """The page's columns left to right, each its segments top to bottom; [] when the page
    is not set in two columns or more. `lines`: the page's lines top to bottom, each its
    pieces left to right (index and piece)."""
    cut = [_segments(line) for line in lines if line and line[0][1].upright]
    spans = _spans([segment for segments in cut if len(segments) > 1 for segment in segments])
    if len(spans) < 2:
        return []
    found: list[list[Segment]] = [[] for _ in spans]
    for segments in cut:
        for segment in segments:
            start = segment[0][1].x
            column = next((k for k, (a, b) in enumerate(spans) if a <= start <= b), None)
            if column is not None:
                found[column].append(segment)
    worded = [column for column in found if sum(map(_has_words, column)) >= _SEGMENTS]
    return found if len(worded) >= 2 else []


def _segments(line: list[tuple[int, Piece]]) -> list[Segment]:
    segments: list[Segment] = []
    for item in line:
        piece = item[1]
        if segments:
            last = segments[-1][-1][1]
            if piece.x - last.end <= _GUTTER * max(piece.size, last.size):
                segments[-1].append(item)
                continue
        segments.append([item])
    return segments


def _spans(segments: list[Segment]) -> list[tuple[float, float]]:
    """The stretches across the page that the segments cover, left to right, overlapping
    segments joined."""
    spans: list[tuple[float, float]] = []
    for start, end in sorted((s[0][1].x, max(p.end for _i, p in s)) for s in segments):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _has_words(segment: Segment) -> bool:
    return any(_WORD.search(piece.text) for _index, piece in segment)
