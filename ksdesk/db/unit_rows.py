"""Reading a sync unit's rows out of the file, and writing rows pulled from the server in.

A pull writes rows as the server has them, parents before children, deletions children
first; a reference to a row this file lacks is stored empty where the column allows it (a §
of a secret ärende one may not read), and refused where it does not. Rows that collide under a
unique index while others move (§§ renumbered) wait until the others have moved."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from ksdesk.core.errors import KsdeskError
from ksdesk.core.team_shadow import mark
from ksdesk.core.team_wire import UnitRow
from ksdesk.db.connection import Store
from ksdesk.db.sync_tables import (
    BLOB_HASH,
    SWAPPABLE,
    Column,
    Part,
    TableShape,
    parts,
    reference_sql,
    root_table,
    select_sql,
    shape,
)
from ksdesk.logs import logger


class CannotApply(KsdeskError):
    """Rows pulled from the server that this file cannot hold as they are (a name another
    unit here already has); nothing of the unit was written."""


class UnitRows:
    """Reads and writes units of one open file. Table shapes are read once per instance."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self._shapes: dict[str, TableShape] = {}

    def shape(self, kind: str, part: Part) -> TableShape:
        if part.table not in self._shapes:
            root = part.parent is None
            self._shapes[part.table] = shape(self.db, part.table, root=root)
        return self._shapes[part.table]

    def parts(self, kind: str) -> tuple[Part, ...]:
        return parts(kind)

    def tables(self, kind: str) -> frozenset[str]:
        """The tables of a unit this ksdesk knows (a newer one may send rows of others)."""
        return frozenset(part.table for part in parts(kind))

    def shadow(self, kind: str, rows: list[UnitRow]) -> dict[str, list]:
        """The shadow entries (table, digest, file hash) of rows as the server has them,
        marked where this file cannot store them whole (core/team_shadow.py)."""
        known = self.tables(kind)
        entries: dict[str, list] = {}
        for row in rows:
            missing = []
            if row.tbl in known:
                table = self.shape(kind, self._part(kind, row.tbl))
                missing = [name for name in row.data if table.column(name) is None]
            digest = mark(row.digest(), table_known=row.tbl in known, missing=missing)
            entries[row.key] = [row.tbl, digest, row.blob_sha]
        return entries

    def root_id(self, kind: str, uuid: str) -> int | None:
        row = self.db.execute(
            f"SELECT id FROM [{root_table(kind)}] WHERE uuid = ?", [uuid]
        ).fetchone()
        return row[0] if row else None

    def local_version(self, kind: str, uuid: str) -> int | None:
        row = self.db.execute(
            f"SELECT version FROM [{root_table(kind)}] WHERE uuid = ?", [uuid]
        ).fetchone()
        return row[0] if row else None

    def root_stamp(self, kind: str, uuid: str) -> tuple[int, str, str] | None:
        """The unit's local version, and who changed it last and when."""
        row = self.db.execute(
            f"SELECT version, changed_at, changed_by FROM [{root_table(kind)}] WHERE uuid = ?",
            [uuid],
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    # Reading ---------------------------------------------------------------------------

    def read(self, kind: str, uuid: str) -> list[UnitRow]:
        """Every row of the unit, files not loaded (only whether there is one, and its
        sha256)."""
        root_id = self.root_id(kind, uuid)
        if root_id is None:
            return []
        rows: list[UnitRow] = []
        for part in parts(kind):
            table = self.shape(kind, part)
            cursor = self.db.execute(select_sql(kind, part, table), [root_id])
            for values in cursor.fetchall():
                rows.append(self._unit_row(part, table, values, uuid))
        return rows

    def _unit_row(self, part: Part, table: TableShape, values: Any, unit: str) -> UnitRow:
        identity, *columns = values
        data: dict[str, Any] = {}
        files: list[str] = []
        for column, value in zip(table.columns, columns, strict=True):
            if column.blob:
                if value:
                    files.append(column.name)
            else:
                data[column.name] = value
        blob_sha = self._blob_sha(part.table, files[0], identity, data) if files else None
        if table.has_uuid:
            key = identity
        else:
            key = ":".join([part.table, *(str(data[name]) for name in part.key)])
        parent = None
        if part.parent is not None:
            parent = (part.secret_parent and data.get(part.secret_parent)) or data[part.parent]
        return UnitRow(key, part.table, parent, data, blob_sha)

    def _blob_sha(self, table: str, column: str, identity: str, data: dict) -> str:
        """The file's sha256: the repositories keep it beside the file; computed when a
        file was stored without it."""
        hash_column = BLOB_HASH.get((table, column))
        if hash_column is not None and data.get(hash_column):
            return data[hash_column]
        return hashlib.sha256(self.blob(table, identity, column) or b"").hexdigest()

    def blob(self, table: str, key: str, column: str | None = None) -> bytes | None:
        column = column or self._blob_column(table)
        row = self.db.execute(f"SELECT [{column}] FROM [{table}] WHERE uuid = ?", [key]).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def _blob_column(self, table: str) -> str:
        return next(column for (name, column) in BLOB_HASH if name == table)

    # Writing ---------------------------------------------------------------------------

    def apply(self, kind: str, upserts: list[UnitRow], deletions: list[tuple[str, str]]) -> None:
        """Write pulled rows (inside the caller's transaction). Raises CannotApply when a row
        cannot be stored; the caller's transaction then writes nothing of the unit."""
        order = {part.table: index for index, part in enumerate(parts(kind))}
        waiting = []
        for row in sorted(upserts, key=lambda r: order.get(r.tbl, len(order))):
            if row.tbl not in order:
                continue  # a table of a newer ksdesk: kept on the server, not here
            try:
                self._upsert(kind, row)
            except sqlite3.IntegrityError:
                waiting.append(row)
        for tbl, key in sorted(deletions, key=lambda d: -order.get(d[0], -1)):
            if tbl in order:
                self._delete(kind, tbl, key)
        self._retry(kind, waiting)

    def _retry(self, kind: str, waiting: list[UnitRow]) -> None:
        """Rows that collided with rows still moving: again, while any gets through; then
        a swap (two §§ trading numbers) is broken by parking one aside."""
        while waiting:
            stuck = []
            for row in waiting:
                try:
                    self._upsert(kind, row)
                except sqlite3.IntegrityError as error:
                    stuck.append((row, error))
            if len(stuck) == len(waiting):
                row, error = stuck[0]
                if not self._park(row):
                    raise CannotApply(_describe(row, error)) from error
            waiting = [row for row, _error in stuck]

    def _park(self, row: UnitRow) -> bool:
        """Move the stored row that holds `row`'s value out of the way (a negative number)."""
        column = SWAPPABLE.get(row.tbl)
        if column is None or column not in row.data:
            return False
        holder = self.db.execute(
            f"SELECT id FROM [{row.tbl}] WHERE [{column}] = ? AND uuid IS NOT ? "
            f"AND [{column}] >= 0 LIMIT 1",
            [row.data[column], row.key],
        ).fetchone()
        if holder is None:
            return False
        self.db.execute(f"UPDATE [{row.tbl}] SET [{column}] = -id WHERE id = ?", [holder[0]])
        return True

    def _part(self, kind: str, tbl: str) -> Part:
        return next(part for part in parts(kind) if part.table == tbl)

    def _upsert(self, kind: str, row: UnitRow) -> None:
        part = self._part(kind, row.tbl)
        table = self.shape(kind, part)
        columns = [c for c in table.columns if c.name in row.data and not c.blob]
        values = [row.data[c.name] for c in columns]
        blob = next((c for c in table.columns if c.blob), None)
        if blob is not None and (row.blob is not None or row.blob_sha is None):
            columns.append(blob)
            values.append(row.blob)
        if table.has_uuid:
            found = self.db.execute(
                f"SELECT id FROM [{row.tbl}] WHERE uuid = ?", [row.key]
            ).fetchone()
            if found:
                if columns:
                    sets = ", ".join(f"[{c.name}] = {reference_sql(c)}" for c in columns)
                    self.db.execute(
                        f"UPDATE [{row.tbl}] SET {sets} WHERE id = ?", [*values, found[0]]
                    )
                return
            columns.insert(0, _UUID)
            values.insert(0, row.key)
        names = ", ".join(f"[{c.name}]" for c in columns)
        marks = ", ".join(reference_sql(c) for c in columns)
        upsert = ""
        if not table.has_uuid:
            others = [c.name for c in columns if c.name not in table.primary_key]
            conflict = ", ".join(f"[{name}]" for name in table.primary_key)
            sets = ", ".join(f"[{name}] = excluded.[{name}]" for name in others)
            action = f"UPDATE SET {sets}" if sets else "NOTHING"
            upsert = f" ON CONFLICT ({conflict}) DO {action}"
        self.db.execute(f"INSERT INTO [{row.tbl}] ({names}) VALUES ({marks}){upsert}", values)

    def _delete(self, kind: str, tbl: str, key: str) -> None:
        part = self._part(kind, tbl)
        table = self.shape(kind, part)
        if table.has_uuid:
            self.db.execute(f"DELETE FROM [{tbl}] WHERE uuid = ?", [key])
            return
        named = key.split(":")[1:]
        columns = [table.column(name) or Column(name) for name in part.key]
        where = " AND ".join(f"[{c.name}] = {reference_sql(c)}" for c in columns)
        self.db.execute(f"DELETE FROM [{tbl}] WHERE {where}", named)

    def delete_unit(self, kind: str, uuid: str) -> None:
        self.db.execute(f"DELETE FROM [{root_table(kind)}] WHERE uuid = ?", [uuid])

    def stamp_root(self, kind: str, uuid: str, changed_at: str, changed_by: str) -> None:
        """The root says who changed the unit last and when, as the server does; the write
        itself does not count as a local change (change_txn is this transaction's)."""
        self.db.execute(
            f"UPDATE [{root_table(kind)}] SET changed_at = ?, changed_by = ?, "
            "change_txn = (SELECT txn FROM change_context) WHERE uuid = ?",
            [changed_at, changed_by, uuid],
        )

    def hold_version(self, kind: str, uuid: str) -> None:
        """Writes in this transaction do not raise the unit's local version (a pull)."""
        self.db.execute(
            f"UPDATE [{root_table(kind)}] SET change_txn = (SELECT txn FROM change_context) "
            "WHERE uuid = ?",
            [uuid],
        )


class _Uuid:
    name = "uuid"
    target = None
    blob = False


_UUID: Any = _Uuid()


def _describe(row: UnitRow, error: Exception) -> str:
    text = str(error)
    if "UNIQUE" in text:
        return (
            f"En rad i {row.tbl} kan inte hämtas: det finns redan en annan med samma namn eller "
            "nummer här. Byt namn på den här filens, eller ta bort den, och synka igen."
        )
    if "NOT NULL" in text or "FOREIGN KEY" in text:
        return (
            f"En rad i {row.tbl} kan inte hämtas: den hänvisar till något som saknas här. "
            "Synka igen när det har hämtats."
        )
    if "CHECK" in text:
        # A value a newer ksdesk allows (a new kind of decision): this file's schema refuses it.
        return (
            f"En rad i {row.tbl} kan inte hämtas: den har ett värde som bara en nyare version "
            "av ksdesk känner till. Uppdatera ksdesk på den här datorn och synka igen."
        )
    logger("team").warning("%s %s: %s", row.tbl, row.key, text)
    return (
        f"En rad i {row.tbl} kan inte hämtas: filen tar inte emot den som den är. Synka igen; "
        "går det inte då heller, uppdatera ksdesk på den här datorn."
    )
