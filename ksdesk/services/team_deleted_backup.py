"""Bringing back, from this laptop's own backups, a row the kansli's server no longer holds:
one deleted before the server kept what is deleted (step s1803), or emptied by the one who
administers the server. The server still knows the row's key (deleted, empty), so the list of
`ksdesk server raderat` names it; the file's backups (services/backup.py: the latest ten and
one a day for 30 days) may hold it as it was before it was deleted.

The restore goes as the server's own (services/team_deleted.py): the file is synced, the same
checks hold (the unit lives, the user may write it, the row's parent lives, no conflict), the
row and what hangs under it in the backup are written into the file as a change made here,
and the sync pushes them. What comes back is the backup's version: changes made after that
backup and before the deletion are not in it, and the secretary is told the backup's time.

A backup is only read (db.backup_rows): one of this version's schema where it lies, only the
unit's pages; an older one migrated in memory. It is never written, no copy is set aside."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ksdesk.core.backup import BackupInfo
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.team_deleted import DeletedThing, describe_row, rows_words
from ksdesk.db import team_repo
from ksdesk.db.backup_rows import row_tree_in_backup
from ksdesk.db.connection import Store
from ksdesk.db.server import server_deleted
from ksdesk.services import team, team_deleted
from ksdesk.services.backup import find_backup, list_backups

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FoundInBackup:
    """The newest backup of this file that holds a row the server no longer has."""

    backup: BackupInfo
    what: str  # the row in words, as the backup holds it
    rows: int  # the row and what hangs under it

    def line(self) -> str:
        return (
            f"{self.what[:1].upper()}{self.what[1:]} finns i säkerhetskopian från "
            f"{self.backup.when_text} ({rows_words(self.rows)})."
        )


def find_in_backups(
    store: Store, ref: str, progress: Progress | None = None
) -> FoundInBackup | None:
    """The newest of this file's backups that holds the row `UNIT-UUID:KEY` (None: none
    does). Reads only the file and its backups, never the server. `progress(done, total,
    backup's time)` before each backup (it may raise Cancelled to stop)."""
    unit_uuid, key = team_deleted.row_ref(ref)
    kind = _local_kind(store, unit_uuid)
    if store.path is None:
        return None
    backups = list_backups(store.path)
    for done, backup in enumerate(backups):
        if progress is not None:
            progress(done, len(backups), backup.when_text)
        rows = row_tree_in_backup(backup.path, kind, unit_uuid, key)
        if rows:
            return FoundInBackup(backup, describe_row(rows[0].tbl, rows[0].data), len(rows))
    return None


def restore_from_backup(
    store: Store, ref: str, backup_name: str, conn: Any = None
) -> team_deleted.Restored:
    """Bring the row back as the backup `backup_name` holds it (with what hangs under it
    there), where the server has nothing of it."""
    unit_uuid, key = team_deleted.row_ref(ref)
    if store.path is None:
        raise InvalidInput("En databas i minnet har inga säkerhetskopior.")
    backup = find_backup(store.path, backup_name)
    with team.connection(store, conn) as opened:
        team.sync(store, opened)
        kind, what = team_deleted.deleted_row(store, opened, unit_uuid, key)
        if server_deleted.kept_row_tree(opened, unit_uuid, key):
            raise InvalidInput(
                f"Servern har kvar {what}: återställ det därifrån (Återställ, eller "
                f"`ksdesk server aterstall --rad {unit_uuid}:{key}`), inte ur en "
                "säkerhetskopia som kan vara äldre."
            )
        rows = row_tree_in_backup(backup.path, kind, unit_uuid, key)
        if not rows:
            raise NotFound(
                f"Säkerhetskopian från {backup.when_text} har inte raden: välj en annan."
            )
        what = describe_row(rows[0].tbl, rows[0].data)
        restored = team_deleted.write_back(store, kind, unit_uuid, rows, what)
        team_deleted.push_restored(store, opened, restored)
    return restored


def find_beside(store: Store, ref: str, progress: Progress | None = None) -> FoundInBackup | None:
    """`find_in_backups`, for a worker thread: on a read-only connection of its own to the
    file (the window's belongs to the GUI thread)."""
    from ksdesk.services.store import reading

    with reading(store) as reader:
        return find_in_backups(reader, ref, progress)


def restore_beside(
    store: Store, ref: str, backup_name: str
) -> tuple[team_deleted.Restored, list[DeletedThing]]:
    """`restore_from_backup` for a worker thread, on a writing connection of its own beside
    the window's, and the list of what is deleted on the server as it stands after it."""
    return team_deleted.restore_on_companion(
        store, lambda own, conn: restore_from_backup(own, ref, backup_name, conn)
    )


def _local_kind(store: Store, unit_uuid: str) -> str:
    state = team_repo.unit_state(store, unit_uuid)
    if state is None:
        raise InvalidInput("Det som raden hör till finns inte i den här filen: synka först.")
    return state.kind


__all__ = [
    "FoundInBackup",
    "find_beside",
    "find_in_backups",
    "restore_beside",
    "restore_from_backup",
]
