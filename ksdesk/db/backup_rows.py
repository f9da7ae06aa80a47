"""Rows of a sync unit as one of the file's backups holds them (team mode: a row the kansli's
server no longer has, services/team_deleted_backup.py).

A backup with this version's schema is read where it lies, through a connection that cannot
write (mode=ro): only the unit's pages are read, whatever the file's size. An older one is
copied into memory and migrated there (backup.read_into_memory). The backup is never written
and no copy of it is set aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ksdesk.core.errors import KsdeskError
from ksdesk.core.team_wire import UnitRow
from ksdesk.db.backup import read_into_memory
from ksdesk.db.connection import Store, open_reader
from ksdesk.db.schema_steps import STEPS
from ksdesk.db.unit_rows import UnitRows


def row_tree_in_backup(backup: Path, kind: str, unit_uuid: str, key: str) -> list[UnitRow]:
    """The row `key` of the unit as `backup` holds it and every row under it, parents first,
    files included; empty when the backup does not hold it or cannot be read (a damaged
    backup is passed over: another may hold the row)."""
    try:
        copy = _open(backup)
    except (KsdeskError, sqlite3.Error, OSError):
        return []
    try:
        rows_io = UnitRows(copy)
        rows = rows_io.read(kind, unit_uuid)
        children: dict[str, list[UnitRow]] = {}
        for row in rows:
            if row.parent is not None:
                children.setdefault(row.parent, []).append(row)
        tree = [row for row in rows if row.key == key]
        for row in tree:  # grows as it is walked: parents before their children
            tree.extend(children.get(row.key, []))
        return [_with_file(rows_io, row) for row in tree]
    except sqlite3.Error:
        return []
    finally:
        copy.close()


def _open(backup: Path) -> Store:
    reader = open_reader(backup)
    try:
        current = reader.db.execute("PRAGMA user_version").fetchone()[0] == len(STEPS)
    except sqlite3.Error:
        current = False
    if current:
        return reader
    reader.close()
    return read_into_memory(backup)


def _with_file(rows_io: UnitRows, row: UnitRow) -> UnitRow:
    if row.blob_sha is None:
        return row
    content = rows_io.blob(row.tbl, row.key)
    return UnitRow(row.key, row.tbl, row.parent, row.data, row.blob_sha, content)


__all__ = ["row_tree_in_backup"]
