"""The button rows every dialog ends with, wired and in Swedish: one place, so each
dialog says Avbryt and Stäng alike."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

Button = QDialogButtonBox.StandardButton


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK (or `ok_text`: "Spara", "Anta", ...) and Avbryt, wired to accept and reject."""
    buttons = QDialogButtonBox(Button.Ok | Button.Cancel, dialog)
    if ok_text is not None:
        buttons.button(Button.Ok).setText(ok_text)
    buttons.button(Button.Cancel).setText("Avbryt")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_only(dialog: QDialog) -> QDialogButtonBox:
    """Stäng alone, for a dialog whose every edit is already saved: it closes (rejects)."""
    buttons = QDialogButtonBox(Button.Close, dialog)
    buttons.button(Button.Close).setText("Stäng")
    buttons.rejected.connect(dialog.reject)
    return buttons


def yes_when_asked(parent: QWidget | None, title: str, text: str) -> bool:
    """Ja or Nej to `text`, Nej the default: for doing something she may regret (a sheet
    with wrong totals attached, a tjänsteskrivelse put on another ärende)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
