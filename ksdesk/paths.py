"""Where things are: bundled resources (source tree, installed wheel or PyInstaller bundle)
and the user's data folder. The one place that knows about file locations."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ksdesk"
DEFAULT_DB_NAME = "ksdesk.sqlite"


def resources_dir() -> Path:
    """The resources folder, wherever ksdesk runs from."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller one-folder bundle
        return Path(frozen_root) / "ksdesk" / "resources"
    try:  # installed: resources ship as the package ksdesk.resources
        import ksdesk.resources
    except ImportError:  # running from a source checkout without installing
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(ksdesk.resources.__file__).resolve().parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def demo_dir() -> Path:
    return resource("demo")


def icons_dir() -> Path:
    return resource("icons")


def help_dir() -> Path:
    return resource("help")


def kommuner_csv() -> Path:
    """SCB's list of the kommuner with the names each goes by (ksdesk.kommun_list reads it)."""
    return resource("kommuner", "kommuner.csv")


def data_dir() -> Path:
    """The user's data folder (created on demand). KSDESK_DATA_DIR overrides it (tests, or a
    secretary who keeps everything on an encrypted drive)."""
    path = data_dir_location()
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir_location() -> Path:
    """Where the data folder is, without creating it. On Windows the local (not roaming)
    application data, %LOCALAPPDATA%\\ksdesk: a roaming profile is copied to a server at
    log-off and back at log-on, which a live database must never be; on Linux
    ~/.local/share/ksdesk; on macOS ~/Library/Application Support/ksdesk."""
    override = os.environ.get("KSDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import PlatformDirs

    return Path(PlatformDirs(APP_NAME, appauthor=False, roaming=False).user_data_dir)


def backups_root() -> Path:
    """Where backups of every database live, one folder per database file."""
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    """Where ksdesk writes its log (ksdesk.log and its rotated predecessors)."""
    return data_dir() / "logg"
