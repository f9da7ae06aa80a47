"""Every ärende followed through the meetings: each § and agenda item (services.arende_rows
reads them, again only for the meetings changed) grouped by organ and ärende, and the §§
that left their ärende open (återremiss, bordläggning) and not yet taken up again. What is
found is kept while no meeting and no organ changes: at ten years it was half of each
reload of the Uppföljning tab, which an edit of an uppdrag, a motion or a delegationsbeslut
causes as well. After an edit of a meeting only the ärenden its §§ and agenda items belong
to are grouped and followed anew (core.arendegang holds the rules)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

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
from ksdesk.core.format import format_date
from ksdesk.db import aggregate_repo, arende_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services import arende_rows
from ksdesk.services.arende_groups import group_of, regrouped
from ksdesk.services.kept_while import KeptWhile
from ksdesk.services.store import reading

# What the §§, agenda items, links by hand and organ names are read from: a change to any of
# them bumps a meeting (the §§ and links are rows of its unit) or an organ; the §§ without a
# meeting and their links have a stamp of their own (arende_repo.follow_stamp).
_SOURCES = ("meeting", "organ")
# Meetings whose §§ and agenda items may be read on the GUI thread when nothing is kept, some
# 0.7 ms each at ten years. A file with more (the Uppföljning tab first opened on some years
# of meetings: 150 ms at ten) is read on a worker first (read_beside).
READ_ON_GUI_THREAD = 25


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
            self.by_group[group_of(s.organ_id, s.dnr)].append(s)
        for i in self.items:
            self.items_by_group[group_of(i.organ_id, i.dnr)].append(i)
        self.by_id = {s.paragraf_id: s for s in self.steps}
        # A link by hand names its § or agenda item: found by id, the first § of that item.
        self.step_of_item: dict[int, Steg] = {}
        for s in self.steps:
            if s.item_id is not None:
                self.step_of_item.setdefault(s.item_id, s)
        self.items_by_id = {i.item_id: i for i in self.items}

    @classmethod
    def updated(
        cls, before: Arendegang, foljd: dict[int, Foljd], rows: arende_rows.Rows
    ) -> tuple[Arendegang, set[tuple]]:
        """`before` with the §§ and agenda items of the meetings read again taken out as
        they were and put in as they are: only their groups are made anew (after an edit of
        one meeting at ten years, some fifty rows, where building it all grouped 15 000).
        Returns it and the groups touched. `before` is left as it was: it may be in use."""
        gang = cls.__new__(cls)
        gang.foljd, gang.steps, gang.items = foljd, rows.steps, rows.items
        gone = {id(x) for x in (*rows.gone_steps, *rows.gone_items)}
        touched = {group_of(x.organ_id, x.dnr) for x in (*rows.gone_steps, *rows.came_steps)}
        gang.by_group = regrouped(
            before.by_group, touched, gone, rows.came_steps, arende_rows.step_order
        )
        touched_items = {group_of(x.organ_id, x.dnr) for x in (*rows.gone_items, *rows.came_items)}
        gang.items_by_group = regrouped(
            before.items_by_group, touched_items, gone, rows.came_items, arende_rows.item_order
        )
        gang.by_id = dict(before.by_id)
        for step in rows.gone_steps:
            gang.by_id.pop(step.paragraf_id, None)
        gang.by_id.update((step.paragraf_id, step) for step in rows.came_steps)
        items = {s.item_id for s in (*rows.gone_steps, *rows.came_steps)} - {None}
        gang.step_of_item = {i: s for i, s in before.step_of_item.items() if i not in items}
        for step in rows.steps:  # the first § of each item touched, as in __init__
            if step.item_id in items:
                gang.step_of_item.setdefault(step.item_id, step)
        gang.items_by_id = dict(before.items_by_id)
        for item in rows.gone_items:
            gang.items_by_id.pop(item.item_id, None)
        gang.items_by_id.update((item.item_id, item) for item in rows.came_items)
        return gang, touched | touched_items

    def next_of(self, step: Steg) -> Steg | Punkt | None:
        foljd = self.foljd.get(step.paragraf_id)
        linked = self._linked(foljd) if foljd is not None else None
        if linked is not None:  # a link by hand may point anywhere
            return linked
        group = group_of(step.organ_id, step.dnr)
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
        group = group_of(target.organ_id, target.dnr)
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


@dataclass(frozen=True)
class _Found:
    gang: Arendegang
    open: list[OpenMatter]  # every organ's, of every kind in OPEN_UTFALL
    rows: arende_rows.Rows  # what they were found from
    organs: dict[int, str]


_found: KeptWhile[_Found] = KeptWhile()


def _stamp(store: Store) -> tuple:
    return (*aggregate_repo.stamp(store, *_SOURCES), *arende_repo.follow_stamp(store))


def _current(store: Store) -> _Found:
    """The way of every ärende and the open matters, read again only when a meeting or an
    organ has changed since."""
    return _found.get(store, _stamp(store), lambda: _read(store, _found.held(store)))


def reads_many(store: Store) -> bool:
    """Whether the next reading reads the §§ and agenda items of more meetings than the GUI
    thread should (nothing is kept for `store` yet): the window runs read_beside first."""
    if _found.held(store) is not None:
        return False  # kept: only the meetings changed since are read
    return len(arende_repo.meeting_txns(store)) > READ_ON_GUI_THREAD


@dataclass(frozen=True)
class ReadBeside:
    """What read_beside found, and the stamp of the snapshot it was read from."""

    stamp: tuple
    found: _Found


def read_beside(store: Store) -> ReadBeside:
    """The way of every ärende, read through a connection of its own (services.store.reading,
    one snapshot): for a worker thread, never the GUI's. Nothing is kept here (the reading is
    a transaction); the GUI thread hands the result to `adopt`."""
    with reading(store) as reader:
        return ReadBeside(_stamp(reader), _read(reader, None))


def adopt(store: Store, read: ReadBeside) -> None:
    """Keep what read_beside found for `store`, as of its snapshot: what was saved since
    moves the stamp, and the next reading reads again only the meetings changed since (as
    after an edit). What the GUI thread read meanwhile is newer and stays."""
    if store.closed or _found.held(store) is not None:
        return
    arende_rows.adopt(store, read.found.rows)
    _found.keep(store, read.stamp, read.found)


def _read(store: Store, before: _Found | None) -> _Found:
    """Found anew, or, when `before` was found from the rows the meetings read again are
    compared with, only where those meetings' §§ and agenda items belong."""
    foljd = arende_repo.all_by_paragraf(store)
    rows = arende_rows.steps_and_items(store, foljd, before.rows.loose if before else [])
    organs = {o.id: o.name for o in organ_repo.list_all(store)}
    if before is None or rows.basis is not before.rows.meetings:
        gang = Arendegang(foljd, rows.steps, rows.items)
        return _Found(gang, _open_of(gang, organs), rows, organs)
    gang, touched = Arendegang.updated(before.gang, foljd, rows)
    if organs != before.organs:
        return _Found(gang, _open_of(gang, organs), rows, organs)
    again = set(foljd) | set(before.gang.foljd)  # a link by hand may name any § or item
    return _Found(gang, _open_again(before.open, gang, touched, again, organs), rows, organs)


def arendegang(store: Store) -> Arendegang:
    """Every § and agenda item, grouped to follow an ärende. Shared: read it, never change
    it."""
    return _current(store).gang


def _open_of(gang: Arendegang, organs: dict[int, str]) -> list[OpenMatter]:
    return [m for step in gang.steps if (m := _open_matter(gang, step, organs)) is not None]


def _open_again(
    before: list[OpenMatter],
    gang: Arendegang,
    touched: set[tuple],
    again: set[int],
    organs: dict[int, str],
) -> list[OpenMatter]:
    """The open matters after an update of the gang: a § whose group was not touched and
    that has no link by hand (`again`: every § that has or had one) is what it was; the
    §§ of the groups touched and those with a link are followed anew."""
    found = {
        m.steg.paragraf_id: m
        for m in before
        if gang.by_id.get(m.steg.paragraf_id) is m.steg
        and m.steg.paragraf_id not in again
        and group_of(m.steg.organ_id, m.steg.dnr) not in touched
    }
    anew = [s for group in touched for s in gang.by_group.get(group, ())]
    anew += [gang.by_id[pid] for pid in again if pid in gang.by_id]
    for step in anew:
        matter = _open_matter(gang, step, organs)
        if matter is not None:
            found[step.paragraf_id] = matter
    return sorted(found.values(), key=lambda m: arende_rows.step_order(m.steg))


def _open_matter(gang: Arendegang, step: Steg, organs: dict[int, str]) -> OpenMatter | None:
    """The § as an open matter, or None: it decided its ärende, or a later § took it up."""
    if step.utfall not in OPEN_UTFALL:
        return None
    nxt = gang.next_of(step)
    if not is_open(step, nxt):
        return None
    tillbaka = nxt if isinstance(nxt, Punkt) else None
    return OpenMatter(step, organs.get(step.organ_id, ""), tillbaka)


def open_matters(
    store: Store, organ_id: int | None = None, kinds: tuple[Utfall, ...] = OPEN_UTFALL
) -> list[OpenMatter]:
    """Every återremiss and bordläggning not yet taken up by a later §, oldest first."""
    return [
        m
        for m in _current(store).open
        if m.steg.utfall in kinds and (organ_id is None or m.steg.organ_id == organ_id)
    ]
