"""Spans of a text, (start, end), and whether a new one overlaps any of them: asked once for
each candidate the personnummer readers find, so it must not walk every span each time (a
register of a thousand numbers asked a million times before)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """Spans kept sorted by start, with the length of the longest: a span that overlaps
    [start, end) ends after `start`, so it starts after start - longest and before `end`,
    and only those are looked at."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span (a, b) has start < b and a < end."""
        first = bisect_right(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return any(start < self._ends[at] for at in range(first, last))
