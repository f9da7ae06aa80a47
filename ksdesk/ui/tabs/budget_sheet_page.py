"""The sheet of the Budget tab: its heading, the table (edited in place, Swedish number
entry), export and print; the row and column tools in budget_sheet_tools.py.

Every edit is a new snapshot of the sheet (core/budget_edit.py) written at once through
services.budget.apply and pushed on the undo stack; the BUDGET change then brings the stored
sheet back into the view. While a cell is being typed in, the findings of what has been typed
so far are sent out (`findings_changed`) for the check beside the table."""

from __future__ import annotations

from copy import deepcopy
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QWidget

from ksdesk.core import budget_edit
from ksdesk.core.budget import COLUMN_KIND_LABELS, ROW_KIND_LABELS, Sheet, unit_line
from ksdesk.core.budget_check import check_sheet
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.format import FormatError
from ksdesk.core.topics import Topic
from ksdesk.services import budget as budget_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_budget_sheet_page import Ui_SheetPage
from ksdesk.ui.models.budget_models import BudgetSheetModel, CellDelegate
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.budget_sheet_columns import SheetColumns
from ksdesk.ui.tabs.budget_sheet_tools import SheetTools
from ksdesk.ui.widgets.colors import error_html
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.tables import fit_rows_to_text


class SheetPage(SheetTools, QWidget):
    # The findings to show beside the table, and the cell being typed in (or None).
    findings_changed = Signal(list, object)
    brought = Signal(str)  # a write (or its undo) changed the sheet with this key: show it
    refused = Signal(str)  # why an edit could not be made, in Swedish

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SheetPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.heading_layout)
        self._fold_tools()
        self.store: Store | None = None
        self._record: Record | None = None
        self.read_only = False
        self.sheet: Sheet | None = None
        self.findings: list[Finding] = []
        self.sheet_model = BudgetSheetModel()
        self.sheet_model.edit_handler = self.edit_cell
        self.ui.sheet_table.setModel(self.sheet_model)
        self.delegate = CellDelegate(self.ui.sheet_table)
        self.ui.sheet_table.setItemDelegate(self.delegate)
        self.columns = SheetColumns(self.ui.sheet_table)
        self._set_up_views()
        self._connect()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self.columns.resized()  # the texts wrap where the figures need the width

    def bind(self, store: Store, record: Record, *, writable: bool) -> None:
        """The database, how an edit is written and put on the undo stack, and whether the
        file may be written at all."""
        self.store, self._record, self.read_only = store, record, not writable

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
        fit_rows_to_text(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Long headers ("Förslag till fördelning enligt KF beslut 16 nov 2021") wrap, as on
        # paper, instead of making every column as wide as its header.
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
        )
        for kind, label in ROW_KIND_LABELS.items():
            self.ui.row_kind_combo.addItem(label, kind)
        for kind, label in COLUMN_KIND_LABELS.items():
            self.ui.column_kind_combo.addItem(label, kind)
        self.ui.entry_message.setStyleSheet("color: #a40000")

    def _connect(self) -> None:
        ui = self.ui
        ui.sheet_table.selectionModel().currentChanged.connect(self._cell_changed)
        ui.sheet_table.horizontalHeader().sectionDoubleClicked.connect(self.rename_column)
        self.delegate.text_edited.connect(self.preview_typing)
        self.delegate.closeEditor.connect(
            lambda *_: self.findings_changed.emit(self.findings, None)
        )
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
        ui.export_button.clicked.connect(lambda: self.export_xlsx())
        ui.print_button.clicked.connect(lambda: self.preview())

    # -----------------------------------------------------------------------------------------
    # Showing

    def show_sheet(self, sheet: Sheet | None) -> list[Finding]:
        """Show `sheet` as stored and check it; returns the findings."""
        reset = self.sheet_model.sheet is None or (
            sheet is not None and self.sheet_model.sheet.id != sheet.id
        )
        self.sheet = sheet
        self.findings = check_sheet(sheet).findings if sheet else []
        self.sheet_model.set_sheet(sheet, self.findings)
        self.sheet_model.editable = not self.read_only
        if reset:
            self.columns.fit(sheet)
            if sheet is not None and sheet.rows:
                self.go_to(0, 0)  # a current cell, so the row and column tools apply
        self.ui.sheet_heading.setText(self._heading())
        self._update_controls()
        return self.findings

    def show_findings(self, findings: list[Finding], editing: tuple[int, int] | None) -> None:
        self.sheet_model.set_findings(findings, editing)

    def _heading(self) -> str:
        if self.sheet is None:
            # Each way in, as its button says: Nytt…, Importera…, Klistra in tabell….
            return (
                "<i>Inga budgetblad. Skapa ett nytt, importera en fil eller klistra in "
                "en tabell.</i>"
            )
        caption = escape(self.sheet.caption).replace("\n", "<br>")
        unit = unit_line(self.sheet)
        return (
            f"<h3 style='margin:0'>{escape(self.sheet.title)}</h3>"
            f"<p style='margin:2px 0'>{unit}{'<br>' + caption if caption else ''}</p>"
        )

    def _cell_changed(self, *_args) -> None:
        self.ui.entry_message.setText("")
        self._update_controls()

    def _row(self) -> int:
        return self.ui.sheet_table.currentIndex().row()

    def _column(self) -> int:
        return self.ui.sheet_table.currentIndex().column()

    def apply_edit(self, text: str, after: Sheet) -> bool:
        """Write `after` (the whole sheet) now, undoably; the view follows the stored sheet."""
        if self.sheet is None:
            return False
        return self._record(text, self._write, self.sheet, after)

    def _write(self, sheet: Sheet) -> Topic:
        changed = budget_service.apply(self.store, sheet)
        self.brought.emit(sheet.key)  # an undo shows the sheet it changes
        return changed

    def _try(self, text: str, operation) -> bool:
        """Run a core edit on the current sheet; a refusal is told, nothing is written."""
        if self.sheet is None:
            return False
        try:
            after = operation(self.sheet)
        except KsdeskError as error:
            self.refused.emit(str(error))
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
            self.ui.entry_message.setText(error_html(str(error)))
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
            self.ui.entry_message.setText(error_html(str(error)))
            return
        self.ui.entry_message.setText("")
        self.findings_changed.emit(check_sheet(tentative).findings, (r, c))

    def go_to(self, r: int, c: int, *, focus: bool = False) -> None:
        """Make cell (r, c) the current one; `focus`: and show it, ready for typing. A
        finding about a column's header (row -1) goes to the column's first cell."""
        index = self.sheet_model.index(max(r, 0), c)
        if index.isValid():
            self.ui.sheet_table.setCurrentIndex(index)
            if focus:
                self.ui.sheet_table.scrollTo(index)
                self.ui.sheet_table.setFocus()

    # -----------------------------------------------------------------------------------------
    # Export and print

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        sheet = self.sheet
        if sheet is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, "Exportera till Excel", f"{sheet.key}.xlsx", "Excel (*.xlsx)"
            )
            if not name:
                return None
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            budget_service.export_xlsx(sheet, path)
        except KsdeskError as error:
            self.refused.emit(str(error))
            return None
        return path

    def preview(self) -> None:
        """The sheet as it will be printed (findings listed after the table), made off the
        GUI thread (ReportLab's first sheet took 0.5 s), in a dialog with Skriv ut… and
        Spara som PDF…."""
        from ksdesk.ui.pdf_builds import build_pdf

        sheet, store = self.sheet, self.store
        if sheet is None or store is None:
            return
        printed = deepcopy(sheet)  # the worker's own: an edit meanwhile changes the next one

        def show(pdf: bytes) -> None:
            # Qt's PDF module loads when a sheet is first previewed, not with the Budget tab.
            from ksdesk.ui.dialogs.pdf_dialog import PdfDialog

            title = f"Förhandsgranska – {printed.title}"
            PdfDialog(pdf, title, f"{printed.key}.pdf", self, size=(900, 700)).exec()

        what = f"Budgetbladet {printed.title}"
        build_pdf(self, store, what, lambda _reader: budget_service.pdf_of(printed), show)
