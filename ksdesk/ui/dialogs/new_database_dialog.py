"""Ny databas: which kommun and which nämnd the new file is for. Every kallelse, protokoll
and printed document of the file then carries these names."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ksdesk.ui.widgets.button_boxes import Button, ok_cancel


class NewDatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ny databas")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Den nya databasen är tom. Ange kommunen och nämnden: de står på allt som skrivs "
            "ut. Fler nämnder kan läggas till senare."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kommun_edit = QLineEdit(self)
        self.kommun_edit.setObjectName("kommun_edit")
        self.kommun_edit.setPlaceholderText("T.ex. Testby kommun")
        self.organ_edit = QLineEdit("Kommunstyrelsen", self)
        self.organ_edit.setObjectName("organ_edit")
        form.addRow("&Kommun:", self.kommun_edit)
        form.addRow("&Nämnd:", self.organ_edit)
        layout.addLayout(form)
        self.buttons = ok_cancel(self, "Skapa")
        layout.addWidget(self.buttons)
        for edit in (self.kommun_edit, self.organ_edit):
            edit.textChanged.connect(self._enable)
        self._enable()
        self.setMinimumWidth(460)

    def _enable(self) -> None:
        filled = bool(self.kommun_edit.text().strip() and self.organ_edit.text().strip())
        self.buttons.button(Button.Ok).setEnabled(filled)

    def names(self) -> tuple[str, str]:
        return self.kommun_edit.text().strip(), self.organ_edit.text().strip()


def ask_kommun(parent: QWidget | None = None) -> tuple[str, str] | None:
    """(kommun, nämnd), or None when the secretary cancels."""
    dialog = NewDatabaseDialog(parent)
    return dialog.names() if dialog.exec() == QDialog.DialogCode.Accepted else None
