"""Which database the window opens on: the one named with --db; else the one open last time;
else the standard file in the data folder; else (first start) the welcome, which offers the
ways in (ui/dialogs/welcome_dialog.py) and does the one chosen here."""

from __future__ import annotations

from dataclasses import dataclass
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
    create_interactively,
    offer_when_missing,
    open_interactively,
)
from ksdesk.ui.dialogs.welcome_dialog import Way, WelcomeDialog

__all__ = ["Start", "choose_path", "first_store", "open_demo", "welcome"]

DEMO_NAME = "demo.sqlite"


@dataclass
class Start:
    """A way in: the database to show, and what to do first once the window is up (an
    import: "delegation" or "budget")."""

    store: Store
    then: str = ""


def first_store(db_path: Path | None) -> Start | None:
    """The database the window starts on, or None when the secretary chose none."""
    if db_path is not None:
        if db_path.exists() or db_path.is_symlink():
            return _started(open_interactively(db_path))
        return _started(offer_when_missing(db_path))
    for known in (settings.last_database(), paths.default_db_path()):
        if known is not None and known.is_file():
            store = open_interactively(known)
            if store is not None:
                return Start(store)
    return welcome(None)


def welcome(parent: QWidget | None, current: Path | None = None) -> Start | None:
    """Show the welcome until a way in gives a database, or the secretary cancels. Opening
    `current` (the file the window already has) again gives None: nothing changes."""
    while True:
        dialog = WelcomeDialog(parent)
        if not dialog.exec() or dialog.chosen is None:
            return None
        try:
            start = take(dialog.chosen, parent, current)
        except AlreadyOpen:
            return None
        if start is not None:
            return start


class AlreadyOpen(Exception):
    """The way chosen leads to the file the window already shows."""


def take(way: Way, parent: QWidget | None, current: Path | None) -> Start | None:
    """Do what the welcome's `way` says. None: back to the welcome (a dialog cancelled)."""
    if way is Way.DEMO:
        if _same(demo_path(), current):
            raise AlreadyOpen
        return _started(open_demo(parent))
    if way is Way.OWN:
        return _started(create_interactively(parent, _new_name()))
    if way is Way.IMPORT:
        kind = import_choice(parent)
        if kind is None:
            return None
        store = create_interactively(parent, _new_name())
        return Start(store, then=kind) if store is not None else None
    path = choose_path(parent)
    if path is None:
        return None
    if _same(path, current):
        raise AlreadyOpen
    return _started(open_interactively(path, parent))


def import_choice(parent: QWidget | None) -> str | None:
    """Which kind of document to begin with."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Importera dokument",
        "Vad vill du börja med? Först skapar du databasen för din kommun, sedan läses "
        "dokumentet in. Importen visar vad som lästes innan något sparas.",
        parent=parent,
    )
    delegation = box.addButton(
        "&Delegationsordning (Word, Excel, CSV)…", QMessageBox.ButtonRole.AcceptRole
    )
    budget = box.addButton("&Budgetblad (Excel, CSV)…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(
        "En ärendelista läser du in i fliken Kallelse när sammanträdet finns: Importera…."
    )
    box.exec()
    return {delegation: "delegation", budget: "budget"}.get(box.clickedButton())


def _started(store: Store | None) -> Start | None:
    return Start(store) if store is not None else None


def _new_name() -> str:
    """Where Ny databas suggests the file: the standard file, unless it is taken."""
    standard = paths.default_db_path()
    return str(standard if not standard.exists() else standard.with_name("ny-databas.sqlite"))


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


def _same(path: Path, other: Path | None) -> bool:
    return other is not None and path.resolve() == other.resolve()


def _start_folder() -> Path:
    last = settings.last_database()
    return last.parent if last is not None else paths.data_dir_location()
