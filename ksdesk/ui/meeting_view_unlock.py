"""Unlocking the meeting view for the secretary (a code chosen in the Sammanträde tab, or a
confirmation when none was chosen) and saving a beslut edited in it, on the window's undo
stack."""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.topics import Topic
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui import undo


class SecretaryUnlock:
    """Mixed into MeetingView (before QWidget), which supplies store, unlock_code,
    locked_reason, unlocked, item, paragrafer, beslut_edit, _set_locked_look and _leave_item."""

    def ask_unlock(self) -> bool:
        if self.locked_reason:
            QMessageBox.information(self, "Lås upp", self.locked_reason)
            return False
        if self.unlock_code:
            code, ok = QInputDialog.getText(
                self, "Lås upp", "Sekreterarens kod:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            if not self.unlock(code):
                QMessageBox.warning(self, "Lås upp", "Fel kod: mötesvyn är fortfarande låst.")
                return False
            return True
        answer = QMessageBox.question(
            self,
            "Lås upp",
            "Lås upp mötesvyn för redigering av besluten? Bara sekreteraren ska göra det.",
        )
        return answer == QMessageBox.StandardButton.Yes and self.unlock(None)

    def unlock(self, code: str | None) -> bool:
        if self.locked_reason or (self.unlock_code and code != self.unlock_code):
            return False
        self.unlocked = True
        self._set_locked_look()
        return True

    def lock(self) -> None:
        self._leave_item()
        self.unlocked = False
        self._set_locked_look()
        self.setFocus()

    def save_beslut(self) -> None:
        item = self.item
        paragraf = self.paragrafer.get(item.id) if item else None
        if not self.unlocked or paragraf is None:
            return
        text = self.beslut_edit.toPlainText()
        if text == paragraf.beslut:
            return
        before, after = deepcopy(paragraf), deepcopy(paragraf)
        after.beslut = text
        store = self.store

        def apply(snapshot: Paragraf) -> Topic:
            return protokoll_service.save_paragraf(store, deepcopy(snapshot))

        # The same undo stack as the tabs: Ctrl+Z in the main window takes it back.
        command = undo.SnapshotCommand(f"Ändra beslut {paragraf.label}", apply, before, after)
        try:
            undo.push_edit(undo.stack_for(store), command)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara beslutet", str(error))
            return
        paragraf.beslut = text
