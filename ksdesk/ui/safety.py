"""The main window's safety fittings, kept out of main_window.py: Arkiv → Säkerhetskopior and
Granska offentlig kopia, the automatic backup every few minutes with edits, and the
"skrivskyddad" marker when another ksdesk writes the file."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_time

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

    def auto_backup(self) -> None:
        from ksdesk.services import backup as backup_service

        try:
            made = backup_service.auto_backup(self.window.store)
        except KsdeskError as error:
            # Not modal: a failed timer backup must not interrupt typing. Said in the status bar.
            self.window.ui.status_bar.showMessage(f"Säkerhetskopian misslyckades: {error}")
            return
        if made is not None:
            clock = format_time(datetime.now().time())
            self.window.ui.status_bar.showMessage(f"Säkerhetskopia sparad kl. {clock}.", 10_000)

    def backup_at_start(self) -> None:
        """A backup of the file as opened, once the window is up (not before its first paint:
        a large file takes a moment to copy)."""
        from ksdesk.services.backup import backup_on_start

        try:
            backup_on_start(self.window.store)
        except KsdeskError as error:
            self.window.ui.status_bar.showMessage(
                f"Säkerhetskopian vid start misslyckades: {error}"
            )

    def show_backups(self) -> None:
        from ksdesk.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.window.store, self.window).exec()

    def show_public_check(self) -> None:
        from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

        PublicCheckDialog(self.window.store, parent=self.window).exec()


def title_mark(store) -> str:
    """What the window title adds after the file name: " (skrivskyddad)" or nothing."""
    return f" ({READ_ONLY_MARK})" if getattr(store, "read_only", False) else ""
