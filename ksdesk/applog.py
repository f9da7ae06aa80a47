"""ksdesk's log: a rotating file in the data folder (logg/ksdesk.log, four older files kept
beside it, at most 1 MB each), readable by the user only. Started by the GUI at start-up and
by the command line when something unexpected happens, so an error seen once can be told
to whoever looks after ksdesk (Hjälp → Visa logg; the error dialog's Kopiera detaljer).

What goes in: start and stop, the database opened, warnings, and every unexpected error
with its traceback. Not what the secretary writes."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ksdesk import __version__, paths
from ksdesk.atomic import make_private

LOG_NAME = "ksdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("ksdesk")
# A record before start() never reaches the terminal through logging's last resort: a
# command's output is its own. (A module takes its logger from ksdesk.logs, whose handler
# opens the file at the first record; this one covers a process that imports only applog.)
logger.addHandler(logging.NullHandler())


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def start(kind: str) -> Path | None:
    """Send ksdesk's log records to the rotating file (once per process). `kind` says who
    started it ("gui" or "cli"). Returns the file, or None when it cannot be written (a
    read-only data folder): ksdesk works on without a log."""
    if _file_handler() is not None:
        return log_path()
    from logging.handlers import RotatingFileHandler

    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    make_private(path)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.set_name(LOG_NAME)
    handler.addFilter(_not_written)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("ksdesk %s startar (%s), %s", __version__, kind, environment())
    return path


def stop() -> None:
    """Close the file (a test, or a process that is about to end)."""
    handler = _file_handler()
    if handler is not None:
        logger.removeHandler(handler)
        handler.close()


def is_open() -> bool:
    return _file_handler() is not None


def write(record: logging.LogRecord) -> None:
    """The record that opened the file, into it (ksdesk.logs hands it over). The file's
    handler, added while logging walks the handlers for this record, may be reached by it
    too: the mark keeps it from being written twice."""
    handler = _file_handler()
    if handler is not None and not getattr(record, _WRITTEN, False):
        handler.handle(record)
        setattr(record, _WRITTEN, True)


_WRITTEN = "ksdesk_written"


def _not_written(record: logging.LogRecord) -> bool:
    return not getattr(record, _WRITTEN, False)


def _file_handler() -> logging.Handler | None:
    return next((h for h in logger.handlers if h.get_name() == LOG_NAME), None)


def environment() -> str:
    """One line about the machine, for the log and the error details ("Windows 10 AMD64").
    From the system's name and release alone: platform.platform() also reads the C
    library's version out of the Python binary, 4 ms of every start, for a detail no one
    who reads the log needs."""
    frozen = " (installerad)" if getattr(sys, "frozen", False) else ""
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    return f"Python {platform.python_version()}{frozen}, {system}"


def error_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """What "Kopiera detaljer" copies: the version, the machine and the traceback."""
    lines = traceback.format_exception(kind, error, trace)
    return f"ksdesk {__version__}\n{environment()}\n\n" + "".join(lines).rstrip() + "\n"


def log_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    logger.error("Oväntat fel", exc_info=(kind, error, trace))


def tail(max_chars: int = 200_000) -> str:
    """The end of the current log file (what Hjälp → Visa logg shows)."""
    try:
        with log_path().open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - max_chars))
            data = handle.read()
    except OSError:
        return ""
    text = data.decode("utf-8", "replace")
    return text if len(data) < max_chars else text[text.find("\n") + 1 :]
