"""Undo inside a modal dialog. The main window's Ctrl+Z does not reach a dialog that holds
the focus, so the dialogs that edit (roles, delegationsbeslut) carry the window's own undo
stack as two buttons with the same shortcuts, and push their edits onto it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.ui.undo import SnapshotCommand, UndoStack, push_edit


def push_or_warn(stack: UndoStack, command: SnapshotCommand, parent: QWidget) -> bool:
    """Apply the edit and put it on the stack; a refusal is shown in Swedish and nothing is
    pushed (as BaseTab.run_edit does for a tab)."""
    try:
        push_edit(stack, command)
    except KsdeskError as error:
        QMessageBox.warning(parent, "Kan inte spara", str(error))
        return False
    return True


def undo_buttons(stack: UndoStack, dialog: QWidget) -> tuple[QToolButton, QToolButton]:
    """Two buttons showing what Ctrl+Z and Ctrl+Y would do ("Ångra Byt titel")."""
    undo_action = stack.createUndoAction(dialog, "Ångra")
    redo_action = stack.createRedoAction(dialog, "Gör om")
    for action, keys in ((undo_action, ["Ctrl+Z"]), (redo_action, ["Ctrl+Y", "Ctrl+Shift+Z"])):
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        dialog.addAction(action)
    buttons = []
    for action, name in ((undo_action, "undo_button"), (redo_action, "redo_button")):
        button = QToolButton(dialog)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons.append(button)
    return buttons[0], buttons[1]
