"""The meetings of the Kallelse tab: new (with the organ's standard items, then the organ's
open ärenden offered), "nytt från föregående", edit, delete, and the organ's settings. Each
is one undoable edit: creating writes the meeting, undo removes it again; deleting keeps a
snapshot that undo writes back with every id as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.identity import forget_identity
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.meeting_agenda import snapshot
from ksdesk.services import meetings as meeting_service

if TYPE_CHECKING:
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab


class Absent:
    """Undo state of a meeting that should not exist (before it was created, after deletion)."""

    def __init__(self, meeting: Sammantrade) -> None:
        self.meeting = meeting


class MeetingActions:
    def __init__(self, tab: KallelseTab) -> None:
        self.tab = tab

    def new(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        organs = meeting_service.list_organs(self.tab.store)
        dialog = MeetingDialog(organs, parent=self.tab)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            meeting = meeting_service.prepare_meeting(
                self.tab.store, dialog.organ_name(), dialog.day, dialog.at, dialog.result_meeting()
            )
        except KsdeskError as error:
            QMessageBox.warning(self.tab, "Kan inte skapa sammanträdet", str(error))
            return
        self._create(meeting, "Nytt sammanträde")

    def copy(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        if self.tab.meeting is None:
            return
        organs = meeting_service.list_organs(self.tab.store)
        proposal = meeting_service.next_from(self.tab.store, self.tab.meeting.id)
        dialog = MeetingDialog(organs, proposal, parent=self.tab, title="Nytt från föregående")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._create(dialog.result_meeting(), "Nytt från föregående")

    def _create(self, meeting: Sammantrade, text: str) -> None:
        forget_identity(meeting)  # a new meeting: new rows, whatever it was copied from
        if self.tab.record(text, self.tab.apply_state, Absent(meeting), meeting):
            self.tab.meeting = meeting
            self.tab.refresh()
            self.offer_open_matters()

    def offer_open_matters(self, *, say_when_none: bool = False) -> None:
        """Offer the organ's återremitterade and bordlagda ärenden not yet decided, and put
        the ones the secretary ticks on the agenda (one undoable edit: agenda and links)."""
        from ksdesk.services import arenden
        from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog

        tab, meeting = self.tab, self.tab.meeting
        if meeting is None or meeting.id is None:
            return
        offered = arenden.offered_for(tab.store, meeting.id)
        if not offered:
            if say_when_none:
                QMessageBox.information(
                    tab,
                    "Öppna ärenden",
                    "Nämnden har inga återremitterade eller bordlagda ärenden som väntar på "
                    "att tas upp igen.",
                )
            return
        organ = meeting_service.get_organ(tab.store, meeting.organ_id)
        dialog = OpenMattersDialog(tab.store, offered, organ.name, meeting.date, parent=tab)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        self._take_up(meeting.id, dialog.chosen())

    def _take_up(self, meeting_id: int, paragraf_ids: list[int]) -> None:
        from ksdesk.services import arenden

        store = self.tab.store
        try:
            before = arenden.upptagna(store, meeting_id, paragraf_ids)
            arenden.take_up(store, meeting_id, paragraf_ids)
        except KsdeskError as error:
            QMessageBox.warning(self.tab, "Kan inte ta upp ärendena", str(error))
            return
        after = arenden.upptagna(store, meeting_id, paragraf_ids)
        self.tab.record(
            "Ta upp öppna ärenden", lambda s: arenden.put_upptagna(store, s), before, after
        )
        self.tab.refresh()

    def edit(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        if self.tab.meeting is None:
            return
        dialog = MeetingDialog(
            meeting_service.list_organs(self.tab.store), self.tab.meeting, parent=self.tab
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tab.commit("Ändra sammanträde", dialog.result_meeting())

    def delete(self) -> None:
        if self.tab.meeting is None:
            return
        answer = QMessageBox.question(
            self.tab,
            "Ta bort sammanträde",
            f"Ta bort sammanträdet {format_date(self.tab.meeting.date)} med hela ärendelistan, "
            "tjänsteskrivelser och bilagor?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            before = snapshot(self.tab.meeting)
            self.tab.record(
                "Ta bort sammanträde",
                self.tab.apply_state,
                before,
                Absent(before),
            )

    def edit_organ(self) -> None:
        from ksdesk.ui.dialogs.organ_dialog import OrganDialog

        if self.tab.meeting is None:
            return
        organ = meeting_service.get_organ(self.tab.store, self.tab.meeting.organ_id)
        dialog = OrganDialog(organ, parent=self.tab)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tab.record(
                "Ändra nämndens inställningar",
                lambda o: meeting_service.save_organ(self.tab.store, o),
                organ,
                dialog.result_organ(),
            )
