"""The sheets of the Budget tab: the list, and new, import and delete (all undoable,
through services.budget.put_sheet both ways). The file dialogs are asked only when no path
is given, so tests call these with paths."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk.core import budget_edit
from ksdesk.core.budget import Sheet, sheet_key
from ksdesk.core.budget_unit import UnitMissing
from ksdesk.core.errors import KsdeskError
from ksdesk.core.pasted_text import BUDGET, refused
from ksdesk.core.topics import Topic
from ksdesk.services import budget as budget_service
from ksdesk.services.store import Store
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.clipboard_text import pasted_text
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.dialogs.budget_dialogs import SheetPropertiesDialog
from ksdesk.ui.forms.ui_budget_sheets import Ui_SheetsPanel
from ksdesk.ui.models.budget_models import SheetListModel
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.widgets.flow_layout import wrap_row

if TYPE_CHECKING:
    from ksdesk.core.import_report import ImportReport


class SheetsPanel(QWidget):
    chosen = Signal(str)  # the key of the sheet the secretary selected
    refused = Signal(str)  # why something could not be done, in Swedish
    not_read = Signal(str)  # why a file or a pasted table could not be read, in Swedish
    # A write (or its undo or redo) brought back or made the sheet with this key: show it.
    brought = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SheetsPanel()
        self.ui.setupUi(self)
        wrap_row(self.ui.sheet_buttons)
        self.store: Store | None = None
        self._record: Record | None = None
        self.sheet: Sheet | None = None  # the sheet the tab shows
        self.model = SheetListModel()
        self.ui.sheet_list.setModel(self.model)
        self.ui.sheet_list.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.new_sheet_button.clicked.connect(lambda: self.new_sheet())
        self.ui.import_button.clicked.connect(lambda: self.import_file())
        self.ui.delete_sheet_button.clicked.connect(lambda: self.delete_sheet())
        self.ui.paste_button.clicked.connect(lambda: self.paste_table())

    def readable_width(self) -> int:
        """The least width the list is read at: its widest button's (Klistra in tabell…).
        Narrower, the tab folds the panel to its arrow (widgets/side_fold.py)."""
        return self.ui.paste_button.sizeHint().width()

    def bind(self, store: Store, record: Record) -> None:
        """The database, and how an edit is written and put on the undo stack."""
        self.store, self._record = store, record

    def show_sheets(self, sheets: list[tuple[int, str, str]], key: str | None) -> None:
        """List `sheets` ((id, key, title)) with the one `key` selected, quietly."""
        self.model.set_rows(sheets)
        keys = [k for _, k, _ in sheets]
        if key in keys:
            selection = self.ui.sheet_list.selectionModel()
            selection.blockSignals(True)  # the tab shows the sheet itself, once
            self.ui.sheet_list.setCurrentIndex(self.model.index(keys.index(key), 0))
            selection.blockSignals(False)

    def enable(self, writable: bool) -> None:
        self.ui.delete_sheet_button.setEnabled(writable and self.sheet is not None)
        for widget in (self.ui.new_sheet_button, self.ui.import_button, self.ui.paste_button):
            widget.setEnabled(writable)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(self.model.row_object(current.row())[1])

    def _put(self, text: str, key: str, before, after, position=None) -> bool:
        """An undoable sheet-level change: the sheet `key` goes from `before` to `after`."""
        store = self.store

        def write(sheet: Sheet | None) -> Topic:
            changed = budget_service.put_sheet(store, key, sheet, position)
            if sheet is not None:
                self.brought.emit(key)  # undo and redo show the sheet they bring back
            return changed

        return self._record(text, write, before, after)

    def new_sheet(self, values: dict | None = None) -> bool:
        if values is None:
            dialog = SheetPropertiesDialog(self, None)
            made = exec_checked(dialog, lambda: self._new(dialog.values()), "Nytt budgetblad")
            return made is not None and self._put("Nytt budgetblad", *made)
        try:
            made = self._new(values)
        except KsdeskError as error:
            self.refused.emit(str(error))
            return False
        return self._put("Nytt budgetblad", *made)

    def _new(self, values: dict) -> tuple[str, None, Sheet]:
        """The key, no sheet before, and the new sheet of `values`; InvalidInput as
        budget_edit refuses them."""
        key = budget_service.new_key(self.store, values["title"].strip() or "blad")
        sheet = budget_edit.new_sheet(values["title"].strip(), key, values["unit"])
        return key, None, budget_edit.set_properties(sheet, **values)

    def import_file(self, path: Path | None = None, replace: bool | None = None) -> bool:
        """Read XLSX, CSV or a Word table into a sheet named after the file; a sheet of that
        name is replaced (after asking), or the import becomes a new sheet beside it. The unit
        is asked when the file does not say it, and the import report is shown before anything
        is saved."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera budgetblad",
                "",
                "Kalkylblad och tabeller (*.xlsx *.csv *.txt *.docx);;Excel (*.xlsx);;"
                "CSV (*.csv *.txt);;Word (*.docx)",
            )
            if not name:
                return False
            path = Path(name)
        existing = budget_service.find_by_name(self.store, path.stem)
        title = existing.title if existing else path.stem
        sheet = self._read_confirmed(
            lambda unit: budget_service.read_with_report(path, title, unit), path.name
        )
        if sheet is None:
            return False
        if existing is not None and replace is None:
            answer = QMessageBox.question(
                self,
                "Ersätt budgetbladet?",
                f"Det finns redan ett budgetblad ”{existing.title}”. Vill du ersätta det med "
                f"innehållet i {path.name}? (Nej läser in filen som ett nytt blad.)",
            )
            replace = answer == QMessageBox.StandardButton.Yes
        if existing is not None and replace:
            return self._put(f"Importera {path.name}", existing.key, existing, sheet)
        taken = {key for _, key, _ in budget_service.list_sheets(self.store)}
        return self._put(f"Importera {path.name}", sheet_key(sheet.title, taken), None, sheet)

    def paste_table(self, text: str | None = None) -> bool:
        """A table copied out of a PDF viewer (or Excel) as a new sheet: the clipboard's text
        is read, the unit asked when the table does not say it, and the import report shown
        before anything is saved."""
        try:
            text = pasted_text(BUDGET, text)
        except KsdeskError as error:
            self.not_read.emit(str(error))
            return False
        title = "Inklistrad tabell"
        sheet = self._read_confirmed(
            lambda unit: budget_service.read_pasted(text, title, unit),
            "Den inklistrade tabellen",
            lambda reason: refused(reason, BUDGET),
        )
        if sheet is None:
            return False
        sheets = budget_service.list_sheets(self.store)
        sheet.title = _untaken(sheet.title, {title for _, _, title in sheets})
        taken = {key for _, key, _ in sheets}
        return self._put("Klistra in tabell", sheet_key(sheet.title, taken), None, sheet)

    def _read_confirmed(
        self,
        read: Callable[[str | None], tuple[Sheet, ImportReport]],
        what: str,
        said: Callable[[str], str] = str,
    ) -> Sheet | None:
        """The sheet `read(unit)` gives once the secretary has seen its import report and
        said yes; the unit is asked (naming `what`) when the table does not say it. None when
        not read (the reason emitted by `not_read`, in Swedish) or cancelled."""
        try:
            try:
                sheet, report = read(None)
            except UnitMissing:
                unit = import_report_dialog.ask_unit(self, what)
                if unit is None:
                    return None
                sheet, report = read(unit)
        except KsdeskError as error:
            self.not_read.emit(said(str(error)))
            return None
        return sheet if import_report_dialog.confirm_import(self, report) else None

    def delete_sheet(self, confirm: bool = True) -> bool:
        sheet = self.sheet
        if sheet is None or sheet.id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                "Ta bort budgetbladet?",
                f"Vill du ta bort budgetbladet ”{sheet.title}”? Det går att ångra.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        position = budget_service.sheet_position(self.store, sheet.id)
        return self._put(f"Ta bort ”{sheet.title}”", sheet.key, sheet, None, position)


def _untaken(title: str, titles: set[str]) -> str:
    """`title`, numbered when a sheet has it ("Inklistrad tabell 2"): two pasted tables
    without a title of their own were listed under one name."""
    if title not in titles:
        return title
    number = 2
    while f"{title} {number}" in titles:
        number += 1
    return f"{title} {number}"
