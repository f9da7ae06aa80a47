"""The bilagor of the selected ärende in the Kallelse tab: attach a PDF file (stored in the
database with its sha256) or something held in ksdesk (a budget sheet, the delegationsordning,
a document, a delegationsbeslut), edit, reorder, remove. Edits go through the tab's commit, so
they are saved at once and can be undone."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.meeting_agenda import renumber_bilagor, replaced_item
from ksdesk.services import meetings as meeting_service
from ksdesk.ui.models.meeting_models import BilagaTableModel
from ksdesk.ui.widgets.file_drop import PdfDrop
from ksdesk.ui.widgets.tables import setup_table

if TYPE_CHECKING:
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab


class BilagaPanel:
    def __init__(self, tab: KallelseTab) -> None:
        self.tab = tab
        self.ui = tab.ui
        self.labels: dict[str, str] = {}  # "budget:bilaga2" → "Budgetblad: Bilaga 2"
        self.model = BilagaTableModel(lambda b: meeting_service.describe_bilaga(b, self.labels))
        self.ui.bilaga_table.setModel(self.model)
        setup_table(self.ui.bilaga_table, stretch_column=1)
        self.ui.attach_pdf_button.clicked.connect(self.attach_pdf)
        self.ui.attach_ref_button.clicked.connect(self.attach_ref)
        self.ui.edit_bilaga_button.clicked.connect(self.edit)
        self.ui.remove_bilaga_button.clicked.connect(self.remove)
        self.ui.bilaga_up_button.clicked.connect(lambda: self.move(-1))
        self.ui.bilaga_down_button.clicked.connect(lambda: self.move(1))
        self.ui.bilaga_table.doubleClicked.connect(lambda _index: self.edit())
        # PDFs dragged from Explorer onto the list are attached as Bifoga PDF… would.
        self.drop = PdfDrop(self.ui.bilaga_table)
        self.drop.dropped.connect(self.attach_files)
        self.drop.refused.connect(self._not_pdf)
        self.ui.bilaga_table.setToolTip("Dra PDF-filer hit från Utforskaren för att bifoga dem")
        self.item: Arende | None = None

    def show_item(self, item: Arende | None) -> None:
        self.item = item if item is not None and not item.is_section else None
        if self.item is not None and any(b.ref for b in self.item.bilagor):
            meeting_id = self.tab.meeting.id if self.tab.meeting else None
            self.labels = meeting_service.ref_labels(self.tab.store, meeting_id)
        self.model.set_rows(self.item.bilagor if self.item else [])
        title = f"Bilagor till {self.item.title}" if self.item else "Bilagor"
        self.ui.bilagor_group.setTitle(title)

    def selected(self) -> int | None:
        index = self.ui.bilaga_table.currentIndex()
        return index.row() if index.isValid() else None

    def _save(self, text: str, bilagor: list[Bilaga], select: int | None = None) -> None:
        row = self.tab.selected_row()
        if self.item is None or row is None or self.tab.meeting is None:
            return
        changed = replace(self.item, bilagor=renumber_bilagor(bilagor))
        saved = self.tab.commit(text, replaced_item(self.tab.meeting, row, changed), select=row)
        if saved and select is not None and select < self.model.rowCount():
            self.ui.bilaga_table.selectRow(select)

    def attach_pdf(self) -> None:
        if self.item is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self.tab, "Bifoga PDF", "", "PDF-filer (*.pdf);;Alla filer (*)"
        )
        self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> None:
        if self.item is None or not paths:
            return
        try:
            added = [meeting_service.read_pdf_bilaga(path) for path in paths]
        except KsdeskError as error:
            QMessageBox.warning(self.tab, "Kan inte bifoga", str(error))
            return
        bilagor = [*self.item.bilagor, *added]
        self._save("Bifoga PDF", bilagor, select=len(bilagor) - 1)

    def _not_pdf(self, names: list[str]) -> None:
        QMessageBox.warning(
            self.tab,
            "Bara PDF-filer",
            "Bara PDF-filer kan bifogas. Spara dokumentet som PDF först (i Word: Arkiv → "
            "Spara som → PDF) och dra sedan PDF-filen hit.\n\nBifogades inte: " + ", ".join(names),
        )

    def attach_ref(self) -> None:
        from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

        if self.item is None:
            return
        meeting_id = self.tab.meeting.id if self.tab.meeting else None
        choices = meeting_service.attachable(self.tab.store, meeting_id)
        if not choices:
            QMessageBox.information(
                self.tab,
                "Inget att bifoga",
                "Databasen har inga budgetblad, dokument eller "
                "versioner av delegationsordningen att bifoga.",
            )
            return
        dialog = BilagaDialog(attachables=choices, parent=self.tab)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            bilagor = [*self.item.bilagor, dialog.result_bilaga()]
            self._save("Bifoga från ksdesk", bilagor, select=len(bilagor) - 1)

    def edit(self) -> None:
        from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

        row = self.selected()
        if self.item is None or row is None:
            return
        dialog = BilagaDialog(self.item.bilagor[row], parent=self.tab)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            bilagor = list(self.item.bilagor)
            bilagor[row] = dialog.result_bilaga()
            self._save("Ändra bilaga", bilagor, select=row)

    def remove(self) -> None:
        row = self.selected()
        if self.item is None or row is None:
            return
        bilagor = [b for i, b in enumerate(self.item.bilagor) if i != row]
        self._save("Ta bort bilaga", bilagor, select=max(0, row - 1))

    def move(self, step: int) -> None:
        row = self.selected()
        if self.item is None or row is None or not 0 <= row + step < len(self.item.bilagor):
            return
        bilagor = list(self.item.bilagor)
        bilagor[row], bilagor[row + step] = bilagor[row + step], bilagor[row]
        self._save("Flytta bilaga", bilagor, select=row + step)
