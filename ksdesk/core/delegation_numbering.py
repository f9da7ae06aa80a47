"""Point numbers: how they sort, where they leave gaps, and a clean renumbering.

A number is text: "51", "83.", "2.2.1 a)", "B1.1". It sorts by its parts (numbers as numbers,
letters as letters). A clean renumbering keeps the shape: plain numbers run 1, 2, 3 … through
the whole document, as in the seed; hierarchical numbers ("B1.1") are renumbered in their last
part within the same prefix; a number ending in letters ("2.2.1 a)") is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.delegation import Version
from ksdesk.core.lookalike import fold

_PART = re.compile(r"\d+|[a-zåäö]+")
_LAST_NUMBER = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)(?P<dot>\.?)\s*$")


def nr_key(nr: str) -> tuple:
    """Sort key: ("2.10" after "2.9"; "83." equals "83")."""
    parts = _PART.findall(fold(nr).lower())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def gap_between(previous: str, current: str) -> str:
    """The numbers missing between two consecutive points with the same prefix ("15" or
    "15–17"), or "" when there is no gap."""
    a, b = _LAST_NUMBER.match(fold(previous)), _LAST_NUMBER.match(fold(current))
    if not a or not b or a["prefix"] != b["prefix"]:
        return ""
    first, last = int(a["number"]) + 1, int(b["number"]) - 1
    if last < first:
        return ""
    prefix = a["prefix"]
    return f"{prefix}{first}" if first == last else f"{prefix}{first}–{prefix}{last}"


@dataclass(frozen=True)
class Renumbering:
    uid: str
    chapter: str
    arende: str
    old: str
    new: str

    @property
    def changes(self) -> bool:
        return self.old != self.new


def propose(version: Version) -> list[Renumbering]:
    """A clean numbering of every point, in document order (unchanged ones included)."""
    counters: dict[str, int] = {}
    result = []
    for chapter, point in version.all_points():
        match = _LAST_NUMBER.match(point.nr.strip())
        if match is None:
            new = point.nr  # "2.2.1 a)", or no number: left for the secretary
        else:
            prefix = match["prefix"]
            counters[prefix] = counters.get(prefix, 0) + 1
            new = f"{prefix}{counters[prefix]}{match['dot']}"
        result.append(Renumbering(point.uid, chapter.title, point.arende, point.nr, new))
    return result
