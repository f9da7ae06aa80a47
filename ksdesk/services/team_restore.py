"""A server read back from a backup (pg_restore): its change counter and versions went back
in time, and laptops know of versions it no longer has. A sync notices (the server's newest
change number is below the one this file has seen) and compares every unit by content:

- a unit the server no longer has is pushed to it again, whole (this laptop's copy is what
  remains of it);
- a unit whose rows are the same on both sides is recorded as synced at the server's version;
- a unit whose rows differ is listed as a conflict, both versions side by side: after a
  restore nobody can say by version which copy is newer, so the secretary decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ksdesk.core.team import CHANGED_ON_BOTH
from ksdesk.core.team_wire import UnitState
from ksdesk.db import team_repo
from ksdesk.db.server import server_repo

if TYPE_CHECKING:
    from ksdesk.services.team_sync import Sync

RESTORED = (
    "Servern har lästs tillbaka från en säkerhetskopia: jämför din version med serverns och välj."
)
BATCH = 32


def server_went_back(sync: Sync) -> bool:
    return server_repo.newest_seq(sync.conn) < team_repo.seen_seq(sync.store)


def after_restore(sync: Sync) -> None:
    store, conn = sync.store, sync.conn
    on_server = {unit.uuid: unit for unit in server_repo.changed_units(conn, 0)}
    states = list(team_repo.unit_states(store).values())
    with sync.local():
        team_repo.reset_last_seq(store)
        for state in states:
            if state.uuid not in on_server:
                team_repo.forget_unit(store, state.uuid)  # pushed again, whole
    kept = [state for state in states if state.uuid in on_server]
    for start in range(0, len(kept), BATCH):
        batch = kept[start : start + BATCH]
        answers = server_repo.rows_of(conn, [(state.uuid, 0) for state in batch])
        with sync.local():
            for state in batch:
                unit, rows, _gone = answers[state.uuid]
                local = {row.key: row.digest() for row in sync.rows.read(state.kind, state.uuid)}
                if local == {row.key: row.digest() for row in rows} or not local:
                    _synced_at(sync, state, unit.version, rows)
                else:
                    sync.record_conflict(state.kind, state.uuid, CHANGED_ON_BOTH, RESTORED)


def _synced_at(sync: Sync, state: UnitState, version: int, rows: list) -> None:
    team_repo.clear_digests(sync.store, state.uuid)
    team_repo.set_digests(sync.store, state.uuid, sync.rows.shadow(state.kind, rows))
    state.server_version = version
    state.synced_version = sync.rows.local_version(state.kind, state.uuid) or 0
    state.refetch = not sync.rows.local_version(state.kind, state.uuid)
    team_repo.save_unit_state(sync.store, state)
