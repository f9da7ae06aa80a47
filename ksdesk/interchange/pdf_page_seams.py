"""Text that runs on from one page of a PDF to the next, read as a line break is read.

A reader turning the page reads "… lämnades av Kalle" at the foot of page 3 and "Karlsson den
6 maj …" at the head of page 4 as one name, and "811218-" / "9876" as one number. The checks
read each page on its own, so the text across each page break is read here as well: the
last lines of the page's body and the first of the next page's (their ends next to the break,
in whole words), a line break between them,
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
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import NamedTuple

from ksdesk.core.page_key import page_key
from ksdesk.core.personnummer import PersonnummerHit, find_personnummer
from ksdesk.core.personnummer_marks import ANY_DIGIT

EDGE_LINES = 3  # the lines at each side of a break that are read across it, pair by pair
# For a number, further: a footnote of several lines under "811218-" and a heading seen once
# over "9876" stand between the two parts (no running header or footer, which is left out),
# and a reader's eye skips them. Only the nearest line the break cuts a number off at is
# read so, where none of the EDGE_LINES is (_digit_ended).
NUMBER_LINES = 8
# What of each such line is read across the break: its end (of the page before) or its start
# (of the page after), in whole words. A personnummer in its widest written form is some 25
# characters, a name or a secret title in two lines at most some 60.
EDGE_CHARS = 60
_BLANK = re.compile(r"\s+")
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_NEAR = 25  # a personnummer in its widest written form: its digits are this near a break
_WORDS_BEFORE = 3  # a name of four words split after its third, a title's last three
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
# A line the break cuts a number off at: "… 811218-", "… 19811218" at a page's foot, "9876 …"
# at the head of the next (searched within the line's span of its page's reading).
_CUT_AT_END = re.compile(r"\d\s*[-+\u2010-\u2015\u2212]?\Z")  # searched: \Z at the span's end
_CUT_AT_START = re.compile(r"\d")  # matched at the span's start


def lines_of(reading: str, line_break: str) -> list[Span]:
    """The lines of a page's `reading` that hold something, as spans, top to bottom."""
    # Each line from its first character to its last that is not blank; of the line break
    # between the layout's lines ("\n|\n"), the mark is no line.
    mark = line_break.strip()
    return [m.span() for m in _LINE.finditer(reading) if not mark or m.group() != mark]


class Pair(NamedTuple):
    """A line of page n's body and one of page n+1's, read across the break between them
    (their ends next to it), and their neighbours on their own pages: the line after the
    first and the line before the second (None where there is none). `numbers_only`: a
    pair of lines further from the break (NUMBER_LINES), read for a number only."""

    before: Span
    after: Span
    before_next: Span | None
    after_previous: Span | None
    numbers_only: bool = False


def seam_pairs(readings: Sequence[str], line_break: str) -> list[list[Pair]]:
    """For each break (between page n and n+1, counted from 0): the pairs of a line of page
    n's body and a line of page n+1's read across it, nearest the break first."""
    lines = [lines_of(reading, line_break) for reading in readings]
    tops = [_keys(readings[n], lines[n][:_EDGE_KEYS]) for n in range(len(readings))]
    feet = [_keys(readings[n], lines[n][-_EDGE_KEYS:]) for n in range(len(readings))]
    pairs = []
    for n in range(len(readings) - 1):
        # A running footer stands at the foot of the page before or after too, a running
        # header at the head; a table's rows running on over the break are at opposite edges.
        before, after = lines[n], lines[n + 1]
        tail = _edge(readings[n], before, range(len(before) - 1, -1, -1), _around(feet, n))
        head = _edge(readings[n + 1], after, range(len(after)), _around(tops, n + 1))
        pairs.append(
            [
                Pair(
                    _foot_of(readings[n], before[last]),
                    _head_of(readings[n + 1], after[first]),
                    before[last + 1] if last + 1 < len(before) else None,
                    after[first - 1] if first > 0 else None,
                    numbers_only=further,
                )
                for last in tail
                for first in head
                # A line further from the break is read only with a line the break cuts a
                # number off at on the other page.
                if not (further := last not in tail[:EDGE_LINES] or first not in head[:EDGE_LINES])
                or (
                    _CUT_AT_END.search(readings[n], *before[last])
                    and _CUT_AT_START.match(readings[n + 1], *after[first])
                )
            ]
        )
    return pairs


def _edge(reading: str, lines: list[Span], order: range, running: set[str]) -> list[int]:
    """The first EDGE_LINES of the body in `order` (_body), and where none of them is cut off
    by the break as a number is (at a page's foot ending in a digit or a dash after one; at
    its head starting with a digit), the nearest further line of NUMBER_LINES that is: the
    part of a number with lines a reader skips between it and the break."""
    cut = _CUT_AT_END.search if order.step < 0 else _CUT_AT_START.match
    near = list(islice(_body(reading, lines, order, running), EDGE_LINES))
    if len(near) < EDGE_LINES or any(cut(reading, *lines[index]) for index in near):
        return near
    # Counted from the page's edge, its running lines too; the cheap test first.
    for index in order[order.index(near[-1]) + 1 : NUMBER_LINES + _EDGE_KEYS]:
        if cut(reading, *lines[index]) and _in_body(reading, lines[index], running):
            return [*near, index]
    return near


def _foot_of(reading: str, span: Span) -> Span:
    """The end of a line next to the break, from a word's start: what the break can split."""
    start, end = span
    if end - start <= EDGE_CHARS:
        return span
    blank = _BLANK.search(reading, end - EDGE_CHARS, end)
    return (blank.end() if blank else end - EDGE_CHARS), end


def _head_of(reading: str, span: Span) -> Span:
    start, end = span
    if end - start <= EDGE_CHARS:
        return span
    blanks = list(_BLANK.finditer(reading, start, start + EDGE_CHARS))
    return start, (blanks[-1].start() if blanks else start + EDGE_CHARS)


def seam_texts(readings: Sequence[str], line_break: str) -> list[str]:
    """For each break, what is read across it and nowhere else, the pieces apart
    (SEAM_BREAK): for each pair of `seam_pairs`, the last one, two and three words of the
    line before the break each with the first word of the line after it, digits left out
    (a name or a title the break splits), and the text of each personnummer read across it
    (numbers_across). Nothing that either page holds whole is in it, so a hit here is the
    page's where the name or number begins, and no other page's twice."""
    texts = []
    for n, pairs in enumerate(seam_pairs(readings, line_break)):
        found: list[str] = []
        for pair in pairs:
            before, after = readings[n][slice(*pair.before)], readings[n + 1][slice(*pair.after)]
            if not pair.numbers_only:
                found += _words_across(before, after)
            text = f"{before}\n{after}"
            found += [text[h.start : h.end] for h in numbers_across(readings, n, pair)]
        texts.append(SEAM_BREAK.join(dict.fromkeys(found)))
    return texts


def numbers_across(readings: Sequence[str], n: int, pair: Pair) -> list[PersonnummerHit]:
    """The personnummer that begin in the pair's line on page n and end in its line on page
    n+1 (positions in the two lines joined by a line break), unless the digits at the break
    are read on its own page already, with the line after or before them there: "811218-"
    at a page's foot above "9876" is a number of that page, and no number with the next
    page's "2020/437"."""
    before, after = readings[n][slice(*pair.before)], readings[n + 1][slice(*pair.after)]
    hits = _crossing(before, after)
    if hits and pair.before_next and _crossing(before, readings[n][slice(*pair.before_next)]):
        return []
    if (
        hits
        and pair.after_previous
        and _crossing(readings[n + 1][slice(*pair.after_previous)], after)
    ):
        return []
    return hits


def _crossing(before: str, after: str) -> list[PersonnummerHit]:
    if not (ANY_DIGIT.search(before, len(before) - _NEAR) and ANY_DIGIT.search(after, 0, _NEAR)):
        return []  # no digit near the break on one side: no number crosses it
    text = f"{before}\n{after}"
    return [h for h in find_personnummer(text) if h.start < len(before) < h.end]


def _words_across(before: str, after: str) -> list[str]:
    """A name or title's last words before the break with the first word after it. One word
    after it at most: two could hold a name whole, which is the next page's, not this one's.
    Without digits: a number is read by numbers_across, a footnote mark is no word."""
    last = ANY_DIGIT.sub("", before).split()[-_WORDS_BEFORE:]
    first = ANY_DIGIT.sub("", after).split()[:1]
    if not last or not first:
        return []
    return [f"{' '.join(last[-count:])}\n{first[0]}" for count in range(1, len(last) + 1)]


def _keys(reading: str, spans: list[Span]) -> set[str]:
    return {page_key(reading[a:b]) for a, b in spans}


def _around(keys: list[set[str]], n: int) -> set[str]:
    """The keys of the same edge of the pages before and after page n."""
    return set().union(*(keys[k] for k in (n - 1, n + 1) if 0 <= k < len(keys)))


def _body(reading: str, lines: list[Span], order: range, running: set[str]) -> Iterator[int]:
    """The indices of `lines` taken in `order` that are in the page's body (_in_body)."""
    return (index for index in order if _in_body(reading, lines[index], running))


def _in_body(reading: str, span: Span, running: set[str]) -> bool:
    """Whether the line is neither a page number nor a line of `running` (repeated at the
    same edge of a page before or after)."""
    line = reading[slice(*span)]
    return page_key(line) not in running and not _PAGE_NUMBER.fullmatch(line)


def digits_across(readings: Sequence[str], line_break: str, numbers: frozenset[str]):
    """(page, position in its reading) of each digit of each personnummer in `numbers` read
    across a break (numbers_across), so that it can be taken out of the pages that draw it."""
    for n, pairs in enumerate(seam_pairs(readings, line_break)):
        for pair in pairs:
            (a, b), (c, _d) = pair.before, pair.after
            text = f"{readings[n][a:b]}\n{readings[n + 1][slice(*pair.after)]}"
            for hit in numbers_across(readings, n, pair):
                if hit.normalized not in numbers:
                    continue
                for i in range(hit.start, hit.end):
                    if not text[i].isdigit():
                        continue
                    yield (n, a + i) if i < b - a else (n + 1, c + i - (b - a) - 1)
