"""The import report of a list of delegationsbeslut, with what the rows not saved lack: a list
written as text often names no Dnr or beslutsfattare, and the secretary knows them (one
ärende, one socialchef). "Fyll i det som saknas" reads the list again with what was typed,
for every row that lacks it, and shows the new report; Spara saves what the report shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.written_dates import read_written_date
from ksdesk.services import delegationsbeslut_import as importing
from ksdesk.ui.dialogs.import_report_dialog import ImportReportDialog, report_html

Reread = Callable[[importing.BeslutFill], importing.BeslutImport]

_LABELS = {
    importing.FILL_DATE: "Beslutsdatum:",
    importing.FILL_DNR: "Diarienummer:",
    importing.FILL_DELEGAT: "Beslutsfattare:",
}
_HINTS = {
    importing.FILL_DATE: "ÅÅÅÅ-MM-DD, för rader utan läsbart datum",
    importing.FILL_DNR: "för rader utan diarienummer",
    importing.FILL_DELEGAT: "namn eller roll, för rader utan beslutsfattare",
}


class BeslutImportDialog(ImportReportDialog):
    """The report; under it, a field for each thing rows lack, and the button that fills."""

    def __init__(
        self, plan: importing.BeslutImport, reread: Reread, parent: QWidget | None = None
    ) -> None:
        super().__init__(plan.report, parent)
        self.plan, self._reread = plan, reread
        self.edits: dict[str, QLineEdit] = {}
        if not plan.fillable:
            return
        form = QFormLayout()
        lacking = QLabel(
            "Rader som saknar något sparas inte (se Borttaget ovan). Det som gäller för dem "
            f"alla kan fyllas i här: {importing.FILL_TITLE} läser listan igen med det.",
            self,
        )
        lacking.setWordWrap(True)
        form.addRow(lacking)
        for name in (importing.FILL_DATE, importing.FILL_DNR, importing.FILL_DELEGAT):
            if name in plan.fillable:
                edit = QLineEdit(self)
                edit.setObjectName(f"fill_{name}_edit")
                edit.setPlaceholderText(_HINTS[name])
                form.addRow(_LABELS[name], edit)
                self.edits[name] = edit
        self.fill_button = QPushButton(f"{importing.FILL_TITLE}", self)
        self.fill_button.setObjectName("fill_button")
        self.fill_button.clicked.connect(self.fill)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form.addRow(self.fill_button, self.message)
        # Above Spara/Avbryt, under the report that says which rows lack what.
        layout = self.layout()
        layout.insertLayout(layout.indexOf(self.buttons), form)

    def fill(self) -> bool:
        """Read the list again with what was typed; False (and a message) when nothing or a
        date that cannot be read was typed, or the file can no longer be read."""
        typed = {name: edit.text().strip() for name, edit in self.edits.items()}
        date = None
        if typed.get(importing.FILL_DATE):
            date = read_written_date(typed[importing.FILL_DATE])
            if date is None:
                self.message.setText(
                    f"”{typed[importing.FILL_DATE]}” kan inte läsas som ett datum. "
                    "Skriv det som 2017-11-30."
                )
                return False
        if not any(typed.values()):
            self.message.setText("Skriv först det som ska fyllas i.")
            return False
        fill = importing.BeslutFill(
            date, typed.get(importing.FILL_DELEGAT, ""), typed.get(importing.FILL_DNR, "")
        )
        try:  # read from its file again: moved or changed since, it is said here
            self.plan = self._reread(fill)
        except KsdeskError as error:
            self.message.setText(str(error))
            return False
        self.browser.setHtml(report_html(self.plan.report))
        saved = len(self.plan.planned)
        self.message.setText(f"Ifyllt. Nu sparas {saved} beslut; läs rapporten ovan.")
        return True


def confirm_beslut_import(
    parent: QWidget | None, plan: importing.BeslutImport, reread: Reread
) -> importing.BeslutImport | None:
    """Show the report with the fields to fill; the plan to save (as last read), or None for
    Avbryt."""
    dialog = BeslutImportDialog(plan, reread, parent)
    return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None
