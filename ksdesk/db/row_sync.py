"""Row-level saves: write a row, or a parent's ordered list of children, as the caller wants
it, touching only the rows that differ from what is stored.

What a save means (tests/db/test_row_sync.py and the save tests of issue 19 hold it):
- After saving a list of children, reading back gives exactly that list, in that order. An
  empty list deletes every child. No query is built from a list of values (no `IN (…)`):
  deletes run one row at a time by id.
- A child is matched to its stored row by uuid, else by id. A child with neither is new,
  except in `positional` lists (att-satser, sections, revisions: plain values without an id
  of their own), where it takes the place of the stored row at its position.
- A row that changes nothing is not written (no version bump, no search reindex); a row that
  changes writes only its changed columns. A blob column (a bilaga's PDF) is compared by the
  presence of a file and its hash column, never read back.
- A row with an id or uuid that is no longer stored (an undo putting back what was deleted, a
  row pulled by a sync) is inserted again under them, unless another row took them meanwhile:
  then it gets new ones (a uuid is never shared by two rows).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ksdesk.core.identity import forget_identity, new_uuid


@dataclass
class Wanted:
    """One row as the caller wants it stored: its columns (without id, uuid, parent and
    position) and the identity it had, if any."""

    record: dict[str, Any]
    id: int | None = None
    uuid: str = ""
    blobs: dict[str, str] = field(default_factory=dict)  # blob column -> its hash column


def wanted(obj: Any, record: dict[str, Any], blobs: dict[str, str] | None = None) -> Wanted:
    """A Wanted for a dataclass with (optional) `id` and `uuid` fields."""
    return Wanted(record, getattr(obj, "id", None), getattr(obj, "uuid", ""), blobs or {})


def unshared(objs: list[Any]) -> list[Any]:
    """`objs` with every repeat of an object already listed replaced by a copy without
    identity (in place, and returned): the same row listed twice is stored as two rows, and
    each list entry then gets the identity of its own row."""
    seen: set[int] = set()
    for index, obj in enumerate(objs):
        if id(obj) in seen:
            objs[index] = forget_identity(copy.deepcopy(obj))
        seen.add(id(obj))
    return objs


def assign(objs: Sequence[Any], identities: list[tuple[int, str]]) -> None:
    """Give each dataclass the id and uuid its row has now."""
    for obj, (row_id, row_uuid) in zip(objs, identities, strict=True):
        if hasattr(obj, "id"):
            obj.id = row_id
        obj.uuid = row_uuid


def save_row(db, table: str, row: Wanted, *, stored: dict | None = None) -> tuple[int, str]:
    """Insert or update one row; returns its (id, uuid). `stored` may hand in the row as
    already read (the caller found it), which saves the query."""
    if stored is None:
        stored = _stored_match(db, table, row, list(row.record))
    if stored is None:
        return _insert(db, table, row.record, row)
    _update(db, table, stored, row)
    return stored["id"], stored["uuid"]


def save_children(
    db,
    table: str,
    parent_column: str,
    parent_id: int,
    rows: list[Wanted],
    *,
    positional: bool = False,
    stored: list[dict] | None = None,
) -> list[tuple[int, str]]:
    """Make the parent's children exactly `rows`, in order (position 0..n-1); returns the
    (id, uuid) of each. `stored` may hand in the children already read (with id, uuid,
    position and the compared columns; blob columns as 0/1 for present), which saves a query
    when a caller saves many parents at once."""
    if not rows:  # an empty list deletes every child
        if stored is None or stored:
            db.execute(f"DELETE FROM [{table}] WHERE [{parent_column}] = ?", [parent_id])
        return []
    columns = list(rows[0].record)
    if stored is None:
        stored = read_children(db, table, parent_column, parent_id, columns, rows[0].blobs)
    matches = _match(stored, rows, positional)
    kept = {id(m) for m in matches if m is not None}
    gone = [(r["id"],) for r in stored if id(r) not in kept]
    if gone:
        db.executemany(f"DELETE FROM [{table}] WHERE id = ?", gone)
    identities = []
    for position, (row, match) in enumerate(zip(rows, matches, strict=True)):
        record = {parent_column: parent_id, "position": position, **row.record}
        if match is None:
            identities.append(_insert(db, table, record, row))
        else:
            _update(db, table, {**match, parent_column: parent_id}, row, position)
            identities.append((match["id"], match["uuid"]))
    return identities


def read_children(
    db, table: str, parent_column: str, parent_id: int, columns: list[str], blobs: dict
) -> list[dict]:
    selected = ", ".join(_select(c, blobs) for c in ["id", "uuid", "position", *columns])
    cursor = db.execute(
        f"SELECT {selected} FROM [{table}] WHERE [{parent_column}] = ? ORDER BY position",
        [parent_id],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def _select(column: str, blobs: dict) -> str:
    return f"([{column}] IS NOT NULL) AS [{column}]" if column in blobs else f"[{column}]"


def _match(stored: list[dict], rows: list[Wanted], positional: bool) -> list[dict | None]:
    """The stored row each wanted row becomes (None: a new row). Each stored row once."""
    by_uuid = {r["uuid"]: r for r in stored if r["uuid"]}
    by_id = {r["id"]: r for r in stored}
    claimed: set[int] = set()
    matches: list[dict | None] = []
    for row in rows:
        found = by_uuid.get(row.uuid) if row.uuid else None
        if found is None and row.id is not None:
            candidate = by_id.get(row.id)
            # The same id under another uuid is another row that reused a freed id.
            if candidate is not None and (not row.uuid or not candidate["uuid"]):
                found = candidate
        if found is not None and id(found) in claimed:
            found = None  # the same row twice in one list: the second is a copy
        if found is not None:
            claimed.add(id(found))
        matches.append(found)
    if positional:
        for index, row in enumerate(rows):
            if matches[index] is None and not row.uuid and row.id is None:
                spare = stored[index] if index < len(stored) else None
                if spare is not None and id(spare) not in claimed:
                    claimed.add(id(spare))
                    matches[index] = spare
    return matches


def _stored_match(db, table: str, row: Wanted, columns: list[str]) -> dict | None:
    selected = ", ".join(_select(c, row.blobs) for c in ["id", "uuid", *columns])
    for key, value in (("uuid", row.uuid), ("id", row.id)):
        if not value:
            continue
        cursor = db.execute(f"SELECT {selected} FROM [{table}] WHERE {key} = ?", [value])
        values = cursor.fetchone()
        if values is None:
            continue
        found = dict(zip([d[0] for d in cursor.description], values, strict=True))
        if key == "uuid" or not row.uuid or not found["uuid"]:
            return found
    return None


def _update(db, table: str, stored: dict, row: Wanted, position: int | None = None) -> None:
    record = dict(row.record)
    if position is not None:
        record["position"] = position
    changed = {k: v for k, v in record.items() if _differs(k, v, stored, row)}
    if not stored.get("uuid"):
        changed["uuid"] = row.uuid or new_uuid()
        stored["uuid"] = changed["uuid"]
    if changed:
        assignments = ", ".join(f"[{name}] = ?" for name in changed)
        db.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*changed.values(), stored["id"]]
        )


def _differs(column: str, value: Any, stored: dict, row: Wanted) -> bool:
    if column not in stored:
        return True
    if column in row.blobs:
        present = value is not None
        if present != bool(stored[column]):
            return True
        hash_column = row.blobs[column]
        return present and row.record.get(hash_column) != stored.get(hash_column)
    return stored[column] != value


def _insert(db, table: str, record: dict, row: Wanted) -> tuple[int, str]:
    values = dict(record)
    if row.id is not None and not _taken(db, table, "id", row.id):
        values["id"] = row.id
    values["uuid"] = row.uuid if row.uuid and not _taken(db, table, "uuid", row.uuid) else ""
    values["uuid"] = values["uuid"] or new_uuid()
    names = ", ".join(f"[{name}]" for name in values)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", list(values.values()))
    return cursor.lastrowid, values["uuid"]


def _taken(db, table: str, column: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] WHERE {column} = ?", [value]).fetchone() is not None
