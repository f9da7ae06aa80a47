"""The import report of a list of delegationsbeslut, with what the rows not saved lack: a list
written as text often names no Dnr or beslutsfattare, and the secretary knows them, often a
different one for each row (each list of a socialnämnd its own ärende). A table holds those
rows, a cell to fill for each thing a row lacks (its Diarienummer chosen among the Dnr the
kallelse prints over the list's heading, or typed); "Samma för alla" puts one value in every
empty cell of its column. "Fyll i det som saknas" reads the list again with what was typed,
a row's own value first and then the one for all, and shows the new report and what became
of each row; Spara saves what the report shows. Spara with values typed and not yet read
reads them first and shows that report, to be saved with Spara again: they were lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.written_dates import read_written_date
from ksdesk.services import delegationsbeslut_import as importing
from ksdesk.ui.dialogs.import_report_dialog import ImportReportDialog, report_html
from ksdesk.ui.models.beslut_fill_model import LABELS, WIDEST, BeslutFillModel, Index
from ksdesk.ui.widgets.tables import setup_table

Reread = Callable[[importing.BeslutFill], importing.BeslutImport]

_HINTS = {
    importing.FILL_DATE: "Beslutsdatum, ÅÅÅÅ-MM-DD",
    importing.FILL_DNR: "Diarienummer",
    importing.FILL_DELEGAT: "Beslutsfattare, namn eller roll",
}


class _DnrDelegate(QStyledItemDelegate):
    """A Diarienummer cell: the Dnr over the list's heading to choose, or another typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        choices = model.choices(index) if isinstance(model, BeslutFillModel) else []
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(["", *choices])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data() or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class BeslutImportDialog(ImportReportDialog):
    """The report; under it, the rows that lack something, the values for all of them and
    the button that reads the list again with them."""

    def __init__(
        self, plan: importing.BeslutImport, reread: Reread, parent: QWidget | None = None
    ) -> None:
        super().__init__(plan.report, parent)
        self.plan, self._reread = plan, reread
        self.edits: dict[str, QLineEdit] = {}
        self._read: tuple = ({}, {})  # what was typed when the list was last read
        if not plan.fillable:
            return
        self.model = BeslutFillModel(plan)
        lacking = QLabel(
            f"{len(self.model.rows)} rader saknar något och sparas inte än. Fyll i för varje "
            f"rad i tabellen, eller samma för alla; {importing.FILL_TITLE} läser listan igen.",
            self,
        )
        lacking.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("fill_table")
        self.table.setModel(self.model)
        if plan.dnr_choices and importing.FILL_DNR in self.model.fields:
            column = self.model.column_of(importing.FILL_DNR)
            self.table.setItemDelegateForColumn(column, _DnrDelegate(self.table))
        # A row a line (Beslut elided, whole in its tooltip), so that at 150 % a few rows
        # show under the report; Sparas? as wide as its usual answer, the rest to Beslut.
        status = self.model.columnCount() - 1
        usual = self.fontMetrics().horizontalAdvance(WIDEST) + 16
        setup_table(self.table, stretch_column=1, widths={status: usual}, fit_rows=False)
        self.table.setMinimumHeight(90)
        layout = self.layout()
        at = layout.indexOf(self.buttons)
        layout.insertWidget(at, lacking)
        layout.setStretchFactor(self.browser, 2)  # the report first; a few rows below it
        layout.insertWidget(at + 1, self.table, 1)
        layout.insertLayout(at + 2, self._for_all_row())
        layout.insertLayout(at + 3, self._fill_row())

    def _for_all_row(self) -> QFormLayout:
        row = QHBoxLayout()
        for name in self.model.fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"fill_{name}_edit")
            edit.setPlaceholderText(_HINTS[name])
            edit.setAccessibleName(f"{LABELS[name]} för alla rader")
            row.addWidget(edit, 1)
            self.edits[name] = edit
        self.all_button = QPushButton("Samma för alla", self)
        self.all_button.setObjectName("fill_all_button")
        self.all_button.setToolTip("Skriver värdena i tabellens tomma rutor")
        self.all_button.clicked.connect(self.fill_table)
        row.addWidget(self.all_button)
        form = QFormLayout()
        form.addRow("Alla rader:", row)
        return form

    def _fill_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.fill_button = QPushButton(importing.FILL_TITLE, self)
        self.fill_button.setObjectName("fill_button")
        self.fill_button.clicked.connect(self.fill)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.fill_button)
        row.addWidget(self.message, 1)
        return row

    def fill_table(self) -> int:
        """ "Samma för alla": what is typed for all rows into the table's empty cells."""
        return sum(self.model.fill_empty(n, e.text()) for n, e in self.edits.items())

    def accept(self) -> None:
        """Spara: what the report shows. Values typed since the list was last read are read
        first, and the new report shown for a second Spara."""
        if self.edits and self._typed() != self._read and any(self._typed()):
            if self.fill():
                saved = len(self.plan.planned)
                self.message.setText(
                    f"Det du skrev är inläst: nu sparas {saved} beslut. Läs rapporten ovan och "
                    "tryck Spara igen."
                )
            return
        super().accept()

    def _typed(self) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
        """What is typed now, for all rows and row by row (empty cells left out)."""
        if self.table.state() == QTableView.State.EditingState:  # the cell being typed in
            self.table.setFocus()
        given = {name: edit.text().strip() for name, edit in self.edits.items()}
        typed = {w: {n: v for n, v in t.items() if v} for w, t in self.model.typed.items()}
        return {n: v for n, v in given.items() if v}, {w: t for w, t in typed.items() if t}

    def fill(self) -> bool:
        """Read the list again with what was typed; False (and a message) when nothing or a
        date that cannot be read was typed, or the file can no longer be read."""
        read = self._typed()
        given = {name: edit.text().strip() for name, edit in self.edits.items()}
        fill = self._values(given, "för alla rader")
        if fill is None:
            return False
        for where, typed in self.model.typed.items():
            own = self._values(typed, where.lower())
            if own is None:
                return False
            fill.rows[where] = own
        if not any(given.values()) and not any(any(t.values()) for t in self.model.typed.values()):
            self.message.setText("Skriv först det som ska fyllas i.")
            return False
        try:  # read from its file again: moved or changed since, it is said here
            self.plan = self._reread(fill)
        except KsdeskError as error:
            self.message.setText(str(error))
            return False
        self._read = read
        self.browser.setHtml(report_html(self.plan.report))
        self.model.show_result(self.plan)
        saved = len(self.plan.planned)
        self.message.setText(f"Ifyllt. Nu sparas {saved} beslut; läs rapporten ovan.")
        return True

    def _values(self, typed: dict[str, str], whose: str) -> importing.BeslutFill | None:
        written = typed.get(importing.FILL_DATE, "")
        date = read_written_date(written) if written else None
        if written and date is None:
            self.message.setText(
                f"”{written}” ({whose}) kan inte läsas som ett datum. Skriv det som 2017-11-30."
            )
            return None
        return importing.BeslutFill(
            date, typed.get(importing.FILL_DELEGAT, ""), typed.get(importing.FILL_DNR, "")
        )


def confirm_beslut_import(
    parent: QWidget | None, plan: importing.BeslutImport, reread: Reread
) -> importing.BeslutImport | None:
    """Show the report with the rows to fill; the plan to save (as last read), or None for
    Avbryt."""
    dialog = BeslutImportDialog(plan, reread, parent)
    return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None
