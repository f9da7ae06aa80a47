"""The second reading of a typed text for personnummer (core.personnummer): the words where
letters are typed for digits ("8ll2l8-9876", core.personnummer_ocr.typed_words) read as
digits, and the text around them read again. Only what the first reading did not find is
added, so that a letter between two runs of digits ("2020l19700914-3921", which would be read
as one run) loses no number the text as written shows; and only the text around those words
is read again, so that a long text with one such word ("O365") is not read twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ksdesk.core.spans import Spans

if TYPE_CHECKING:
    from ksdesk.core.personnummer import PersonnummerHit

# Around a word read with its typed letters as digits, the text read again: no number and
# what joins it to a word before it is longer.
_AROUND = 64
Word = tuple[int, int, str]  # start, end, as digits
Reading = Callable[[str, str], "list[PersonnummerHit]"]  # (the text, as read) -> its hits


def with_typed_letters(
    text: str, hits: list[PersonnummerHit], words: list[Word], reading: Reading
) -> list[PersonnummerHit]:
    """`hits` (the first reading's) and the numbers `reading` finds where the letters of
    `words` are read as digits and no number of `hits` stands, in order."""
    found = Spans((hit.start, hit.end) for hit in hits)
    typed = Spans((start, end) for start, end, _digits in words)
    more = []
    for start, end in _windows(words, len(text)):
        piece = read = text[start:end]
        for first, last, digits in words:
            if start <= first and last <= end:
                read = read[: first - start] + digits + read[last - start :]
        for hit in reading(piece, read):
            at, to = hit.start + start, hit.end + start
            if typed.overlaps(at, to) and not found.overlaps(at, to):
                more.append(replace(hit, start=at, end=to))
    return sorted(hits + more, key=lambda hit: hit.start)


def _windows(words: list[Word], length: int) -> list[tuple[int, int]]:
    """The stretches of a text of `length` within _AROUND of the words, joined where they
    meet."""
    windows: list[tuple[int, int]] = []
    for first, last, _digits in words:
        start, end = max(0, first - _AROUND), min(length, last + _AROUND)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
