"""Ärenden brought onto the Kallelse tab's agenda from elsewhere: an ärendelista file (CSV or
XLSX, shown in an import report before anything is saved), an ärende's tjänsteskrivelse from
the handläggare's Word file (the same report first; one already there replaced only when the
secretary says so) and the organ's återremitterade and bordlagda ärenden not yet decided.
Each is one undoable edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting_agenda import snapshot
from ksdesk.services import agenda_imports
from ksdesk.services import meetings as meeting_service
from ksdesk.services.agenda_imports import ImportResult
from ksdesk.ui.widgets.button_boxes import yes_when_asked


class AgendaIntake:
    """Mixed into AgendaPage (before its widget class), which supplies store, meeting, commit,
    selected_item, selected_row and _record."""

    def import_agenda(self, path: str | None = None) -> bool:
        """Read an ärendelista (CSV, XLSX, text, Word or a kallelse's PDF), show where
        everything lands (the report), and save only on Spara; undoable like every other
        edit."""
        if self.meeting is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera ärendelista",
                "",
                "Ärendelistor (*.csv *.xlsx *.txt *.docx *.pdf);;Kallelse som PDF (*.pdf);;"
                "Alla filer (*)",
            )
        if not path:
            return False
        meeting_id = self.meeting.id
        return self._placed_list(
            lambda: agenda_imports.plan_agenda_import(self.store, meeting_id, path),
            "Kan inte importera",
            "Importera ärendelista",
        )

    def paste_agenda(self, text: str | None = None) -> bool:
        """An ärendelista copied out of a PDF viewer or a web page, pasted: read as a text file
        of it is, shown in the report, saved only on Spara."""
        if self.meeting is None:
            return False
        from ksdesk.core.pasted_text import AGENDA, refused
        from ksdesk.ui.clipboard_text import pasted_text

        try:
            text = pasted_text(AGENDA, text)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte klistra in", str(error))
            return False
        meeting_id = self.meeting.id
        return self._placed_list(
            lambda: agenda_imports.plan_pasted_agenda(self.store, meeting_id, text),
            "Kan inte klistra in",
            "Klistra in ärendelista",
            lambda reason: refused(reason, AGENDA),
        )

    def _placed_list(
        self,
        plan: Callable[[], ImportResult],
        refused: str,
        edit: str,
        said: Callable[[str], str] = str,
    ) -> bool:
        """A list read and placed by `plan`, its report shown; saved as the undoable `edit`
        only on Spara. A refusal is said under the title `refused`, as `said` puts it."""
        try:
            result = plan()
        except KsdeskError as error:
            QMessageBox.warning(self, refused, said(str(error)))
            return False
        from ksdesk.ui.dialogs import import_report_dialog  # on use: start-up skips it

        if not import_report_dialog.confirm_import(self, result.report):
            return False
        # One edit: the agenda, and the justerare the kallelse proposed (undone together).
        store, shown = self.store, snapshot(self.meeting)
        before, after = agenda_imports.states(store, result, shown)
        return self._record(edit, lambda s: agenda_imports.write_state(store, s), before, after)

    def import_tjansteskrivelse(
        self, path: str | None = None, *, from_dialog: bool = False
    ) -> bool:
        """Read the selected ärende's tjänsteskrivelse from a Word file, show the report, and
        save on Spara; asks first when the ärende already has one, or when the secretary came
        from the tjänsteskrivelse dialog (what she typed there and did not save is left)."""
        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None or item.is_section:
            return False
        ask = from_dialog or item.tjansteskrivelse is not None
        if ask and not self._replace_asked(item.title, from_dialog):
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera tjänsteskrivelse från Word eller PDF",
                "",
                "Word-dokument eller PDF (*.docx *.pdf);;Word-dokument (*.docx);;PDF (*.pdf);;"
                "Alla filer (*)",
            )
        if not path:
            return False
        from ksdesk.services import tjansteskrivelse_import  # on use: start-up skips Word
        from ksdesk.ui.dialogs import import_report_dialog

        try:
            planned = tjansteskrivelse_import.plan_import(self.store, self.meeting.id, row, path)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte importera", str(error))
            return False
        if planned.mismatch and not self._wrong_arende_asked(planned.mismatch):
            return False
        if not import_report_dialog.confirm_import(self, planned.report):
            return False
        self.commit("Importera tjänsteskrivelse", planned.meeting, select=row)
        return True

    def _wrong_arende_asked(self, mismatch: str) -> bool:
        """The file looks like another ärende's (walk34 #5): put it here only when asked."""
        return yes_when_asked(
            self,
            "Importera tjänsteskrivelse",
            f"{mismatch}\n\nVill du ändå lägga den på det valda ärendet?",
        )

    def _replace_asked(self, title: str, from_dialog: bool) -> bool:
        first = (
            "Vill du läsa in tjänsteskrivelsen från Word i stället? Det du ändrat i dialogen "
            "och inte sparat tas inte med, och Word-filens tjänsteskrivelse ersätter den som "
            "finns."
            if from_dialog
            else f"Ärendet ”{title}” har redan en tjänsteskrivelse. Vill du ersätta den med en "
            "från Word?"
        )
        answer = QMessageBox.question(
            self,
            "Importera tjänsteskrivelse",
            f"{first}\n\nDu ser vad Word-filen ger innan något sparas, och Ctrl+Z ångrar importen.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer_open_matters(self, *, say_when_none: bool = False) -> None:
        """Offer the organ's återremitterade and bordlagda ärenden not yet decided, and put
        the ones the secretary ticks on the agenda (one undoable edit: agenda and links)."""
        from ksdesk.services import arenden
        from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog

        meeting = self.meeting
        if meeting is None or meeting.id is None:
            return
        if self._open_matters_read(meeting.id, say_when_none):
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

    def _open_matters_read(self, meeting_id: int, say_when_none: bool) -> bool:
        """False: the open matters may be read now. True: the window is reading every
        ärende's way on the worker (ui/tabs/uppfoljning_first_read.py); they are offered
        once it is done, not read again here (ten years: 150 ms of a still window), and only
        if this meeting is still the one shown."""
        from ksdesk.ui.tabs.uppfoljning_first_read import first_read_of

        def again() -> None:
            if self.meeting is not None and self.meeting.id == meeting_id:
                self.offer_open_matters(say_when_none=say_when_none)

        return first_read_of(self.store).when_read("open_matters", again, self)

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
