"""Small helpers shared by the repositories: JSON list columns and date/time text."""

from __future__ import annotations

import json
from datetime import date, time

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from typing import Any


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def from_json(text: str | None, default: Any) -> Any:
    return json.loads(text) if text else default


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date_text(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def time_text(value: time) -> str:
    return value.strftime("%H:%M")


def parse_time_text(text: str) -> time:
    return time.fromisoformat(text)


def children(db, table: str, parent_column: str, parent_id: int) -> list[dict]:
    """A parent's children in their order (position, as db/row_sync.py writes it)."""
    return list(
        db.query(f"SELECT * FROM {table} WHERE {parent_column} = ? ORDER BY position", [parent_id])
    )


def insert_row(db, table: str, record: dict, row_uuid: str = "") -> tuple[int, str]:
    """Insert one row and return (id, uuid). A row restored by undo keeps the uuid it had
    (`row_uuid`); a new one gets it from the table's trigger."""
    row_id = db[table].insert({**record, "uuid": row_uuid or None}).last_pk
    found = db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()
    return row_id, found[0]


def root_version(db, table: str, row_id: int) -> int:
    """The version the sync unit's triggers have given the root row now."""
    return db.execute(f"SELECT version FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def exists(db, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None
