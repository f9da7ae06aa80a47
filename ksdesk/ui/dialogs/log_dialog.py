"""Hjälp → Visa logg: the end of ksdesk's log file, newest last, with where the file is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk import applog
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.widgets.screen_fit import resize_within_screen


class LogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ksdesk – logg")
        set_topic(self, "filer.md#loggen")
        path = applog.log_path()
        where = QLabel(
            f"Loggen ligger i <b>{path}</b>. Den innehåller start och avslut, vilken databas "
            "som öppnades och oväntade fel, aldrig det du skriver i ärendena.",
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName("Loggens innehåll")
        content = applog.tail()
        self.text.setPlainText(content or "Loggen är tom.")
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton("&Kopiera allt", self)
        self.folder_button = QPushButton("Öppna &mappen", self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText("&Stäng")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 520)
