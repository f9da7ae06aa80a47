"""Two personnummer written with nothing between them: "811218-9876811218-9876" (the same
number pasted twice, or two cells of a table run together), "81121898768112189876",
"19811218-9876811218-9876". The chain reader of core.personnummer reads such a run as one
group too long to be a number ("9876811218" between two dashes), and finds nothing.

Only a run of twenty digits or more (two numbers of ten at least), with a dash or a "+" at
most between two digits and no space, is read apart: cut after its first ten or twelve digits,
each piece must be read as one whole number by the scanner (its date exists, its check digit
holds: the same rules as for a number standing alone), and what is left must be read so too,
or cut again. A run of random digits passes so only where both pieces would each pass alone;
bench/personnummer_false_alarms.py counts it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ksdesk.core.personnummer_marks import DASHES

if TYPE_CHECKING:
    from ksdesk.core.personnummer import PersonnummerHit

_LEAST = 20  # digits: two numbers of ten
_RUN = re.compile(rf"(?<![\d{re.escape(DASHES)}+])\d+(?:[{re.escape(DASHES)}+]?\d+)+")
_DIGIT = re.compile(r"\d")

Reader = Callable[[str], "list[PersonnummerHit]"]


# Where two numbers meet, the last four of one and the date of the next make ten digits in a
# row at least: a text without them (most) is not searched further.
_MEETING = re.compile(r"\d{10}")


def places(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of digits long enough to hold two numbers glued together."""
    if not _MEETING.search(text):
        return []
    return [(run.start(), run.end()) for run in _runs(text)]


def _runs(text: str) -> Iterator[re.Match[str]]:
    for run in _RUN.finditer(text):
        if sum(1 for _ in _DIGIT.finditer(run.group())) >= _LEAST:
            yield run


def reading(text: str, read: Reader) -> Callable[[int, int], list[PersonnummerHit]]:
    """A reader of text[start:end] (core.personnummer_again) that reads its glued runs apart."""
    return lambda start, end: read_apart(text[start:end], read)


def read_apart(piece: str, read: Reader) -> list[PersonnummerHit]:
    """The numbers of each glued run in `piece`, its places counted from the piece's start;
    `read` reads one piece of text as the scanner reads any text."""
    found = []
    for run in _runs(piece):
        found += _apart(piece, run.start(), run.end(), read)
    return found


def _apart(text: str, start: int, end: int, read: Reader) -> list[PersonnummerHit]:
    """The numbers text[start:end] is made of, one after another with nothing between; []
    where it is not so made."""
    whole = _whole(text, start, end, read)
    if whole is not None:
        return [whole]
    digits = [m.start() for m in _DIGIT.finditer(text, start, end)]
    for count in (10, 12):
        if len(digits) < count + 10:
            continue
        cut = digits[count - 1] + 1
        first = _whole(text, start, cut, read)
        rest = _apart(text, cut, end, read) if first is not None else []
        if first is not None and rest:
            return [first, *rest]
    return []


def _whole(text: str, start: int, end: int, read: Reader) -> PersonnummerHit | None:
    """The one number text[start:end] is, all of it; None where it is not."""
    hits = read(text[start:end])
    if len(hits) != 1 or hits[0].start != 0 or hits[0].end != end - start:
        return None
    return replace(hits[0], start=start, end=end)
