"""Pushing one unit's changes to the team server: all in one transaction or none, answered
once per push id, refused with a reason (a conflict, a colleague's lease, a broken lease, no
rights); and keeping work the server would not take as a conflict copy.

A push killed after sending its last statement is either committed or rolled back by the time
another transaction gets the unit's lock, so its receipt answers for good."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ksdesk.core.team_wire import (
    BROKEN,
    CONFLICT,
    DENIED,
    HELD,
    PUSHED,
    OutgoingPush,
    PushOutcome,
    ServerUnit,
)
from ksdesk.db.server.server_reads import iso_text, lock_unit, lock_unit_row, unit_now


def push(conn: psycopg.Connection, outgoing: OutgoingPush) -> PushOutcome:
    """Apply one unit's changes if the server still stands where the laptop's copy does:
    all of them in one transaction, or none. A push already applied (same push_id) is
    answered with its version and not applied again."""
    try:
        return _push(conn, outgoing)
    except psycopg.errors.UniqueViolation:
        # Another session created the unit at the same moment (the same push, resent):
        # the second try finds its receipt, or sees a conflict.
        return _push(conn, outgoing)
    except psycopg.errors.InsufficientPrivilege as error:
        return PushOutcome(DENIED, detail=str(error).splitlines()[0])


def _push(conn: psycopg.Connection, outgoing: OutgoingPush) -> PushOutcome:
    uuid = outgoing.unit_uuid
    with conn.transaction():
        lock_unit(conn, uuid)
        done = conn.execute(
            "SELECT version FROM ksdesk.push_receipt WHERE push_id = %s", [outgoing.push_id]
        ).fetchone()
        if done:
            return PushOutcome(PUSHED, done[0])
        unit = unit_now(conn, uuid)
        verdict = _verdict(conn, outgoing, unit)
        if verdict is not None:
            return verdict
        if unit is not None:
            lock_unit_row(conn, uuid)
        else:
            if outgoing.delete_unit:
                return PushOutcome(PUSHED, 0)  # made and deleted here, never on the server
            conn.execute(
                "INSERT INTO ksdesk.unit (uuid, kind, organ_uuid, title, changed_by) "
                "VALUES (%s, %s, %s, %s, %s)",
                [uuid, outgoing.kind, outgoing.organ_uuid, outgoing.title, outgoing.changed_by],
            )
        version = (unit.version if unit else 0) + 1
        _write_rows(conn, outgoing, version)
        changed_at, seq = conn.execute(
            "UPDATE ksdesk.unit SET version = %s, title = coalesce(nullif(%s, ''), title), "
            "changed_at = now(), "
            "changed_by = %s, changed_by_role = current_user, deleted = %s WHERE uuid = %s "
            f"RETURNING {iso_text('changed_at')}, change_seq",
            [version, outgoing.title, outgoing.changed_by, outgoing.delete_unit, uuid],
        ).fetchone()
        if outgoing.release:
            conn.execute(
                "DELETE FROM ksdesk.lease WHERE unit_uuid = %s AND holder = current_user", [uuid]
            )
        conn.execute(
            "INSERT INTO ksdesk.push_receipt (push_id, unit_uuid, version) VALUES (%s, %s, %s)",
            [outgoing.push_id, uuid, version],
        )
    return PushOutcome(PUSHED, version, changed_at, seq)


def _verdict(
    conn: psycopg.Connection, outgoing: OutgoingPush, unit: ServerUnit | None
) -> PushOutcome | None:
    """Why the push may not go through, or None."""
    if unit is None:
        if outgoing.base_version:
            return PushOutcome(CONFLICT, detail="finns inte längre på servern")
        return None
    if unit.deleted and outgoing.delete_unit:
        return PushOutcome(PUSHED, unit.version)  # deleted on both sides
    login = conn.execute("SELECT current_user").fetchone()[0]
    if outgoing.lease_since and unit.lease_login != login:
        broken = conn.execute(
            f"SELECT broken_by_name, {iso_text('broken_at')} FROM ksdesk.broken_lease "
            "WHERE unit_uuid = %s AND holder = current_user AND broken_at >= %s::timestamptz "
            "ORDER BY id DESC LIMIT 1",
            [unit.uuid, outgoing.lease_since],
        ).fetchone()
        if broken:
            return PushOutcome(BROKEN, unit=unit, holder=broken[0], since=broken[1])
    if unit.lease_login and unit.lease_login != login:
        return PushOutcome(HELD, unit=unit, holder=unit.lease_holder, since=unit.lease_since)
    if unit.version != outgoing.base_version:
        return PushOutcome(CONFLICT, unit=unit)
    if not unit.may_write:
        return PushOutcome(DENIED, unit=unit)
    return None


# All of a push's rows in one statement (row-level security checks each row; one statement
# instead of one per row costs a third of the time).
_UPSERT = """
INSERT INTO ksdesk.unit_row (unit_uuid, key, tbl, parent_key, data, blob, blob_sha,
                             blob_changed_in, changed_in, deleted)
SELECT %(unit)s::uuid, r.key, r.tbl, r.parent, r.data, r.blob, r.blob_sha,
       CASE WHEN r.send_blob THEN %(version)s ELSE 0 END, %(version)s, false
FROM unnest(%(keys)s::text[], %(tbls)s::text[], %(parents)s::text[], %(datas)s::jsonb[],
            %(blobs)s::bytea[], %(shas)s::text[], %(sends)s::boolean[])
     AS r(key, tbl, parent, data, blob, blob_sha, send_blob)
ON CONFLICT (unit_uuid, key) DO UPDATE SET
  tbl = excluded.tbl, parent_key = excluded.parent_key,
  data = ksdesk.unit_row.data || excluded.data,
  blob = CASE WHEN excluded.blob_changed_in > 0 THEN excluded.blob ELSE ksdesk.unit_row.blob END,
  blob_sha = excluded.blob_sha,
  blob_changed_in = CASE WHEN excluded.blob_changed_in > 0 THEN excluded.blob_changed_in
                         ELSE ksdesk.unit_row.blob_changed_in END,
  changed_in = excluded.changed_in, deleted = false
"""


def _write_rows(conn: psycopg.Connection, outgoing: OutgoingPush, version: int) -> None:
    uuid = outgoing.unit_uuid
    if outgoing.rows:
        rows = outgoing.rows
        conn.execute(
            _UPSERT,
            {
                "unit": uuid,
                "version": version,
                "keys": [row.key for row in rows],
                "tbls": [row.tbl for row in rows],
                "parents": [row.parent for row in rows],
                "datas": [Jsonb(row.data) for row in rows],
                "blobs": [row.blob for row in rows],
                "shas": [row.blob_sha for row in rows],
                "sends": [row.blob is not None or row.blob_sha is None for row in rows],
            },
        )
    if outgoing.deletions:
        conn.execute(
            "UPDATE ksdesk.unit_row SET deleted = true, changed_in = %s "
            "WHERE unit_uuid = %s AND key = ANY(%s::text[])",
            [version, uuid, outgoing.deletions],
        )
    if outgoing.delete_unit:
        conn.execute(
            "UPDATE ksdesk.unit_row SET deleted = true, changed_in = %s "
            "WHERE unit_uuid = %s AND NOT deleted",
            [version, uuid],
        )


def save_conflict_copy(
    conn: psycopg.Connection, outgoing: OutgoingPush, reason: str, rows: dict[str, Any]
) -> None:
    """Keep work the server would not take (a broken lease) where the organ's secretaries
    can find it, whatever becomes of the laptop."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO ksdesk.conflict_copy (unit_uuid, kind, title, made_by_name, "
            "base_version, reason, rows) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                outgoing.unit_uuid,
                outgoing.kind,
                outgoing.title,
                outgoing.changed_by,
                outgoing.base_version,
                reason,
                Jsonb(rows),
            ],
        )
