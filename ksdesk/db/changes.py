"""What Store.atomic() does around every write transaction besides committing it.

Who changes the file, and which transaction is running: the two values the version triggers
of step m1301 read from `change_context` (see db/migrations/row_identity.py). `begin` runs at
the start of each outermost transaction; before it commits, when it changed anything, the
search index takes in what the triggers of step m1303 queued (`refresh_search`) and `end`
raises the counter: every aggregate it touched then carries version + 1 (once, however many
of its rows changed), the time and the user."""

from __future__ import annotations

import contextlib
import os
import sqlite3


def current_user() -> str:
    """The name changes are recorded under: KSDESK_USER when set (team mode links a named
    user), else the computer account."""
    named = os.environ.get("KSDESK_USER", "").strip()
    if named:
        return named
    import getpass  # here: a store that only reads never asks (getpass loads termios, pwd)

    with contextlib.suppress(Exception):  # no account name (a service, a bare container)
        return getpass.getuser()
    return ""


def begin(conn: sqlite3.Connection, user: str) -> None:
    # Writes only when the name differs, so a transaction that changes nothing stays empty.
    _run(conn, "UPDATE change_context SET user = ? WHERE user IS NOT ?", [user, user])


def refresh_search(store) -> None:
    """The search index brought up to date with what this transaction queued."""
    from ksdesk.db import search_repo  # loads core.search: only once something is written

    try:
        if search_repo.pending(store):
            search_repo.refresh(store)
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):  # a file not yet migrated to m1303
            raise


def end(conn: sqlite3.Connection) -> None:
    _run(conn, "UPDATE change_context SET txn = txn + 1", [])


def _run(conn: sqlite3.Connection, sql: str, params: list) -> None:
    try:
        conn.execute(sql, params)
    except sqlite3.OperationalError as error:
        # A file not yet migrated to m1301 (opened with migrate=False, or mid-upgrade).
        if "no such table" not in str(error):
            raise
