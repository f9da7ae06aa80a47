"""Copies of the database at the SQLite level: the backup API (a consistent copy even while
the WAL holds recent commits), checking a copy, and restoring one.

Every copy is written to a temporary file beside its final name, checked with quick_check,
fsynced and renamed (ksdesk.atomic): a crash mid-copy leaves no half backup that looks whole.
Copies are switched to rollback-journal mode so that reading one never litters the backup
folder with -wal and -shm files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from ksdesk.atomic import atomic_path, make_private
from ksdesk.core.errors import StoreDamaged, StoreError
from ksdesk.database_files import SIDECARS
from ksdesk.db import identity_repo
from ksdesk.db.connection import Store, open_validated, upgrade
from ksdesk.db.file_checks import read_only_connection

# Pages per step of the backup API: small steps let SQLite interleave, large ones are fast;
# a ksdesk file is a few MB, so this copies it in a handful of steps.
_PAGES_PER_STEP = 4096


def copy_store(store: Store, target: Path) -> int:
    """Write a consistent copy of the open database to `target`; returns its size in bytes."""
    return _copy(store.db.conn, target)


def copy_file(source: Path, target: Path) -> int:
    """Copy a database file that is not open here (through a read-only connection)."""
    connection = read_only_connection(source)
    try:
        return _copy(connection, target)
    finally:
        connection.close()


def _copy(source: sqlite3.Connection, target: Path) -> int:
    try:
        return _copy_checked(source, target)
    except (sqlite3.Error, OSError) as error:
        # A full disk or a vanished folder: the temporary copy is gone, the database untouched.
        raise StoreError(f"Säkerhetskopian {target.name} kunde inte skrivas ({error}).") from error


def _copy_checked(source: sqlite3.Connection, target: Path) -> int:
    with atomic_path(target, private=True) as temporary:
        destination = sqlite3.connect(str(temporary))
        try:
            source.backup(destination, pages=_PAGES_PER_STEP)
            destination.execute("PRAGMA journal_mode = DELETE")
            problems = destination.execute("PRAGMA quick_check").fetchall()
            if problems != [("ok",)]:
                raise StoreError(f"Säkerhetskopian kunde inte kontrolleras ({problems[0][0]}).")
        finally:
            destination.close()
    return target.stat().st_size


def check_backup(path: Path) -> str | None:
    """None when `path` is a whole ksdesk database this version can open; else why not."""
    try:
        connection = open_validated(path)
    except (StoreError, sqlite3.Error) as error:
        return str(error)
    connection.close()
    return None


def restore_into(store: Store, backup: Path) -> None:
    """Replace the open database's content with `backup` (backup API: one transaction, the
    writer lock stays held, nobody sees a half-restored file); then migrate it to head."""
    problem = check_backup(backup)
    if problem is not None:
        raise StoreDamaged(f"Säkerhetskopian {backup.name} går inte att använda: {problem}")
    identity = identity_repo.get(store)
    source = read_only_connection(backup)
    try:
        source.backup(store.db.conn)
    finally:
        source.close()
    store.db.execute("PRAGMA journal_mode = WAL")
    upgrade(store)
    # The file keeps its identity (and so its backup folder), whatever the copy carried: a
    # copy made before step m0402 was just given a new one by the upgrade.
    if identity is not None and identity_repo.get(store) != identity:
        with store.atomic():
            identity_repo.set_identity(store, identity)


def restore_as_new_file(backup: Path, target: Path) -> Path | None:
    """Put `backup` at `target` as a new file. An existing file there (damaged, foreign) is
    never overwritten: it and its -wal/-shm are moved aside with a timestamp first.

    Returns where the old file went, or None when there was none. The caller holds the
    writer lock of `target`."""
    problem = check_backup(backup)
    if problem is not None:
        raise StoreDamaged(f"Säkerhetskopian {backup.name} går inte att använda: {problem}")
    aside = _move_aside(target) if target.exists() else None
    with atomic_path(target, private=True) as temporary:
        shutil.copyfile(backup, temporary)
    return aside


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.skadad-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.skadad-{stamp}-{counter}")
    os.replace(path, aside)
    make_private(aside)
    # A stale -wal beside the new file would be replayed into it: it goes with the old file.
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
    return aside


def data_version(store: Store) -> int:
    """Changes made through this connection since it opened (for "edited since backup?")."""
    return store.db.conn.total_changes
