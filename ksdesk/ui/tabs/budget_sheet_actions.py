"""What the Budget tab does with whole sheets: new, import, delete (all undoable, through
services.budget.put_sheet both ways), export to Excel and the print preview.

The file dialogs are asked only when no path is given, so tests call these with paths."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from ksdesk.core import budget_edit
from ksdesk.core.budget import Sheet, sheet_key
from ksdesk.core.budget_unit import UnitMissing
from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic
from ksdesk.services import budget as budget_service
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.dialogs.budget_dialogs import SheetPropertiesDialog
from ksdesk.ui.dialogs.pdf_dialog import PdfDialog

if TYPE_CHECKING:
    from ksdesk.ui.tabs.budget_tab import BudgetTab


def _put(tab: BudgetTab, text: str, key: str, before, after, position=None) -> bool:
    """An undoable sheet-level change: the sheet `key` goes from `before` to `after`."""

    def write(sheet: Sheet | None) -> Topic:
        changed = budget_service.put_sheet(tab.store, key, sheet, position)
        if sheet is not None:
            tab.sheet_key = key  # undo and redo show the sheet they bring back
        return changed

    return tab.edit(text, write, before, after)


def new_sheet(tab: BudgetTab, values: dict | None = None) -> bool:
    if values is None:
        dialog = SheetPropertiesDialog(tab, None)
        if not dialog.exec():
            return False
        values = dialog.values()
    try:
        key = budget_service.new_key(tab.store, values["title"].strip() or "blad")
        sheet = budget_edit.new_sheet(values["title"].strip(), key, values["unit"])
        sheet = budget_edit.set_properties(sheet, **values)
    except KsdeskError as error:
        tab.show_error(str(error))
        return False
    return _put(tab, "Nytt budgetblad", key, None, sheet)


def import_file(tab: BudgetTab, path: Path | None = None, replace: bool | None = None) -> bool:
    """Read XLSX or CSV into a sheet named after the file; a sheet of that name is replaced
    (after asking), or the import becomes a new sheet beside it. The unit is asked when the
    file does not say it, and the import report is shown before anything is saved."""
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            tab,
            "Importera budgetblad",
            "",
            "Kalkylblad (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt)",
        )
        if not name:
            return False
        path = Path(name)
    existing = budget_service.find_by_name(tab.store, path.stem)
    title = existing.title if existing else path.stem
    try:
        try:
            sheet, report = budget_service.read_with_report(path, title)
        except UnitMissing:
            unit = import_report_dialog.ask_unit(tab, path.name)
            if unit is None:
                return False
            sheet, report = budget_service.read_with_report(path, title, unit)
    except KsdeskError as error:
        tab.show_error(str(error))
        return False
    if not import_report_dialog.confirm_import(tab, report):
        return False
    if existing is not None and replace is None:
        answer = QMessageBox.question(
            tab,
            "Ersätt budgetbladet?",
            f"Det finns redan ett budgetblad ”{existing.title}”. Vill du ersätta det med "
            f"innehållet i {path.name}? (Nej läser in filen som ett nytt blad.)",
        )
        replace = answer == QMessageBox.StandardButton.Yes
    if existing is not None and replace:
        return _put(tab, f"Importera {path.name}", existing.key, existing, sheet)
    taken = {key for _, key, _ in budget_service.list_sheets(tab.store)}
    return _put(tab, f"Importera {path.name}", sheet_key(sheet.title, taken), None, sheet)


def delete_sheet(tab: BudgetTab, confirm: bool = True) -> bool:
    sheet = tab.sheet
    if sheet is None or sheet.id is None:
        return False
    if confirm:
        answer = QMessageBox.question(
            tab,
            "Ta bort budgetbladet?",
            f"Vill du ta bort budgetbladet ”{sheet.title}”? Det går att ångra.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    position = budget_service.sheet_position(tab.store, sheet.id)
    return _put(tab, f"Ta bort ”{sheet.title}”", sheet.key, sheet, None, position)


def export_xlsx(tab: BudgetTab, path: Path | None = None) -> Path | None:
    sheet = tab.sheet
    if sheet is None:
        return None
    if path is None:
        name, _filter = QFileDialog.getSaveFileName(
            tab, "Exportera till Excel", f"{sheet.key}.xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    try:
        budget_service.export_xlsx(sheet, path)
    except KsdeskError as error:
        tab.show_error(str(error))
        return None
    return path


def preview(tab: BudgetTab, show: bool = True) -> PdfDialog | None:
    """The sheet as it will be printed (findings listed after the table), in a dialog with
    Skriv ut… and Spara som PDF…."""
    sheet = tab.sheet
    if sheet is None:
        return None
    pdf = budget_service.pdf_of(sheet)
    title = f"Förhandsgranska – {sheet.title}"
    dialog = PdfDialog(pdf, title, f"{sheet.key}.pdf", tab, size=(900, 700))
    if show:
        dialog.exec()
    return dialog


def fit_columns(table: QTableView, sheet: Sheet | None) -> None:
    """Columns as wide as their cells (figures never cut), long headers wrapped to fit."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    tallest = 0
    for c, column in enumerate(sheet.columns if sheet else []):
        words = [metrics.horizontalAdvance(w) + 16 for w in column.header.split()]
        width = min(max([table.sizeHintForColumn(c), 70, *words]), 320)
        table.setColumnWidth(c, width)
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            tallest, metrics.boundingRect(0, 0, width - 8, 1000, flags, column.header).height()
        )
    header.setFixedHeight(max(metrics.height() + 8, tallest + 10))
