"""The register of roles: the titles that may be Delegat or Ersättare. A title that has been
renamed is replaced in every draft at once; adopted versions keep what the board decided."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.delegation_roles import Role
from ksdesk.core.errors import KsdeskError
from ksdesk.services import delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.tables import setup_table


class RoleModel(ObjectTableModel[tuple[Role, int]]):
    columns = (
        ColumnSpec("Titel", lambda r: r[0].name),
        ColumnSpec("Utbytt mot", lambda r: r[0].replaced_by),
        ColumnSpec("Punkter i utkast", lambda r: str(r[1]), sort=lambda r: r[1], align_right=True),
    )


class RolesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Roller i delegationsordningen")
        self.resize(640, 560)
        intro = QLabel(
            "Titlarna som får stå som delegat eller ersättare. Kontrollen okand-roll varnar för "
            "titlar som saknas här eller som har bytts ut."
        )
        intro.setWordWrap(True)
        self.model = RoleModel()
        self.table = QTableView(self)
        self.table.setObjectName("role_table")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=0)
        add = QPushButton("Lägg till titel…", self)
        rename = QPushButton("Byt titel…", self)
        add.clicked.connect(self._add)
        rename.clicked.connect(self._rename)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(rename)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(delegation_edit.role_overview(self.store))

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, "Ny titel", "Titel:")
        if ok and name.strip():
            try:
                delegation_edit.add_role(self.store, name)
            except KsdeskError as error:
                QMessageBox.warning(self, "Kan inte spara", str(error))
            self.reload()

    def _rename(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, "Byt titel", "Välj först den titel som har bytts ut.")
            return
        role, uses = self.model.row_object(index.row())
        new, ok = QInputDialog.getText(
            self, "Byt titel", f"”{role.name}” heter nu (byts i {uses} punkter i utkasten):"
        )
        if not ok or not new.strip():
            return
        try:
            changed = delegation_edit.rename_role(self.store, role.name, new)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte byta titel", str(error))
            return
        announce("delegation")
        QMessageBox.information(
            self, "Titeln bytt", f"”{role.name}” är utbytt mot ”{new.strip()}” i {changed} punkter."
        )
        self.reload()
