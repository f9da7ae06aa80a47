"""The database's own identity: a UUID stored in the file (step m0402), so that what belongs
to a database (its backups) follows it when the file is renamed or moved."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ksdesk.core.errors import StoreError
from ksdesk.db.connection import Store
from ksdesk.db.file_checks import read_only_connection

TABLE = "database_identity"


def get(store: Store) -> str | None:
    """The UUID of the open database (None for a file migrated by an older ksdesk)."""
    if TABLE not in store.db.table_names():
        return None
    row = store.db.execute(f"SELECT uuid FROM {TABLE} WHERE id = 1").fetchone()
    return row[0] if row else None


def read(path: Path) -> str | None:
    """The UUID of a database file that is not open here, read through a read-only
    connection (nothing in the file changes); None when it has none or cannot be read
    (damaged, foreign, not there)."""
    if not Path(path).is_file():
        return None
    try:
        connection = read_only_connection(Path(path))
    except (sqlite3.Error, StoreError):
        return None
    try:
        row = connection.execute(f"SELECT uuid FROM {TABLE} WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def set_identity(store: Store, value: str) -> None:
    """Give the database the identity `value` (a restored backup keeps the identity of the
    file it was restored into). Callers run it inside store.atomic()."""
    store.db.execute(
        f"INSERT INTO {TABLE} (id, uuid, created_at) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET uuid = excluded.uuid",
        [value, datetime.now().isoformat(timespec="seconds")],
    )


def new_identity(store: Store) -> str:
    """A fresh identity for a file that turned out to be a copy of another one."""
    import uuid  # on use: the backups import this module on the window's thread

    value = str(uuid.uuid4())
    set_identity(store, value)
    return value
