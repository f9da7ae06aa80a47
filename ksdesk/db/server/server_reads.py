"""Reading from the team server: units as they stand, their rows changed since a version,
files, push receipts; and the per-unit lock that every transaction about a unit takes first
(pushes, leases and a late look for a receipt queue up per unit).

Connections are in autocommit mode; a read of several units runs in one snapshot."""

from __future__ import annotations

from typing import Any

import psycopg

from ksdesk.core.team_wire import ServerUnit, UnitRow

_ISO = '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\''


def iso_text(column: str) -> str:
    return f"coalesce(to_char({column} AT TIME ZONE 'UTC', {_ISO}), '')"


UNIT_SELECT = f"""
SELECT u.uuid::text, u.kind, u.organ_uuid::text, u.title, u.version,
       {iso_text("u.changed_at")}, u.changed_by, u.deleted, u.change_seq,
       ksdesk.may_write(u.organ_uuid), coalesce(l.holder_name, ''), coalesce(l.holder, ''),
       {iso_text("l.since")}
FROM ksdesk.unit u LEFT JOIN ksdesk.lease l ON l.unit_uuid = u.uuid
"""


def _server_unit(row: Any) -> ServerUnit:
    return ServerUnit(*row)


def lock_unit(conn: psycopg.Connection, unit_uuid: str) -> None:
    """The unit's advisory lock, to the end of the transaction."""
    conn.execute("SELECT pg_advisory_xact_lock(18, hashtext(%s))", [unit_uuid])


def lock_unit_row(conn: psycopg.Connection, unit_uuid: str) -> None:
    """The unit's row locked to the end of the transaction (row-level security lets only a
    user who may change the unit lock it: the caller has checked that)."""
    conn.execute("SELECT 1 FROM ksdesk.unit WHERE uuid = %s FOR UPDATE", [unit_uuid])


def changed_units(conn: psycopg.Connection, since_seq: int) -> list[ServerUnit]:
    """Units changed (content or lease) after the kansli-wide change number `since_seq`."""
    rows = conn.execute(
        UNIT_SELECT + " WHERE u.change_seq > %s ORDER BY u.change_seq", [since_seq]
    ).fetchall()
    return [_server_unit(row) for row in rows]


def newest_seq(conn: psycopg.Connection) -> int:
    """The newest change number on the server (lower than a laptop has seen: the server was
    read back from a backup)."""
    return conn.execute("SELECT coalesce(max(change_seq), 0) FROM ksdesk.unit").fetchone()[0]


def unit_now(conn: psycopg.Connection, unit_uuid: str) -> ServerUnit | None:
    row = conn.execute(UNIT_SELECT + " WHERE u.uuid = %s", [unit_uuid]).fetchone()
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
        for row in conn.execute(UNIT_SELECT + " WHERE u.uuid = ANY(%s::uuid[])", [uuids]):
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


def rows_named(conn: psycopg.Connection, unit_uuid: str, keys: list[str]) -> list[UnitRow]:
    """The rows of a unit with these keys as they stand (not deleted, readable by the user),
    files not loaded."""
    cursor = conn.execute(
        "SELECT key, tbl, parent_key, data, blob_sha FROM ksdesk.unit_row "
        "WHERE unit_uuid = %s AND key = ANY(%s::text[]) AND NOT deleted",
        [unit_uuid, keys],
    )
    return [
        UnitRow(key, tbl, parent, data, blob_sha) for key, tbl, parent, data, blob_sha in cursor
    ]


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
        lock_unit(conn, unit_uuid)
        row = conn.execute(
            "SELECT version FROM ksdesk.push_receipt WHERE push_id = %s", [push_id]
        ).fetchone()
    return row[0] if row else None
