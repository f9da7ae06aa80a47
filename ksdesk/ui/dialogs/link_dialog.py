"""Arkiv → Team → Koppla till server: the server's address, the user's login, her name as
colleagues see it, and the password, which goes into the computer's keyring (never into the
file). The login is tried before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.services import team
from ksdesk.services.store import Store
from ksdesk.ui.widgets.colors import MUTED_COLOR


class LinkDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Koppla till kanslits server")
        self.store = store
        link = team.link_of(store)
        self.server = QLineEdit(link.server if link else "")
        self.server.setPlaceholderText("postgresql://db.kommun.se/ksdesk?sslmode=verify-full")
        self.user = QLineEdit(link.user if link else "")
        self.name = QLineEdit(link.name if link else "")
        self.name.setPlaceholderText("Anna Ek")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field, name in (
            (self.server, "server_field"),
            (self.user, "user_field"),
            (self.name, "name_field"),
            (self.password, "password_field"),
        ):
            field.setObjectName(name)
            field.setMinimumWidth(380)
        form = QFormLayout()
        form.addRow("Serverns adress:", self.server)
        form.addRow("Användarnamn:", self.user)
        form.addRow("Ditt namn:", self.name)
        form.addRow("Lösenord:", self.password)
        note = QLabel(
            f"<span style='color:{MUTED_COLOR}'>Lösenordet sparas i datorns nyckelring, aldrig "
            "i databasfilen. Adressen får du av den som administrerar servern.</span>"
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Koppla")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            linked = team.koppla(
                self.store,
                self.server.text(),
                self.user.text(),
                self.password.text(),
                self.name.text(),
            )
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte koppla", str(error))
            return
        if linked.warning:
            QMessageBox.warning(self, "Okrypterad anslutning", linked.warning)
        super().accept()
