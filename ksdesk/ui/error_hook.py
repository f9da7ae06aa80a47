"""Unexpected errors in the GUI: written to the log with their traceback and shown in a
Swedish dialog (ui/dialogs/error_dialog.py) instead of going to a stderr nobody sees when
ksdesk is started from its icon. Errors in worker threads are shown too, on the GUI thread.
Qt's own warnings go to the log."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from ksdesk import applog
from ksdesk.core.errors import KsdeskError
from ksdesk.logs import logger

_qt_log = logger("qt")


class ErrorHook(QObject):
    """Installed as sys.excepthook and threading.excepthook while the window runs."""

    # Details of an error, or a KsdeskError's message, carried to the GUI thread.
    unexpected = Signal(str)
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.shown: list[str] = []  # what each dialog said (for tests, and for a second look)
        self.unexpected.connect(self._show_unexpected, Qt.ConnectionType.QueuedConnection)
        self.refused.connect(self._show_refused, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        qInstallMessageHandler(_log_qt_message)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, KsdeskError):
            # A refusal with a Swedish message that no caller caught: still only a refusal.
            applog.logger.warning("Ohanterat: %s", error, exc_info=(kind, error, trace))
            self.refused.emit(str(error))
            return
        applog.log_error(kind, error, trace)
        self.unexpected.emit(applog.error_details(kind, error, trace))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_unexpected(self, details: str) -> None:
        self.shown.append(details)
        if self.showing:
            return  # one dialog at a time: later errors are in the log (and in `shown`)
        from ksdesk.ui.dialogs.error_dialog import ErrorDialog

        self.showing = True
        try:
            ErrorDialog(details, QApplication.activeWindow()).exec()
        finally:
            self.showing = False

    def _show_refused(self, message: str) -> None:
        self.shown.append(message)
        QMessageBox.warning(QApplication.activeWindow(), "ksdesk", message)


_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = _QT_LEVELS.get(kind)
    if level is not None:
        _qt_log.log(level, "%s", message)
