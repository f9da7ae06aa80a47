"""The tjänsteskrivelse editor, in the seed's anatomy: the header (Datum, Diarienummer,
handläggare, Ert datum / Er referens, addressee), the att-satser of Förvaltningens förslag till
beslut (each optionally for kommunstyrelsen or fullmäktige), the sections of text, signatories
and Beslut skickas till. The bilagor are the ärende's own list in the tab. Importera från
Word… closes the dialog with IMPORT_FROM_WORD: the Kallelse tab then reads the
handläggare's Word file in its place (ui/tabs/agenda_intake.py)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QStyledItemDelegate,
    QWidget,
)

from ksdesk.core.meeting import (
    TJANSTESKRIVELSE_FIELDS,
    Arende,
    Forslag,
    Section,
    Signatory,
    Tjansteskrivelse,
)
from ksdesk.ui.forms.ui_tjansteskrivelse_dialog import Ui_TjansteskrivelseDialog
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.tjansteskrivelse_models import (
    ForslagTableModel,
    SectionListModel,
    SignatoryTableModel,
)
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

DEFAULT_SECTIONS = ("Beskrivning av ärendet", "Ekonomiska konsekvenser")
IMPORT_FROM_WORD = 2  # the dialog's result when the secretary chose Importera från Word…


class _GroupDelegate(QStyledItemDelegate):
    """Who decides an att-sats: chosen from a list, so it is spelled as the print expects."""

    def __init__(self, labels: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.addItems(self.labels)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class TjansteskrivelseDialog(QDialog):
    def __init__(self, item: Arende, parent: QWidget | None = None, organ_name: str = "") -> None:
        """`organ_name`: the organ the ärende goes to, which decides the att-satser not
        left to fullmäktige (a nämnd's own name, not "Kommunstyrelsen")."""
        super().__init__(parent)
        self.ui = Ui_TjansteskrivelseDialog()
        self.ui.setupUi(self)
        # 820 × 640 where the screen has room; a laptop at 150 % has 910 × 512 in all.
        resize_within_screen(self, self.width(), self.height())
        set_topic(self, "kallelse.md#ärenden")
        self.setWindowTitle(f"Tjänsteskrivelse – {item.title}")
        existing = item.tjansteskrivelse
        self.ts = copy.deepcopy(existing) if existing else self._new(item)
        for name in TJANSTESKRIVELSE_FIELDS:
            getattr(self.ui, f"{name}_edit").setText(getattr(self.ts, name))
        self.forslag_model = ForslagTableModel(self.ts.forslag, organ_name)
        self.ui.forslag_table.setModel(self.forslag_model)
        setup_table(self.ui.forslag_table, stretch_column=2)
        labels = list(self.forslag_model.labels.values())
        self.ui.forslag_table.setItemDelegateForColumn(1, _GroupDelegate(labels, self))
        self.ui.forslag_help.setText(
            f"En att-sats per rad. Välj {labels[1]} eller Fullmäktige under Beslutas av för "
            "att dela upp förslaget som i ”Förslag till beslut i kommunfullmäktige”."
        )
        self.signatory_model = SignatoryTableModel(self.ts.signatories)
        self.ui.signatory_table.setModel(self.signatory_model)
        setup_table(self.ui.signatory_table, stretch_column=1)
        self.section_model = SectionListModel(self.ts.sections)
        self.ui.section_list.setModel(self.section_model)
        self.ui.sendlist_edit.setPlainText("\n".join(self.ts.beslut_skickas_till))
        self._section_row = -1
        self._connect()
        if self.ts.sections:
            self.ui.section_list.setCurrentIndex(self.section_model.index(0))

    @staticmethod
    def _new(item: Arende) -> Tjansteskrivelse:
        forslag = [Forslag(text=item.proposal)] if item.proposal.strip() else []
        return Tjansteskrivelse(
            title=item.title,
            diarienummer=item.dnr,
            forslag=forslag,
            sections=[Section(heading, "") for heading in DEFAULT_SECTIONS],
            beslut_skickas_till=["Akten"],
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.add_forslag_button.clicked.connect(self._add_forslag)
        ui.remove_forslag_button.clicked.connect(
            lambda: self._remove(self.forslag_model, ui.forslag_table)
        )
        ui.forslag_up_button.clicked.connect(
            lambda: self._swap(self.forslag_model, ui.forslag_table, -1)
        )
        ui.forslag_down_button.clicked.connect(
            lambda: self._swap(self.forslag_model, ui.forslag_table, 1)
        )
        ui.number_forslag_button.clicked.connect(self._number_forslag)
        ui.add_signatory_button.clicked.connect(self._add_signatory)
        ui.remove_signatory_button.clicked.connect(
            lambda: self._remove(self.signatory_model, ui.signatory_table)
        )
        ui.section_list.selectionModel().currentChanged.connect(self._section_selected)
        ui.section_heading_edit.textEdited.connect(self._heading_edited)
        ui.section_text_edit.textChanged.connect(self._text_edited)
        ui.add_section_button.clicked.connect(self._add_section)
        ui.remove_section_button.clicked.connect(self._remove_section)
        ui.section_up_button.clicked.connect(lambda: self._move_section(-1))
        ui.section_down_button.clicked.connect(lambda: self._move_section(1))
        word = ui.button_box.addButton(
            "Importera från Word eller PDF…", QDialogButtonBox.ButtonRole.ActionRole
        )
        word.setObjectName("word_button")
        word.setToolTip("Ersätt tjänsteskrivelsen med den i handläggarens Word-fil (.docx)")
        word.clicked.connect(lambda: self.done(IMPORT_FROM_WORD))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    # Att-satser and signatories ---------------------------------------------------------------

    def _add_forslag(self) -> None:
        row = self.forslag_model.rowCount()
        self.forslag_model.insert(row, Forslag(text=""))
        index = self.forslag_model.index(row, 2)
        self.ui.forslag_table.setCurrentIndex(index)
        self.ui.forslag_table.edit(index)

    def _number_forslag(self) -> None:
        for number, att in enumerate(self.forslag_model.rows(), start=1):
            att.nr = str(number)
        self.forslag_model.set_rows(self.forslag_model.rows())

    def _add_signatory(self) -> None:
        row = self.signatory_model.rowCount()
        self.signatory_model.insert(row, Signatory(""))
        self.ui.signatory_table.edit(self.signatory_model.index(row, 0))

    @staticmethod
    def _remove(model, view) -> None:
        index = view.currentIndex()
        if index.isValid():
            model.remove(index.row())

    @staticmethod
    def _swap(model, view, step: int) -> None:
        index = view.currentIndex()
        if index.isValid() and 0 <= index.row() + step < model.rowCount():
            model.swap(index.row(), index.row() + step)
            view.setCurrentIndex(model.index(index.row() + step, index.column()))

    # Sections ----------------------------------------------------------------------------------

    def _section_selected(self, current, _previous) -> None:
        self._section_row = current.row() if current.isValid() else -1
        section = self.ts.sections[self._section_row] if self._section_row >= 0 else None
        self.ui.section_heading_edit.setEnabled(section is not None)
        self.ui.section_text_edit.setEnabled(section is not None)
        self.ui.section_heading_edit.setText(section.heading if section else "")
        self.ui.section_text_edit.blockSignals(True)
        self.ui.section_text_edit.setPlainText(section.text if section else "")
        self.ui.section_text_edit.blockSignals(False)

    def _heading_edited(self, text: str) -> None:
        if self._section_row >= 0:
            self.ts.sections[self._section_row].heading = text
            self.section_model.refresh_row(self._section_row)

    def _text_edited(self) -> None:
        if self._section_row >= 0:
            self.ts.sections[self._section_row].text = self.ui.section_text_edit.toPlainText()

    def _add_section(self) -> None:
        self.ts.sections.append(Section("Nytt avsnitt", ""))
        self.section_model.reset()
        self.ui.section_list.setCurrentIndex(self.section_model.index(len(self.ts.sections) - 1))
        self.ui.section_heading_edit.selectAll()
        self.ui.section_heading_edit.setFocus()

    def _remove_section(self) -> None:
        if self._section_row >= 0:
            del self.ts.sections[self._section_row]
            self.section_model.reset()
            self._section_selected(self.section_model.index(-1), None)

    def _move_section(self, step: int) -> None:
        row, sections = self._section_row, self.ts.sections
        if row >= 0 and 0 <= row + step < len(sections):
            sections[row], sections[row + step] = sections[row + step], sections[row]
            self.section_model.reset()
            self.ui.section_list.setCurrentIndex(self.section_model.index(row + step))

    # Result -------------------------------------------------------------------------------------

    def result_tjansteskrivelse(self) -> Tjansteskrivelse:
        for name in TJANSTESKRIVELSE_FIELDS:
            setattr(self.ts, name, getattr(self.ui, f"{name}_edit").text().strip())
        self.ts.forslag = [f for f in self.forslag_model.rows() if f.text.strip()]
        self.ts.signatories = [s for s in self.signatory_model.rows() if s.name.strip()]
        self.ts.sections = [s for s in self.ts.sections if s.heading.strip() or s.text.strip()]
        lines = self.ui.sendlist_edit.toPlainText().splitlines()
        self.ts.beslut_skickas_till = [line.strip() for line in lines if line.strip()]
        return self.ts
