"""ksdesk's log: a rotating file in the data folder (logg/ksdesk.log, four older files kept
beside it, at most 1 MB each), readable by the user only. Started by the GUI at start-up and
by the command line when something unexpected happens, so an error seen once can be told
to whoever looks after ksdesk (Hjälp → Visa logg; the error dialog's Kopiera detaljer).

What goes in: start and stop, the database opened, warnings, and every unexpected error
with its traceback. Not what the secretary writes: but a library's or a server's words may
quote it ("KeyError: 'Anna Berg 811218-9876'", PostgreSQL's "Failing row contains (…)"), so
every personnummer, phone number and e-mail address in a record, its traceback included, is
masked before it is written, and so is what the error dialog shows and copies: the log and
the details are sent to support."""

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
    handler.setFormatter(_Masked(_FORMAT))
    handler.set_name(LOG_NAME)
    handler.addFilter(_not_written)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    # Only versions in it: not read for numbers, so a start does not load the reader.
    started = (__version__, kind, environment())
    logger.info("ksdesk %s startar (%s), %s", *started, extra={_PLAIN: True})
    return path


class _Masked(logging.Formatter):
    """The record as written, with every personnummer in it masked (the traceback too)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if getattr(record, _PLAIN, False):
            return text
        # The time stamp's digits hold no number: read after it, a record without digits of
        # its own (Qt's warnings at a start) does not load the personnummer reader.
        stamp = getattr(record, "asctime", "")
        if stamp and text.startswith(stamp):
            return stamp + masked(text[len(stamp) :])
        return masked(text)


_PLAIN = "ksdesk_plain"


def masked(text: str) -> str:
    """`text` with every personnummer as X:es ("XXXXXX-XXXX"), every phone number and
    e-mail address as words ("[telefon borttagen]", "[e-post borttagen]": their forms as
    core.contact_data reads them). Imported on use: most records hold no digits and no "@"
    (Qt's own warnings at a start), and a record without them never loads the readers:
    their patterns take tens of milliseconds to compile."""
    from ksdesk.core.personnummer_marks import may_hold_number

    if not may_hold_number(text) and "@" not in text:
        return text
    from ksdesk.core.contact_data import mask_reachable
    from ksdesk.core.personnummer_masking import mask_personnummer

    return mask_reachable(mask_personnummer(text))


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
    text = f"ksdesk {__version__}\n{environment()}\n\n" + "".join(lines).rstrip() + "\n"
    return masked(text)


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
    # Masked again: a file written by an older ksdesk, before records were masked.
    return masked(text if len(data) < max_chars else text[text.find("\n") + 1 :])
