"""Förhinder for a meeting and the ersättare called in (core.ersattare has the order): the
list is kept per meeting, the proposal follows the organ's inkallelseordning, the secretary
may choose another ersättare for a seat, and the upprop is set from it, as one undoable
edit (the upprop's previous state is returned to the caller)."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from ksdesk.core.errors import InvalidInput
from ksdesk.core.ersattare import Forhinder, Inkallelse, proposal
from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.core.topics import Topic
from ksdesk.db import forhinder_repo, meeting_repo, organ_repo, upprop_repo
from ksdesk.db.connection import Store


def get(store: Store, meeting_id: int) -> list[Forhinder]:
    return forhinder_repo.list_for_meeting(store, meeting_id)


def save(store: Store, meeting_id: int, rows: list[Forhinder]) -> list[Forhinder]:
    """Write the meeting's förhinder list; each name must be a member of the organ."""
    _check(store, meeting_id, rows)
    with store.atomic():
        forhinder_repo.replace_all(store, meeting_id, rows)
    return rows


def _check(store: Store, meeting_id: int, rows: list[Forhinder]) -> None:
    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    members = {m.name for m in organ_repo.get(store, meeting.organ_id).members}
    seen: set[str] = set()
    for row in rows:
        if row.name not in members:
            raise InvalidInput(f"{row.name} är inte ledamot eller ersättare i nämnden.")
        if row.ersattare and row.ersattare not in members:
            raise InvalidInput(f"{row.ersattare} är inte ersättare i nämnden.")
        if row.name in seen:
            raise InvalidInput(f"{row.name} står två gånger i förhinderlistan.")
        seen.add(row.name)


@dataclass
class ForhinderLage:
    """The förhinder list and the upprop together (None: the protokoll is not started and
    the upprop is left alone): what one undoable edit of the list writes back."""

    rows: list[Forhinder]
    upprop: list[Deltagare] | None = None


def lage(store: Store, meeting_id: int) -> ForhinderLage:
    upprop = upprop_repo.list_for_meeting(store, meeting_id)
    return ForhinderLage(get(store, meeting_id), deepcopy(upprop) if upprop else None)


def planned(
    store: Store, meeting_id: int, rows: list[Forhinder], *, into_upprop: bool
) -> ForhinderLage:
    """The list as the secretary left it, and (into_upprop) the upprop as it then makes it:
    nothing is written."""
    _check(store, meeting_id, rows)
    upprop = upprop_repo.list_for_meeting(store, meeting_id)
    if into_upprop and upprop:
        return ForhinderLage(list(rows), upprop_with_forhinder(store, meeting_id, rows))
    return ForhinderLage(list(rows), deepcopy(upprop) if upprop else None)


def put(store: Store, meeting_id: int, state: ForhinderLage) -> Topic:
    """Write the list, and the upprop with it, in one transaction (an edit, its undo, redo)."""
    from ksdesk.services.protokoll import save_upprop

    _check(store, meeting_id, state.rows)
    with store.atomic():
        forhinder_repo.replace_all(store, meeting_id, state.rows)
        if state.upprop is not None:
            save_upprop(store, meeting_id, deepcopy(state.upprop))
    return Topic.PROTOKOLL


def inkallade(
    store: Store, meeting_id: int, rows: list[Forhinder] | None = None
) -> list[Inkallelse]:
    """Who is called in for each ledamot with förhinder (the stored list, or `rows`)."""
    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    organ = organ_repo.get(store, meeting.organ_id)
    if rows is None:
        rows = forhinder_repo.list_for_meeting(store, meeting_id)
    return proposal(
        organ.members,
        [r.name for r in rows],
        organ.inkallelseordning,
        {r.name: r.ersattare for r in rows if r.ersattare},
    )


def upprop_with_forhinder(
    store: Store, meeting_id: int, rows: list[Forhinder] | None = None
) -> list[Deltagare]:
    """The upprop as the förhinder list makes it (nothing is written): those with förhinder
    absent, each ersättare called in present and tjänstgörande for their ledamot."""
    upprop = deepcopy(upprop_repo.list_for_meeting(store, meeting_id))
    if not upprop:
        raise InvalidInput("Protokollet är inte startat: uppropet finns inte än.")
    if rows is None:
        rows = forhinder_repo.list_for_meeting(store, meeting_id)
    away = {r.name for r in rows}
    calls = [c for c in inkallade(store, meeting_id, rows) if c.ersattare is not None]
    called = {c.ersattare.name: c.ledamot.name for c in calls if c.ersattare}
    listed = {p.name for p in upprop}
    # An ersättare entered in the register after the upprop was made is added to it.
    upprop += [
        Deltagare(c.ersattare.name, c.ersattare.party, c.ersattare.role)
        for c in calls
        if c.ersattare and c.ersattare.name not in listed
    ]
    for person in upprop:
        if person.name in away:
            person.narvaro, person.replaces = [], ""
        elif person.name in called:
            person.narvaro, person.replaces = [Narvaro()], called[person.name]
    return upprop
