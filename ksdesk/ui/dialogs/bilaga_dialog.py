"""Choosing what to attach from ksdesk (a budget sheet, a version of the delegationsordning, a
document, a delegationsbeslut) and editing a bilaga's number, title and secrecy mark; and a
PDF just chosen, before it is saved: the title ksdesk read for it, with where it was read
and what was taken out of it (core.bilaga_title), for the secretary to change (walk31 #6:
Bifoga PDF asked nothing, and the file's name printed in the protokoll)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting import Bilaga
from ksdesk.core.secrecy_ref import checked_secrecy_ref
from ksdesk.ui.forms.ui_bilaga_dialog import Ui_BilagaDialog
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.colors import error_html, warning_html


class _AttachableModel(ObjectTableModel):
    columns = (ColumnSpec("Välj", lambda a: a.shown or a.title, tooltip=lambda a: a.shown),)


_SOURCE_ROWS, _TITLE_HINT_ROW = range(3), 5


class BilagaDialog(QDialog):
    """With `attachables` (services.meetings.attachable): pick one to attach as a ref.
    With `note` (services.bilaga_attach.read_pdf): a PDF about to be attached, its title
    chosen by ksdesk and the note saying how. Else: edit an existing bilaga."""

    def __init__(
        self,
        bilaga: Bilaga | None = None,
        attachables: list | None = None,
        parent: QWidget | None = None,
        *,
        note: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BilagaDialog()
        self.ui.setupUi(self)
        self.bilaga = bilaga or Bilaga(title="")
        self.attachables = attachables or []
        self.model = _AttachableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.source_list.setModel(self.proxy)
        self.ui.nr_edit.setText(self.bilaga.nr)
        self.ui.title_edit.setText(self.bilaga.title)
        self.ui.secret_check.setChecked(self.bilaga.secret)
        self.ui.secrecy_ref_edit.setText(self.bilaga.secrecy_ref)
        self.ui.secrecy_ref_edit.setEnabled(self.bilaga.secret)
        self.ui.secret_check.toggled.connect(self.ui.secrecy_ref_edit.setEnabled)
        self.ui.secret_hint.setWordWrap(True)  # a refusal of the reference is a few lines
        self.ui.form.setRowVisible(_TITLE_HINT_ROW, bool(note))
        if attachables is None:
            for row in _SOURCE_ROWS:
                self.ui.form.setRowVisible(row, False)
        if note is not None:
            self.setWindowTitle(f"Bifoga PDF – {self.bilaga.filename}")
            self.ui.title_hint.setText(f"{note} Ändra den här om den inte stämmer.")
            self.ui.title_edit.setFocus()
            self.ui.title_edit.selectAll()
        elif attachables is None:
            self.setWindowTitle("Ändra bilaga")
        else:
            self.setWindowTitle("Bifoga från ksdesk")
            groups = sorted({a.group for a in self.attachables}, key=self._group_order)
            self.ui.source_combo.addItems(groups)
            self.ui.source_combo.currentTextChanged.connect(self._show_group)
            self.ui.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
            self.ui.source_list.selectionModel().currentChanged.connect(self._picked)
            self._show_group(self.ui.source_combo.currentText())
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _group_order(self, group: str) -> int:
        return next(i for i, a in enumerate(self.attachables) if a.group == group)

    def _show_group(self, group: str) -> None:
        self.model.set_rows([a for a in self.attachables if a.group == group])

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            chosen = self.model.row_object(self.proxy.mapToSource(current).row())
            self.bilaga = replace(self.bilaga, ref=chosen.ref)
            self.ui.title_edit.setText(chosen.title)

    def _accept(self) -> None:
        if self.attachables and not self.bilaga.ref:
            self.ui.title_edit.setPlaceholderText("Välj något i listan ovan")
            return
        if not self.ui.title_edit.text().strip():
            self.ui.title_edit.setPlaceholderText("Bilagan måste ha en rubrik")
            return
        if self.ui.secret_check.isChecked() and self._ref_not_ready():
            return
        self.accept()

    def _ref_not_ready(self) -> bool:
        """The reference checked as the ärende's is (core.secrecy_ref): another law refused,
        one without its law completed with "OSL" and said before the next OK saves it, so
        that "26 kap. 1 §" no longer reaches the public protokoll without its law."""
        edit = self.ui.secrecy_ref_edit
        try:
            checked = checked_secrecy_ref(edit.text())
        except KsdeskError as error:
            self.ui.secret_hint.setText(error_html(str(error)))
            edit.setFocus()
            return True
        if not checked.note:
            return False
        edit.setText(checked.ref)
        self.ui.secret_hint.setText(warning_html(f"⚠ {checked.note} Tryck OK igen för att spara."))
        return True

    def result_bilaga(self) -> Bilaga:
        return replace(
            self.bilaga,
            nr=self.ui.nr_edit.text().strip(),
            title=" ".join(self.ui.title_edit.text().split()),
            secret=self.ui.secret_check.isChecked(),
            secrecy_ref=self.ui.secrecy_ref_edit.text().strip()
            if self.ui.secret_check.isChecked()
            else "",
        )
