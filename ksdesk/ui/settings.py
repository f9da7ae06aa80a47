"""What the window remembers between sessions (QSettings): its size and place, the splitters,
the tab, the databases opened last. Kept as an INI file in the data folder (fonster.ini), so
everything ksdesk keeps for a user is in one folder, follows KSDESK_DATA_DIR, and is gone
with it; nothing goes to the Windows registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ksdesk import paths

SETTINGS_NAME = "fonster.ini"
RECENT_KEY = "databaser/senaste"
RECENT_MAX = 8


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / SETTINGS_NAME), QSettings.Format.IniFormat)


def recent_databases() -> list[Path]:
    """The databases opened last, newest first, those still there."""
    stored = settings().value(RECENT_KEY, [], list) or []
    found = [Path(p) for p in stored if isinstance(p, str)]
    return [p for p in found if p.is_file()]


def remember_database(path: Path) -> None:
    """Put `path` first in Arkiv → Öppna senaste (and open it next time ksdesk starts)."""
    resolved = Path(path).resolve()
    stored = settings().value(RECENT_KEY, [], list) or []
    paths_kept = [str(resolved)] + [p for p in stored if p != str(resolved)]
    settings().setValue(RECENT_KEY, paths_kept[:RECENT_MAX])


SILENCED_KEY = "databaser/ingen_platsvarning"


def location_warning_silenced(path: Path) -> bool:
    """The secretary said not to warn again about where this file is."""
    return str(Path(path).resolve()) in (settings().value(SILENCED_KEY, [], list) or [])


def silence_location_warning(path: Path) -> None:
    silenced = settings().value(SILENCED_KEY, [], list) or []
    settings().setValue(SILENCED_KEY, sorted({*silenced, str(Path(path).resolve())}))


def last_database() -> Path | None:
    recent = recent_databases()
    return recent[0] if recent else None
