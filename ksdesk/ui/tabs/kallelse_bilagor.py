"""The bilagor of the selected ärende in the Kallelse tab: attach a PDF file (stored in the
database with its sha256) or something held in ksdesk (a budget sheet, the delegationsordning,
a document, a delegationsbeslut), edit, reorder, remove. Each change is handed to `save_item`
(the Ärenden page writes the ärende as one undoable edit of the meeting)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.meeting_agenda import renumber_bilagor
from ksdesk.services import bilaga_attach, budget_bilaga
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_bilagor_box import Ui_BilagorBox
from ksdesk.ui.models.meeting_models import BilagaTableModel
from ksdesk.ui.widgets.button_boxes import yes_when_asked
from ksdesk.ui.widgets.file_drop import PdfDrop
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.tables import setup_table

# Write the ärende changed as named ("Bifoga PDF"); False when refused.
SaveItem = Callable[[str, Arende], bool]


class BilagorBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BilagorBox()
        self.ui.setupUi(self)
        wrap_row(self.ui.bilaga_buttons)
        self.store: Store | None = None
        self._save_item: SaveItem | None = None
        self.meeting_id: int | None = None
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

    def bind(self, store: Store, save_item: SaveItem) -> None:
        self.store, self._save_item = store, save_item

    def show_item(self, item: Arende | None, meeting_id: int | None) -> None:
        self.item = item if item is not None and not item.is_section else None
        self.meeting_id = meeting_id
        if self.item is not None and any(b.ref for b in self.item.bilagor):
            self.labels = meeting_service.ref_labels(self.store, meeting_id)
        self.model.set_rows(self.item.bilagor if self.item else [])
        title = f"Bilagor till {self.item.title}" if self.item else "Bilagor"
        self.setTitle(title)

    def select(self, bilaga_id: int | None) -> None:
        """Select the bilaga with this id, if the ärende shown has it."""
        bilagor = self.item.bilagor if self.item else []
        found = next((i for i, b in enumerate(bilagor) if b.id == bilaga_id), None)
        if found is not None:
            self.ui.bilaga_table.selectRow(found)

    def selected(self) -> int | None:
        index = self.ui.bilaga_table.currentIndex()
        return index.row() if index.isValid() else None

    def _save(self, text: str, bilagor: list[Bilaga], select: int | None = None) -> None:
        if self.item is None or self._save_item is None:
            return
        changed = replace(self.item, bilagor=renumber_bilagor(bilagor))
        saved = self._save_item(text, changed)
        if saved and select is not None and select < self.model.rowCount():
            self.ui.bilaga_table.selectRow(select)

    def attach_pdf(self) -> None:
        if self.item is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Bifoga PDF", "", "PDF-filer (*.pdf);;Alla filer (*)"
        )
        self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> None:
        """Attach every readable PDF among `paths` (one undoable edit); each file that is not
        attached is named with its reason, and so are the ones that were, so that nobody
        takes a refusal of one file for a refusal of all, or the other way round."""
        if not paths:
            return
        if self.item is None:  # dropped on the list while a rubrik, or nothing, is selected
            names = ", ".join(Path(p).name for p in paths)
            QMessageBox.warning(
                self,
                "Kan inte bifoga",
                "Välj först det ärende som filerna ska bifogas till, och dra dem hit igen."
                f"\n\nBifogades inte: {names}",
            )
            return
        added: list[Bilaga] = []
        refused: list[str] = []
        for path in paths:
            try:
                bilaga, note = bilaga_attach.read_pdf(Path(path))
            except KsdeskError as error:
                refused.append(str(error))
                continue
            titled = self._titled(bilaga, note)
            if titled is not None:  # a file she cancelled is left out, as she chose
                added.append(titled)
        if added:
            bilagor = [*self.item.bilagor, *added]
            self._save("Bifoga PDF", bilagor, select=len(bilagor) - 1)
        if refused:
            done = ", ".join(b.filename or b.title for b in added)
            tail = f"\n\nDe andra bifogades: {done}." if added else ""
            QMessageBox.warning(self, "Kan inte bifoga", "\n\n".join(refused) + tail)

    def _titled(self, bilaga: Bilaga, note: str) -> Bilaga | None:
        """`bilaga` with the title she gives it, shown the one ksdesk read and how (the same
        rule as `ksdesk bilaga add`); None when she cancels."""
        from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

        dialog = BilagaDialog(bilaga, parent=self, note=note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_bilaga()

    def _not_pdf(self, names: list[str]) -> None:
        QMessageBox.warning(
            self,
            "Bara PDF-filer",
            "Bara PDF-filer kan bifogas. Spara dokumentet som PDF först (i Word: Arkiv → "
            "Spara som → PDF) och dra sedan PDF-filen hit.\n\nBifogades inte: " + ", ".join(names),
        )

    def attach_ref(self) -> None:
        from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

        if self.item is None:
            return
        choices = meeting_service.attachable(self.store, self.meeting_id)
        if not choices:
            QMessageBox.information(
                self,
                "Inget att bifoga",
                "Databasen har inga budgetblad, dokument eller "
                "versioner av delegationsordningen att bifoga.",
            )
            return
        dialog = BilagaDialog(attachables=choices, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._fel_accepted(dialog.bilaga.ref):
            bilagor = [*self.item.bilagor, dialog.result_bilaga()]
            self._save("Bifoga från ksdesk", bilagor, select=len(bilagor) - 1)

    def _fel_accepted(self, ref: str | None) -> bool:
        """A sheet whose totals are wrong is attached only when she says so, Nej the default
        (walk38 #1: a known wrong total went into the packet without a word)."""
        note = budget_bilaga.attach_note(self.store, ref)
        if not note:
            return True
        return yes_when_asked(
            self,
            "Budgetbladet har fel i summorna",
            f"{note} Bladet rättas i fliken Budget.\n\nBifoga det ändå?",
        )

    def edit(self) -> None:
        from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

        row = self.selected()
        if self.item is None or row is None:
            return
        dialog = BilagaDialog(self.item.bilagor[row], parent=self)
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
