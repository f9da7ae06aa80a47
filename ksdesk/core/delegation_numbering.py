"""Point numbers: how they sort, where they leave gaps, and a clean renumbering.

A number is text: "51", "83.", "2.2.1 a)", "B1.1". It sorts by its parts (numbers as numbers,
letters as letters). A clean renumbering keeps the shape: plain numbers run 1, 2, 3 … through
the whole document, as in the seed; hierarchical numbers ("B1.1") are renumbered in their last
part within the same prefix; a number ending in letters ("2.2.1 a)") is left as it is.

Some documents number each chapter's points from 1 again (Västra Götalandsregionen's
regionstyrelse, Halland's socialnämnd): there a point's number is unique within its chapter
only (a delegationsbeslut rests on the point chosen from the list, not on its number alone).
`numbered_per_chapter` tells such a document by its own structure, so the checks and a
renumbering keep to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.delegation import Chapter, Point, Version
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


def numbered_per_chapter(version: Version) -> bool:
    """True when the document numbers each chapter's points on its own: at least two chapters
    begin at the document's first number ("1", "1."), and no chapter carries on the count of
    the one before it. The seed's Livsmedel chapter beginning at 83 again, after chapters that
    carry on the count, is a clash, not a numbering of its own."""
    firsts: list[tuple] = []
    previous_last: tuple | None = None
    for chapter in version.chapters:
        keys = [key for key in (nr_key(p.nr) for p in chapter.points) if key]
        if not keys:
            continue
        if previous_last is not None and keys[0] > previous_last:
            return False  # this chapter carries on the count of the one before
        firsts.append(keys[0])
        previous_last = keys[-1]
    return len(firsts) >= 2 and firsts.count(firsts[0]) >= 2


def numbering_groups(version: Version) -> list[list[tuple[Chapter, Point]]]:
    """The runs of points whose numbers must be unique and in order: each chapter's own when
    the document numbers per chapter, else the whole document as one."""
    points = version.all_points()
    if not numbered_per_chapter(version):
        return [points] if points else []
    return [[(c, p) for p in c.points] for c in version.chapters if c.points]


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
    """A clean numbering of every point, in document order (unchanged ones included); each
    chapter from 1 again when the document numbers that way."""
    result = []
    for group in numbering_groups(version):
        result += _propose_run(group)
    return result


def _propose_run(points: list[tuple[Chapter, Point]]) -> list[Renumbering]:
    counters: dict[str, int] = {}
    result = []
    for chapter, point in points:
        match = _LAST_NUMBER.match(point.nr.strip())
        if match is None:
            new = point.nr  # "2.2.1 a)", or no number: left for the secretary
        else:
            prefix = match["prefix"]
            counters[prefix] = counters.get(prefix, 0) + 1
            new = f"{prefix}{counters[prefix]}{match['dot']}"
        result.append(Renumbering(point.uid, chapter.title, point.arende, point.nr, new))
    return result
