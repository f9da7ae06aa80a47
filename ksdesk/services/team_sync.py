"""One sync of a file with the kansli's server: push what changed here, pull what changed
there, unit by unit (the protocol is described in docs/TEAM.md).

Order of a sync:
1. Pushes left half-done by a sync that was killed are settled: the server's receipt says
   whether each arrived (then it is recorded here) or not (then it is pushed again below).
2. The server lists the units changed since this file last looked (content or lease); what
   this file knows of leases and rights is brought up to date first, so step 3 knows them.
3. Each unit changed here is pushed: the rows whose digest differs from the server's, with
   the server version they were made on. The server takes all of them or none. If another
   laptop pushed in between, the unit is merged row by row (services/team_merge.py) and
   pushed again; only rows changed on both sides, or a colleague's check-out, make it a
   conflict, with the server's side kept for the secretary.
4. Each listed unit is pulled: the rows changed since the version this file has, written in
   one local transaction with that version.

Every local write is its own SQLite transaction and every server write its own PostgreSQL
transaction; a sync stopped anywhere leaves both sides whole, and the next one goes on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ksdesk.core.identity import new_uuid
from ksdesk.core.team import (
    CHANGED_ON_BOTH,
    KINDS,
    LEASE_BROKEN,
    Link,
    SyncResult,
    now_utc,
)
from ksdesk.core.team_shadow import never_stored
from ksdesk.core.team_wire import (
    BROKEN,
    CONFLICT,
    PUSHED,
    OutgoingPush,
    Pending,
    PushOutcome,
    PushRecord,
    ServerUnit,
    UnitRow,
    UnitState,
)
from ksdesk.db import team_guard, team_repo, unit_titles
from ksdesk.db.connection import Store
from ksdesk.db.server import schema, server_repo
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services import team_merge
from ksdesk.services.team_pull import Puller

_ORDER = {kind: index for index, kind in enumerate(KINDS)}
# A batch of pushes: this many units, or rows (files included) of about this size.
BATCH_UNITS = 64
BATCH_BYTES = 16 * 1024 * 1024
MERGE_TRIES = 3


class Sync:
    def __init__(self, store: Store, conn: object, link: Link, release: set[str]) -> None:
        self.store = store
        self.conn = conn
        self.link = link
        self.release = set(release)  # units to check in: their lease goes with the push
        self.rows = UnitRows(store)
        self.result = SyncResult()
        self.puller = Puller(self)

    @contextlib.contextmanager
    def local(self) -> Iterator[None]:
        """One local transaction of the sync, holding the file's write lock from its start
        (the window may write between two of them, never inside one)."""
        with team_guard.exempt(self.store), self.store.atomic():
            team_repo.hold_write_lock(self.store)
            yield

    def run(self) -> SyncResult:
        from ksdesk.services import team_catchup, team_restore

        schema.check_compatible(self.conn)
        self.settle_pushes()
        if team_restore.server_went_back(self):
            team_restore.after_restore(self)
        team_catchup.catch_up(self)  # before any push: what an older ksdesk left out
        listed = server_repo.changed_units(self.conn, team_repo.last_seq(self.store))
        self.puller.note(listed)
        self.push_all()
        self.checkin_unchanged()
        self.puller.pull(listed)
        with self.local():
            team_repo.set_synced(self.store, now_utc())
        return self.result

    # Pushes left by a killed sync ----------------------------------------------------

    def settle_pushes(self) -> None:
        for record in team_repo.pushes(self.store):
            version = server_repo.receipt(self.conn, record.unit_uuid, record.push_id)
            with self.local():
                if version is None:
                    team_repo.drop_push(self.store, record.unit_uuid)
                else:
                    self.finalize(record, version)

    def finalize(self, record: PushRecord, version: int) -> None:
        """The server has the push: record it (inside the caller's local transaction)."""
        uuid = record.unit_uuid
        if record.deleted:
            team_repo.forget_unit(self.store, uuid)
        else:
            state = team_repo.unit_state(self.store, uuid) or UnitState(uuid, record.kind)
            state.server_version = version
            state.synced_version = record.local_version
            if record.release:
                state.lease_holder, state.lease_since, state.lease_mine = "", "", False
            team_repo.save_unit_state(self.store, state)
            team_repo.set_digests(self.store, uuid, record.digests)
        team_repo.drop_push(self.store, uuid)

    # Pushing -------------------------------------------------------------------------

    def push_all(self) -> None:
        """Pushes go out in batches: one local transaction records a batch's pushes, each
        unit is its own server transaction, one local transaction records the answers (a
        sync killed in between is settled by the receipts next time)."""
        waiting = [
            unit
            for unit in sorted(team_repo.pending(self.store), key=lambda p: _ORDER.get(p.kind, 99))
            if not team_repo.in_conflict(self.store, unit.uuid)
        ]
        tries: dict[str, int] = {}
        while waiting:
            batch: list[tuple[Pending, OutgoingPush, PushRecord]] = []
            size = 0
            with self.local():
                while waiting and len(batch) < BATCH_UNITS and size < BATCH_BYTES:
                    unit = waiting.pop(0)
                    prepared = self.prepare(unit)
                    if prepared is not None:
                        team_repo.save_push(self.store, prepared[1])
                        batch.append((unit, *prepared))
                        size += sum(_size(row) for row in prepared[0].rows)
            answers = [(*item, server_repo.push(self.conn, item[1])) for item in batch]
            for unit in self.settle(answers):
                # The server moved on: merged here, the unit is pushed again (a few times
                # at most, should other laptops keep pushing it meanwhile).
                tries[unit.uuid] = tries.get(unit.uuid, 0) + 1
                if tries[unit.uuid] > MERGE_TRIES:
                    with self.local():
                        self.record_conflict(unit.kind, unit.uuid, CHANGED_ON_BOTH)
                elif team_merge.merge_unit(self, unit.kind, unit.uuid):
                    waiting.append(unit)

    def prepare(self, unit: Pending) -> tuple[OutgoingPush, PushRecord] | None:
        """What to send for the unit (read inside the local transaction that records it)."""
        state = team_repo.unit_state(self.store, unit.uuid)
        release = unit.uuid in self.release
        base = state.server_version if state else 0
        lease_since = state.lease_since if state and state.lease_mine else ""
        outgoing = OutgoingPush(
            unit.uuid,
            unit.kind,
            None,
            unit_titles.title(self.store, unit.kind, unit.uuid),
            base,
            new_uuid(),
            self.link.display_name,
            lease_since=lease_since,
            release=release,
        )
        version = self.rows.local_version(unit.kind, unit.uuid)
        if version is None:
            if state is None:
                return None  # made and deleted here between two syncs
            outgoing.delete_unit = True
            record = PushRecord(unit.uuid, unit.kind, outgoing.push_id, base, 0, {}, True, release)
            return outgoing, record
        rows = self.rows.read(unit.kind, unit.uuid)
        shadow = team_repo.digests(self.store, unit.uuid) if state else {}
        digests: dict[str, list | None] = {}
        for row in rows:
            digest, old = row.digest(), shadow.get(row.key)
            if old is None or old[1] != digest:
                if row.blob_sha is not None and (old is None or old[2] != row.blob_sha):
                    row.blob = self.rows.blob(row.tbl, row.key)
                outgoing.rows.append(row)
                digests[row.key] = [row.tbl, digest, row.blob_sha]
        present = {row.key for row in rows}
        # A row of a table this ksdesk does not know (a newer one pushed it), or one it could
        # not store when it pulled it, is not here, and its absence is no deletion.
        known = self.rows.tables(unit.kind)
        outgoing.deletions = [
            key
            for key, (tbl, shadowed, _sha) in shadow.items()
            if key not in present and tbl in known and not never_stored(shadowed)
        ]
        digests.update(dict.fromkeys(outgoing.deletions))
        if state is not None and not digests and not release:
            state.synced_version = version  # changed and changed back: nothing to send
            team_repo.save_unit_state(self.store, state)
            return None
        outgoing.organ_uuid = _organ_of(unit.kind, unit.uuid, rows)
        record = PushRecord(unit.uuid, unit.kind, outgoing.push_id, base, version, digests)
        record.release = release
        return outgoing, record

    def settle(
        self, answers: list[tuple[Pending, OutgoingPush, PushRecord, PushOutcome]]
    ) -> list[Pending]:
        """Record the server's answers; the units it refused because it had moved on since
        their base are returned, to be merged."""
        moved = []
        for _unit, outgoing, _record, outcome in answers:
            if outcome.status == BROKEN:
                self.keep_broken_work(outgoing)
        with self.local():
            for unit, outgoing, record, outcome in answers:
                if outcome.status == PUSHED:
                    self.finalize(record, outcome.version)
                    team_repo.note_seen(self.store, outcome.seq)
                    self.release.discard(unit.uuid)
                    self.result.skickade += 1
                    self.result.rows_sent += len(outgoing.rows) + len(outgoing.deletions)
                    self.result.bytes_sent += sum(_size(row) for row in outgoing.rows)
                    continue
                team_repo.drop_push(self.store, unit.uuid)
                if outcome.status == CONFLICT and not outcome.detail and outcome.unit:
                    moved.append(unit)
                else:
                    self.record_conflict(unit.kind, unit.uuid, *team_merge.why(outcome))
        for _unit, _outgoing, _record, outcome in answers:
            if outcome.status != PUSHED and outcome.unit is not None:
                self.puller.note_one(outcome.unit)
        return moved

    def keep_broken_work(self, outgoing: OutgoingPush) -> None:
        """A broken lease's work goes to the server as a conflict copy before anything else:
        it survives whatever becomes of this laptop."""
        rows = self.rows.read(outgoing.kind, outgoing.unit_uuid)
        for row in rows:
            if row.blob_sha is not None:
                row.blob = self.rows.blob(row.tbl, row.key)
        copy = {row.key: row.as_json(with_blob=True) for row in rows}
        server_repo.save_conflict_copy(self.conn, outgoing, LEASE_BROKEN, copy)

    def checkin_unchanged(self) -> None:
        """Check-in of a unit with nothing to push: the lease is released on its own."""
        for uuid in sorted(self.release):
            if team_repo.in_conflict(self.store, uuid):
                continue
            server_repo.release_lease(self.conn, uuid)
            with self.local():
                state = team_repo.unit_state(self.store, uuid)
                if state is not None:
                    state.lease_holder, state.lease_since, state.lease_mine = "", "", False
                    team_repo.save_unit_state(self.store, state)
        self.release.clear()

    def record_conflict(self, kind: str, uuid: str, reason: str, detail: str = "") -> None:
        """List the unit as a conflict (inside the caller's local transaction)."""
        team_merge.record_conflict(self, kind, uuid, reason, detail)


def _organ_of(kind: str, uuid: str, rows: list[UnitRow]) -> str | None:
    """The organ a unit belongs to on the server (its root row's organ; an organ's own)."""
    if kind == "organ":
        return uuid
    root = next((row for row in rows if row.key == uuid), None)
    if root is None:
        return None
    value = root.data.get("organ_id")
    return value if isinstance(value, str) and value else None


def _size(row: UnitRow) -> int:
    return len(str(row.data)) + (len(row.blob) if row.blob else 0)


def run(store: Store, conn: object, link: Link, release: set[str] | None = None) -> SyncResult:
    return Sync(store, conn, link, release or set()).run()


__all__ = ["CONFLICT", "ServerUnit", "Sync", "run"]
