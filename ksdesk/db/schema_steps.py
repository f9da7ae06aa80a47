"""The schema steps of an open database file: which are applied, refusing a file from a newer
ksdesk, and bringing an older file to head, with a copy of it set aside first.

The steps themselves are db/migrations (one module per step); this module only asks the file
which of them it has (in plain SQL, so opening loads no sqlite-utils) and applies the rest."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ksdesk.atomic import make_private
from ksdesk.core.errors import StoreDamaged, StoreError
from ksdesk.db import migrations
from ksdesk.db.database import Database
from ksdesk.db.file_checks import read_only_connection
from ksdesk.db.migrations import MIGRATION_SET, MIGRATIONS_TABLE, STEPS, known_names


def applied_steps(db: Database) -> list[str]:
    """Names of the applied steps, in the order applied (plain SQL: no sqlite-utils import)."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    rows = db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def steps_pending(path: Path) -> bool:
    """Whether an existing ksdesk file lacks steps this ksdesk would apply at open (read
    through a connection that cannot write; False for anything else: the open then says
    what is wrong with the file)."""
    try:
        connection = read_only_connection(path)
    except (StoreError, sqlite3.Error, OSError):
        return False
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] == len(STEPS):
            return False  # the file's header says so: no schema to read (2 ms at each start)
        applied = {
            row[0]
            for row in connection.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except sqlite3.Error:  # no steps table: a foreign or empty file, refused at open
        return False
    finally:
        connection.close()
    return bool(applied) and not all(name in applied for name in STEPS)


def check_schema_known(db: Database, path: Path | None) -> None:
    """Refuse a file with steps this ksdesk does not know (a newer ksdesk's), or an SQLite
    file that is no ksdesk database."""
    applied = set(applied_steps(db))
    unknown = applied - known_names()
    if unknown:
        raise StoreDamaged(
            f"Databasen {path} har skapats av en nyare version av ksdesk "
            f"({', '.join(sorted(unknown))}). Uppdatera ksdesk för att öppna den.",
            path,
            too_new=True,
        )
    if not applied and db.table_names() and MIGRATIONS_TABLE not in db.table_names():
        raise StoreDamaged(f"{path} är en SQLite-databas men ingen ksdesk-databas.", path)


def migrate_to_head(db: Database, path: Path | None, read_only: bool = False) -> None:
    """Apply the steps the file lacks, after copying a file that has some aside."""
    applied = applied_steps(db)
    if all(name in applied for name in STEPS):
        if not read_only:
            _stamp_steps(db)
        return
    if read_only:
        raise StoreError(
            f"Databasen {path} behöver uppdateras till den här versionen av ksdesk, "
            "men den är öppen skrivskyddad. Öppna den när inget annat ksdesk har den öppen."
        )
    if path is not None and applied:
        backup_before_migration(db, path)
    migrations.load().apply(db.full)
    _stamp_steps(db)


def _stamp_steps(db: Database) -> None:
    """Write the number of steps the file has into its header (`user_version`), where
    steps_pending reads it without SQLite reading the schema. Only a marker: the steps table
    stays what counts, and a file without the stamp (written before it) is read there."""
    if db.execute("PRAGMA user_version").fetchone()[0] != len(STEPS):
        db.execute(f"PRAGMA user_version = {len(STEPS)}")


def backup_before_migration(db: Database, path: Path) -> Path:
    """Copy the file aside (SQLite backup API, consistent even in WAL) before changing schema."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.fore-migrering-{stamp}")
    with sqlite3.connect(str(target)) as copy:
        db.conn.backup(copy)
    copy.close()
    make_private(target)
    return target
