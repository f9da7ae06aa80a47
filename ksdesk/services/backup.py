"""Backups of a database file: made on start, after every few minutes with edits and on
request; kept in the data folder, one folder per database; listed, checked, restored.

Which folder holds a database's backups (its identity, whatever the file is called now) is
services/backup_folders.py.

A restore never overwrites without a copy first: restoring into an open (healthy) database
takes a safety backup of it before; restoring over a damaged or foreign file moves that
file aside with a timestamp and writes the backup as a new file."""

from __future__ import annotations

import contextlib
import time
import weakref
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from ksdesk.core.backup import (
    BackupInfo,
    backup_name,
    is_identity,
    parse_backup_name,
    to_keep,
)
from ksdesk.core.errors import NotFound, StoreDamaged, StoreError, StoreLocked
from ksdesk.database_files import SIDECARS
from ksdesk.db import backup as db_backup
from ksdesk.db import identity_repo
from ksdesk.db.connection import Store, open_store
from ksdesk.db.lock import WriterLock
from ksdesk.services import backup_mirror
from ksdesk.services.backup_folders import ORIGIN, backup_dir, record_origin, store_backup_dir

# The GUI backs up every AUTO_BACKUP_MINUTES, but only when something was edited meanwhile.
AUTO_BACKUP_MINUTES = 10
# The backups of a file take at most this many times its size (the newest is always kept).
BUDGET_FACTOR = 5
_STALE_TEMP_SECONDS = 3600

# total_changes of each open store when it was last backed up.
_backed_up_at: weakref.WeakKeyDictionary[Store, int] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: BackupInfo | None = None  # the current file, backed up before the restore
    moved_aside: Path | None = None  # the damaged file, kept under a new name

    def message(self, db_path: Path) -> str:
        text = (
            f"{db_path.name} är återställd från säkerhetskopian {self.restored.name} "
            f"({self.restored.when_text})."
        )
        if self.safety_copy is not None:
            text += f" Filen som den var innan sparades som {self.safety_copy.name}."
        if self.moved_aside is not None:
            text += f" Den skadade filen ligger kvar som {self.moved_aside.name}."
        return text


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    return _backups_in(backup_dir(db_path))


def _backups_in(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        with contextlib.suppress(OSError):  # rotated away by another ksdesk just now
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


@dataclass(frozen=True)
class BackupJob:
    """A backup planned on the window's thread, made on any (run_backup opens its own
    read-only connection: the copy never holds up the window)."""

    db_path: Path
    target: Path
    reason: str
    changes: int  # the store's data_version when planned
    identity: str | None = None  # the database's own, for the folder's ursprung.txt


def plan_backup(store: Store, reason: str = "manuell") -> BackupJob:
    if store.path is None:
        raise StoreError("En databas i minnet kan inte säkerhetskopieras.")
    folder = store_backup_dir(store)
    target = _new_backup_path(folder, store, reason)
    identity = identity_repo.get(store)
    return BackupJob(store.path, target, reason, db_backup.data_version(store), identity)


def run_backup(job: BackupJob, progress: db_backup.Progress | None = None) -> BackupInfo:
    """Copy (backup API, in steps), check the copy whole, rotate. StoreDamaged when the
    check finds the database damaged: no backup is kept then, the earlier ones stay."""
    folder = job.target.parent
    if not (folder / ORIGIN).exists():  # the folder's first backup (an fsynced small file)
        record_origin(folder, job.db_path.resolve(), job.identity)
    size = db_backup.copy_file(job.db_path, job.target, progress)
    _rotate(job.target.parent, budget=BUDGET_FACTOR * size)
    parsed = parse_backup_name(job.target.name)
    assert parsed is not None
    made = BackupInfo(job.target, parsed[0], job.reason, size)
    # The finished and checked copy, never the live file, also goes to the second backup
    # folder (here on the worker too: a share out of reach never holds up the window).
    return replace(made, second_copy=backup_mirror.mirror(made))


def backed_up(store: Store, job: BackupJob) -> None:
    """Note that the store is backed up as it was when `job` was planned."""
    _backed_up_at[store] = job.changes


def create_backup(store: Store, reason: str = "manuell") -> BackupInfo:
    """A consistent copy of the open database now, then the rotation (on this thread)."""
    job = plan_backup(store, reason)
    made = run_backup(job)
    backed_up(store, job)
    return made


def start_backup_needed(store: Store) -> bool:
    """On opening: a backup unless the newest one is younger than the file's last change."""
    if store.path is None or store.read_only:
        return False
    backups = _backups_in(store_backup_dir(store))
    # The copy's own mtime, not the second-resolution time in its name: a file changed in
    # the same second as the backup still counts as changed.
    if backups and backups[0].path.stat().st_mtime >= _last_modified(store.path):
        _backed_up_at[store] = db_backup.data_version(store)
        return False
    return True


def auto_backup_needed(store: Store) -> bool:
    """The timer's backup: only when this window has edited something since the last one."""
    if store.path is None or store.read_only or store.closed:
        return False
    return _backed_up_at.get(store) != db_backup.data_version(store)


def backup_on_start(store: Store) -> BackupInfo | None:
    return create_backup(store, "start") if start_backup_needed(store) else None


def auto_backup(store: Store) -> BackupInfo | None:
    return create_backup(store, "auto") if auto_backup_needed(store) else None


def rotate(db_path: Path) -> list[Path]:
    """Delete backups outside the rotation (and temporary files a crash left); returns them."""
    path = Path(db_path)
    size = path.stat().st_size if path.is_file() else 0
    return _rotate(backup_dir(db_path), budget=BUDGET_FACTOR * size if size else None)


def _rotate(folder: Path, budget: int | None = None) -> list[Path]:
    backups = _backups_in(folder)
    keep = to_keep(backups, datetime.now(), budget)
    removed = [b.path for b in backups if b.path not in keep]
    if folder.is_dir():
        cutoff = time.time() - _STALE_TEMP_SECONDS
        removed += [p for p in folder.glob(".*.tmp") if p.stat().st_mtime < cutoff]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed


def find_backup(db_path: Path, name: str) -> BackupInfo:
    """A backup of `db_path` by its file name (as `ksdesk backup list` shows it)."""
    for backup in list_backups(db_path):
        if name in (backup.name, str(backup.path)):
            return backup
    raise NotFound(
        f"Det finns ingen säkerhetskopia ”{name}” av {Path(db_path).name}. "
        f"Se `ksdesk backup list --db {db_path}`."
    )


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest regular backup that is whole and opens in this version of ksdesk. A safety
    copy taken before a restore is no candidate: right after a restore it is the newest, and
    "the latest" would undo the restore (it is restored by its name)."""
    for backup in list_backups(db_path):
        if not backup.is_safety_copy and db_backup.check_backup(backup.path) is None:
            return backup
    return None


def restore_backup(store: Store, backup: BackupInfo) -> RestoreResult:
    """Restore into the open database (the GUI's case): a safety copy first, then the
    backup's content replaces the current one in a single transaction."""
    if store.read_only:
        raise StoreError("Databasen är öppnad skrivskyddad: den kan inte återställas härifrån.")
    problem = db_backup.check_backup(backup.path)
    if problem is not None:  # before the safety copy, whose rotation may remove a good one
        raise StoreDamaged(f"Säkerhetskopian {backup.path.name} går inte att använda: {problem}")
    safety = create_backup(store, "fore-aterstallning")
    db_backup.restore_into(store, backup.path)
    _backed_up_at[store] = db_backup.data_version(store)
    return RestoreResult(backup, safety_copy=safety)


def restore_file(db_path: Path, backup: BackupInfo) -> RestoreResult:
    """Restore `db_path` from `backup` when it is not open here (the CLI, or a damaged file at
    start-up). Refused while another ksdesk has the file open."""
    db_path = Path(db_path)
    try:
        store = open_store(db_path) if _looks_present(db_path) else None
    except StoreDamaged:
        store = None
    except StoreLocked as error:
        raise _locked_for_restore(db_path, error.holder) from error
    if store is not None:
        try:
            return restore_backup(store, backup)
        finally:
            store.close()
    lock = WriterLock(db_path)
    if not lock.acquire():
        raise _locked_for_restore(db_path, lock.holder())
    try:
        aside = db_backup.restore_as_new_file(backup.path, db_path)
    finally:
        lock.release()
    _keep_identity(db_path, backup.path.parent.name)
    return RestoreResult(backup, moved_aside=aside)


def _keep_identity(db_path: Path, identity: str) -> None:
    """A file restored from the folder of identity X is X again, even from a copy made before
    step m0402 (which the upgrade on opening would give a new identity): its later backups
    then land beside the ones it was restored from."""
    if not is_identity(identity):
        return
    store = open_store(db_path)
    try:
        if identity_repo.get(store) != identity:
            with store.atomic():
                identity_repo.set_identity(store, identity)
    finally:
        store.close()


def _locked_for_restore(db_path: Path, holder: str) -> StoreLocked:
    who = f" ({holder})" if holder else ""
    return StoreLocked(
        f"{db_path.name} är öppen i ett annat ksdesk{who}. Stäng det innan du återställer: "
        "en fil som någon skriver i återställs aldrig.",
        db_path,
        holder,
    )


def _looks_present(db_path: Path) -> bool:
    return db_path.is_file() and db_path.stat().st_size > 0


def _new_backup_path(folder: Path, store: Store, reason: str) -> Path:
    assert store.path is not None
    resolved = store.path.resolve()
    now = datetime.now()
    counter = 0
    while True:
        target = folder / backup_name(resolved.stem, now, reason, counter)
        if not target.exists():
            return target
        counter += 1


def _last_modified(db_path: Path) -> float:
    files = [db_path] + [db_path.with_name(db_path.name + s) for s in SIDECARS[:1]]
    return max((f.stat().st_mtime for f in files if f.exists()), default=0.0)


def recovery_hint(db_path: Path) -> str:
    """What to tell the secretary when `db_path` cannot be opened: the latest good backup."""
    backup = latest_good_backup(db_path)
    if backup is None:
        return "Det finns ingen säkerhetskopia av den att återställa."
    return (
        f"Den senaste hela säkerhetskopian är från {backup.when_text}: återställ den med "
        f"`ksdesk backup restore --latest --db {db_path}` (den skadade filen sparas)."
    )
