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
from ksdesk.ui.failures import failure_text

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
        window.ui.action_skyddade.triggered.connect(self.show_skyddade)
        self.timer = QTimer(window)
        self.timer.setInterval(AUTO_BACKUP_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        self.runner = None  # the backups' worker, made on the first backup
        self.job = None
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
        """The timer's backup, when this window has edited something since the last one."""
        from ksdesk.services import backup as backup_service

        if backup_service.auto_backup_needed(self.window.store):
            self._start_backup("auto")

    def prepare_backups(self) -> None:
        """Load what the backups need on a thread of its own, while the window is idle after
        its first paint: imported on the GUI thread by the first backup, those modules held
        the window still for tens of milliseconds (their code runs under the GIL either way,
        but on this thread the window gets its turn every few milliseconds)."""
        import threading

        threading.Thread(target=_load_backup_modules, name="ksdesk-backup-imports").start()

    def backup_at_start(self) -> None:
        """A backup of the file as opened, once the window is up; it also checks the whole
        file (quick_check of the copy), which opening no longer does."""
        from ksdesk.services import backup as backup_service

        if backup_service.start_backup_needed(self.window.store):
            self._start_backup("start")

    def _start_backup(self, reason: str) -> None:
        """Plan on this thread; copy, check and mirror on the worker: the window never waits."""
        from ksdesk.services import backup as backup_service
        from ksdesk.ui.worker import BackgroundRunner

        if self.runner is not None and self.runner.busy:
            return  # the one running covers this too
        try:
            job = backup_service.plan_backup(self.window.store, reason)
        except KsdeskError as error:
            self._say_failure(error, reason)
            return
        if self.runner is None:
            self.runner = BackgroundRunner(self.window)
            self.runner.finished.connect(self._backed_up)
            self.runner.failed.connect(self._failed)
        self.job = job

        def work(progress):
            return backup_service.run_backup(job, lambda done, total: progress(done, total, ""))

        self.runner.start(work)

    def _backed_up(self, made: BackupInfo) -> None:
        from ksdesk.services import backup as backup_service

        job = self.job
        if job is not None and not self.window.store.closed:
            backup_service.backed_up(self.window.store, job)
        if job is not None and job.reason == "start":
            # The start backup is quiet (the status bar keeps naming the file) unless its
            # second copy failed.
            if made.second_copy is not None and made.second_copy.failed:
                self.report(made, "Säkerhetskopia sparad vid start.")
            return
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

    def _failed(self, error: object) -> None:
        self._say_failure(error, self.job.reason if self.job is not None else "auto")

    def _say_failure(self, error: object, reason: str) -> None:
        from ksdesk.core.errors import StoreDamaged

        if isinstance(error, StoreDamaged):  # found by the check of the copy: said at once
            from ksdesk.services.backup import recovery_hint

            hint = recovery_hint(self.window.store.path) if self.window.store.path else ""
            QMessageBox.critical(self.window, "Databasen är skadad", f"{error} {hint}".strip())
            return
        # Not modal: a failed backup must not interrupt typing. Said in the status bar.
        when = " vid start" if reason == "start" else ""
        said = failure_text(error, show_bug=False)
        self.window.ui.status_bar.showMessage(f"Säkerhetskopian{when} misslyckades: {said}")

    def stop(self) -> None:
        """Closing: a copy under way is given up (its temporary file removed)."""
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def show_backups(self) -> None:
        from ksdesk.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.window.store, self.window).exec()

    def show_public_check(self) -> None:
        from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

        PublicCheckDialog(self.window.store, parent=self.window).exec()

    def show_skyddade(self) -> None:
        from ksdesk.ui.dialogs.skyddade_dialog import SkyddadeDialog

        SkyddadeDialog(self.window.store, self.window).exec()


def _load_backup_modules() -> None:
    import ksdesk.services.backup  # noqa: F401 - loaded for later use, see prepare_backups


def title_mark(store) -> str:
    """What the window title adds after the file name: " (skrivskyddad)" or nothing."""
    return f" ({READ_ONLY_MARK})" if getattr(store, "read_only", False) else ""
