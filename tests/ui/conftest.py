"""Fixtures of the widget tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

# How long a test waits for work a worker thread does (a packet built, a backup, bilagor read):
# seconds on an idle machine, many times that on a loaded CI machine. waitUntil returns as soon
# as the work is done, so the long limit costs nothing when the machine is quick.
BUSY_MACHINE_MS = 60_000


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """Message boxes answer at once (the default button) and record what they said."""
    messages: list[str] = []

    def static(answer):
        def show(_parent, _title, text, *args, **kwargs):
            messages.append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", static(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", static(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", static(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", static(QMessageBox.StandardButton.Yes))

    def exec_default(box: QMessageBox) -> int:
        messages.append(f"{box.text()}\n{box.informativeText()}")
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_default)
    return messages


def wait_for_prints(widget) -> None:
    """Every document being built for the widget's window (ui.pdf_builds) is built and has
    reported: shown, refused, or sent to the review and built again."""
    from ksdesk.ui.pdf_builds import PdfBuild

    window = widget.window()
    for build in [*window.findChildren(PdfBuild), *widget.findChildren(PdfBuild)]:
        assert build.runner.wait_reported(BUSY_MACHINE_MS)


def shown_window(qtbot, store):
    """The main window on `store`, shown as ksdesk shows it (its first paint starts the
    background readings)."""
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window
