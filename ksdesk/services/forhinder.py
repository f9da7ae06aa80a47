"""Förhinder for a meeting and the ersättare called in (core.ersattare has the order): the
list is kept per meeting, the proposal follows the organ's inkallelseordning, the secretary
may choose another ersättare for a seat, and the upprop is set from it, as one undoable
edit (the upprop's previous state is returned to the caller)."""

from __future__ import annotations

from copy import deepcopy

from ksdesk.core.errors import InvalidInput
from ksdesk.core.ersattare import Inkallelse, proposal
from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.db import forhinder_repo, meeting_repo, organ_repo, upprop_repo
from ksdesk.db.connection import Store
from ksdesk.db.forhinder_repo import Forhinder


def get(store: Store, meeting_id: int) -> list[Forhinder]:
    return forhinder_repo.list_for_meeting(store, meeting_id)


def save(store: Store, meeting_id: int, rows: list[Forhinder]) -> list[Forhinder]:
    """Write the meeting's förhinder list; each name must be a member of the organ."""
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
    with store.atomic():
        forhinder_repo.replace_all(store, meeting_id, rows)
    return rows


def inkallade(store: Store, meeting_id: int) -> list[Inkallelse]:
    """Who is called in for each ledamot with förhinder."""
    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    organ = organ_repo.get(store, meeting.organ_id)
    rows = forhinder_repo.list_for_meeting(store, meeting_id)
    return proposal(
        organ.members,
        [r.name for r in rows],
        organ.inkallelseordning,
        {r.name: r.ersattare for r in rows if r.ersattare},
    )


def upprop_with_forhinder(store: Store, meeting_id: int) -> list[Deltagare]:
    """The upprop as the förhinder list makes it (nothing is written): those with förhinder
    absent, each ersättare called in present and tjänstgörande for their ledamot."""
    upprop = deepcopy(upprop_repo.list_for_meeting(store, meeting_id))
    if not upprop:
        raise InvalidInput("Protokollet är inte startat: uppropet finns inte än.")
    away = {r.name for r in forhinder_repo.list_for_meeting(store, meeting_id)}
    called = {c.ersattare.name: c.ledamot.name for c in inkallade(store, meeting_id) if c.ersattare}
    for person in upprop:
        if person.name in away:
            person.narvaro, person.replaces = [], ""
        elif person.name in called:
            person.narvaro, person.replaces = [Narvaro()], called[person.name]
    return upprop
