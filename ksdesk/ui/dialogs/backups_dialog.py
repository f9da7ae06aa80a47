"""Arkiv → Säkerhetskopior: the backups of the open database, newest first, with date, size
and reason; make one now, or restore one (the current state is backed up first)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ksdesk.core.backup import BackupInfo
from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic
from ksdesk.services import backup as backup_service
from ksdesk.services import preferences
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.tables import setup_table


class BackupTableModel(ObjectTableModel[BackupInfo]):
    columns = (
        ColumnSpec("Skapad", lambda b: b.when_text, sort=lambda b: b.created),
        ColumnSpec("Orsak", lambda b: b.reason_text),
        ColumnSpec("Storlek", lambda b: b.size_text, sort=lambda b: b.size, align_right=True),
        ColumnSpec("Fil", lambda b: b.name),
    )


class BackupsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        set_topic(self, "sakerhetskopior.md")
        self.store = store
        self.model = BackupTableModel()
        self.ui.backup_table.setModel(self.model)
        setup_table(self.ui.backup_table, stretch_column=3)
        self.ui.create_button.clicked.connect(self.create_now)
        self.ui.restore_button.clicked.connect(self.restore_selected)
        self.ui.close_button.clicked.connect(self.accept)
        self.ui.choose_second_button.clicked.connect(self.choose_second_folder)
        self.ui.clear_second_button.clicked.connect(lambda: self.set_second_folder(None))
        if store.read_only:
            self.ui.restore_button.setEnabled(False)
            self.ui.restore_button.setToolTip("Filen är öppnad skrivskyddad.")
        self.refresh()

    def refresh(self) -> None:
        backups = backup_service.list_backups(self.store.path) if self.store.path else []
        self.model.set_rows(backups)
        self.ui.intro_label.setText(self._intro(bool(backups)))
        if backups:
            # The newest regular backup, not a safety copy a restore just left.
            regular = [i for i, b in enumerate(backups) if not b.is_safety_copy]
            self.ui.backup_table.selectRow(regular[0] if regular else 0)
        folder = backup_service.backup_dir(self.store.path) if self.store.path else ""
        self.ui.folder_label.setText(f"Mapp: {folder}")
        self.ui.restore_button.setEnabled(bool(backups) and not self.store.read_only)
        self._show_second_folder()

    def _intro(self, any_backup: bool) -> str:
        """What ksdesk keeps, the space budget too (a large file's older copies go first, and
        a secretary looking for one should know why), and why the list may be empty."""
        name = escape(self.store.path.name) if self.store.path else ""
        text = (
            f"Säkerhetskopior av <b>{name}</b>. ksdesk gör en när programmet startar och var "
            f"{backup_service.AUTO_BACKUP_MINUTES}:e minut när något har ändrats. De tio senaste "
            "sparas, och en om dagen i 30 dagar, så länge de tillsammans tar högst "
            f"{backup_service.BUDGET_FACTOR} gånger så mycket plats som filen: de äldsta tas "
            "bort först."
        )
        if not any_backup:
            text += (
                "<br><b>Inga säkerhetskopior än:</b> den första görs när ksdesk startar med filen, "
                "eller med knappen Skapa säkerhetskopia nu."
            )
        return text

    def _show_second_folder(self) -> None:
        second = preferences.second_backup_folder()
        if second is None:
            text = (
                "<b>Andra mapp:</b> ingen. Välj en mapp på en annan disk eller server (till "
                "exempel din hemkatalog, H:) så finns kopiorna kvar om datorn går sönder."
            )
        else:
            text = (
                f"<b>Andra mapp:</b> {escape(str(second))}. Varje färdig säkerhetskopia "
                "kopieras dit, aldrig databasen som används."
            )
        self.ui.second_folder_label.setText(text)
        self.ui.clear_second_button.setEnabled(second is not None)

    def choose_second_folder(self) -> Path | None:
        start = preferences.second_backup_folder() or Path.home()
        name = QFileDialog.getExistingDirectory(self, "Andra mapp för säkerhetskopior", str(start))
        return self.set_second_folder(Path(name)) if name else None

    def set_second_folder(self, folder: Path | None) -> Path | None:
        try:
            chosen = preferences.set_second_backup_folder(folder)
        except KsdeskError as error:
            QMessageBox.warning(self, "Andra mapp för säkerhetskopior", str(error))
            return None
        self._show_second_folder()
        return chosen

    def selected(self) -> BackupInfo | None:
        index = self.ui.backup_table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def create_now(self) -> BackupInfo | None:
        try:
            made = backup_service.create_backup(self.store)
        except KsdeskError as error:
            QMessageBox.warning(self, "Säkerhetskopior", str(error))
            return None
        self.refresh()
        if made.second_copy is not None:
            said = made.second_copy.message()
            self.ui.folder_label.setText(f"{self.ui.folder_label.text()}\n{said}")
        return made

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        answer = QMessageBox.question(
            self,
            "Återställ säkerhetskopia",
            f"Återställ databasen till läget {backup.when_text}?\n\n"
            "Det nuvarande läget sparas först som en egen säkerhetskopia, så inget går förlorat.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(backup)

    def restore(self, backup: BackupInfo) -> bool:
        try:
            result = backup_service.restore_backup(self.store, backup)
        except KsdeskError as error:
            QMessageBox.warning(self, "Återställ säkerhetskopia", str(error))
            self.refresh()  # a copy gone meanwhile leaves the list
            return False
        stack = getattr(self.parent(), "undo_stack", None)
        if stack is not None:
            stack.clear()  # the edits on it belong to the state that was replaced
        announce(Topic.ALL)
        self.refresh()
        QMessageBox.information(self, "Återställd", result.message(self.store.path))
        return True
