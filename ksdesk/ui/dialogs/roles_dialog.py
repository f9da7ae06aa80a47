"""The register of roles: the titles that may be Delegat or Ersättare. A title that has been
renamed is replaced in every draft at once; adopted versions keep what the board decided.
Adding and renaming go onto the window's undo stack; the dialog's Ångra (Ctrl+Z) undoes
only what was done in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
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
from ksdesk.core.format import format_count
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_roles
from ksdesk.services.store import Store
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import SnapshotCommand, UndoStack, stack_for
from ksdesk.ui.widgets.button_boxes import close_only
from ksdesk.ui.widgets.dialog_undo import DialogSteps
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table


class RoleModel(ObjectTableModel[tuple[Role, int]]):
    columns = (
        ColumnSpec("Titel", lambda r: r[0].name),
        ColumnSpec("Utbytt mot", lambda r: r[0].replaced_by),
        ColumnSpec("Punkter i utkast", lambda r: str(r[1]), sort=lambda r: r[1], align_right=True),
    )


class RolesDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, stack: UndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack or stack_for(store)
        self.setWindowTitle("Roller i delegationsordningen")
        resize_within_screen(self, 680, 560)
        intro = QLabel(
            "Titlarna som får stå som delegat eller ersättare. Kontrollen varnar för "
            "titlar som saknas här eller som har bytts ut."
        )
        intro.setWordWrap(True)
        self.model = RoleModel()
        self.table = QTableView(self)
        self.table.setObjectName("role_table")
        self.table.setAccessibleName("Roller")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=0)
        self.table.doubleClicked.connect(lambda _i: self._rename())
        self.message = QLabel(self)
        self.message.setObjectName("role_message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton("Lägg till titel…", self)
        self.rename_button = QPushButton("Byt titel…", self)
        self.fetch_button = QPushButton("Hämta ur utkasten…", self)
        self.fetch_button.setToolTip(
            "Lägg till titlarna som står som delegat eller ersättare i utkasten, till exempel "
            "i en importerad delegationsordning"
        )
        self.rename_button.setToolTip("Titeln byts i alla utkast; antagna versioner ändras inte")
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.fetch_button.clicked.connect(self._fetch)
        self.steps = DialogSteps(self.stack, self)
        undo_button, redo_button = self.steps.buttons()
        close = close_only(self)
        row = QHBoxLayout()
        buttons = (self.add_button, self.fetch_button, self.rename_button, undo_button, redo_button)
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(row)
        read_only = bool(getattr(store, "read_only", False))
        self.add_button.setEnabled(not read_only)
        self.fetch_button.setEnabled(not read_only)
        self.rename_button.setEnabled(not read_only)
        # A bound method, not a lambda: Qt drops the connection when the dialog is deleted.
        self.stack.indexChanged.connect(self._stack_moved)
        self.reload()

    def _stack_moved(self, _index: int) -> None:
        # Closed, or its database closed (the stack is cleared then): nothing to show.
        if self.isVisible() and not getattr(self.store, "closed", False):
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(delegation_roles.role_overview(self.store))

    def _change(self, text: str, operation: Callable[[], object]) -> object | None:
        """Run a change of the register as one undoable step (the register and the drafts
        before and after it)."""
        try:
            before = delegation_roles.role_state(self.store)
            result = operation()
            after = delegation_roles.role_state(self.store)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara", str(error))
            return None

        def apply(state: delegation_roles.RoleState) -> Topic:
            return delegation_roles.restore_role_state(self.store, state)

        command = SnapshotCommand(text, apply, before, after)
        done = self.steps.push(command)
        self.reload()
        return result if done else None

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, "Ny titel", "Titel:")
        if ok and name.strip():
            title = " ".join(name.split())
            if delegation_service.role_register(self.store).find(title) is not None:
                self.message.setText(f"”{title}” finns redan i registret.")
                return
            if self._change(
                f"Ny titel {title}", lambda: delegation_roles.add_role(self.store, name)
            ):
                self.message.setText(f"”{title}” finns nu i registret.")

    def _fetch(self) -> None:
        """The titles of the drafts that the register lacks, each ticked to be added."""
        from ksdesk.ui.dialogs.title_pick_dialog import TitlePickDialog

        titles = delegation_roles.unregistered_titles(self.store)
        if not titles:
            self.message.setText("Alla titlar som står i utkasten finns redan i registret.")
            return
        dialog = TitlePickDialog(titles, self)
        names = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
        if not names:
            return
        added = self._change(
            f"Hämta {format_count(len(names), 'titel', 'titlar')} ur utkasten",
            lambda: delegation_roles.add_roles(self.store, names),
        )
        if added is not None:
            self.message.setText(
                f"{format_count(int(added), 'titel', 'titlar')} finns nu i registret. "
                "Ångra med Ctrl+Z."
            )

    def _rename(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText("Välj först den titel som har bytts ut.")
            return
        role, uses = self.model.row_object(index.row())
        new, ok = QInputDialog.getText(
            self,
            "Byt titel",
            f"”{role.name}” heter nu (byts i {format_count(uses, 'punkt', 'punkter')} i "
            "utkasten, antagna versioner "
            "ändras inte):",
        )
        if not ok or not new.strip():
            return
        new = " ".join(new.split())
        changed = self._change(
            f"Byt titel {role.name} → {new}",
            lambda: delegation_roles.rename_role(self.store, role.name, new),
        )
        if changed is not None:
            self.message.setText(
                f"”{role.name}” är utbytt mot ”{new}” i "
                f"{format_count(changed, 'punkt', 'punkter')}. Ångra med Ctrl+Z."
            )
