"""The ärenden of the Kallelse tab's agenda page added, changed, removed and moved: through
the ärende and tjänsteskrivelse dialogs (whose Importera från Word… hands over to
agenda_intake), Delete, Ctrl+Upp/Ned and drag and drop. Each edit
computes the meeting as it should be after it (core.meeting_agenda) and hands it to
AgendaPage.commit, one undoable edit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.core.meeting import Arende
from ksdesk.core.meeting_agenda import (
    insertion_index,
    moved,
    replaced_item,
    with_item,
    without_item,
)
from ksdesk.services import meetings as meeting_service
from ksdesk.services.paragraf_numbers import paragraf_of_item


class AgendaEdits:
    """Mixed into AgendaPage (before its widget class), which supplies store, meeting,
    selected_item, selected_row, commit and import_tjansteskrivelse."""

    def add_item(self, section: bool = False) -> None:
        from ksdesk.ui.dialogs.item_dialog import ItemDialog

        if self.meeting is None:
            return
        dialog = ItemDialog(section=section, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            index = insertion_index(self.meeting.items, self.selected_row())
            after = with_item(self.meeting, index, dialog.result_item())
            self.commit("Ny rubrik" if section else "Nytt ärende", after, select=index)

    def edit_item(self) -> None:
        from ksdesk.ui.dialogs.item_dialog import ItemDialog

        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None:
            return
        dialog = ItemDialog(item, parent=self, gang=self._gang(item))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.commit("Ändra ärende", replaced_item(self.meeting, row, dialog.result_item()))

    def _gang(self, item: Arende) -> list[str]:
        """The ärende's way so far, when an earlier § sent it back (else nothing)."""
        from ksdesk.services import arende_history

        if item.id is None or item.is_section:
            return []
        steps = arende_history.history(self.store, item_id=item.id)
        if len(steps) < 2:
            return []
        return [step.line for step in steps]

    def edit_tjansteskrivelse(self) -> None:
        from ksdesk.ui.dialogs.tjansteskrivelse_dialog import (
            IMPORT_FROM_WORD,
            TjansteskrivelseDialog,
        )

        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None or item.is_section:
            return
        organ = meeting_service.get_organ(self.store, self.meeting.organ_id)
        dialog = TjansteskrivelseDialog(item, parent=self, organ_name=organ.name)
        answer = dialog.exec()
        if answer == IMPORT_FROM_WORD:
            self.import_tjansteskrivelse(from_dialog=True)
        elif answer == QDialog.DialogCode.Accepted:
            changed = replace(item, tjansteskrivelse=dialog.result_tjansteskrivelse())
            self.commit("Ändra tjänsteskrivelse", replaced_item(self.meeting, row, changed))

    def delete_item(self) -> None:
        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None:
            return
        paragraf = paragraf_of_item(self.store, self.meeting.id, item.id)
        if item.tjansteskrivelse is not None or item.bilagor or paragraf is not None:
            with_what = " med tjänsteskrivelse och bilagor" if item.bilagor or (
                item.tjansteskrivelse is not None) else ""  # fmt: skip
            # A started protokoll keeps the § without its ärende (walk35 #4): say so.
            kept = (
                f" Ärendet har § {paragraf} i protokollet; paragrafen blir kvar utan ärendet."
                if paragraf is not None
                else ""
            )
            answer = QMessageBox.question(
                self, "Ta bort ärende", f"Ta bort ”{item.title}”{with_what}?{kept}"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.commit("Ta bort ärende", without_item(self.meeting, row), select=max(0, row - 1))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.move_item(row, row + step)

    def move_item(self, source: int, target: int) -> None:
        """Move the ärende at `source` to `target`; numbering follows the order."""
        if self.meeting is None or not 0 <= target < len(self.meeting.items) or source == target:
            return
        self.commit("Flytta ärende", moved(self.meeting, source, target), select=target)
