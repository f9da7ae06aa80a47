"""Text that runs on from one page of a PDF to the next, read as a line break is read.

A reader turning the page reads "… lämnades av Kalle" at the foot of page 3 and "Karlsson den
6 maj …" at the head of page 4 as one name, and "811218-" / "9876" as one number. The checks
read each page on its own, so the text across each page break is read here as well: the
last lines of the page's body and the first of the next page's, a line break between them,
the running header and footer and the page number left out (they stand between the two on
paper, and a reader's eye skips them).

Which lines are the running header and footer is told as the readers of Word and PDF
documents tell them (core.page_key): a line that stands again, its numbers aside, among the
edge lines of the page before or after ("Sida 3 av 5", "Kommunstyrelsen 2020-12-07"), or a
page number alone ("3", "- 3 -", "Sida 3", "3 (5)"). A line taken for such by mistake is no
loss to the checks, which still read every page whole; what is not taken for one (a footnote,
a header seen once) is passed over by pairing: each of the last few lines of the body is
read with each of the first few of the next page, every pair apart from the others."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ksdesk.core.page_key import page_key

EDGE_LINES = 3  # the lines at each side of a break that are read across it, pair by pair
_EDGE_KEYS = 5  # the lines at a page's top and foot where a running header or footer stands
SEAM_BREAK = "\n|\n"  # between two pairs: nothing is read across it
# A page number alone on its line, as headers and footers print it (three digits at most:
# four digits alone may be the last four of a number).
_PAGE_NUMBER = re.compile(
    r"[-–(\s]*(?:sida|sid\.?|s\.|page)?\s*\d{1,3}\s*(?:(?:av|/|of)\s*\d{1,3}|\(\s*\d{1,3}\s*\))?"
    r"[-–)\s]*",
    re.IGNORECASE,
)

Span = tuple[int, int]  # a line's start and end in its page's reading


def lines_of(reading: str, line_break: str) -> list[Span]:
    """The lines of a page's `reading` that hold something, as spans, top to bottom."""
    spans = []
    start = 0
    for line in reading.split(line_break):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            spans.append((offset, offset + len(stripped)))
        start += len(line) + len(line_break)
    return spans


def seam_pairs(readings: Sequence[str], line_break: str) -> list[list[tuple[Span, Span]]]:
    """For each break (between page n and n+1, counted from 0): the pairs of a line of page
    n's body and a line of page n+1's read across it, nearest the break first."""
    lines = [lines_of(reading, line_break) for reading in readings]
    tops = [_keys(readings[n], lines[n][:_EDGE_KEYS]) for n in range(len(readings))]
    feet = [_keys(readings[n], lines[n][-_EDGE_KEYS:]) for n in range(len(readings))]
    pairs = []
    for n in range(len(readings) - 1):
        # A running footer stands at the foot of the page before or after too, a running
        # header at the head; a table's rows running on over the break are at opposite edges.
        tail = _body(readings[n], reversed(lines[n]), _around(feet, n))
        head = _body(readings[n + 1], lines[n + 1], _around(tops, n + 1))
        pairs.append([(last, first) for last in tail for first in head])
    return pairs


def seam_texts(readings: Sequence[str], line_break: str) -> list[str]:
    """For each break, the pairs of `seam_pairs` as text: each pair's two lines with a line
    break between them, the pairs apart (SEAM_BREAK)."""
    return [
        SEAM_BREAK.join(f"{before[a:b]}\n{after[c:d]}" for (a, b), (c, d) in pairs)
        for before, after, pairs in zip(
            readings, readings[1:], seam_pairs(readings, line_break), strict=False
        )
    ]


def _keys(reading: str, spans: list[Span]) -> set[str]:
    return {page_key(reading[a:b]) for a, b in spans}


def _around(keys: list[set[str]], n: int) -> set[str]:
    """The keys of the same edge of the pages before and after page n."""
    return set().union(*(keys[k] for k in (n - 1, n + 1) if 0 <= k < len(keys)))


def _body(reading: str, spans, running: set[str]) -> list[Span]:
    """The first EDGE_LINES of `spans` (in the order given) that are neither a page number
    nor a line of `running` (repeated at the same edge of a page before or after)."""
    body = []
    for start, end in spans:
        line = reading[start:end]
        if page_key(line) in running or _PAGE_NUMBER.fullmatch(line):
            continue
        body.append((start, end))
        if len(body) == EDGE_LINES:
            break
    return body


def digits_across(
    readings: Sequence[str], line_break: str, found: Callable[[str], list[Span]]
) -> Iterator[tuple[int, int]]:
    """(page, position in its reading) of each digit of what `found` finds in the text read
    across a break (its hits' spans), so that it can be taken out of the pages that draw it."""
    for n, pairs in enumerate(seam_pairs(readings, line_break)):
        for (a, b), (c, d) in pairs:
            text = f"{readings[n][a:b]}\n{readings[n + 1][c:d]}"
            for start, end in found(text):
                for i in range(start, end):
                    if not text[i].isdigit():
                        continue
                    if i < b - a:
                        yield n, a + i
                    else:
                        yield n + 1, c + i - (b - a) - 1
