"""Adding someone to the upprop who is not in the members register: an ersättare called in,
a tjänsteman, a guest."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ksdesk.core.organ import ROLES
from ksdesk.core.protokoll import OTHER_ROLE, Attendee
from ksdesk.ui.models.protokoll_models import ROLE_LABELS


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lägg till person i uppropet")
        self.name_edit = QLineEdit(self)
        self.party_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        for role in (*ROLES[3:], OTHER_ROLE, *ROLES[:3]):
            self.role_combo.addItem(ROLE_LABELS[role], role)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText("t.ex. kommundirektör (för övriga närvarande)")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lägg till")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Namn", self.name_edit)
        form.addRow("Parti", self.party_edit)
        form.addRow("Roll", self.role_combo)
        form.addRow("Titel", self.title_edit)
        form.addRow(buttons)

    def attendee(self) -> Attendee:
        return Attendee(
            name=self.name_edit.text().strip(),
            party=self.party_edit.text().strip(),
            role=self.role_combo.currentData(),
            title=self.title_edit.text().strip(),
        )
