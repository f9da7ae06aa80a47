"""Opening a database from the GUI when something is in the way: another ksdesk writes it
(offer to open it read-only), the file or its folder is read-only (open it read-only and say
why), or it is empty, damaged, foreign or too new (offer the latest good backup; the damaged
file is kept under a new name, never overwritten). And making a new one (Ny databas)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError, StoreDamaged, StoreLocked, StoreReadOnly
from ksdesk.services.store import Store, open_database

DATABASE_FILTER = "ksdesk-databas (*.sqlite *.db);;Alla filer (*)"


def open_interactively(path: Path, parent: QWidget | None = None) -> Store | None:
    """The open store, or None when the secretary chose not to (or could not) open it."""
    from ksdesk.ui.dialogs.file_upgrade import upgrade_if_needed

    try:
        upgrade_if_needed(path, parent)  # an older ksdesk's file: on a thread, with a message
        return open_database(path)
    except StoreLocked as error:
        return _offer_read_only(path, error, parent)
    except StoreReadOnly as error:
        return _open_read_only(path, error, parent)
    except StoreDamaged as error:
        return _offer_restore(path, error, parent)
    except KsdeskError as error:
        QMessageBox.critical(parent, "Kan inte öppna databasen", str(error))
        return None


def create_interactively(parent: QWidget | None = None, suggested: str = "") -> Store | None:
    """Arkiv → Ny databas: a new, empty database where the secretary chooses; never in a
    file that is already there."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        "Ny databas",
        suggested,
        DATABASE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,  # refused below, never overwritten
    )
    if not name:
        return None
    return _create(Path(name if Path(name).suffix else name + ".sqlite"), parent)


def _create(path: Path, parent: QWidget | None) -> Store | None:
    """The new file, for the kommun and nämnd the secretary names (new_database_dialog)."""
    from ksdesk.services.own_kommun import new_database
    from ksdesk.ui.dialogs import new_database_dialog

    if path.exists() or path.is_symlink():
        QMessageBox.critical(
            parent,
            "Kan inte skapa databasen",
            f"Filen {path} finns redan. En ny databas görs aldrig i en befintlig fil: välj ett "
            "nytt filnamn.",
        )
        return None
    names = new_database_dialog.ask_kommun(parent)
    if names is None:
        return None
    try:
        return new_database(path, *names)
    except KsdeskError as error:
        QMessageBox.critical(parent, "Kan inte skapa databasen", str(error))
        return None


def offer_when_missing(path: Path, parent: QWidget | None = None) -> Store | None:
    """At start, when the database file is not there: make a new one there (only on the
    secretary's word), open another one, or stop."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Ingen databas",
        f"Det finns ingen databas i {path}.",
        parent=parent,
    )
    box.setInformativeText("Skapa en ny, tom databas där, eller öppna en databas som redan finns.")
    create = box.addButton("Skapa ny databas", QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton("Öppna en annan…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Avsluta", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(create)
    box.exec()
    if box.clickedButton() is create:
        return _create(path, parent)
    if box.clickedButton() is other:
        name, _filter = QFileDialog.getOpenFileName(
            parent, "Öppna databas", str(path.parent), DATABASE_FILTER
        )
        return open_interactively(Path(name), parent) if name else None
    return None


def _open_read_only(path: Path, error: StoreReadOnly, parent: QWidget | None) -> Store | None:
    """A read-only file or folder is respected: opened for reading, saying why."""
    try:
        store = open_database(path, read_only=True)
    except KsdeskError as again:
        QMessageBox.critical(parent, "Kan inte öppna databasen", str(again))
        return None
    QMessageBox.information(
        parent,
        "Databasen öppnas skrivskyddad",
        f"{error.reason}. ksdesk ändrar inte filen: du kan läsa och skriva ut, men inte "
        "ändra något. Vill du ändra i den, ta bort skrivskyddet och öppna den igen.",
    )
    return store


def _offer_read_only(path: Path, error: StoreLocked, parent: QWidget | None) -> Store | None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Databasen är redan öppen", str(error), parent=parent
    )
    box.setInformativeText(
        "Skrivskyddad kan du läsa och skriva ut, men inte ändra något. Ändringar görs i det "
        "ksdesk som redan har filen öppen."
    )
    read_only = box.addButton("Öppna skrivskyddad", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is not read_only:
        return None
    try:
        return open_database(path, read_only=True)
    except KsdeskError as again:
        QMessageBox.critical(parent, "Kan inte öppna databasen", str(again))
        return None


def _offer_restore(path: Path, error: StoreDamaged, parent: QWidget | None) -> Store | None:
    from ksdesk.services import backup as backup_service  # only when something went wrong

    backup = backup_service.latest_good_backup(path)
    if backup is None:
        QMessageBox.critical(
            parent,
            "Databasen kan inte öppnas",
            f"{error}\n\nDet finns ingen säkerhetskopia av den att återställa. Välj en annan "
            "databasfil (Arkiv → Öppna databas), eller gör en ny (Arkiv → Ny databas).",
        )
        return None
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Databasen kan inte öppnas", str(error), parent=parent
    )
    newer = " Den nyare filen sparas också." if error.too_new else ""
    box.setInformativeText(
        f"Den senaste hela säkerhetskopian är från {backup.when_text} ({backup.size_text}). "
        "Vill du återställa den? Den nuvarande filen flyttas undan med datum i namnet och "
        f"skrivs aldrig över.{newer}"
    )
    restore = box.addButton(
        f"Återställ kopian från {backup.when_text}", QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        result = backup_service.restore_file(path, backup)
        store = open_database(path)
    except KsdeskError as again:
        QMessageBox.critical(parent, "Återställningen misslyckades", str(again))
        return None
    QMessageBox.information(parent, "Återställd", result.message(path))
    return store
