"""The three-way merge of one sync unit changed both here and on the server: each row of
this file and of the server against the base, the row as the server had it when this file
last synced (remembered as its digest, core/team_shadow.py).

A row changed on one side only goes that way: changed here, it is pushed; changed, added or
deleted on the server, it is taken here. A row changed on both sides to different ends is
the conflict, and only such rows are. Rows that keep an order (ärenden, bilagor, §§) are
one more case: when both sides changed the order of the same rows (moved, added or deleted
one), every row whose place either side changed is in conflict too, since two orders merged
row by row make a third that neither secretary made (two ärenden at one place).

The sides are given as digests (key -> digest, absent: no such row) and, for the rows that
keep an order, as (group, place) pairs; nothing here reads the file or the server."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.team_shadow import is_marked

# A row's place: the group it is ordered within (table and parent) and its number there.
Place = tuple[tuple[str, str | None], int]


@dataclass
class Merge:
    mine: set[str] = field(default_factory=set)  # changed here only: pushed
    theirs: set[str] = field(default_factory=set)  # changed on the server only: taken here
    # The conflict: rows changed on both sides, differently; and the rows of a group both
    # sides reordered (those stay in mine or theirs too: the side that changed them).
    both: set[str] = field(default_factory=set)
    reordered: set[tuple[str, str | None]] = field(default_factory=set)

    @property
    def clean(self) -> bool:
        return not self.both


def merge(
    base: dict[str, str],
    local: dict[str, str],
    server: dict[str, str],
    places: dict[str, tuple[Place | None, Place | None]] | None = None,
    parents: tuple[dict[str, str | None], dict[str, str | None]] | None = None,
) -> Merge:
    """Sort every row into what goes which way. `places` gives, per row that keeps an
    order, its place here and on the server (None where the row is not); `parents` each
    row's parent here and on the server."""
    found = Merge()
    for key in {*base, *local, *server}:
        was = base.get(key)
        # A row the file could not store whole (a newer ksdesk's) is not this file's change.
        here = was if was is not None and is_marked(was) else local.get(key)
        there = server.get(key)
        if here != was and there != was:
            if here != there:
                found.both.add(key)
        elif here != was:
            found.mine.add(key)
        elif there != was:
            found.theirs.add(key)
    if places:
        _order_conflicts(found, places)
    if parents:
        _orphans(found, *parents)
    return found


def _orphans(found: Merge, here: dict[str, str | None], there: dict[str, str | None]) -> None:
    """A row added or changed under a parent the other side deleted (a bilaga on an ärende
    deleted here) cannot land: it and the parent are in conflict. `here` and `there` name
    each row's parent on each side."""
    _under_deleted(found, found.theirs, there, found.mine, here)
    _under_deleted(found, found.mine, here, found.theirs, there)


def _under_deleted(
    found: Merge,
    changed: set[str],
    parents: dict[str, str | None],
    other: set[str],
    other_rows: dict[str, str | None],
) -> None:
    for key in [*changed]:
        parent = parents.get(key)
        if parent is not None and parent in other and parent not in other_rows:
            found.both |= {key, parent}
            changed.discard(key)
            other.discard(parent)


def _order_conflicts(found: Merge, places: dict[str, tuple[Place | None, Place | None]]) -> None:
    """Rows whose place changed on one side are that side's reordering of their group; a
    group reordered on both sides puts all of those rows in conflict."""
    moved: dict[tuple[str, str | None], tuple[set[str], set[str]]] = {}
    for key, (here, there) in places.items():
        if here == there:
            continue  # same place on both sides (changed or not)
        # The side that did not change the row still has the base: the other one moved it
        # (out of one group and into another, when its parent changed).
        for group in {place[0] for place in (here, there) if place is not None}:
            mine, theirs = moved.setdefault(group, (set(), set()))
            if key in found.mine or key in found.both:
                mine.add(key)
            if key in found.theirs or key in found.both:
                theirs.add(key)
    for group, (mine, theirs) in moved.items():
        if mine and theirs:
            found.reordered.add(group)
            found.both |= mine | theirs


def renumbered(rows: list[tuple[str, int, bool]]) -> dict[str, int]:
    """New numbers for one group after a conflict in its order was resolved: (key, number,
    kept from this file) per row; in number order, this file's row first where two share a
    number, counted on from the group's lowest number. Only the rows that move are returned."""
    if not rows:
        return {}
    start = min(number for _key, number, _mine in rows)
    ordered = sorted(rows, key=lambda row: (row[1], not row[2], row[0]))
    return {
        key: start + index
        for index, (key, number, _mine) in enumerate(ordered)
        if number != start + index
    }


def genitive(name: str) -> str:
    """ "Bertil Bergs", "Hans" (a name ending in s, x or z takes no s)."""
    name = name.strip()
    if not name:
        return "kollegans"
    return name if name[-1].lower() in "sxz" else f"{name}s"
