"""The server side of a sync, one function per unit of work, each its own transaction.

Connections are in autocommit mode; every function that writes opens `conn.transaction()`,
so a push is all or nothing, and a connection lost half-way (a laptop killed, a network gone)
leaves the server as it was before it.

Every transaction about one unit first takes the unit's advisory lock: pushes, leases and a
late check for a push's receipt queue up per unit. A push killed after sending its last
statement is either committed or rolled back by the time another transaction gets the lock,
so the receipt answers for good."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ksdesk.core.errors import NotFound, ServerRefused, UnitLocked
from ksdesk.core.team import (
    BROKEN,
    CONFLICT,
    DENIED,
    HELD,
    PUSHED,
    OutgoingPush,
    PushOutcome,
    ServerUnit,
    UnitRow,
    checked_out,
    unit_phrase,
    when,
)

_ISO = '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\''


def _iso(column: str) -> str:
    return f"coalesce(to_char({column} AT TIME ZONE 'UTC', {_ISO}), '')"


_UNIT = f"""
SELECT u.uuid::text, u.kind, u.organ_uuid::text, u.title, u.version,
       {_iso("u.changed_at")}, u.changed_by, u.deleted, u.change_seq,
       ksdesk.may_write(u.organ_uuid), coalesce(l.holder_name, ''), coalesce(l.holder, ''),
       {_iso("l.since")}
FROM ksdesk.unit u LEFT JOIN ksdesk.lease l ON l.unit_uuid = u.uuid
"""


def _server_unit(row: Any) -> ServerUnit:
    return ServerUnit(*row)


def _lock(conn: psycopg.Connection, unit_uuid: str) -> None:
    conn.execute("SELECT pg_advisory_xact_lock(18, hashtext(%s))", [unit_uuid])


def _for_update(conn: psycopg.Connection, unit_uuid: str) -> None:
    """The unit's row locked to the end of the transaction (row-level security lets only a
    user who may change the unit lock it: the caller has checked that)."""
    conn.execute("SELECT 1 FROM ksdesk.unit WHERE uuid = %s FOR UPDATE", [unit_uuid])


# Who and where -------------------------------------------------------------------------


def whoami(conn: psycopg.Connection) -> tuple[str, str]:
    """The login and the name colleagues see."""
    row = conn.execute("SELECT current_user, ksdesk.display_name(current_user)").fetchone()
    return row[0], row[1]


def set_display_name(conn: psycopg.Connection, name: str) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO ksdesk.person (display_name) VALUES (%s) "
            "ON CONFLICT (role_name) DO UPDATE SET display_name = excluded.display_name",
            [name],
        )


# Reading -------------------------------------------------------------------------------


def changed_units(conn: psycopg.Connection, since_seq: int) -> list[ServerUnit]:
    """Units changed (content or lease) after the kansli-wide change number `since_seq`."""
    rows = conn.execute(
        _UNIT + " WHERE u.change_seq > %s ORDER BY u.change_seq", [since_seq]
    ).fetchall()
    return [_server_unit(row) for row in rows]


def newest_seq(conn: psycopg.Connection) -> int:
    """The newest change number on the server (lower than a laptop has seen: the server was
    read back from a backup)."""
    return conn.execute("SELECT coalesce(max(change_seq), 0) FROM ksdesk.unit").fetchone()[0]


def unit_now(conn: psycopg.Connection, unit_uuid: str) -> ServerUnit | None:
    row = conn.execute(_UNIT + " WHERE u.uuid = %s", [unit_uuid]).fetchone()
    return _server_unit(row) if row else None


def rows_since(
    conn: psycopg.Connection, unit_uuid: str, since: int
) -> tuple[ServerUnit | None, list[UnitRow], list[tuple[str, str]]]:
    """One unit: see rows_of."""
    return rows_of(conn, [(unit_uuid, since)]).get(unit_uuid, (None, [], []))


def rows_of(
    conn: psycopg.Connection, wanted: list[tuple[str, int]]
) -> dict[str, tuple[ServerUnit, list[UnitRow], list[tuple[str, str]]]]:
    """Per unit asked for (uuid, version the laptop has): the unit as it stands, its rows
    changed since that version that the user may read (a file only where it changed), and
    the (tbl, key) of rows to drop: deleted, or not readable by the user. One snapshot for
    all of them, one query each for units, rows and hidden rows."""
    uuids = [uuid for uuid, _since in wanted]
    versions = [since for _uuid, since in wanted]
    found: dict[str, tuple[ServerUnit, list[UnitRow], list[tuple[str, str]]]] = {}
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for row in conn.execute(_UNIT + " WHERE u.uuid = ANY(%s::uuid[])", [uuids]):
            unit = _server_unit(row)
            found[unit.uuid] = (unit, [], [])
        cursor = conn.execute(
            "SELECT r.unit_uuid::text, r.key, r.tbl, r.parent_key, r.data, r.blob_sha, "
            "CASE WHEN r.blob_changed_in > w.since THEN r.blob END, r.deleted "
            "FROM unnest(%s::uuid[], %s::bigint[]) AS w(unit, since) "
            "JOIN ksdesk.unit_row r ON r.unit_uuid = w.unit "
            "WHERE r.changed_in > w.since AND (NOT r.deleted OR w.since > 0)",
            [uuids, versions],
        )
        for unit_uuid, key, tbl, parent, data, blob_sha, content, deleted in cursor:
            _unit, rows, gone = found[unit_uuid]
            if deleted:
                gone.append((tbl, key))
            else:
                rows.append(UnitRow(key, tbl, parent, data, blob_sha, _bytes(content)))
        hidden = conn.execute(
            "SELECT w.unit::text, h.tbl, h.key "
            "FROM unnest(%s::uuid[], %s::bigint[]) AS w(unit, since), "
            "LATERAL ksdesk.hidden_rows(w.unit, w.since) h",
            [uuids, versions],
        )
        for unit_uuid, tbl, key in hidden:
            found[unit_uuid][2].append((tbl, key))
    return found


def blob(conn: psycopg.Connection, unit_uuid: str, key: str) -> bytes | None:
    row = conn.execute(
        "SELECT blob FROM ksdesk.unit_row WHERE unit_uuid = %s AND key = %s", [unit_uuid, key]
    ).fetchone()
    return _bytes(row[0]) if row else None


def _bytes(value: Any) -> bytes | None:
    return bytes(value) if value is not None else None


def receipt(conn: psycopg.Connection, unit_uuid: str, push_id: str) -> int | None:
    """The version a push made, if it arrived; waits for a push of the unit still under way
    (one killed mid-way is finished or rolled back first)."""
    with conn.transaction():
        _lock(conn, unit_uuid)
        row = conn.execute(
            "SELECT version FROM ksdesk.push_receipt WHERE push_id = %s", [push_id]
        ).fetchone()
    return row[0] if row else None


# Pushing -------------------------------------------------------------------------------


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
        _lock(conn, uuid)
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
            _for_update(conn, uuid)
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
            f"RETURNING {_iso('changed_at')}, change_seq",
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
            f"SELECT broken_by_name, {_iso('broken_at')} FROM ksdesk.broken_lease "
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


# Leases --------------------------------------------------------------------------------


def take_lease(conn: psycopg.Connection, unit_uuid: str, name: str) -> ServerUnit:
    """Check the unit out to the user: SELECT … FOR UPDATE on the unit and its lease, so two
    secretaries asking at once are served one after the other."""
    with conn.transaction():
        _lock(conn, unit_uuid)
        unit = unit_now(conn, unit_uuid)
        if unit is None:
            raise NotFound("Sammanträdet finns inte på servern än: synka först.")
        login = conn.execute("SELECT current_user").fetchone()[0]
        if unit.lease_login == login:
            return unit
        what = unit_phrase(unit.kind, unit.title)
        if unit.lease_login:
            raise UnitLocked(
                f"{what} är redan {checked_out(unit.kind)} av {unit.lease_holder} sedan "
                f"{when(unit.lease_since)}."
            )
        if not unit.may_write or unit.deleted:
            raise UnitLocked(f"{what} kan du inte checka ut: du får inte ändra det.")
        _for_update(conn, unit_uuid)
        conn.execute(
            "INSERT INTO ksdesk.lease (unit_uuid, holder_name) VALUES (%s, %s)", [unit_uuid, name]
        )
    return unit_now(conn, unit_uuid) or unit


def release_lease(conn: psycopg.Connection, unit_uuid: str) -> None:
    with conn.transaction():
        _lock(conn, unit_uuid)
        conn.execute(
            "DELETE FROM ksdesk.lease WHERE unit_uuid = %s AND holder = current_user", [unit_uuid]
        )


def break_lease(conn: psycopg.Connection, unit_uuid: str) -> tuple[str, str]:
    """An administrator of the unit's organ takes a colleague's lease away; returns whose it
    was and since when. The holder's work is kept as a conflict copy when she syncs."""
    with conn.transaction():
        _lock(conn, unit_uuid)
        unit = unit_now(conn, unit_uuid)
        if unit is None or not unit.lease_login:
            raise NotFound("Sammanträdet är inte utcheckat.")
        allowed = conn.execute(
            "SELECT ksdesk.is_administrator(%s::uuid)", [unit.organ_uuid]
        ).fetchone()[0]
        if not allowed:
            raise ServerRefused(
                "Bara organets administratör kan bryta en utcheckning. Be den som har "
                f"sammanträdet utcheckat ({unit.lease_holder}) att checka in det."
            )
        conn.execute("DELETE FROM ksdesk.lease WHERE unit_uuid = %s", [unit_uuid])
    return unit.lease_holder, unit.lease_since


# Changes as they happen ---------------------------------------------------------------


def listen(conn: psycopg.Connection) -> None:
    """Hear of every change on the server (the connection must be in autocommit mode)."""
    conn.execute("LISTEN ksdesk")


def notifications(
    conn: psycopg.Connection, timeout: float, stop_after: int | None = None
) -> Iterator[dict[str, Any]]:
    """The changes heard within `timeout` seconds (or the first `stop_after` of them)."""
    for notify in conn.notifies(timeout=timeout, stop_after=stop_after):
        try:
            yield json.loads(notify.payload)
        except ValueError:
            continue


# Administration (run by the database owner) --------------------------------------------


def organs(conn: psycopg.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT uuid::text, title FROM ksdesk.unit WHERE kind = 'organ' AND NOT deleted "
        "ORDER BY title"
    ).fetchall()
    return [(uuid, title) for uuid, title in rows]


def grant(
    conn: psycopg.Connection, organ_uuid: str, login: str, name: str, administrator: bool
) -> None:
    """Make `login` secretary (and administrator) of the organ, with `name` shown for it.
    Every unit of the organ counts as changed, so the login's laptop pulls it again and
    gets what it may now read."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO ksdesk.organ_access (organ_uuid, role_name, administrator) "
            "VALUES (%s, %s, %s) ON CONFLICT (organ_uuid, role_name) "
            "DO UPDATE SET administrator = excluded.administrator",
            [organ_uuid, login, administrator],
        )
        if name:
            conn.execute(
                "INSERT INTO ksdesk.person (role_name, display_name) VALUES (%s, %s) "
                "ON CONFLICT (role_name) DO UPDATE SET display_name = excluded.display_name",
                [login, name],
            )
        conn.execute("UPDATE ksdesk.unit SET change_seq = 0 WHERE organ_uuid = %s", [organ_uuid])
