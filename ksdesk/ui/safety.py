"""The main window's safety fittings, kept out of main_window.py: Arkiv → Säkerhetskopior and
Granska offentlig kopia, the automatic backup every few minutes with edits, and the
"skrivskyddad" marker when another ksdesk writes the file."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QMainWindow, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_time
from ksdesk.ui import settings

if TYPE_CHECKING:  # the backup modules load on the first backup, not at start-up
    from pathlib import Path

    from ksdesk.core.backup import BackupInfo
    from ksdesk.core.storage_location import LocationWarning

READ_ONLY_MARK = "skrivskyddad"
# As services.backup.AUTO_BACKUP_MINUTES (a test checks they agree); that module loads on
# the first timer tick, not at start-up.
AUTO_BACKUP_MINUTES = 10


class SafetyFittings:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.read_only_label = QLabel(f"<b>{READ_ONLY_MARK.capitalize()}</b>")
        self.read_only_label.setObjectName("read_only_label")
        window.ui.status_bar.addPermanentWidget(self.read_only_label)
        # A database in OneDrive or on a network share: said in the status bar for as long
        # as it is open, and once in a dialog (ui/dialogs/location_warning.py).
        self.location_label = QLabel()
        self.location_label.setObjectName("location_label")
        window.ui.status_bar.addPermanentWidget(self.location_label)
        window.ui.action_backups.triggered.connect(self.show_backups)
        window.ui.action_public_check.triggered.connect(self.show_public_check)
        self.timer = QTimer(window)
        self.timer.setInterval(AUTO_BACKUP_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        self.store_changed()

    def store_changed(self) -> None:
        # Ångra/Gör om stay disabled by themselves: a read-only window pushes no edits.
        store = self.window.store
        self.read_only_label.setVisible(store.read_only)
        reason = getattr(store, "read_only_reason", "")
        self.read_only_label.setToolTip(
            f"{reason}: ksdesk ändrar den inte. Du kan läsa och skriva ut, men inte ändra."
            if reason
            else "Ett annat ksdesk har filen öppen. Du kan läsa och skriva ut, men inte ändra."
        )
        self.check_location()

    def check_location(self) -> None:
        """Warn when the open file is in a synchronised folder or on a network share."""
        from ksdesk.services.storage_location import location_warning

        path = self.window.store.path
        warning = location_warning(path) if path is not None else None
        self.location_label.setVisible(warning is not None)
        if warning is None:
            return
        self.location_label.setText(warning.short)
        self.location_label.setToolTip(warning.text())
        self.location_label.setAccessibleName(warning.short.lstrip("⚠ "))
        if not settings.location_warning_silenced(path):
            # After the window is up: the warning belongs over it, not before it.
            QTimer.singleShot(0, lambda: self.show_location_warning(warning, path))

    def show_location_warning(self, warning: LocationWarning, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Databasen ligger på en osäker plats",
            warning.text(),
            parent=self.window,
        )
        # Parented to the box: PySide does not keep a check box set on it alive by itself.
        silence = QCheckBox("Varna inte igen för den här filen", box)
        box.setCheckBox(silence)
        box.exec()
        if silence.isChecked():
            settings.silence_location_warning(path)

    def auto_backup(self) -> None:
        from ksdesk.services import backup as backup_service

        try:
            made = backup_service.auto_backup(self.window.store)
        except KsdeskError as error:
            # Not modal: a failed timer backup must not interrupt typing. Said in the status bar.
            self.window.ui.status_bar.showMessage(f"Säkerhetskopian misslyckades: {error}")
            return
        if made is not None:
            self.report(made, f"Säkerhetskopia sparad kl. {format_time(datetime.now().time())}.")

    def report(self, made: BackupInfo, text: str) -> None:
        """Say in the status bar that a backup was made; a copy to the second folder that
        failed stays there until something else is said (it matters more than a success)."""
        second = made.second_copy
        if second is None:
            self.window.ui.status_bar.showMessage(text, 10_000)
            return
        self.window.ui.status_bar.showMessage(
            f"{text} {second.message()}", 0 if second.failed else 10_000
        )

    def backup_at_start(self) -> None:
        """A backup of the file as opened, once the window is up (not before its first paint:
        a large file takes a moment to copy)."""
        from ksdesk.services.backup import backup_on_start

        try:
            made = backup_on_start(self.window.store)
        except KsdeskError as error:
            self.window.ui.status_bar.showMessage(
                f"Säkerhetskopian vid start misslyckades: {error}"
            )
            return
        if made is not None and made.second_copy is not None and made.second_copy.failed:
            self.report(made, "Säkerhetskopia sparad vid start.")

    def show_backups(self) -> None:
        from ksdesk.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.window.store, self.window).exec()

    def show_public_check(self) -> None:
        from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

        PublicCheckDialog(self.window.store, parent=self.window).exec()


def title_mark(store) -> str:
    """What the window title adds after the file name: " (skrivskyddad)" or nothing."""
    return f" ({READ_ONLY_MARK})" if getattr(store, "read_only", False) else ""
