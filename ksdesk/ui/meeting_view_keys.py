"""The meeting view's keys: a presentation clicker's PageDown/PageUp, the arrows, Home and
End step through the ärenden whatever has focus inside the view (each part hands them over
through eventFilter instead of scrolling or pressing itself); in the beslut editor the
arrows edit and the clicker still steps. Ctrl+L locks and unlocks, F11 toggles full screen,
Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from ksdesk.ui.meeting_view_style import CLICKER_KEYS, NEXT_KEYS, PREVIOUS_KEYS


class ClickerKeys:
    """Mixed into MeetingView (before QWidget), which supplies step, navigable, unlocked,
    lock, ask_unlock and beslut_edit."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._navigate(key):
            return
        if key == Qt.Key.Key_L and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lock() if self.unlocked else self.ask_unlock()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def _navigate(self, key: int) -> bool:
        """Step for a navigation key; False for any other key."""
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.step(-len(self.navigable))
        elif key == Qt.Key.Key_End:
            self.step(len(self.navigable))
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.beslut_edit:
            # Typing the beslut keeps arrows, space, Home and End; the clicker's page keys
            # still step (the text is saved first), and Escape hands the keys to the view.
            if key == Qt.Key.Key_Escape:
                self.setFocus()
                return True
            return key in CLICKER_KEYS and self._navigate(key)
        if isinstance(watched, QPushButton) and key == Qt.Key.Key_Space:
            return False  # Space presses the button that has focus
        if isinstance(watched, QWidget) and watched.window() is self:
            return self._navigate(key)
        return super().eventFilter(watched, event)
