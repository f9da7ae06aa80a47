"""The row and column tools of the Budget tab's sheet page, and the sheet's Egenskaper: each
tool enabled for the current cell and the sheet shown, each edit one core/budget_edit.py
snapshot written through SheetPage._try (a refusal is told, nothing is written)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from ksdesk.core import budget_edit
from ksdesk.core.budget import COLUMN_KIND_LABELS, ROW_KIND_LABELS
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.dialogs.budget_dialogs import ColumnSumsDialog, SheetPropertiesDialog
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.overflow_menu import OverflowMenu


class SheetTools:
    """Mixed into SheetPage (before QWidget), which supplies ui, sheet, sheet_model,
    read_only, _row, _column, _try and go_to."""

    def _fold_tools(self) -> None:
        """The row and column bars, wrapping; on a narrow sheet (a laptop at 150 %, where the
        bars took four lines and left the table three rows) all but Ny and Ta bort go into
        the "Mer" menu: the table keeps the height."""
        ui = self.ui
        rows = [wrap_row(ui.row_bar), wrap_row(ui.column_bar)]
        self.overflow = OverflowMenu(
            self,
            rows,
            ui.more_button,
            [
                ui.row_up_button,
                ui.row_down_button,
                ("Radtyp", ui.row_kind_combo),
                ui.percent_row_check,
                None,
                ui.column_left_button,
                ui.column_right_button,
                ("Kolumntyp", ui.column_kind_combo),
                ui.rename_column_button,
                ui.column_sums_button,
                None,
                ui.properties_button,
                ui.export_button,
            ],
            titles={
                ui.row_up_button: "Flytta raden upp",
                ui.row_down_button: "Flytta raden ned",
                ui.column_left_button: "Flytta kolumnen åt vänster",
                ui.column_right_button: "Flytta kolumnen åt höger",
                ui.rename_column_button: "Kolumnens rubrik…",
                ui.column_sums_button: "Kolumnen summerar…",
            },
            # Beside the sheet's heading, not on a line of its own above the bars.
            short={ui.print_button: "Skriv ut…"},
        )

    def _update_controls(self) -> None:
        """Each tool enabled where it applies: to a sheet that may be written, at the current
        cell's row or column; the kind combos show the current row's and column's kind."""
        has_sheet = self.sheet is not None
        editable = has_sheet and not self.read_only
        r, c = self._row(), self._column()
        ui = self.ui
        for widget in (ui.export_button, ui.print_button):
            widget.setEnabled(has_sheet)
        for widget in (ui.properties_button, ui.add_row_button):
            widget.setEnabled(editable)
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

    def add_row(self) -> None:
        at = self._row() + 1 if self._row() >= 0 else len(self.sheet.rows) if self.sheet else 0
        if self._try("Ny rad", lambda s: budget_edit.insert_row(s, at)):
            self.go_to(at, max(0, self._column()))

    def remove_row(self) -> None:
        r = self._row()
        if r >= 0:
            self._try("Ta bort rad", lambda s: budget_edit.remove_row(s, r))

    def move_row(self, delta: int) -> None:
        r = self._row()
        if r < 0 or self.sheet is None or not 0 <= r + delta < len(self.sheet.rows):
            return
        if self._try("Flytta rad", lambda s: budget_edit.move_row(s, r, r + delta)):
            self.go_to(r + delta, self._column())

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
            self.go_to(max(0, self._row()), at)

    def remove_column(self) -> None:
        c = self._column()
        if c >= 0:
            self._try("Ta bort kolumn", lambda s: budget_edit.remove_column(s, c))

    def move_column(self, delta: int) -> None:
        c = self._column()
        if c < 0 or not 0 <= c + delta < self.sheet_model.columnCount():
            return
        if self._try("Flytta kolumn", lambda s: budget_edit.move_column(s, c, c + delta)):
            self.go_to(self._row(), c + delta)

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
        sheet = self.sheet
        dialog = ColumnSumsDialog(self, sheet, c)
        after = exec_checked(
            dialog,
            lambda: budget_edit.set_column_sums(sheet, c, dialog.terms()),
            "Kolumnen summerar",
        )
        if after is not None:
            self.apply_edit("Kolumnens summa", after)

    def edit_properties(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        dialog = SheetPropertiesDialog(self, sheet)
        after = exec_checked(
            dialog, lambda: budget_edit.set_properties(sheet, **dialog.values()), "Budgetblad"
        )
        if after is not None:
            self.apply_edit("Rubrik och enhet", after)
