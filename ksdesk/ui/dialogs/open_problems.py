"""Opening a database from the GUI when something is in the way: another ksdesk writes it
(offer to open it read-only), or it is damaged, foreign or too new (offer the latest good
backup; the damaged file is kept under a new name, never overwritten)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError, StoreDamaged, StoreLocked
from ksdesk.services.store import Store, open_database


def open_interactively(
    path: Path, parent: QWidget | None = None, *, create: bool = False
) -> Store | None:
    """The open store, or None when the secretary chose not to (or could not) open it."""
    try:
        return open_database(path, create=create)
    except StoreLocked as error:
        return _offer_read_only(path, error, parent)
    except StoreDamaged as error:
        return _offer_restore(path, error, parent)
    except KsdeskError as error:
        QMessageBox.critical(parent, "Kan inte öppna databasen", str(error))
        return None


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
            f"{error}\n\nDet finns ingen säkerhetskopia av den att återställa.",
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
