"""The guard against a modal no test answers (tests/modal_guard.py) closes it and names it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.modal_guard import ModalGuard


def test_a_modal_left_open_is_closed_and_named(qtbot) -> None:
    guard = ModalGuard(limit_ms=200, tick_ms=50)
    try:
        answer = QMessageBox.question(None, "Justera", "Markera det som justerat ändå?")
    finally:
        guard.stop()
    assert answer != QMessageBox.StandardButton.Yes  # closed, not answered
    assert guard.closed == ["QMessageBox 'Justera': Markera det som justerat ändå?"]


def test_a_modal_answered_in_time_is_left_alone(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    guard = ModalGuard(limit_ms=5_000, tick_ms=50)
    QTimer.singleShot(100, lambda: QApplication.activeModalWidget().accept())
    try:
        QMessageBox.information(None, "Klart", "Sparat.")
    finally:
        guard.stop()
    assert guard.closed == []
