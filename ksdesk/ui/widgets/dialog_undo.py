"""Undo inside a modal dialog. The main window's Ctrl+Z does not reach a dialog that holds
the focus, so the dialogs that edit (roles, delegationsbeslut) carry Ångra and Gör om of
their own. Their edits go onto the window's undo stack (after the dialog is closed, Ctrl+Z in
the window undoes them in turn), but the dialog's buttons and shortcuts undo and redo only
the steps taken in this dialog: the stack's last step may be an edit in another tab (an
Ärende typed in the points table), which a button in the roles dialog must not undo unseen.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.ui.undo import SnapshotCommand, UndoStack, push_edit


class DialogSteps(QObject):
    """The steps one dialog put on the window's `stack`, and its Ångra / Gör om for them."""

    def __init__(self, stack: UndoStack, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.stack = stack
        self.dialog = dialog
        # The commands this dialog pushed (the stack owns them; compared by identity only).
        self._mine: list[QUndoCommand] = []
        self.undo_action = QAction("Ångra", dialog)
        self.redo_action = QAction("Gör om", dialog)
        actions = (
            (self.undo_action, ["Ctrl+Z"], stack.undo),
            (self.redo_action, ["Ctrl+Y", "Ctrl+Shift+Z"], stack.redo),
        )
        for action, keys, step in actions:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, step=step: step())
            dialog.addAction(action)
        # A bound method: Qt drops the connection when the dialog (this object's parent) goes.
        stack.indexChanged.connect(self._update)
        self._update()

    def push(self, command: SnapshotCommand) -> bool:
        """Apply the edit and put it on the stack as this dialog's step; a refusal is shown
        in Swedish and nothing is pushed (as BaseTab.run_edit does for a tab)."""
        try:
            push_edit(self.stack, command)
        except KsdeskError as error:
            QMessageBox.warning(self.dialog, "Kan inte spara", str(error))
            return False
        self._mine.append(command)
        self._update()
        return True

    def _is_mine(self, index: int) -> bool:
        if not 0 <= index < self.stack.count():
            return False
        command = self.stack.command(index)
        return any(command is mine for mine in self._mine)

    def _update(self, *_index: object) -> None:
        """Ångra names the step it would undo, and only while that step is this dialog's."""
        if not shiboken6.isValid(self.stack):
            return  # the window closing: its stack signals as its destructor clears it
        index = self.stack.index()
        can_undo, can_redo = self._is_mine(index - 1), self._is_mine(index)
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(f"Ångra {self.stack.undoText()}" if can_undo else "Ångra")
        self.redo_action.setText(f"Gör om {self.stack.redoText()}" if can_redo else "Gör om")

    def buttons(self) -> tuple[QToolButton, QToolButton]:
        """Two buttons showing what Ctrl+Z and Ctrl+Y would do here ("Ångra Byt titel")."""
        made = []
        for action, name in ((self.undo_action, "undo_button"), (self.redo_action, "redo_button")):
            button = QToolButton(self.dialog)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            made.append(button)
        return made[0], made[1]
