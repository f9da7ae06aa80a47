"""Read, but not change: pages whose meeting is checked out by a colleague (team mode) or
whose file is open read-only show everything as it is and take no edit.

Text fields become read-only (their text can still be selected, copied and scrolled);
buttons, choices and check boxes are disabled, and so are tables whose cells change things
(a presence tick, a vote). What only shows or finds things (`keep`: a list to navigate, a
check to run) stays as it is. A page that enables one of its buttons while the lock holds
(another § selected) has it disabled again at once. Lifting the lock gives back exactly
what the lock took, so a button its page had disabled for its own reasons stays so."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit)
_CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView)
_OWNERS = (QComboBox, QAbstractSpinBox, QAbstractItemView)


class EditLock(QObject):
    def __init__(self, roots: Iterable[QWidget], keep: Iterable[QWidget] = ()) -> None:
        super().__init__()
        self._roots = list(roots)
        self._keep = set(keep)
        self._made_read_only: list[QWidget] = []
        self._disabled: set[QWidget] = set()
        self.reason = ""

    @property
    def locked(self) -> bool:
        return bool(self.reason)

    def set_reason(self, reason: str) -> None:
        """Lock (the reason is what the page says about it), or lift the lock with ""."""
        if reason == self.reason:
            return
        self._lift()
        self.reason = reason
        if reason:
            self._lay()

    def _widgets(self) -> list[QWidget]:
        found = []
        for root in self._roots:
            found += [w for w in root.findChildren(QWidget) if not self._kept(w)]
        return found

    def _kept(self, widget: QWidget) -> bool:
        """Kept, or part of another control (a combo box's list, a spin box's line edit,
        a table's editor): those follow their owner."""
        if widget in self._keep:
            return True
        parent = widget.parentWidget()
        while parent is not None:
            if parent in self._keep or isinstance(parent, _OWNERS):
                return True
            parent = parent.parentWidget()
        return False

    def _lay(self) -> None:
        for widget in self._widgets():
            if isinstance(widget, _TEXT) and not widget.isReadOnly():
                widget.setReadOnly(True)
                self._made_read_only.append(widget)
            elif isinstance(widget, _CONTROLS):
                widget.installEventFilter(self)
                if widget.isEnabled():
                    widget.setEnabled(False)
                    self._disabled.add(widget)

    def _lift(self) -> None:
        for widget in self._made_read_only:
            widget.setReadOnly(False)
        for widget in self._widgets():
            if isinstance(widget, _CONTROLS):
                widget.removeEventFilter(self)
        for widget in self._disabled:
            widget.setEnabled(True)
        self._made_read_only, self._disabled = [], set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page enabled it (a new selection) while the lock holds: the lock wins, and
        # lifting it later gives the page's choice back.
        if (
            self.reason
            and event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            self._disabled.add(watched)
            watched.setEnabled(False)
        return False
