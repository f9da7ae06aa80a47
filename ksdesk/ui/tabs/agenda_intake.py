"""Ärenden brought onto the Kallelse tab's agenda from elsewhere: an ärendelista file (CSV or
XLSX, shown in an import report before anything is saved) and the organ's återremitterade and
bordlagda ärenden not yet decided. Each is one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.services import meetings as meeting_service


class AgendaIntake:
    """Mixed into AgendaPage (before its widget class), which supplies store, meeting, commit
    and _record."""

    def import_agenda(self, path: str | None = None) -> bool:
        """Read a CSV or XLSX ärendelista, show where everything lands (the report), and save
        only on Spara; undoable like every other edit."""
        if self.meeting is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera ärendelista",
                "",
                "Ärendelistor (*.csv *.xlsx *.txt);;Alla filer (*)",
            )
        if not path:
            return False
        try:
            result = meeting_service.plan_agenda_import(self.store, self.meeting.id, path)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte importera", str(error))
            return False
        from ksdesk.ui.dialogs import import_report_dialog  # on use: start-up skips it

        if not import_report_dialog.confirm_import(self, result.report):
            return False
        self.commit("Importera ärendelista", result.meeting)
        return True

    def offer_open_matters(self, *, say_when_none: bool = False) -> None:
        """Offer the organ's återremitterade and bordlagda ärenden not yet decided, and put
        the ones the secretary ticks on the agenda (one undoable edit: agenda and links)."""
        from ksdesk.services import arenden
        from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog

        meeting = self.meeting
        if meeting is None or meeting.id is None:
            return
        offered = arenden.offered_for(self.store, meeting.id)
        if not offered:
            if say_when_none:
                QMessageBox.information(
                    self,
                    "Öppna ärenden",
                    "Nämnden har inga återremitterade eller bordlagda ärenden som väntar på "
                    "att tas upp igen.",
                )
            return
        organ = meeting_service.get_organ(self.store, meeting.organ_id)
        dialog = OpenMattersDialog(self.store, offered, organ.name, meeting.date, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        self._take_up(meeting.id, dialog.chosen())

    def _take_up(self, meeting_id: int, paragraf_ids: list[int]) -> None:
        from ksdesk.services import arenden

        store = self.store
        try:
            before = arenden.upptagna(store, meeting_id, paragraf_ids)
            arenden.take_up(store, meeting_id, paragraf_ids)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte ta upp ärendena", str(error))
            return
        after = arenden.upptagna(store, meeting_id, paragraf_ids)
        self._record(
            "Ta upp öppna ärenden", lambda s: arenden.put_upptagna(store, s), before, after
        )
