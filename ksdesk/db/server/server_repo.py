"""The server side of a sync, one function per unit of work, each its own transaction:
who the user is, leases (check-out), hearing of changes, and the administration of access.
Reading (server_reads) and pushing (server_push) are offered here too, so a sync reaches the
whole server through this one module.

Connections are in autocommit mode; every function that writes opens `conn.transaction()`,
so a push is all or nothing, and a connection lost half-way (a laptop killed, a network gone)
leaves the server as it was before it.

Every transaction about one unit first takes the unit's advisory lock (server_reads.lock_unit):
pushes, leases and a late check for a push's receipt queue up per unit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg

from ksdesk.core.errors import NotFound, ServerRefused, UnitLocked
from ksdesk.core.team import checked_out, unit_phrase, when
from ksdesk.core.team_wire import ServerUnit
from ksdesk.db.server.server_push import push, save_conflict_copy
from ksdesk.db.server.server_reads import (
    blob,
    changed_units,
    lock_unit,
    lock_unit_row,
    newest_seq,
    receipt,
    rows_named,
    rows_of,
    rows_since,
    unit_now,
)

__all__ = [
    "blob",
    "break_lease",
    "changed_units",
    "grant",
    "listen",
    "newest_seq",
    "notifications",
    "organs",
    "push",
    "receipt",
    "release_lease",
    "rows_named",
    "rows_of",
    "rows_since",
    "save_conflict_copy",
    "set_display_name",
    "take_lease",
    "unit_now",
    "whoami",
]


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


# Leases --------------------------------------------------------------------------------


def take_lease(conn: psycopg.Connection, unit_uuid: str, name: str) -> ServerUnit:
    """Check the unit out to the user: SELECT … FOR UPDATE on the unit and its lease, so two
    secretaries asking at once are served one after the other."""
    with conn.transaction():
        lock_unit(conn, unit_uuid)
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
        lock_unit_row(conn, unit_uuid)
        conn.execute(
            "INSERT INTO ksdesk.lease (unit_uuid, holder_name) VALUES (%s, %s)", [unit_uuid, name]
        )
    return unit_now(conn, unit_uuid) or unit


def release_lease(conn: psycopg.Connection, unit_uuid: str) -> None:
    with conn.transaction():
        lock_unit(conn, unit_uuid)
        conn.execute(
            "DELETE FROM ksdesk.lease WHERE unit_uuid = %s AND holder = current_user", [unit_uuid]
        )


def break_lease(conn: psycopg.Connection, unit_uuid: str) -> tuple[str, str]:
    """An administrator of the unit's organ takes a colleague's lease away; returns whose it
    was and since when. The holder's work is kept as a conflict copy when she syncs."""
    with conn.transaction():
        lock_unit(conn, unit_uuid)
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
