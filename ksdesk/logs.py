"""ksdesk's loggers, and where their records go before the log file is open.

The window opens the log file as it starts (applog.start). A command opens it at its first
record: the detail of a damaged file ("PdfStreamError: Stream has ended unexpectedly") is
for whoever looks after ksdesk, in the log. Without a handler of ours, Python's logging
would print such a record on the terminal ("last resort"), an English library message
beside the Swedish one the command gives. This module imports nothing else of ksdesk until
a record comes: `ksdesk deadlines` and `ksdesk sok` start in as few milliseconds as they
can and never log."""

from __future__ import annotations

import logging

TOP = "ksdesk"


class _LogFileOnFirstRecord(logging.Handler):
    """Opens the log file at the first record and writes that record there. Once the file
    is open its own handler takes every record and this one stands aside. Where the file
    cannot be written (a read-only data folder) the record goes nowhere, as applog says."""

    def emit(self, record: logging.LogRecord) -> None:
        from ksdesk import applog

        if applog.is_open() or applog.start("cli") is None:
            return
        applog.write(record)


def logger(part: str) -> logging.Logger:
    """The logger of one part of ksdesk ("import", "pdf", "team"): ksdesk.<part>."""
    return logging.getLogger(f"{TOP}.{part}")


_top = logging.getLogger(TOP)
if not any(isinstance(handler, _LogFileOnFirstRecord) for handler in _top.handlers):
    _top.addHandler(_LogFileOnFirstRecord())
