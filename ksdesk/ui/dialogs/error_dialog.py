"""The dialog an unexpected error shows, in Swedish: what happened to the work (nothing is
half-saved), what to do, and the details to copy for whoever looks after ksdesk."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ksdesk.ui.help_topics import set_topic

ERROR_TEXT = (
    "<b>Något gick fel i ksdesk.</b><br><br>"
    "Det du redan har gjort är sparat: ksdesk sparar varje ändring direkt, och den åtgärd "
    "som misslyckades har inte sparats till hälften. Du kan arbeta vidare.<br><br>"
    "Kommer felet igen? Klicka på <b>Kopiera detaljer</b> och klistra in texten i ett "
    "mejl till den som sköter ksdesk hos er, med en rad om vad du just gjorde."
)


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ksdesk – ett oväntat fel")
        set_topic(self, "fel.md")
        self.details = details
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAccessibleName("Varning")
        message = QLabel(ERROR_TEXT, self)
        message.setWordWrap(True)
        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setAccessibleName("Detaljer om felet")
        self.details_view.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton("&Kopiera detaljer", self)
        self.show_button = QPushButton("&Visa detaljer", self)
        self.log_button = QPushButton("Visa &logg", self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText("&Stäng")
        for button in (self.copy_button, self.show_button, self.log_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(self.toggle_details)
        self.log_button.clicked.connect(self.show_log)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(message)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        close.setDefault(True)
        self.resize(560, 260)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText("Kopierat ✓")

    def toggle_details(self) -> None:
        shown = not self.details_view.isVisible()
        self.details_view.setVisible(shown)
        self.show_button.setText("Dölj &detaljer" if shown else "&Visa detaljer")
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 480))

    def show_log(self) -> None:
        from ksdesk.ui.dialogs.log_dialog import LogDialog

        LogDialog(self).exec()
