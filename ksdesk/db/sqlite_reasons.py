"""Why SQLite refused to read or write, in Swedish. SQLite speaks English ("database or disk
is full", "attempt to write a readonly database", "disk I/O error"); the secretary reads
what happened, and SQLite's own words go to the log for whoever helps."""

from __future__ import annotations

import sqlite3

# By SQLite's result code names (sqlite3 gives them as error.sqlite_errorname); an extended
# code ("SQLITE_IOERR_WRITE", "SQLITE_READONLY_DBMOVED") starts with its primary code's name.
_BY_CODE = (
    ("SQLITE_FULL", "disken är full"),
    ("SQLITE_READONLY", "filen eller mappen går inte att skriva i"),
    ("SQLITE_BUSY", "filen används av ett annat program"),
    ("SQLITE_LOCKED", "filen används av ett annat program"),
    ("SQLITE_IOERR", "disken kunde inte läsas eller skrivas (ett fel på disken eller nätverket)"),
    ("SQLITE_CANTOPEN", "filen eller mappen finns inte eller går inte att nå"),
    ("SQLITE_PERM", "du har inte behörighet"),
    ("SQLITE_AUTH", "du har inte behörighet"),
    ("SQLITE_CORRUPT", "filen är skadad"),
    ("SQLITE_NOTADB", "filen är ingen databas"),
    ("SQLITE_NOMEM", "datorn har slut på minne"),
)


def storage_problem(error: sqlite3.Error) -> str | None:
    """ "disken är full", or None when the refusal is not about the file or the disk (then it
    is a bug, and is shown as one)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return next((text for code, text in _BY_CODE if name.startswith(code)), None)


def sqlite_reason(error: sqlite3.Error) -> str:
    """Why, for a message that names the file itself; never SQLite's English."""
    import logging  # only when there is something to log: `ksdesk sok` starts per query

    logging.getLogger("ksdesk.db").warning("%s", error)
    return storage_problem(error) or "SQLite gav ett fel (detaljerna finns i loggen)"
