"""This file's team-mode bookkeeping (tables of step m1801): the link, what it knows of each
unit on the server, row digests, pushes under way, and conflicts. Never synced itself."""

from __future__ import annotations

import json
from typing import Any

from ksdesk.core.team import Link, now_utc
from ksdesk.core.team_wire import Pending, PushRecord, StoredConflict, UnitRow, UnitState
from ksdesk.db.aggregate_repo import UNITS
from ksdesk.db.connection import Store

# Link ---------------------------------------------------------------------------------


def link(store: Store) -> Link | None:
    try:
        row = store.db.execute(
            "SELECT server, login, name, kommun, last_sync FROM team_link"
        ).fetchone()
    except Exception:  # a file opened without migrating (never linked, then)
        return None
    return Link(*row) if row else None


def save_link(store: Store, new: Link) -> None:
    """Link the file (a new link starts from scratch: nothing is known of the server)."""
    old = link(store)
    if old is not None and (old.server, old.user) == (new.server, new.user):
        store.db.execute("UPDATE team_link SET name = ?, kommun = ?", [new.name, new.kommun])
        return
    for table in ("team_link", "sync_unit", "sync_row", "sync_push", "sync_conflict"):
        store.db.execute(f"DELETE FROM {table}")
    store.db.execute(
        "INSERT INTO team_link (one, server, login, name, kommun, linked_at) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        [new.server, new.user, new.name, new.kommun, now_utc()],
    )


def hold_write_lock(store: Store) -> None:
    """Take the file's write lock now, at the start of the transaction (BEGIN IMMEDIATE would,
    but sqlite-utils begins deferred): what the transaction reads stays true to its end."""
    store.db.execute("UPDATE team_link SET one = one")


def last_seq(store: Store) -> int:
    row = store.db.execute("SELECT last_seq FROM team_link").fetchone()
    return row[0] if row else 0


def set_last_seq(store: Store, seq: int) -> None:
    store.db.execute("UPDATE team_link SET last_seq = ? WHERE last_seq < ?", [seq, seq])
    note_seen(store, seq)


def reset_last_seq(store: Store) -> None:
    store.db.execute("UPDATE team_link SET last_seq = 0, seen_seq = 0")


def seen_seq(store: Store) -> int:
    row = store.db.execute("SELECT seen_seq FROM team_link").fetchone()
    return row[0] if row else 0


def note_seen(store: Store, seq: int) -> None:
    store.db.execute("UPDATE team_link SET seen_seq = ? WHERE seen_seq < ?", [seq, seq])


def set_synced(store: Store, moment: str) -> None:
    store.db.execute("UPDATE team_link SET last_sync = ?", [moment])


# Units ------------------------------------------------------------------------------

_STATE = (
    "uuid, kind, server_version, synced_version, writable, lease_holder, lease_since, "
    "lease_mine, refetch"
)


def _state(row: Any) -> UnitState:
    uuid, kind, server, synced, writable, holder, since, mine, refetch = row
    return UnitState(uuid, kind, server, synced, bool(writable), holder, since, bool(mine),
                     bool(refetch))  # fmt: skip


def unit_state(store: Store, uuid: str) -> UnitState | None:
    row = store.db.execute(f"SELECT {_STATE} FROM sync_unit WHERE uuid = ?", [uuid]).fetchone()
    return _state(row) if row else None


def unit_states(store: Store) -> dict[str, UnitState]:
    return {row[0]: _state(row) for row in store.db.execute(f"SELECT {_STATE} FROM sync_unit")}


def save_unit_state(store: Store, state: UnitState) -> None:
    store.db.execute(
        f"INSERT OR REPLACE INTO sync_unit ({_STATE}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            state.uuid,
            state.kind,
            state.server_version,
            state.synced_version,
            int(state.writable),
            state.lease_holder,
            state.lease_since,
            int(state.lease_mine),
            int(state.refetch),
        ],
    )


def forget_unit(store: Store, uuid: str) -> None:
    """The unit is gone on both sides: nothing more to sync about it."""
    for table, column in (("sync_unit", "uuid"), ("sync_row", "unit_uuid")):
        store.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [uuid])


def pending(store: Store) -> list[Pending]:
    """Units changed here since the last sync (new, changed, deleted), in sync order."""
    found: list[Pending] = []
    for kind, root in UNITS.items():
        rows = store.db.execute(
            f"SELECT r.uuid, r.version, s.uuid FROM [{root}] r "
            "LEFT JOIN sync_unit s ON s.uuid = r.uuid "
            "WHERE s.uuid IS NULL OR s.synced_version <> r.version ORDER BY r.id"
        ).fetchall()
        for uuid, version, known in rows:
            state = unit_state(store, uuid) if known else None
            found.append(Pending(kind, uuid, version, state))
    deleted = store.db.execute(
        f"SELECT t.kind, s.{_STATE.replace(', ', ', s.')} FROM tombstone t "
        "JOIN sync_unit s ON s.uuid = t.uuid ORDER BY t.deleted_at"
    ).fetchall()
    for kind, *state in deleted:
        found.append(Pending(kind, state[0], None, _state(state)))
    return found


def pending_count(store: Store) -> int:
    """How many units wait to be pushed (the status bar's "3 ändringar väntar"); units the
    user may not change and those in conflict are not counted."""
    return sum(
        1
        for unit in pending(store)
        if (unit.state is None or unit.state.writable) and not in_conflict(store, unit.uuid)
    )


# Row digests --------------------------------------------------------------------------


def digests(store: Store, unit_uuid: str) -> dict[str, tuple[str, str, str | None]]:
    rows = store.db.execute(
        "SELECT key, tbl, digest, blob_sha FROM sync_row WHERE unit_uuid = ?", [unit_uuid]
    )
    return {key: (tbl, digest, blob_sha) for key, tbl, digest, blob_sha in rows}


def set_digests(store: Store, unit_uuid: str, changes: dict[str, list | tuple | None]) -> None:
    """Record rows as the server now has them; None removes a row."""
    gone = [(key,) for key, value in changes.items() if value is None]
    kept = [(key, unit_uuid, *value) for key, value in changes.items() if value is not None]
    if gone:
        store.db.executemany("DELETE FROM sync_row WHERE key = ?", gone)
    if kept:
        store.db.executemany(
            "INSERT OR REPLACE INTO sync_row (key, unit_uuid, tbl, digest, blob_sha) "
            "VALUES (?, ?, ?, ?, ?)",
            kept,
        )


def clear_digests(store: Store, unit_uuid: str) -> None:
    store.db.execute("DELETE FROM sync_row WHERE unit_uuid = ?", [unit_uuid])


# Pushes under way ---------------------------------------------------------------------


def save_push(store: Store, push: PushRecord) -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO sync_push (unit_uuid, kind, push_id, base_version, "
        "local_version, digests, deleted, release) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            push.unit_uuid,
            push.kind,
            push.push_id,
            push.base_version,
            push.local_version,
            json.dumps(push.digests),
            int(push.deleted),
            int(push.release),
        ],
    )


def pushes(store: Store) -> list[PushRecord]:
    rows = store.db.execute(
        "SELECT unit_uuid, kind, push_id, base_version, local_version, digests, deleted, "
        "release FROM sync_push"
    ).fetchall()
    return [
        PushRecord(unit, kind, push_id, base, local, json.loads(digests), bool(gone), bool(rel))
        for unit, kind, push_id, base, local, digests, gone, rel in rows
    ]


def drop_push(store: Store, unit_uuid: str) -> None:
    store.db.execute("DELETE FROM sync_push WHERE unit_uuid = ?", [unit_uuid])


# Conflicts ----------------------------------------------------------------------------


def in_conflict(store: Store, unit_uuid: str) -> bool:
    row = store.db.execute("SELECT 1 FROM sync_conflict WHERE unit_uuid = ?", [unit_uuid])
    return row.fetchone() is not None


_CONFLICT = (
    "unit_uuid, kind, title, reason, detail, server_version, server_changed_at, "
    "server_changed_by, server_deleted, server_rows, detected_at"
)


def save_conflict(store: Store, conflict: StoredConflict) -> None:
    rows = {key: row.as_json(with_blob=True) for key, row in conflict.server_rows.items()}
    store.db.execute(
        f"INSERT OR REPLACE INTO sync_conflict ({_CONFLICT}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            conflict.unit_uuid,
            conflict.kind,
            conflict.title,
            conflict.reason,
            conflict.detail,
            conflict.server_version,
            conflict.server_changed_at,
            conflict.server_changed_by,
            int(conflict.server_deleted),
            json.dumps(rows, ensure_ascii=False),
            conflict.detected_at or now_utc(),
        ],
    )


def _conflict(row: Any) -> StoredConflict:
    uuid, kind, title, reason, detail, version, at, by, deleted, rows, detected = row
    server_rows = {key: UnitRow.from_json(key, value) for key, value in json.loads(rows).items()}
    return StoredConflict(uuid, kind, title, reason, detail, version, at, by, bool(deleted),
                          server_rows, detected)  # fmt: skip


def conflicts(store: Store) -> list[StoredConflict]:
    rows = store.db.execute(f"SELECT {_CONFLICT} FROM sync_conflict ORDER BY detected_at")
    return [_conflict(row) for row in rows.fetchall()]


def conflict(store: Store, unit_uuid: str) -> StoredConflict | None:
    row = store.db.execute(
        f"SELECT {_CONFLICT} FROM sync_conflict WHERE unit_uuid = ?", [unit_uuid]
    ).fetchone()
    return _conflict(row) if row else None


def conflict_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]


def drop_conflict(store: Store, unit_uuid: str) -> None:
    store.db.execute("DELETE FROM sync_conflict WHERE unit_uuid = ?", [unit_uuid])


def keep_side(
    store: Store, conflict: StoredConflict, side: str, rows: list[UnitRow], resolved_by: str
) -> None:
    """The side the secretary did not take (or the rows of it she did not take), kept."""
    kept = {row.key: row.as_json(with_blob=True) for row in rows}
    store.db.execute(
        "INSERT INTO sync_conflict_kept (unit_uuid, kind, title, side, rows, resolved_at, "
        "resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            conflict.unit_uuid,
            conflict.kind,
            conflict.title,
            side,
            json.dumps(kept, ensure_ascii=False),
            now_utc(),
            resolved_by,
        ],
    )
