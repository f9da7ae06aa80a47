"""The second readings of a text for personnummer (core.personnummer): where a text holds
letters typed for digits ("8ll2l8-9876", core.personnummer_ocr.typed_words) or marks drawn
on digits ("8̲1̲1̲2̲1̲8̲", core.personnummer_reading.ON_THE_DIGIT), the text around them is read
again with the letters as digits or the marks left out. Only what the first reading did not
find is added, so that a letter or a mark between two runs of digits ("2020l19700914-3921",
which would be read as one run) loses no number the text as written shows; and only the text
around those places is read again, so that a long text with one such word ("O365") or one
decomposed letter is not read twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ksdesk.core.spans import Spans

if TYPE_CHECKING:
    from ksdesk.core.personnummer import PersonnummerHit

# Around a place read the second way, the text read again: no number and what joins it to
# a word before it is longer.
_AROUND = 64
# (start, end) of a stretch of the text -> the numbers the second way finds in it, their
# places counted from the stretch's start.
Reading = Callable[[int, int], "list[PersonnummerHit]"]


def read_again(
    text: str, hits: list[PersonnummerHit], places: list[tuple[int, int]], reading: Reading
) -> list[PersonnummerHit]:
    """`hits` (the first reading's) and the numbers `reading` finds around `places` (in
    order) that hold a place and stand where no number of `hits` does, in order."""
    found = Spans((hit.start, hit.end) for hit in hits)
    changed = Spans(places)
    more = []
    for start, end in _windows(places, len(text)):
        for hit in reading(start, end):
            at, to = hit.start + start, hit.end + start
            if changed.overlaps(at, to) and not found.overlaps(at, to):
                more.append(replace(hit, start=at, end=to))
    return sorted(hits + more, key=lambda hit: hit.start)


def _windows(places: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of a text of `length` within _AROUND of the places, joined where they
    meet."""
    windows: list[tuple[int, int]] = []
    for first, last in places:
        start, end = max(0, first - _AROUND), min(length, last + _AROUND)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
