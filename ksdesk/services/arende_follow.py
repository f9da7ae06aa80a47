"""Every ärende followed through the meetings: each § and agenda item (services.arende_rows
reads them, again only for the meetings changed) grouped by organ and ärende, and the §§
that left their ärende open (återremiss, bordläggning) and not yet taken up again. What is
found is kept while no meeting and no organ changes: at ten years it was half of each
reload of the Uppföljning tab, which an edit of an uppdrag, a motion or a delegationsbeslut
causes as well (core.arendegang holds the rules)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ksdesk.core.arendegang import (
    OPEN_UTFALL,
    UTFALL_LABELS,
    Foljd,
    Punkt,
    Steg,
    Utfall,
    follower,
    is_open,
)
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.format import format_date
from ksdesk.db import aggregate_repo, arende_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services import arende_rows
from ksdesk.services.kept_while import KeptWhile

# What the §§, agenda items, links by hand and organ names are read from: a change to any of
# them bumps a meeting (the §§ and links are rows of its unit) or an organ; the §§ without a
# meeting and their links have a stamp of their own (arende_repo.follow_stamp).
_SOURCES = ("meeting", "organ")


@dataclass(frozen=True)
class OpenMatter:
    """A § that left its ärende open, and where it comes back (None: not yet planned)."""

    steg: Steg
    organ: str
    tillbaka: Punkt | None

    @property
    def utfall_text(self) -> str:
        return UTFALL_LABELS[self.steg.utfall]

    @property
    def text(self) -> str:
        s = self.steg
        where = f"{self.utfall_text} {format_date(s.datum)} {s.label}"
        if self.tillbaka is None:
            return f"{where}: ännu inte tillbaka på en dagordning"
        t = self.tillbaka
        return f"{where}: tillbaka som ärende {t.nr} den {format_date(t.datum)}"


class Arendegang:
    """Every § and agenda item, grouped by organ and ärende number: following an ärende then
    looks only at its own group, whatever the years of history."""

    def __init__(self, foljd: dict[int, Foljd], steps: list[Steg], items: list[Punkt]) -> None:
        self.foljd, self.steps, self.items = foljd, steps, items
        self.by_group: dict[tuple, list[Steg]] = defaultdict(list)
        self.items_by_group: dict[tuple, list[Punkt]] = defaultdict(list)
        for s in self.steps:
            self.by_group[_group(s.organ_id, s.dnr)].append(s)
        for i in self.items:
            self.items_by_group[_group(i.organ_id, i.dnr)].append(i)
        self.by_id = {s.paragraf_id: s for s in self.steps}
        # A link by hand names its § or agenda item: found by id, the first § of that item.
        self.step_of_item: dict[int, Steg] = {}
        for s in self.steps:
            if s.item_id is not None:
                self.step_of_item.setdefault(s.item_id, s)
        self.items_by_id = {i.item_id: i for i in self.items}

    def next_of(self, step: Steg) -> Steg | Punkt | None:
        foljd = self.foljd.get(step.paragraf_id)
        linked = self._linked(foljd) if foljd is not None else None
        if linked is not None:  # a link by hand may point anywhere
            return linked
        group = _group(step.organ_id, step.dnr)
        steps = self.by_group.get(group, [])
        return follower(step, steps, self.items_by_group.get(group, []))

    def _linked(self, foljd: Foljd) -> Steg | Punkt | None:
        """The § or agenda item a link by hand names, as core.arendegang.follower finds it
        among them all, by id: a § whose utfall alone was set by hand then no longer has
        its Dnr compared with every § and item of its organ (ten years: 45 000 readings of a
        Dnr, 45 ms of each reload of the Uppföljning tab after such an edit)."""
        if foljd.next_paragraf_id is not None and foljd.next_paragraf_id in self.by_id:
            return self.by_id[foljd.next_paragraf_id]
        if foljd.item_id is not None:
            return self.step_of_item.get(foljd.item_id) or self.items_by_id.get(foljd.item_id)
        return None

    def previous_of(self, target: Steg | Punkt) -> Steg | None:
        """The § whose ärende `target` takes up (the link read backwards)."""
        group = _group(target.organ_id, target.dnr)
        candidates = set(self.by_group.get(group, [])) | {
            s for s in self.steps if s.paragraf_id in self.foljd
        }
        for step in sorted(candidates, key=lambda s: (s.datum, s.nr), reverse=True):
            if step == target:
                continue
            found = self.next_of(step)
            if found == target or (
                isinstance(target, Steg)
                and isinstance(found, Punkt)
                and found.item_id == target.item_id
            ):
                return step
        return None


def _group(organ_id: int, dnr: str) -> tuple:
    return (organ_id, *_dnr_group(dnr))


@lru_cache(maxsize=1 << 16)
def _dnr_group(dnr: str) -> tuple:
    """What identifies the ärende in a diarienummer. Remembered: ten years hold about 15 000
    §§ and agenda rows but only some 5 000 different numbers, and reading them all again at
    every reload of the Uppföljning tab took 56 ms of its 140."""
    parsed = parse_dnr(dnr)
    if parsed.is_complete:
        return (parsed.year, parsed.number)
    return (parsed.key,)


@dataclass(frozen=True)
class _Found:
    gang: Arendegang
    open: list[OpenMatter]  # every organ's, of every kind in OPEN_UTFALL


_found: KeptWhile[_Found] = KeptWhile()


def _current(store: Store) -> _Found:
    """The way of every ärende and the open matters, read again only when a meeting or an
    organ has changed since."""
    stamp = (*aggregate_repo.stamp(store, *_SOURCES), *arende_repo.follow_stamp(store))
    return _found.get(store, stamp, lambda: _read(store))


def _read(store: Store) -> _Found:
    foljd = arende_repo.all_by_paragraf(store)
    gang = Arendegang(foljd, *arende_rows.steps_and_items(store, foljd))
    return _Found(gang, _open_of(store, gang))


def arendegang(store: Store) -> Arendegang:
    """Every § and agenda item, grouped to follow an ärende. Shared: read it, never change
    it."""
    return _current(store).gang


def _open_of(store: Store, gang: Arendegang) -> list[OpenMatter]:
    organs = {o.id: o.name for o in organ_repo.list_all(store)}
    result = []
    for step in gang.steps:
        if step.utfall not in OPEN_UTFALL:
            continue
        nxt = gang.next_of(step)
        if is_open(step, nxt):
            tillbaka = nxt if isinstance(nxt, Punkt) else None
            result.append(OpenMatter(step, organs.get(step.organ_id, ""), tillbaka))
    return result


def open_matters(
    store: Store, organ_id: int | None = None, kinds: tuple[Utfall, ...] = OPEN_UTFALL
) -> list[OpenMatter]:
    """Every återremiss and bordläggning not yet taken up by a later §, oldest first."""
    return [
        m
        for m in _current(store).open
        if m.steg.utfall in kinds and (organ_id is None or m.steg.organ_id == organ_id)
    ]
