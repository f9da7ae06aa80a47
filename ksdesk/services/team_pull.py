"""The pull half of a sync (see services/team_sync.py): what this file knows of leases and
rights is brought up to date from the server's list, then each listed unit is pulled, the rows
changed since this file's version in one local transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ksdesk.core.team import CANNOT_APPLY, CHANGED_ON_BOTH, KINDS, LEASED
from ksdesk.core.team_wire import ServerUnit, UnitRow, UnitState
from ksdesk.db import team_repo
from ksdesk.db.server import server_repo
from ksdesk.db.unit_rows import CannotApply
from ksdesk.services import team_merge

if TYPE_CHECKING:
    from ksdesk.services.team_sync import Sync

_ORDER = {kind: index for index, kind in enumerate(KINDS)}
BATCH_UNITS = 32  # units pulled in one server snapshot and one local transaction


class _ChangedMeanwhile(Exception):
    """The unit was edited here while its rows were on their way: pulled next time."""


class Puller:
    def __init__(self, sync: Sync) -> None:
        self.sync = sync
        self.store = sync.store

    # What the server says of leases and rights --------------------------------------

    def note(self, listed: list[ServerUnit]) -> None:
        for unit in listed:
            self.note_one(unit)

    def note_one(self, unit: ServerUnit) -> None:
        """Leases and rights as the server has them (content is pulled later)."""
        login = self.sync.link.user
        with self.sync.local():
            state = team_repo.unit_state(self.store, unit.uuid)
            if state is not None:
                self._note_lease(state, unit, login)
                if state.writable != unit.may_write:
                    state.writable = unit.may_write
                    state.refetch = True  # what the user may read has changed too
                team_repo.save_unit_state(self.store, state)
            conflict = team_repo.conflict(self.store, unit.uuid)
            held_by_other = bool(unit.lease_login) and unit.lease_login != login
            if conflict is not None and conflict.reason == LEASED and not held_by_other:
                team_repo.drop_conflict(self.store, unit.uuid)  # free again: push next time

    def _note_lease(self, state: UnitState, unit: ServerUnit, login: str) -> None:
        mine = unit.lease_login == login and bool(login)
        if state.lease_mine and not mine and self._dirty(state):
            return  # the push finds out whether the lease was broken, and keeps the work
        state.lease_holder = unit.lease_holder
        state.lease_since = unit.lease_since
        state.lease_mine = mine

    def _dirty(self, state: UnitState) -> bool:
        version = self.sync.rows.local_version(state.kind, state.uuid)
        return version is None or version != state.synced_version

    # Pulling -------------------------------------------------------------------------

    def pull(self, listed: list[ServerUnit]) -> None:
        units = {unit.uuid: unit for unit in listed}
        again = [
            state.uuid for state in team_repo.unit_states(self.store).values() if state.refetch
        ]
        # A unit this file could not store is tried at every sync, changed on the server or
        # not: the secretary may have renamed what stood in its way, or updated ksdesk.
        again += [c.unit_uuid for c in team_repo.conflicts(self.store) if c.reason == CANNOT_APPLY]
        for uuid in again:
            if uuid not in units:
                now = server_repo.unit_now(self.sync.conn, uuid)
                if now is not None:
                    units[now.uuid] = now
        newest = team_repo.last_seq(self.store)
        fetches: list[_Fetch] = []
        for unit in sorted(units.values(), key=lambda u: (_ORDER.get(u.kind, 99), u.seq)):
            fetch = self.decide(unit)
            if fetch is not None:
                fetches.append(fetch)
            newest = max(newest, unit.seq)
        for start in range(0, len(fetches), BATCH_UNITS):
            self.fetch_and_apply(fetches[start : start + BATCH_UNITS])
        with self.sync.local():
            team_repo.set_last_seq(self.store, newest)

    def decide(self, unit: ServerUnit) -> _Fetch | None:
        """What to do with a listed unit: nothing, a conflict, a deletion (done here), or a
        fetch of its rows (returned, done in a batch)."""
        conflict = team_repo.conflict(self.store, unit.uuid)
        if conflict is not None:
            if conflict.reason != CANNOT_APPLY:
                self._refresh(conflict.reason, conflict.detail, conflict.server_version, unit)
                return None
            with self.sync.local():
                team_repo.drop_conflict(self.store, unit.uuid)  # tried again now
        state = team_repo.unit_state(self.store, unit.uuid)
        local = self.sync.rows.local_version(unit.kind, unit.uuid)
        dirty = local is not None and (state is None or state.synced_version != local)
        deleted_here = local is None and state is not None
        if unit.deleted:
            self._deleted(unit, state, local, dirty)
            return None
        if state is not None and state.server_version >= unit.version and not state.refetch:
            return None
        if dirty:
            # Changed here since this sync pushed (the window wrote meanwhile): merged now,
            # pushed next time.
            team_merge.merge_unit(self.sync, unit.kind, unit.uuid)
            return None
        if deleted_here:
            with self.sync.local():
                self.sync.record_conflict(unit.kind, unit.uuid, CHANGED_ON_BOTH)
            return None
        full = state is None or state.refetch or local is None
        since = 0 if full else state.server_version  # type: ignore[union-attr]
        return _Fetch(unit, local, full, since)

    def _refresh(self, reason: str, detail: str, known: int, unit: ServerUnit) -> None:
        """A unit in conflict that moved again on the server: keep its server side current."""
        if unit.version != known:
            with self.sync.local():
                self.sync.record_conflict(unit.kind, unit.uuid, reason, detail)

    def _deleted(
        self, unit: ServerUnit, state: UnitState | None, local: int | None, dirty: bool
    ) -> None:
        if state is None and local is None:
            return
        with self.sync.local():
            if dirty:
                detail = f"Borttagen på servern av {unit.changed_by}"
                self.sync.record_conflict(unit.kind, unit.uuid, CHANGED_ON_BOTH, detail)
                return
            if local is not None:
                self.sync.rows.delete_unit(unit.kind, unit.uuid)
            team_repo.forget_unit(self.store, unit.uuid)
        self.count(unit.kind, [], 1)

    def fetch_and_apply(self, fetches: list[_Fetch]) -> None:
        """A batch of units: their rows in one server snapshot, written in one local
        transaction (a savepoint per unit: a unit that cannot be written is listed as a
        conflict, the others are written)."""
        conn = self.sync.conn
        answers = server_repo.rows_of(conn, [(f.unit.uuid, f.since) for f in fetches])
        for fetch in fetches:
            now, rows, gone = answers.get(fetch.unit.uuid, (None, [], []))
            fetch.now, fetch.rows, fetch.gone = now, rows, gone
            shadow = {} if fetch.full else team_repo.digests(self.store, fetch.unit.uuid)
            for row in rows:
                known = shadow.get(row.key)
                missing = known is None or known[2] != row.blob_sha
                if row.blob_sha and row.blob is None and missing:
                    row.blob = server_repo.blob(conn, fetch.unit.uuid, row.key)
        with self.sync.local():
            for fetch in fetches:
                if fetch.now is None:
                    continue
                try:
                    with self.store.atomic():
                        self._apply(fetch)
                except _ChangedMeanwhile:
                    continue
                except CannotApply as error:
                    self.sync.record_conflict(
                        fetch.unit.kind, fetch.unit.uuid, CANNOT_APPLY, str(error)
                    )
                    continue
                self.count(fetch.unit.kind, fetch.rows, len(fetch.gone))

    def _apply(self, fetch: _Fetch) -> None:
        unit, now, rows_io = fetch.unit, fetch.now, self.sync.rows
        assert now is not None
        present = rows_io.local_version(unit.kind, unit.uuid)
        if present != fetch.local:
            raise _ChangedMeanwhile
        if now.deleted:
            # Deleted on the server after it was listed (this laptop's own push of the
            # deletion, in this sync): nothing to store. A copy here goes at the next sync,
            # which lists the deletion; none here must leave no state behind, or the unit
            # would count as deleted here, and a restore of it as a conflict.
            if present is not None:
                raise _ChangedMeanwhile
            team_repo.forget_unit(self.store, unit.uuid)
            return
        gone = fetch.gone
        if present is not None:
            rows_io.hold_version(unit.kind, unit.uuid)
            if fetch.full:
                gone = gone + self._strays(unit, fetch.rows, gone)
        rows_io.apply(unit.kind, fetch.rows, gone)
        rows_io.stamp_root(unit.kind, unit.uuid, now.changed_at, now.changed_by)
        if fetch.full:
            team_repo.clear_digests(self.store, unit.uuid)
        digests: dict[str, list | None] = {key: None for _tbl, key in gone}
        digests.update(rows_io.shadow(unit.kind, fetch.rows))
        team_repo.set_digests(self.store, unit.uuid, digests)
        after = rows_io.local_version(unit.kind, unit.uuid) or 0
        login = self.sync.link.user
        state = UnitState(unit.uuid, unit.kind, now.version, after, now.may_write)
        state.lease_holder, state.lease_since = now.lease_holder, now.lease_since
        state.lease_mine = bool(login) and now.lease_login == login
        team_repo.save_unit_state(self.store, state)

    def _strays(
        self, unit: ServerUnit, rows: list[UnitRow], gone: list[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        """Rows here that the server does not list at all (a whole pull)."""
        known = {row.key for row in rows} | {key for _tbl, key in gone}
        local = self.sync.rows.read(unit.kind, unit.uuid)
        return [(row.tbl, row.key) for row in local if row.key not in known]

    def count(self, kind: str, rows: list[UnitRow], removed: int) -> None:
        result = self.sync.result
        result.hamtade += 1
        result.rows_received += len(rows) + removed
        result.bytes_received += sum(len(str(r.data)) + len(r.blob or b"") for r in rows)
        result.changed_kinds.add(kind)


@dataclass
class _Fetch:
    unit: ServerUnit
    local: int | None  # the local version when it was decided
    full: bool
    since: int
    now: ServerUnit | None = None
    rows: list[UnitRow] = field(default_factory=list)
    gone: list[tuple[str, str]] = field(default_factory=list)
