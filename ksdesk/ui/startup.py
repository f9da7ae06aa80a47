"""Which database the window opens on: the one named with --db; else the one open last time;
else the standard file in the data folder; else (first start) the welcome, which offers the
ways in (ui/dialogs/welcome_dialog.py) and does the one chosen here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk import paths
from ksdesk.core.errors import KsdeskError
from ksdesk.services.store import Store, open_database
from ksdesk.ui import settings
from ksdesk.ui.dialogs.open_problems import (
    DATABASE_FILTER,
    offer_when_missing,
    open_interactively,
)
from ksdesk.ui.dialogs.welcome_dialog import Way, WelcomeDialog

__all__ = ["choose_path", "first_store", "open_demo", "welcome"]

DEMO_NAME = "demo.sqlite"


def first_store(db_path: Path | None) -> Store | None:
    """The store the window starts on, or None when the secretary chose none."""
    if db_path is not None:
        if db_path.exists() or db_path.is_symlink():
            return open_interactively(db_path)
        return offer_when_missing(db_path)
    for known in (settings.last_database(), paths.default_db_path()):
        if known is not None and known.is_file():
            store = open_interactively(known)
            if store is not None:
                return store
    return welcome(None)


def welcome(parent: QWidget | None, current: Path | None = None) -> Store | None:
    """Show the welcome until a way in gives a store, or the secretary cancels. A way that
    leads to `current` (the file the window already has open) gives None: nothing changes."""
    while True:
        dialog = WelcomeDialog(parent)
        if not dialog.exec() or dialog.chosen is None:
            return None
        path = demo_path() if dialog.chosen is Way.DEMO else choose_path(parent)
        if path is None:
            continue
        if current is not None and _same(path, current):
            return None
        store = open_demo(parent) if dialog.chosen is Way.DEMO else open_interactively(path, parent)
        if store is not None:
            return store


def demo_path() -> Path:
    return paths.data_dir() / DEMO_NAME


def open_demo(parent: QWidget | None) -> Store | None:
    """The demo database in the data folder: made the first time, opened as it is after."""
    path = demo_path()
    if path.is_file():
        return open_interactively(path, parent)
    from ksdesk.services.demo import load_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        store = open_database(path, create=True)
        load_demo(store)
    except KsdeskError as error:
        QMessageBox.warning(parent, "Demodatabasen", str(error))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return store


def choose_path(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, "Öppna databas", str(_start_folder()), DATABASE_FILTER
    )
    return Path(name) if name else None


def _same(path: Path, other: Path) -> bool:
    return path.resolve() == other.resolve()


def _start_folder() -> Path:
    last = settings.last_database()
    return last.parent if last is not None else paths.data_dir_location()
