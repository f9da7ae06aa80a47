"""The import report, shown before anything is saved: what the file gave, what was merged,
what was left out and why, columns that were not recognised. Spara writes the import;
Avbryt leaves the database as it was."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.budget_unit import UNIT_CHOICES, UNIT_NAMES
from ksdesk.core.import_report import ImportReport
from ksdesk.core.listing import and_listed
from ksdesk.core.organ_members import MEMBERS_KIND
from ksdesk.ui.widgets.button_boxes import ok_cancel
from ksdesk.ui.widgets.screen_fit import resize_within_screen

_KIND_TITLES = {
    "delegationsordning": "delegationsordningen",
    "dagordning": "ärendelistan",
    "budgetblad": "budgetbladet",
    "delegationsbeslut": "listan över delegationsbeslut",
    "tjänsteskrivelse": "tjänsteskrivelsen",
}


_LONG_READ = 12  # lines of "Läst" that fill the window's first view


def report_html(report: ImportReport) -> str:
    """The report as the dialog shows it (also what a test reads); a table pasted from the
    clipboard (`report.pasted`) is no file."""
    source = "den inklistrade texten" if report.pasted else "filen"
    parts = []
    below = [f"{heading} ({len(lines)})" for heading, lines in report.sections() if lines]
    if len(report.read) > _LONG_READ and below:
        # A pasted list of twenty members fills the window: what was left out is further down.
        parts.append(f"<p>Läs också längre ned: {escape(and_listed(below))}.</p>")
    parts.append(f"<p><b>Läst ur {source}:</b></p><ul>")
    parts += [f"<li>{escape(line)}</li>" for line in report.read] or ["<li>(inget)</li>"]
    parts.append("</ul>")
    for heading, lines in report.sections():
        if not lines:
            continue
        parts.append(f"<p><b>{escape(heading)} ({len(lines)})</b></p><ul>")
        for line in lines:
            where = f"<i>{escape(line.where)}:</i> " if line.where else ""
            why = f" <span style='color:#555'>({escape(line.why)})</span>" if line.why else ""
            parts.append(f"<li>{where}{escape(line.text)}{why}</li>")
        parts.append("</ul>")
    if not (report.dropped or report.unknown_columns):
        parts.append(f"<p>Inget i {source} lämnades utanför.</p>")
    return "".join(parts)


class ImportReportDialog(QDialog):
    """Spara or Avbryt, with the whole report to read first. `name` asks for the name of
    what is created (a new version of the delegationsordning). A report of a table pasted
    from the clipboard (Budget's Klistra in tabell…, `report.pasted`) speaks of no file."""

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(parent)
        if report.pasted and report.kind == MEMBERS_KIND:
            self.setWindowTitle("Klistra in ledamöter och ersättare")
            what = "Den inklistrade listan"
        elif report.pasted:
            self.setWindowTitle("Klistra in tabell")
            what = "Den inklistrade tabellen"
        else:
            self.setWindowTitle(f"Importera {_KIND_TITLES.get(report.kind, report.kind)}")
            what = f"<b>{escape(report.file)}</b>"
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{what} är läst. Inget är sparat ännu: läs igenom vad importen gjorde och välj "
            "Spara eller Avbryt."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("import_report_text")
        self.browser.setAccessibleName("Vad importen gjorde")  # a screen reader's name for it
        self.browser.setHtml(report_html(report))
        layout.addWidget(self.browser, 1)
        self.name_edit: QLineEdit | None = None
        if name is not None:
            form = QFormLayout()
            self.name_edit = QLineEdit(name, self)
            self.name_edit.setObjectName("version_name_edit")
            form.addRow("Namn på den nya versionen:", self.name_edit)
            layout.addLayout(form)
        self.buttons = ok_cancel(self, "Spara")
        layout.addWidget(self.buttons)
        resize_within_screen(self, 680, 520)

    def chosen_name(self) -> str:
        return self.name_edit.text().strip() if self.name_edit is not None else ""


def confirm_import(parent: QWidget | None, report: ImportReport) -> bool:
    """Show the report; True when the secretary chose Spara."""
    dialog = ImportReportDialog(report, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm_named_import(parent: QWidget | None, report: ImportReport, name: str) -> str | None:
    """Show the report and ask for a name; the name, or None for Avbryt."""
    dialog = ImportReportDialog(report, parent, name=name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_name() or name


class UnitDialog(QDialog):
    """The file does not say what its amounts are in: the secretary says it."""

    def __init__(self, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Vilken enhet har beloppen?")
        layout = QVBoxLayout(self)
        text = QLabel(
            f"<b>{escape(filename)}</b> säger inte om beloppen är i kronor, tusental kronor "
            "eller miljoner kronor. Välj enheten: summornas kontroll räknar i den."
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.combo = QComboBox(self)
        self.combo.setObjectName("unit_combo")
        for unit in UNIT_CHOICES:
            self.combo.addItem(f"{unit} – {UNIT_NAMES[unit]}", unit)
        layout.addWidget(self.combo)
        layout.addWidget(ok_cancel(self, "Fortsätt"))
        self.setMinimumWidth(440)

    def unit(self) -> str:
        return str(self.combo.currentData())


def ask_unit(parent: QWidget | None, filename: str) -> str | None:
    dialog = UnitDialog(filename, parent)
    return dialog.unit() if dialog.exec() == QDialog.DialogCode.Accepted else None
