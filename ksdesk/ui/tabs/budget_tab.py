"""The Budget tab: the board's budget sheets, the table of the one selected (edited in place,
Swedish number entry), and the check of its totals beside it.

Every edit is a new snapshot of the sheet (core/budget_edit.py) written at once through
services.budget.apply and pushed on the window's undo stack; the "budget" change signal then
brings the stored sheet back into the view. The check runs on every change and, while a cell
is being typed in, on what has been typed so far."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog

from ksdesk.core import budget_edit
from ksdesk.core.budget import COLUMN_KIND_LABELS, ROW_KIND_LABELS, Sheet, unit_line
from ksdesk.core.budget_check import check_sheet
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding, count_text
from ksdesk.core.format import FormatError
from ksdesk.core.topics import Topic
from ksdesk.services import budget as budget_service
from ksdesk.services.store import Store
from ksdesk.ui.dialogs.budget_dialogs import ColumnSumsDialog, SheetPropertiesDialog
from ksdesk.ui.forms.ui_budget_tab import Ui_BudgetTab
from ksdesk.ui.models.budget_models import (
    BudgetSheetModel,
    CellDelegate,
    FindingsModel,
    SheetListModel,
)
from ksdesk.ui.tabs import budget_sheet_actions
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.tables import setup_table


class BudgetTab(BaseTab):
    concerns = frozenset({Topic.BUDGET})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_BudgetTab()
        self.ui.setupUi(self)
        self.list_model = SheetListModel()
        self.sheet_model = BudgetSheetModel()
        self.sheet_model.edit_handler = self.edit_cell
        self.findings_model = FindingsModel()
        self.ui.sheet_list.setModel(self.list_model)
        self.ui.sheet_table.setModel(self.sheet_model)
        self.ui.findings_table.setModel(self.findings_model)
        self.delegate = CellDelegate(self.ui.sheet_table)
        self.ui.sheet_table.setItemDelegate(self.delegate)
        self._set_up_views()
        self._connect()
        self.sheet: Sheet | None = None
        self.sheet_key: str | None = None
        self.findings: list[Finding] = []
        self.refresh()

    def _set_up_views(self) -> None:
        table = self.ui.sheet_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setWordWrap(True)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Long headers ("Förslag till fördelning enligt KF beslut 16 nov 2021") wrap, as on
        # paper, instead of making every column as wide as its header.
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
        )
        setup_table(self.ui.findings_table, stretch_column=2)
        self.ui.splitter.setSizes([180, 1000, 300])
        for kind, label in ROW_KIND_LABELS.items():
            self.ui.row_kind_combo.addItem(label, kind)
        for kind, label in COLUMN_KIND_LABELS.items():
            self.ui.column_kind_combo.addItem(label, kind)
        self.ui.entry_message.setStyleSheet("color: #a40000")

    def _connect(self) -> None:
        ui = self.ui
        ui.sheet_list.selectionModel().currentRowChanged.connect(self._sheet_selected)
        ui.sheet_table.selectionModel().currentChanged.connect(self._cell_changed)
        ui.sheet_table.horizontalHeader().sectionDoubleClicked.connect(self.rename_column)
        ui.findings_table.clicked.connect(self.go_to_finding)
        ui.findings_table.selectionModel().currentRowChanged.connect(self._finding_selected)
        self.delegate.text_edited.connect(self.preview_typing)
        self.delegate.closeEditor.connect(lambda *_: self._show_findings(self.findings))
        ui.add_row_button.clicked.connect(self.add_row)
        ui.remove_row_button.clicked.connect(self.remove_row)
        ui.row_up_button.clicked.connect(lambda: self.move_row(-1))
        ui.row_down_button.clicked.connect(lambda: self.move_row(1))
        ui.row_kind_combo.activated.connect(self._row_kind_chosen)
        ui.percent_row_check.clicked.connect(self.set_percent_row)
        ui.add_column_button.clicked.connect(self.add_column)
        ui.remove_column_button.clicked.connect(self.remove_column)
        ui.column_left_button.clicked.connect(lambda: self.move_column(-1))
        ui.column_right_button.clicked.connect(lambda: self.move_column(1))
        ui.column_kind_combo.activated.connect(self._column_kind_chosen)
        ui.rename_column_button.clicked.connect(lambda: self.rename_column(self._column()))
        ui.column_sums_button.clicked.connect(self.edit_column_sums)
        ui.properties_button.clicked.connect(self.edit_properties)
        ui.new_sheet_button.clicked.connect(lambda: budget_sheet_actions.new_sheet(self))
        ui.import_button.clicked.connect(lambda: budget_sheet_actions.import_file(self))
        ui.delete_sheet_button.clicked.connect(lambda: budget_sheet_actions.delete_sheet(self))
        ui.export_button.clicked.connect(lambda: budget_sheet_actions.export_xlsx(self))
        ui.print_button.clicked.connect(lambda: budget_sheet_actions.preview(self))

    # -----------------------------------------------------------------------------------------
    # Showing

    def import_document(self) -> bool:
        """A budget sheet from Excel or CSV, as the tab's Importera…."""
        return budget_sheet_actions.import_file(self)

    def refresh(self) -> None:
        sheets = budget_service.list_sheets(self.store)
        self.list_model.set_rows(sheets)
        keys = [key for _, key, _ in sheets]
        if self.sheet_key not in keys:
            self.sheet_key = keys[0] if keys else None
        if self.sheet_key is not None:
            row = keys.index(self.sheet_key)
            selection = self.ui.sheet_list.selectionModel()
            selection.blockSignals(True)  # the sheet is shown just below, once
            self.ui.sheet_list.setCurrentIndex(self.list_model.index(row, 0))
            selection.blockSignals(False)
        self._show_sheet(self.sheet_key)

    def select_sheet(self, key: str) -> None:
        self.sheet_key = key
        self.refresh()

    def _sheet_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sheet_key = self.list_model.row_object(current.row())[1]
            self._show_sheet(self.sheet_key)

    def _show_sheet(self, key: str | None) -> None:
        self.sheet = budget_service.find_sheet(self.store, key) if key else None
        self.findings = check_sheet(self.sheet).findings if self.sheet else []
        reset = self.sheet_model.sheet is None or (
            self.sheet is not None and self.sheet_model.sheet.id != self.sheet.id
        )
        self.sheet_model.set_sheet(self.sheet, self.findings)
        self.sheet_model.editable = not self.read_only
        if reset:
            budget_sheet_actions.fit_columns(self.ui.sheet_table, self.sheet)
            if self.sheet is not None and self.sheet.rows:
                self._go_to(0, 0)  # a current cell, so the row and column tools apply
        self._show_findings(self.findings)
        self.ui.sheet_heading.setText(self._heading())
        self._update_controls()

    def _heading(self) -> str:
        if self.sheet is None:
            return "<i>Inga budgetblad. Skapa ett nytt eller importera från Excel.</i>"
        caption = escape(self.sheet.caption).replace("\n", "<br>")
        unit = unit_line(self.sheet)
        return (
            f"<h3 style='margin:0'>{escape(self.sheet.title)}</h3>"
            f"<p style='margin:2px 0'>{unit}{'<br>' + caption if caption else ''}</p>"
        )

    def _show_findings(
        self, findings: list[Finding], editing: tuple[int, int] | None = None
    ) -> None:
        self.sheet_model.set_findings(findings, editing)
        self.findings_model.set_rows(findings)
        summary = count_text(findings)
        if self.sheet is None:
            summary = ""
        elif not findings:
            summary = "alla summor stämmer"
        self.ui.findings_label.setText(f"<b>Kontroll av summorna</b><br>{summary}")
        self.ui.finding_detail.setText("")

    def _finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ui.finding_detail.setText(self.findings_model.row_object(current.row()).message)

    def go_to_finding(self, index: QModelIndex) -> None:
        """A click on a finding: select its cell in the table."""
        if not index.isValid():
            return
        finding = self.findings_model.row_object(index.row())
        cell = self.sheet_model.index(finding.row, finding.column)
        self.ui.sheet_table.setCurrentIndex(cell)
        self.ui.sheet_table.scrollTo(cell)
        self.ui.sheet_table.setFocus()
        self.ui.finding_detail.setText(finding.message)

    def _cell_changed(self, *_args) -> None:
        self.ui.entry_message.setText("")
        self._update_controls()

    def _row(self) -> int:
        return self.ui.sheet_table.currentIndex().row()

    def _column(self) -> int:
        return self.ui.sheet_table.currentIndex().column()

    def _update_controls(self) -> None:
        has_sheet = self.sheet is not None
        editable = has_sheet and not self.read_only
        r, c = self._row(), self._column()
        ui = self.ui
        for widget in (ui.export_button, ui.print_button):
            widget.setEnabled(has_sheet)
        for widget in (ui.properties_button, ui.delete_sheet_button, ui.add_row_button):
            widget.setEnabled(editable)
        for widget in (ui.new_sheet_button, ui.import_button):
            widget.setEnabled(not self.read_only)
        row_ok, column_ok = editable and r >= 0, editable and c >= 0
        for widget in (ui.remove_row_button, ui.row_up_button, ui.row_down_button):
            widget.setEnabled(row_ok)
        ui.row_kind_combo.setEnabled(row_ok)
        ui.percent_row_check.setEnabled(row_ok)
        ui.add_column_button.setEnabled(editable)
        for widget in (ui.remove_column_button, ui.column_left_button, ui.column_right_button):
            widget.setEnabled(column_ok)
        ui.column_kind_combo.setEnabled(column_ok)
        ui.rename_column_button.setEnabled(column_ok)
        ui.column_sums_button.setEnabled(
            column_ok and self.sheet is not None and self.sheet.columns[c].kind == "amount"
        )
        if row_ok and self.sheet is not None:
            row = self.sheet.rows[r]
            ui.row_kind_combo.setCurrentIndex(ui.row_kind_combo.findData(row.kind))
            ui.percent_row_check.setChecked(row.percent)
        if column_ok and self.sheet is not None:
            kind = self.sheet.columns[c].kind
            ui.column_kind_combo.setCurrentIndex(ui.column_kind_combo.findData(kind))

    # -----------------------------------------------------------------------------------------
    # Editing: each edit a snapshot through the service, on the undo stack

    def apply_edit(self, text: str, after: Sheet) -> bool:
        """Write `after` (the whole sheet) now, undoably; the view follows the stored sheet."""
        if self.sheet is None:
            return False
        return self.edit(text, self._write, self.sheet, after)

    def _write(self, sheet: Sheet) -> Topic:
        changed = budget_service.apply(self.store, sheet)
        self.sheet_key = sheet.key  # an undo shows the sheet it changes
        return changed

    def _try(self, text: str, operation) -> bool:
        """Run a core edit on the current sheet; a refusal is told, nothing is written."""
        if self.sheet is None:
            return False
        try:
            after = operation(self.sheet)
        except KsdeskError as error:
            self.show_error(str(error))
            return False
        return self.apply_edit(text, after)

    def edit_cell(self, r: int, c: int, text: str) -> bool:
        """A committed entry ("1 373", "−0,5", "– 1,8", blank = empty); a refused one is
        explained under the table and the cell keeps its value."""
        if self.sheet is None:
            return False
        try:
            after = budget_edit.set_cell(self.sheet, r, c, text)
        except FormatError as error:
            self.ui.entry_message.setText(str(error))
            return False
        self.ui.entry_message.setText("")
        if after.rows[r].cells[c] == self.sheet.rows[r].cells[c] and str(
            after.rows[r].cells[c]
        ) == str(self.sheet.rows[r].cells[c]):
            return True  # nothing changed: no undo step
        header = self.sheet.columns[c].header or f"kolumn {c + 1}"
        return self.apply_edit(f"Ändra ”{header}”", after)

    def preview_typing(self, r: int, c: int, text: str) -> None:
        """Recompute the findings as if `text` were entered, while it is typed."""
        if self.sheet is None:
            return
        try:
            tentative = budget_edit.set_cell(self.sheet, r, c, text)
        except FormatError as error:
            self.ui.entry_message.setText(str(error))
            return
        self.ui.entry_message.setText("")
        self._show_findings(check_sheet(tentative).findings, editing=(r, c))

    def add_row(self) -> None:
        at = self._row() + 1 if self._row() >= 0 else len(self.sheet.rows) if self.sheet else 0
        if self._try("Ny rad", lambda s: budget_edit.insert_row(s, at)):
            self._go_to(at, max(0, self._column()))

    def remove_row(self) -> None:
        r = self._row()
        if r >= 0:
            self._try("Ta bort rad", lambda s: budget_edit.remove_row(s, r))

    def move_row(self, delta: int) -> None:
        r = self._row()
        if r < 0 or self.sheet is None or not 0 <= r + delta < len(self.sheet.rows):
            return
        if self._try("Flytta rad", lambda s: budget_edit.move_row(s, r, r + delta)):
            self._go_to(r + delta, self._column())

    def set_row_kind(self, kind: str) -> None:
        r = self._row()
        if r >= 0 and self.sheet is not None and self.sheet.rows[r].kind != kind:
            label = ROW_KIND_LABELS[kind]
            self._try(f"Radtyp {label}", lambda s: budget_edit.set_row_kind(s, r, kind))

    def _row_kind_chosen(self, index: int) -> None:
        self.set_row_kind(self.ui.row_kind_combo.itemData(index))

    def set_percent_row(self, percent: bool) -> None:
        r = self._row()
        if r >= 0:
            self._try("Procentrad", lambda s: budget_edit.set_row_percent(s, r, bool(percent)))

    def add_column(self) -> None:
        at = self._column() + 1 if self._column() >= 0 else self.sheet_model.columnCount()
        if self._try("Ny kolumn", lambda s: budget_edit.insert_column(s, at, "Ny kolumn")):
            self._go_to(max(0, self._row()), at)

    def remove_column(self) -> None:
        c = self._column()
        if c >= 0:
            self._try("Ta bort kolumn", lambda s: budget_edit.remove_column(s, c))

    def move_column(self, delta: int) -> None:
        c = self._column()
        if c < 0 or not 0 <= c + delta < self.sheet_model.columnCount():
            return
        if self._try("Flytta kolumn", lambda s: budget_edit.move_column(s, c, c + delta)):
            self._go_to(self._row(), c + delta)

    def set_column_kind(self, kind: str) -> None:
        c = self._column()
        if c >= 0 and self.sheet is not None and self.sheet.columns[c].kind != kind:
            label = COLUMN_KIND_LABELS[kind]
            self._try(f"Kolumntyp {label}", lambda s: budget_edit.set_column_kind(s, c, kind))
        self._update_controls()

    def _column_kind_chosen(self, index: int) -> None:
        self.set_column_kind(self.ui.column_kind_combo.itemData(index))

    def rename_column(self, c: int, header: str | None = None) -> None:
        if c < 0 or self.sheet is None or self.read_only:
            return
        if header is None:
            header, ok = QInputDialog.getText(
                self, "Kolumnrubrik", "Rubrik:", text=self.sheet.columns[c].header
            )
            if not ok:
                return
        self._try("Byt kolumnrubrik", lambda s: budget_edit.rename_column(s, c, header))

    def edit_column_sums(self) -> None:
        c = self._column()
        if c < 0 or self.sheet is None:
            return
        dialog = ColumnSumsDialog(self, self.sheet, c)
        if dialog.exec():
            terms = dialog.terms()
            self._try("Kolumnens summa", lambda s: budget_edit.set_column_sums(s, c, terms))

    def edit_properties(self) -> None:
        if self.sheet is None:
            return
        dialog = SheetPropertiesDialog(self, self.sheet)
        if dialog.exec():
            values = dialog.values()
            self._try("Rubrik och enhet", lambda s: budget_edit.set_properties(s, **values))

    def _go_to(self, r: int, c: int) -> None:
        index = self.sheet_model.index(r, c)
        if index.isValid():
            self.ui.sheet_table.setCurrentIndex(index)
