"""The register of delegationsbeslut: every decision taken on delegation, a form to register
one or change one (BeslutForm), removal, and the anmälan at a meeting (AnmalanBox).
Registering, changing and removing go onto the window's undo stack; the dialog's Ångra
(Ctrl+Z) undoes only what was done in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic
from ksdesk.services import delegationsbeslut
from ksdesk.services.store import Store
from ksdesk.ui.dialogs.delegationsbeslut_anmalan_box import AnmalanBox
from ksdesk.ui.dialogs.delegationsbeslut_form import SECRET_TIP, BeslutForm
from ksdesk.ui.dialogs.delegationsbeslut_register import BeslutModel, register_columns
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.undo import SnapshotCommand, UndoStack, stack_for
from ksdesk.ui.widgets.button_boxes import close_only
from ksdesk.ui.widgets.dialog_undo import DialogSteps
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.scroll_page import ScrollPage, see_through
from ksdesk.ui.widgets.tables import keep_rows_in_view, setup_table


class DelegationsbeslutDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, stack: UndoStack | None = None
    ) -> None:
        super().__init__(parent)
        set_topic(self, "delegation.md#delegationsbeslut")
        self.store = store
        self.stack = stack or stack_for(store)
        self.steps = DialogSteps(self.stack, self)  # its Ångra undoes only what it did
        self.read_only = bool(getattr(store, "read_only", False))
        self.setWindowTitle("Delegationsbeslut")
        resize_within_screen(self, 1040, 760)
        self.model = BeslutModel()
        self.table = QTableView(self)
        self.table.setObjectName("beslut_table")
        self.table.setAccessibleName("Registrerade delegationsbeslut")
        self.table.setModel(self.model)
        setup_table(self.table, owner_fits_columns=True)
        self.columns = register_columns(self.table)
        keep_rows_in_view(self.table, 4)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.form = BeslutForm(store, self)
        self.form.register_button.clicked.connect(self._save)
        self.anmalan = AnmalanBox(store, self)
        close = close_only(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Registret</b>"))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._table_buttons())
        layout.addWidget(self._below_register())
        layout.addWidget(close)
        # A bound method, not a lambda: Qt drops the connection when the dialog is deleted.
        self.stack.indexChanged.connect(self._stack_moved)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The register keeps two fifths of a short dialog (a laptop at 150 %: some four
        rows); the form below it scrolls instead."""
        four_rows = keep_rows_in_view(self.table, 4)
        self.table.setMinimumHeight(max(four_rows, self.height() * 2 // 5))
        super().resizeEvent(event)

    def _below_register(self) -> QScrollArea:
        """The form and the anmälan side by side, in a scroll area: on a laptop at 150 % they
        would otherwise leave the register one row."""
        page = ScrollPage()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form, 3)
        row.addWidget(self.anmalan, 2)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        see_through(scroll)
        return scroll

    def _table_buttons(self) -> QHBoxLayout:
        self.edit_button = QPushButton("Ändra…", self)
        self.edit_button.setObjectName("edit_beslut_button")
        self.delete_button = QPushButton("Ta bort", self)
        self.delete_button.setObjectName("delete_beslut_button")
        self.secret_button = QPushButton("Sekretess", self)
        self.secret_button.setObjectName("secret_beslut_button")
        self.secret_button.setCheckable(True)  # down: the text is printed nowhere
        self.secret_button.setToolTip(f"{SECRET_TIP} Går även för anmälda beslut.")
        self.secret_button.clicked.connect(self._toggle_secret)
        self.import_button = QPushButton(delegationsbeslut.IMPORT_LIST, self)
        self.import_button.setObjectName("import_beslut_button")
        self.import_button.setToolTip(
            "Läs in diariets lista över delegationsbeslut (Excel eller CSV), eller listan som "
            "den står i en kallelse (PDF eller text). Du ser först vad som skulle registreras."
        )
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.import_button.clicked.connect(lambda: self.import_list())
        undo_button, redo_button = self.steps.buttons()
        row = QHBoxLayout()
        buttons = (self.edit_button, self.delete_button, self.secret_button)
        for widget in (*buttons, undo_button, redo_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.import_button)
        return row

    def selected(self) -> Delegationsbeslut | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _buttons(self) -> None:
        beslut = self.selected()
        editable = beslut is not None and beslut.reported_meeting_id is None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(editable and not self.read_only)
            button.setToolTip("" if editable or beslut is None else "Beslutet är redan anmält")
        self.form.register_button.setEnabled(not self.read_only)
        self.import_button.setEnabled(not self.read_only)
        self.secret_button.setEnabled(beslut is not None and not self.read_only)
        self.secret_button.setChecked(beslut is not None and beslut.sekretess)

    def _toggle_secret(self) -> None:
        beslut = self.selected()
        if beslut is None or self.read_only:
            return
        secret, beslut_id = not beslut.sekretess, beslut.id
        text = f"{'Markera' if secret else 'Ta bort markering'} sekretess {beslut.dnr}"

        def apply(value: bool) -> Topic:
            return delegationsbeslut.set_sekretess(self.store, beslut_id, value)

        self.steps.push(SnapshotCommand(text, apply, not secret, secret))
        self.reload()

    # Registering, changing, removing --------------------------------------------------------

    def _change(
        self, text: str, beslut_id: int | None, operation: Callable[[], object]
    ) -> object | None:
        """Run a change of one decision as an undoable step: the record before and after."""
        try:
            before = delegationsbeslut.get(self.store, beslut_id) if beslut_id else None
            result = operation()
            beslut_id = beslut_id or result.beslut.id
            listed = {b.id for b in delegationsbeslut.list_all(self.store)}
            after = delegationsbeslut.get(self.store, beslut_id) if beslut_id in listed else None
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara", str(error))
            return None

        def apply(value: Delegationsbeslut | None) -> Topic:
            return delegationsbeslut.put(self.store, beslut_id, value)

        command = SnapshotCommand(text, apply, before, after)
        done = self.steps.push(command)
        self.reload()
        return result if done else None

    def _save(self) -> None:
        data = self.form.value()
        editing = self.form.editing
        if editing is None:
            result = self._change(
                f"Registrera delegationsbeslut {data.dnr.strip()}",
                None,
                lambda: delegationsbeslut.register(self.store, data),
            )
            done = "Registrerat"
        else:
            result = self._change(
                f"Ändra delegationsbeslut {editing.dnr}",
                editing.id,
                lambda: delegationsbeslut.update(self.store, editing.id, data),
            )
            done = "Ändrat"
        if result is None:
            return
        self.form.clear()
        notes = " ".join(result.warnings)
        self.form.message.setText(f"{done}: {result.beslut.dnr}. {notes}".strip())
        self.select(result.beslut.id)

    def _edit_selected(self) -> None:
        beslut = self.selected()
        if beslut is None or self.read_only:
            return
        if beslut.reported_meeting_id is not None:
            self.form.message.setText("Beslutet är redan anmält och ändras inte.")
            return
        self.form.load(beslut)
        self.form.dnr_edit.setFocus()

    def _delete_selected(self) -> None:
        beslut = self.selected()
        if beslut is None:
            return
        removed = self._change(
            f"Ta bort delegationsbeslut {beslut.dnr}",
            beslut.id,
            lambda: delegationsbeslut.delete(self.store, beslut.id),
        )
        if removed is not None:
            if self.form.editing is not None and self.form.editing.id == beslut.id:
                self.form.clear()
            self.form.message.setText(f"Borttaget: {beslut.dnr}. Ångra med Ctrl+Z.")

    def import_list(self, path: str | None = None) -> bool:
        """Read the diarium's list of decisions, show the report, and register the new rows
        on Spara: one undoable step, however many rows."""
        from ksdesk.services import delegationsbeslut_import as importing
        from ksdesk.ui.dialogs import beslut_import_dialog  # on use: opening skips it

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera lista över delegationsbeslut",
                "",
                "Listor över delegationsbeslut (*.xlsx *.csv *.txt *.pdf *.docx);;Alla filer (*)",
            )
        if not path:
            return False
        try:
            plan = importing.read_file(self.store, path)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte importera", str(error))
            return False
        chosen = beslut_import_dialog.confirm_beslut_import(
            self, plan, lambda fill: importing.read_file(self.store, path, fill=fill)
        )
        if chosen is None:
            return False
        plan = chosen
        if not plan.planned:
            self.form.message.setText("Listan hade inga nya beslut att registrera.")
            return False
        try:
            saved = importing.save(self.store, plan)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara", str(error))
            return False
        ids = [b.id for b in saved]
        command = SnapshotCommand(
            f"Importera {len(saved)} delegationsbeslut",
            lambda value: importing.put_all(self.store, ids, value),
            None,
            saved,
        )
        done = self.steps.push(command)
        self.reload()
        if done:
            self.form.message.setText(
                f"Registrerade {len(saved)} delegationsbeslut ur listan. Ångra med Ctrl+Z."
            )
            self.select(ids[0])
        return done

    def select(self, beslut_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_object(row).id == beslut_id:
                self.table.selectRow(row)
                return

    def _stack_moved(self, _index: int) -> None:
        # Closed, or its database closed (the stack is cleared then): nothing to show.
        if self.isVisible() and not getattr(self.store, "closed", False):
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(delegationsbeslut.list_all(self.store))
        if selected is not None:
            self.select(selected.id)
        self.form.reload_choices()
        self.anmalan.reload()
        self._buttons()
