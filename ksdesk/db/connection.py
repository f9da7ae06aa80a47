"""Opening the one SQLite file: checks that it is ours, WAL and foreign keys on, migrations
applied after a copy of the file is set aside."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ksdesk.core.errors import StoreError
from ksdesk.db import migrations
from ksdesk.db.database import Database
from ksdesk.db.migrations import MIGRATION_SET, MIGRATIONS_TABLE, STEPS, known_names

SQLITE_MAGIC = b"SQLite format 3\x00"


class Store:
    """An open ksdesk database. Repositories take it; services own its transactions."""

    def __init__(self, db: Database, path: Path | None, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.closed = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One unit of work: everything inside commits together or not at all."""
        if self.read_only:
            raise StoreError(
                f"Databasen {self.path} är öppnad skrivskyddad: ändringar kan inte sparas."
            )
        with self.db.atomic():
            yield

    def flush(self) -> None:
        """Everything committed so far into the main file (WAL checkpoint): a copy of the
        .sqlite alone, made after closing, then holds every edit."""
        if self.closed:
            return
        try:
            if self.db.conn.in_transaction:
                self.db.conn.commit()
            if self.path is not None and not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StoreError(
                f"Databasen {self.path} kunde inte skrivas klart ({error})."
            ) from error

    def close(self) -> None:
        self.closed = True
        self.db.close()


def check_file(path: Path) -> None:
    """Refuse, with a Swedish message, a path that is no SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path} är en mapp, inte en databasfil.")
    if not path.exists():
        raise StoreError(f"Databasfilen {path} finns inte.")
    if path.stat().st_size == 0:
        return  # an empty file is a new database
    with path.open("rb") as handle:
        magic = handle.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise StoreError(f"{path} är ingen ksdesk-databas (filen är inte en SQLite-databas).")


def open_store(path: Path | str | None, *, create: bool = False, migrate: bool = True) -> Store:
    """Open (or with create=True, create) the database at `path`; None means in memory."""
    file_path = Path(path) if path is not None else None
    if file_path is not None:
        if create and not file_path.exists():
            file_path.parent.mkdir(parents=True, exist_ok=True)
        else:
            check_file(file_path)
    try:
        connection = sqlite3.connect(str(file_path) if file_path else ":memory:")
        db = Database(connection)
        db.execute("PRAGMA foreign_keys = ON")
        if file_path is not None:
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA busy_timeout = 5000")
        _check_schema_known(db, file_path)
        if migrate:
            _migrate(db, file_path)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"Databasfilen {file_path} kan inte läsas: den är skadad eller inte en "
            f"ksdesk-databas ({error})."
        ) from error
    return Store(db, file_path)


def applied_steps(db: Database) -> list[str]:
    """Names of the applied steps, in the order applied (plain SQL: no sqlite-utils import)."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    rows = db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def _check_schema_known(db: Database, path: Path | None) -> None:
    applied = set(applied_steps(db))
    unknown = applied - known_names()
    if unknown:
        raise StoreError(
            f"Databasen {path} har skapats av en nyare version av ksdesk "
            f"({', '.join(sorted(unknown))}). Uppdatera ksdesk för att öppna den."
        )
    if not applied and db.table_names() and MIGRATIONS_TABLE not in db.table_names():
        raise StoreError(f"{path} är en SQLite-databas men ingen ksdesk-databas.")


def _migrate(db: Database, path: Path | None) -> None:
    applied = applied_steps(db)
    if all(name in applied for name in STEPS):
        return
    if path is not None and applied:
        backup_before_migration(db, path)
    migrations.load().apply(db.full)


def backup_before_migration(db: Database, path: Path) -> Path:
    """Copy the file aside (SQLite backup API, consistent even in WAL) before changing schema."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.fore-migrering-{stamp}")
    with sqlite3.connect(str(target)) as copy:
        db.conn.backup(copy)
    copy.close()
    return target


def schema_version(store: Store) -> list[str]:
    return applied_steps(store.db)


__all__ = ["MIGRATION_SET", "Store", "open_store", "schema_version"]
