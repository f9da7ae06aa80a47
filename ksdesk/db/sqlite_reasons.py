"""Why SQLite refused to read or write, in Swedish. SQLite speaks English ("database or disk
is full", "attempt to write a readonly database", "disk I/O error"); the secretary reads
what happened, and SQLite's own words go to the log for whoever helps."""

from __future__ import annotations

import sqlite3

# By SQLite's result code names (sqlite3 gives them as error.sqlite_errorname); an extended
# code ("SQLITE_IOERR_WRITE", "SQLITE_READONLY_DBMOVED") starts with its primary code's name,
# and the first entry it starts with is taken (so SQLITE_IOERR_SHORT_READ before SQLITE_IOERR).
# The third column: these bytes are not a (whole) database, and a backup may help, as opposed
# to a full, busy or unreachable file, which is no reason to offer restoring one. Of these,
# the backup API raises CORRUPT (a file cut short, a page count past its end) and NOTADB (its
# header overwritten) for a damaged source: tests/db/test_backup_damage.py; damaged pages
# inside it are copied and found by the copy's quick_check.
_BY_CODE = (
    ("SQLITE_CORRUPT", "filens innehåll är trasigt", True),
    ("SQLITE_NOTADB", "filen är ingen databas", True),
    ("SQLITE_IOERR_SHORT_READ", "filen tar slut mitt i en sida (den kan vara avkortad)", True),
    ("SQLITE_FORMAT", "filens format känns inte igen", True),
    ("SQLITE_FULL", "disken är full", False),
    ("SQLITE_READONLY", "filen eller mappen går inte att skriva i", False),
    ("SQLITE_BUSY", "filen används av ett annat program", False),
    ("SQLITE_LOCKED", "filen används av ett annat program", False),
    (
        "SQLITE_IOERR",
        "disken kunde inte läsas eller skrivas (ett fel på disken eller nätverket)",
        False,
    ),
    ("SQLITE_CANTOPEN", "filen eller mappen finns inte eller går inte att nå", False),
    ("SQLITE_PERM", "du har inte behörighet", False),
    ("SQLITE_AUTH", "du har inte behörighet", False),
    ("SQLITE_NOMEM", "datorn har slut på minne", False),
)


def _entry(error: sqlite3.Error) -> tuple[str, str, bool] | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    return next((entry for entry in _BY_CODE if name.startswith(entry[0])), None)


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite refused because the file is damaged or no database at all."""
    entry = _entry(error)
    return entry is not None and entry[2]


def storage_problem(error: sqlite3.Error) -> str | None:
    """ "disken är full", or None when the refusal is not about the file or the disk (then it
    is a bug, and is shown as one)."""
    entry = _entry(error)
    return entry[1] if entry else None


def sqlite_reason(error: sqlite3.Error) -> str:
    """Why, for a message that names the file itself; never SQLite's English."""
    # Only when there is something to log: `ksdesk sok` starts a process per query.
    from ksdesk.logs import logger

    logger("db").warning("%s", error)
    return storage_problem(error) or "SQLite gav ett fel (detaljerna finns i loggen)"
