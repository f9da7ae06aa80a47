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


def data_dir() -> Path:
    """The user's data folder (created on demand). KSDESK_DATA_DIR overrides it (tests, or a
    secretary who keeps everything on an encrypted drive)."""
    override = os.environ.get("KSDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_root() -> Path:
    """Where backups of every database live, one folder per database file."""
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME
