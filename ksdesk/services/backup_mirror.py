"""The second backup folder: each finished backup is copied there too (a home share, a
folder OneDrive synchronises), so a lost or broken laptop does not take every copy with it.

Only finished backups go there, never the live database: a file a synchronising client or a
network share copies while SQLite writes it can come back torn, a finished backup cannot.
The copy is written under a temporary name and renamed when whole, in
<second folder>/ksdesk/<the database's identity>/, beside a copy of ursprung.txt, and the
folder keeps the same rotation as the data folder's. A folder that cannot be reached (the
laptop is off the kommun's network) costs this copy only: the backup itself is made, and
the next one tries again."""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from pathlib import Path

from ksdesk.atomic import atomic_path
from ksdesk.core.backup import BackupInfo, SecondCopy, parse_backup_name, to_keep
from ksdesk.core.os_errors import os_reason
from ksdesk.logs import logger
from ksdesk.services import preferences
from ksdesk.services.backup_folders import ORIGIN

SUBFOLDER = "ksdesk"
_log = logger("backup")


def mirror(backup: BackupInfo) -> SecondCopy | None:
    """Copy the finished backup `backup` to the second folder, if one is chosen."""
    root = preferences.second_backup_folder()
    if root is None:
        return None
    if not root.is_dir():
        return SecondCopy(
            problem=f"Säkerhetskopian kunde inte kopieras till {root}: mappen går inte att "
            "nå just nu. Nästa säkerhetskopia försöker igen."
        )
    folder = root / SUBFOLDER / backup.path.parent.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup.name
        with atomic_path(target, private=True) as temporary:
            shutil.copyfile(backup.path, temporary)
        _copy_origin(backup.path.parent, folder)
        rotate_mirror(folder)
    except OSError as error:
        _log.warning("Kopian till %s misslyckades: %s", folder, error)
        return SecondCopy(
            problem=f"Säkerhetskopian kunde inte kopieras till {root} ({os_reason(error)}). "
            "Nästa säkerhetskopia försöker igen."
        )
    return SecondCopy(copy=target)


def rotate_mirror(folder: Path) -> list[Path]:
    """The same rotation as the data folder's: the ten newest and one a day for 30 days."""
    backups = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            backups.append(BackupInfo(path, parsed[0], parsed[1], 0))
    keep = to_keep(backups, datetime.now())
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def _copy_origin(source: Path, folder: Path) -> None:
    """ursprung.txt says which database file the copies are of."""
    with contextlib.suppress(OSError):
        shutil.copyfile(source / ORIGIN, folder / ORIGIN)
