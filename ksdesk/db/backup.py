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
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ksdesk.atomic import atomic_path, make_private
from ksdesk.core.errors import StoreDamaged, StoreError
from ksdesk.core.os_errors import os_reason
from ksdesk.database_files import SIDECARS
from ksdesk.db import identity_repo
from ksdesk.db.connection import Store, open_store, upgrade
from ksdesk.db.file_checks import read_only_connection
from ksdesk.db.sqlite_checks import log_problems, open_validated
from ksdesk.db.sqlite_reasons import is_damage, sqlite_reason

# Pages per step of the backup API (4 MB of 4 kB pages). The GIL is free while a step runs
# and between steps the caller hears of the progress (and may cancel); a ten-year file of a
# few hundred MB is copied in some hundred steps.
_PAGES_PER_STEP = 1024

# progress(pages copied, pages in all); it may raise (core.errors.Cancelled) to stop.
Progress = Callable[[int, int], None]


def copy_store(store: Store, target: Path) -> int:
    """Write a consistent copy of the open database to `target`; returns its size in bytes."""
    return _copy(store.db.conn, target, store.path, None)


def copy_file(source: Path, target: Path, progress: Progress | None = None) -> int:
    """Copy a database file through a read-only connection of its own: from any thread,
    beside the window's connection (WAL: it reads one snapshot and blocks no writer). The
    copy is checked whole (quick_check): a damaged database is reported as StoreDamaged
    and leaves no backup behind."""
    connection = read_only_connection(source)
    try:
        return _copy(connection, target, source, progress, snapshot=True)
    finally:
        connection.close()


def _copy(
    source: sqlite3.Connection,
    target: Path,
    origin: Path | None,
    progress: Progress | None,
    *,
    snapshot: bool = False,
) -> int:
    try:
        if snapshot:  # one read transaction: the copy is the file as of now
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return _copy_checked(source, target, origin, progress)
    except StoreError:
        raise
    except sqlite3.Error as error:
        if is_damage(error):  # a file cut short, its header overwritten (sqlite_reasons)
            raise _damaged(origin, [str(error)]) from error
        # A full disk, a folder that may not be written: SQLite's English goes to the log.
        raise _not_written(target, sqlite_reason(error)) from error
    except OSError as error:
        # A full disk or a vanished folder: the temporary copy is gone, the database untouched.
        raise _not_written(target, os_reason(error)) from error


def _not_written(target: Path, reason: str) -> StoreError:
    return StoreError(f"Säkerhetskopian {target.name} kunde inte skrivas ({reason}).")


def _copy_checked(
    source: sqlite3.Connection, target: Path, origin: Path | None, progress: Progress | None
) -> int:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with atomic_path(target, private=True) as temporary:
        destination = sqlite3.connect(str(temporary))
        try:
            source.backup(destination, pages=_PAGES_PER_STEP, progress=step)
            destination.execute("PRAGMA journal_mode = DELETE")
            problems = [row[0] for row in destination.execute("PRAGMA quick_check").fetchall()]
        finally:
            destination.close()
        if problems != ["ok"]:
            raise _damaged(origin, problems)
    return target.stat().st_size


def _damaged(origin: Path | None, problems: list[str]) -> StoreDamaged:
    """The copy is page for page the database: what is wrong in it is wrong in the file."""
    log_problems(origin, problems)
    name = origin.name if origin is not None else "databasen"
    return StoreDamaged(
        f"Databasfilen {name} är skadad: SQLite hittar fel i den (detaljerna finns i loggen). "
        "Ingen ny säkerhetskopia sparades, och de du har finns kvar.",
        origin,
    )


def check_backup(path: Path) -> str | None:
    """None when `path` is a whole ksdesk database this version can open; else why not."""
    if not path.is_file():  # listed a moment ago, then rotated, moved or deleted
        return "filen finns inte längre. Öppna listan igen och välj en annan säkerhetskopia."
    try:
        connection = open_validated(path)
    except StoreError as error:
        return str(error)
    except sqlite3.Error as error:  # SQLite's English to the log, its reason in Swedish
        return sqlite_reason(error)
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


def read_into_memory(backup: Path) -> Store:
    """`backup` copied into memory and brought to this version's schema, to read rows out of
    it (team mode: a row the server no longer holds). The backup is only read, through a
    mode=ro connection; an older one is migrated in memory, so no copy is set aside and
    nothing is written anywhere."""
    problem = check_backup(backup)
    if problem is not None:
        raise StoreDamaged(f"Säkerhetskopian {backup.name} går inte att använda: {problem}")
    store = open_store(None)
    source = read_only_connection(backup)
    try:
        source.backup(store.db.conn)
    finally:
        source.close()
    upgrade(store)
    return store


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
