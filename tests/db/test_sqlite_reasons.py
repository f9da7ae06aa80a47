"""SQLite's refusals reach the secretary in Swedish: a backup onto a full disk said
"Säkerhetskopian … kunde inte skrivas (database or disk is full)"; the English goes to the
log."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreError
from ksdesk.db import backup
from ksdesk.db.connection import open_store
from ksdesk.db.sqlite_checks import refusal
from ksdesk.db.sqlite_reasons import sqlite_reason

ENGLISH = ("database", "disk is full", "readonly", "unable", "Errno", "No space")


def _readonly_error(tmp_path: Path) -> sqlite3.OperationalError:
    """A real refusal from SQLite: a write through a read-only connection."""
    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as error:
        return error
    finally:
        connection.close()
    raise AssertionError("SQLite skrev i en skrivskyddad fil")


def _full_disk_error() -> sqlite3.OperationalError:
    """A real SQLITE_FULL: a page limit stands in for a full disk."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (x)")
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    try:
        connection.execute("INSERT INTO t VALUES (?)", (b"x" * 100_000,))
    except sqlite3.OperationalError as error:
        return error
    finally:
        connection.close()
    raise AssertionError("SQLite skrev förbi sidgränsen")


def test_sqlite_english_becomes_swedish_and_goes_to_the_log(tmp_path, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="ksdesk.db")
    assert sqlite_reason(_full_disk_error()) == "disken är full"
    assert sqlite_reason(_readonly_error(tmp_path)) == "filen eller mappen går inte att skriva i"
    assert "readonly" in caplog.text  # SQLite's own words, for whoever helps


@pytest.mark.parametrize(
    "make_error, reason",
    [
        (lambda tmp: _full_disk_error(), "disken är full"),
        (_readonly_error, "filen eller mappen går inte att skriva i"),
        (lambda tmp: OSError(errno.ENOSPC, "No space left on device"), "disken är full"),
    ],
)
def test_a_backup_that_cannot_be_written_says_why_in_swedish(
    tmp_path, monkeypatch, make_error, reason
) -> None:
    error = make_error(tmp_path)

    def refuse(*_args: object) -> int:
        raise error

    monkeypatch.setattr(backup, "_copy_checked", refuse)
    store = open_store(tmp_path / "a.sqlite", create=True)
    try:
        with pytest.raises(StoreError) as refused:
            backup.copy_store(store, tmp_path / "kopia.sqlite")
    finally:
        store.close()
    message = str(refused.value)
    assert message == f"Säkerhetskopian kopia.sqlite kunde inte skrivas ({reason})."
    assert not any(word in message for word in ENGLISH)


def test_a_file_sqlite_cannot_open_is_refused_in_swedish(tmp_path) -> None:
    try:
        sqlite3.connect(f"file:{tmp_path}/saknas/a.sqlite?mode=ro", uri=True).execute("SELECT 1")
    except sqlite3.OperationalError as error:
        message = str(refusal(tmp_path / "a.sqlite", error))
    assert message.endswith("(filen eller mappen finns inte eller går inte att nå).")
    assert "unable" not in message


def test_an_unfinished_write_at_closing_says_why_in_swedish(tmp_path) -> None:
    """flush() at closing: SQLite's refusal of the checkpoint, in Swedish."""
    store = open_store(tmp_path / "a.sqlite", create=True)
    error = _full_disk_error()

    class Refusing:
        conn = store.db.conn

        def execute(self, *_args: object) -> None:
            raise error

    real, store.db = store.db, Refusing()  # type: ignore[assignment]
    try:
        with pytest.raises(StoreError) as refused:
            store.flush()
    finally:
        store.db = real
        store.close()
    assert str(refused.value).endswith("kunde inte skrivas klart (disken är full).")
