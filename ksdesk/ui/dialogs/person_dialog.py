"""Adding someone to the upprop during the meeting: an ersättare called in (perhaps for a
named ledamot), a tjänstgörande ledamot missing from the register, a tjänsteman or a guest.
Ledamöter and ersättare can be saved to the organ's members register at the same time, so
the next meeting's upprop has them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.organ import ROLES
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Narvaro
from ksdesk.core.upprop_search import ROLE_LABELS
from ksdesk.ui.widgets.button_boxes import ok_cancel

# The roles offered, most likely first: during a meeting it is usually an ersättare.
ROLE_ORDER = ("ersättare", "ledamot", OTHER_ROLE, *ROLES[:3])


class PersonDialog(QDialog):
    """`ledamoter`: (name, shown) of the ledamöter an ersättare may replace. `check(person,
    register)` raises KsdeskError (Swedish) for what cannot be added; the dialog stays open
    and says why."""

    def __init__(
        self,
        ledamoter: list[tuple[str, str]] = (),
        parent: QWidget | None = None,
        check: Callable[[Deltagare, bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lägg till person i uppropet")
        self.setMinimumWidth(420)
        self.check = check
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText("Förnamn Efternamn")
        self.party_edit = QLineEdit(self)
        self.party_edit.setObjectName("party_edit")
        self.party_edit.setPlaceholderText("t.ex. S, M, SD")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role_combo")
        for role in ROLE_ORDER:
            self.role_combo.addItem(ROLE_LABELS[role], role)
        self.replaces_combo = QComboBox(self)
        self.replaces_combo.setObjectName("replaces_combo")
        self.replaces_combo.addItem("(ingen ledamot just nu)", "")
        for name, shown in ledamoter:
            self.replaces_combo.addItem(shown, name)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText("t.ex. kommundirektör")
        self.present_check = QCheckBox("Närvarande (paragraferna ändras under Närvaro)", self)
        self.present_check.setObjectName("present_check")
        self.present_check.setChecked(True)
        self.register_check = QCheckBox("Spara i nämndens ledamotsregister", self)
        self.register_check.setObjectName("register_check")
        self.register_check.setChecked(True)
        self.register_check.setToolTip("Nästa sammanträdes upprop får då med personen.")
        self.buttons = ok_cancel(self, "Lägg till")
        form = QFormLayout(self)
        form.addRow("&Namn", self.name_edit)
        form.addRow("&Parti", self.party_edit)
        form.addRow("&Roll", self.role_combo)
        form.addRow("&Ersätter", self.replaces_combo)
        form.addRow("&Titel", self.title_edit)
        form.addRow("", self.present_check)
        form.addRow("", self.register_check)
        form.addRow(self.buttons)
        self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.name_edit.textChanged.connect(lambda _t: self._role_changed())
        self._role_changed()

    def _role_changed(self) -> None:
        role = self.role_combo.currentData()
        self.replaces_combo.setEnabled(role == "ersättare")
        self.title_edit.setEnabled(role == OTHER_ROLE)
        self.register_check.setEnabled(role != OTHER_ROLE)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    @property
    def register(self) -> bool:
        return self.register_check.isEnabled() and self.register_check.isChecked()

    def deltagare(self) -> Deltagare:
        role = self.role_combo.currentData()
        return Deltagare(
            name=" ".join(self.name_edit.text().split()),
            party=self.party_edit.text().strip(),
            role=role,
            title=self.title_edit.text().strip() if role == OTHER_ROLE else "",
            replaces=(self.replaces_combo.currentData() or "") if role == "ersättare" else "",
            narvaro=[Narvaro()] if self.present_check.isChecked() else [],
        )

    def accept(self) -> None:
        if self.check is not None:
            try:
                self.check(self.deltagare(), self.register)
            except KsdeskError as error:
                QMessageBox.warning(self, "Kan inte lägga till", str(error))
                return
        super().accept()
