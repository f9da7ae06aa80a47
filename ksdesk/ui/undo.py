"""Undo and redo for every tab: one QUndoStack per open database, owned by the main window.

An edit is written to the database at once (nothing waits for a "save"), and the command that
did it goes onto the stack so Ctrl+Z can write the old value back. The generic command is a
snapshot: `before` and `after` are whatever value the tab's service call takes (a string, a
dataclass, a dict of fields), and `apply(value)` writes it through that service.

    from ksdesk.ui.undo import SnapshotCommand
    self.run_edit(SnapshotCommand("Ändra plats", apply, before=old, after=new))

`apply` returns what the service it calls returns: the Topic of what changed, which the
command announces on the application's data_changed signal after every write.

`BaseTab.run_edit` (ksdesk/ui/tabs/base_tab.py) applies the edit first, so a refused edit
(InvalidInput, StoreError) shows its Swedish message and never reaches the stack.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic

T = TypeVar("T")

# Commands that may merge (successive edits of one field) share this id; the merge key
# decides whether two of them really touch the same thing.
_MERGE_ID = 0x6B73


class UndoStack(QUndoStack):
    """A QUndoStack that reports a failed undo/redo in Swedish instead of losing it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_parent: QWidget | None = parent
        # Who hears of an undo/redo the database refused; tests replace it with a list.
        self.on_error: Callable[[KsdeskError], None] = self._show_error

    def _show_error(self, error: KsdeskError) -> None:
        QMessageBox.warning(self.error_parent, "Kan inte ångra", str(error))


class SnapshotCommand(QUndoCommand, Generic[T]):
    """redo() writes `after`, undo() writes `before`, both through `apply` (a service call),
    then announce the Topic `apply` returned on the application's data_changed signal."""

    def __init__(
        self,
        text: str,
        apply: Callable[[T], Topic],
        before: T,
        after: T,
        *,
        merge_key: object | None = None,
    ) -> None:
        super().__init__(text)
        self.apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._applied = False  # push_edit applied `after` already: the first redo() skips
        self.stack: UndoStack | None = None

    def apply_first(self) -> None:
        """Write `after` now (raises KsdeskError on refusal: nothing is pushed then)."""
        changed = self.apply(self.after)
        self._applied = True
        announce(changed)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, value: T) -> None:
        try:
            changed = self.apply(value)
        except KsdeskError as error:
            # The data moved under us (deleted, read-only, ...): drop the command rather
            # than leave a stack that no longer matches the file.
            self.setObsolete(True)
            if self.stack is not None:
                self.stack.on_error(error)
            return
        announce(changed)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after  # keep the first `before`: one Ctrl+Z undoes the run
        return True


def announce(topic: Topic | None) -> None:
    """Tell every tab what changed; a write that does not say (returns no Topic) makes
    every tab refresh rather than leave one showing old data."""
    signal = getattr(QApplication.instance(), "data_changed", None)
    if signal is not None:
        signal.emit(topic if isinstance(topic, Topic) else Topic.ALL)


def announce_once(topics: list[Topic]) -> None:
    """Tell every tab that these topics changed, each tab reading once: one topic is
    announced as itself, several as everything (a tab refreshes at each announcement, and
    the Kallelse tab is concerned by both MEETINGS and AGENDA of a meeting: it would read
    the meeting twice). No topics: nothing is announced."""
    if len(topics) == 1:
        announce(topics[0])
    elif topics:
        announce(None)


def push_edit(stack: UndoStack, command: SnapshotCommand) -> None:
    """Apply the edit, then put it on the stack. KsdeskError propagates; nothing is pushed."""
    command.apply_first()
    command.stack = stack
    stack.push(command)


def install_actions(stack: QUndoStack, menu, parent: QWidget) -> tuple:
    """Ångra / Gör om in `menu`, naming the command ("Ångra Ändra plats"), Ctrl+Z / Ctrl+Y."""
    undo_action = stack.createUndoAction(parent, "Ångra")
    undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
    redo_action = stack.createRedoAction(parent, "Gör om")
    redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    undo_action.setObjectName("action_undo")
    redo_action.setObjectName("action_redo")
    menu.addAction(undo_action)
    menu.addAction(redo_action)
    parent.addActions([undo_action, redo_action])  # shortcuts work with the menu bar hidden
    return undo_action, redo_action


# The stack of each open database. The main window binds its own; a tab built without a
# window (as in tests) gets one of its own on first use.
_stacks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def bind(store: object, stack: UndoStack) -> None:
    _stacks[store] = stack


def stack_for(store: object) -> UndoStack:
    stack = _stacks.get(store)
    if stack is None:
        stack = UndoStack()
        _stacks[store] = stack
    return stack
