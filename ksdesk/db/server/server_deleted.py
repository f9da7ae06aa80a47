"""What is deleted on the team server and what of it the server kept (server step s1803):
listed for `ksdesk server raderat`, read back for `ksdesk server aterstall`.

Only what the user may bring back is listed: units of the organs she is secretary of and the
kansli's registers (ksdesk.may_write). Row-level security hides a secret row of another
organ's meeting as it does while the row lives. Reads only: a restore goes back to the
server as an ordinary push."""

from __future__ import annotations

from typing import Any

import psycopg

from ksdesk.core.team_deleted import ROW, UNIT, DeletedThing, describe, unit_words
from ksdesk.core.team_wire import UnitRow
from ksdesk.db.server.server_reads import iso_text

_ORGAN_OF = "(%(organ)s::uuid IS NULL OR u.organ_uuid = %(organ)s::uuid)"

_UNITS = f"""
SELECT u.uuid::text, u.kind, u.title, coalesce(o.title, ''), {iso_text("u.changed_at")},
       u.changed_by,
       (SELECT count(*) FROM ksdesk.unit_row r WHERE r.unit_uuid = u.uuid AND r.deleted
          AND r.changed_in = u.version AND r.data <> '{{}}'::jsonb)
FROM ksdesk.unit u LEFT JOIN ksdesk.unit o ON o.uuid = u.organ_uuid
WHERE u.deleted AND ksdesk.may_write(u.organ_uuid) AND {_ORGAN_OF}
ORDER BY u.changed_at DESC, u.title
"""

# A row deleted together with its parent (in the same push) comes back with it and is not
# listed on its own.
_ROWS = f"""
SELECT r.unit_uuid::text, r.key, u.kind, u.title, coalesce(o.title, ''), r.tbl, r.data,
       p.tbl, coalesce(p.data, '{{}}'::jsonb), {iso_text("m.pushed_at")},
       coalesce(m.pushed_by_name, '')
FROM ksdesk.unit_row r
JOIN ksdesk.unit u ON u.uuid = r.unit_uuid
LEFT JOIN ksdesk.unit o ON o.uuid = u.organ_uuid
LEFT JOIN ksdesk.unit_row p ON p.unit_uuid = r.unit_uuid AND p.key = r.parent_key
LEFT JOIN LATERAL ksdesk.push_made(r.unit_uuid, r.changed_in) m ON true
WHERE r.deleted AND NOT u.deleted AND ksdesk.may_write(u.organ_uuid) AND {_ORGAN_OF}
  AND NOT (coalesce(p.deleted, false) AND p.changed_in = r.changed_in)
ORDER BY m.pushed_at DESC NULLS LAST, u.title, r.key
"""

# The row and everything under it deleted in the same push, parents first.
_ROW_TREE = """
WITH RECURSIVE tree AS (
  SELECT r.key, r.changed_in, 0 AS depth FROM ksdesk.unit_row r
  WHERE r.unit_uuid = %(unit)s AND r.key = %(key)s AND r.deleted
  UNION ALL
  SELECT c.key, c.changed_in, t.depth + 1 FROM ksdesk.unit_row c
  JOIN tree t ON c.parent_key = t.key AND c.changed_in = t.changed_in
  WHERE c.unit_uuid = %(unit)s AND c.deleted
)
SELECT r.key, r.tbl, r.parent_key, r.data, r.blob_sha, r.blob
FROM tree t JOIN ksdesk.unit_row r ON r.unit_uuid = %(unit)s AND r.key = t.key
WHERE r.data <> '{}'::jsonb
ORDER BY t.depth, r.key
"""

_UNIT_ROWS = """
SELECT r.key, r.tbl, r.parent_key, r.data, r.blob_sha, r.blob FROM ksdesk.unit_row r
JOIN ksdesk.unit u ON u.uuid = r.unit_uuid
WHERE r.unit_uuid = %s AND r.deleted AND r.changed_in = u.version AND r.data <> '{}'::jsonb
ORDER BY r.key
"""


def organ_uuid(conn: psycopg.Connection, name: str) -> str | None:
    """The organ on the server with this name (case ignored), or None."""
    row = conn.execute(
        "SELECT uuid::text FROM ksdesk.unit WHERE kind = 'organ' AND lower(title) = lower(%s) "
        "ORDER BY deleted LIMIT 1",
        [name.strip()],
    ).fetchone()
    return row[0] if row else None


def deleted_things(conn: psycopg.Connection, organ: str | None = None) -> list[DeletedThing]:
    """Deleted units, then rows deleted inside live units, newest first (one snapshot)."""
    found: list[DeletedThing] = []
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for uuid, kind, title, organ_title, at, by, rows in conn.execute(_UNITS, {"organ": organ}):
            words = unit_words(kind, title)
            found.append(DeletedThing(UNIT, uuid, kind, title, organ_title, words, at, by, rows))
        for row in conn.execute(_ROWS, {"organ": organ}):
            unit, key, kind, title, organ_title, tbl, data, ptbl, pdata, at, by = row
            words = describe(tbl, data, ptbl, pdata)
            rows = 1 if data else 0
            ref = f"{unit}:{key}"
            found.append(DeletedThing(ROW, ref, kind, title, organ_title, words, at, by, rows))
    return found


def kept_unit_rows(conn: psycopg.Connection, unit_uuid: str) -> list[UnitRow]:
    """What a deleted unit held when it was deleted, files included."""
    return [_row(values) for values in conn.execute(_UNIT_ROWS, [unit_uuid])]


def kept_row_tree(conn: psycopg.Connection, unit_uuid: str, key: str) -> list[UnitRow]:
    """A deleted row and what was deleted under it in the same push, files included;
    parents first. Empty when the row is not deleted or the server kept nothing of it."""
    cursor = conn.execute(_ROW_TREE, {"unit": unit_uuid, "key": key})
    return [_row(values) for values in cursor]


def row_state(conn: psycopg.Connection, unit_uuid: str, key: str) -> tuple[bool, str | None] | None:
    """(deleted, parent key) of a row the user may read, or None."""
    row = conn.execute(
        "SELECT deleted, parent_key FROM ksdesk.unit_row WHERE unit_uuid = %s AND key = %s",
        [unit_uuid, key],
    ).fetchone()
    return (row[0], row[1]) if row else None


def row_words(conn: psycopg.Connection, unit_uuid: str, key: str) -> str:
    """A row of a unit in words, as the server holds it ("" when it is not there)."""
    row = conn.execute(
        "SELECT tbl, data FROM ksdesk.unit_row WHERE unit_uuid = %s AND key = %s",
        [unit_uuid, key],
    ).fetchone()
    return describe(row[0], row[1], None, {}) if row else ""


def _row(values: Any) -> UnitRow:
    key, tbl, parent, data, blob_sha, content = values
    return UnitRow(
        key, tbl, parent, data, blob_sha, bytes(content) if content is not None else None
    )
