"""A real QMessageBox.warning (no patched static) shown over a window and answered by a
timer, so no modal is left open: what the box showed, read off it while it was up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ksdesk.ui.app import create_application

T = TypeVar("T")


def shown_warning(qtbot, title: str, text: str, read: Callable[[QMessageBox], T]) -> T:
    """`read` of the warning box `title`/`text` as it stood on the screen."""
    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    parent.activateWindow()
    qtbot.waitUntil(parent.isActiveWindow)
    seen: list[T] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            QTimer.singleShot(20, answer)
            return
        seen.append(read(box))
        box.accept()

    QTimer.singleShot(20, answer)
    QMessageBox.warning(parent, title, text)
    assert QApplication.activeModalWidget() is None
    return seen[0]
