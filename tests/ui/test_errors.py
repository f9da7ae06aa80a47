"""Unexpected errors: written to the rotating log in the data folder and shown in a Swedish
dialog whose Kopiera detaljer copies what a developer needs; Hjälp → Visa logg shows the log."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ksdesk import __version__, applog, paths
from ksdesk.core.errors import StoreError
from ksdesk.ui.dialogs.error_dialog import ErrorDialog
from ksdesk.ui.dialogs.log_dialog import LogDialog
from ksdesk.ui.error_hook import ErrorHook


@pytest.fixture
def log_file():
    applog.stop()  # a command run by an earlier test may have left its own log open
    path = applog.start("test")
    yield path
    applog.stop()


def _raise_and_catch() -> tuple:
    try:
        {}["ärende"]
    except KeyError as error:
        return type(error), error, error.__traceback__
    raise AssertionError


def test_log_lives_in_the_data_folder_readable_by_the_user_only(log_file: Path) -> None:
    assert log_file == paths.data_dir() / "logg" / "ksdesk.log"
    assert log_file.stat().st_mode & 0o077 == 0
    assert f"ksdesk {__version__} startar (test)" in log_file.read_text(encoding="utf-8")


def test_log_rotates_and_keeps_four_older_files(log_file: Path, monkeypatch) -> None:
    handler = next(h for h in applog.logger.handlers if h.get_name() == applog.LOG_NAME)
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    for number in range(200):
        applog.logger.info("rad %d %s", number, "x" * 40)
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert rotated == ["ksdesk.log", *(f"ksdesk.log.{n}" for n in range(1, 5))]
    assert all(p.stat().st_size <= 2_200 for p in log_file.parent.iterdir())


def test_unexpected_error_is_logged_and_shown_in_swedish(qtbot, log_file: Path) -> None:
    hook = ErrorHook()
    shown: list[ErrorDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the dialog opens when the queued signal arrives
            QTimer.singleShot(10, close_dialog)
            return
        shown.append(dialog)
        shown.append(dialog.copy_button.text())
        dialog.copy_details()
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    hook.handle(*_raise_and_catch())
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    assert isinstance(dialog, ErrorDialog)
    assert dialog.windowTitle() == "ksdesk – ett oväntat fel"
    assert shown[1] == "&Kopiera detaljer"
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"ksdesk {__version__}\nPython ")
    assert "KeyError: 'ärende'" in copied and "_raise_and_catch" in copied
    logged = log_file.read_text(encoding="utf-8")
    assert "Oväntat fel" in logged and "KeyError: 'ärende'" in logged


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, log_file, monkeypatch):
    hook = ErrorHook()
    monkeypatch.setattr(threading, "excepthook", hook._handle_thread)
    shown: list[str] = []
    monkeypatch.setattr(hook, "_show_unexpected", lambda details: shown.append(details))
    hook.unexpected.disconnect()
    hook.unexpected.connect(hook._show_unexpected)

    def fail() -> None:
        raise RuntimeError("i tråden")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert "RuntimeError: i tråden" in shown[0]


def test_a_refusal_nobody_caught_is_shown_as_its_message(qtbot, log_file, monkeypatch) -> None:
    hook = ErrorHook()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    error = StoreError("Databasen är skrivskyddad.")
    hook.handle(StoreError, error, None)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["Databasen är skrivskyddad."]
    assert "Ohanterat: Databasen är skrivskyddad." in log_file.read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(log_file: Path) -> None:
    from PySide6.QtCore import QtMsgType

    from ksdesk.ui.error_hook import _log_qt_message

    _log_qt_message(QtMsgType.QtWarningMsg, None, "QFont::setPointSize: Point size <= 0")
    _log_qt_message(QtMsgType.QtDebugMsg, None, "brus")
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING ksdesk.qt: QFont::setPointSize" in text and "brus" not in text


def test_log_dialog_shows_the_end_of_the_log_and_where_it_is(qtbot, log_file: Path) -> None:
    applog.logger.warning("Säkerhetskopian misslyckades")
    dialog = LogDialog()
    qtbot.addWidget(dialog)
    assert "Säkerhetskopian misslyckades" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    assert any(str(log_file) in label.text() for label in dialog.findChildren(QLabel))


def test_cli_writes_an_unexpected_error_to_the_log(monkeypatch, capsys) -> None:
    from ksdesk import cli

    def explode(_args) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "run_command", explode)
    try:
        assert cli.main(["info"]) == 1
    finally:
        applog.stop()
    err = capsys.readouterr().err
    log = paths.data_dir() / "logg" / "ksdesk.log"
    assert f"Detaljerna finns i loggen {log}." in err
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
    assert logging.getLogger("ksdesk").handlers  # the NullHandler stays: nothing on stderr
