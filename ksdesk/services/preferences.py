"""The user's settings that the command line needs as much as the window: kept as JSON in
the data folder (installningar.json), readable by the user only. Today one setting: the
second backup folder. (What only the window remembers, its size and the files opened last,
is QSettings in ui/settings.py.)"""

from __future__ import annotations

import json
from pathlib import Path

from ksdesk import paths
from ksdesk.atomic import write_atomic
from ksdesk.core.errors import InvalidInput

SETTINGS_NAME = "installningar.json"
SECOND_BACKUP_FOLDER = "andra_mapp_for_sakerhetskopior"


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_NAME


def load() -> dict:
    """The stored settings; a missing or unreadable file is no settings (never an error:
    the worst it costs is the second copy of the backups, which says so when it matters)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict) -> None:
    write_atomic(settings_path(), json.dumps(data, ensure_ascii=False, indent=2), private=True)


def second_backup_folder() -> Path | None:
    value = load().get(SECOND_BACKUP_FOLDER)
    return Path(value) if isinstance(value, str) and value else None


def set_second_backup_folder(folder: Path | None) -> Path | None:
    """Choose (or with None, stop using) the folder finished backups are copied to. It must
    be a folder that exists now, and not the data folder's own backups."""
    data = load()
    if folder is None:
        data.pop(SECOND_BACKUP_FOLDER, None)
        save(data)
        return None
    chosen = Path(folder).expanduser()
    if not chosen.is_dir():
        raise InvalidInput(f"Mappen {chosen} finns inte (eller går inte att nå just nu).")
    resolved = chosen.resolve()
    own = paths.backups_root().resolve()
    if resolved == own or own in resolved.parents or resolved in own.parents:
        raise InvalidInput(
            f"{chosen} är ksdesk:s egen mapp för säkerhetskopior (eller ligger runt den). "
            "Välj en mapp på en annan disk eller server, till exempel din hemkatalog."
        )
    data[SECOND_BACKUP_FOLDER] = str(resolved)
    save(data)
    return resolved
