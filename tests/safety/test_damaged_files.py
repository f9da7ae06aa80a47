"""Damaged or foreign files: truncated, random bytes, not SQLite, another program's SQLite,
a newer schema. Each is refused with its Swedish message, offered the latest good backup,
and never changed."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreDamaged
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from tests.damage_helpers import damage_table_pages


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _scribbled(data: bytes) -> bytes:
    noise = random.Random(6).randbytes(8192)
    return data[:8192] + noise + data[16384:]


def _random(data: bytes) -> bytes:
    return random.Random(7).randbytes(len(data))


def _random_after_header(data: bytes) -> bytes:
    return data[:16] + random.Random(8).randbytes(len(data) - 16)


def _text(_data: bytes) -> bytes:
    return "Protokoll fört vid sammanträde\n".encode() * 40


def _foreign_sqlite(tmp: Path) -> bytes:
    other = tmp / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return other.read_bytes()


def _newer(tmp: Path, data: bytes) -> bytes:
    newer = tmp / "newer.sqlite"
    newer.write_bytes(data)
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('ksdesk', 'm9999_framtid', '2030-01-01')"
        )
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return newer.read_bytes()


CASES = {
    "avkortad": (_truncated, "skadad"),
    "klottrad": (_scribbled, "skadad"),
    "slumpbytes": (_random, "inte en SQLite-databas"),
    "slump-efter-huvud": (_random_after_header, "skadad"),
    "textfil": (_text, "inte en SQLite-databas"),
}


@pytest.fixture
def backed_up(demo_path: Path):
    store = open_store(demo_path)
    backup = backup_service.create_backup(store)
    store.close()
    return demo_path, backup


@pytest.mark.parametrize("case", sorted(CASES))
def test_damaged_file_refused_unchanged_and_restorable(backed_up, case: str) -> None:
    path, backup = backed_up
    damage, message = CASES[case]
    content = damage(path.read_bytes())
    path.write_bytes(content)
    with pytest.raises(StoreDamaged, match=message):
        open_store(path)
    assert path.read_bytes() == content
    assert backup_service.latest_good_backup(path) == backup
    result = backup_service.restore_file(path, backup)
    assert result.moved_aside.read_bytes() == content
    open_store(path).close()


def test_foreign_sqlite_is_not_touched(backed_up, tmp_path: Path) -> None:
    path, _backup = backed_up
    content = _foreign_sqlite(tmp_path)
    path.write_bytes(content)
    with pytest.raises(StoreDamaged, match="ingen ksdesk-databas"):
        open_store(path)
    assert path.read_bytes() == content  # not even switched to WAL


def test_newer_schema_says_update_and_stays(backed_up, tmp_path: Path) -> None:
    path, _backup = backed_up
    content = _newer(tmp_path, path.read_bytes())
    path.write_bytes(content)
    with pytest.raises(StoreDamaged, match="nyare version av ksdesk") as refused:
        open_store(path)
    assert refused.value.too_new
    assert path.read_bytes() == content


def test_cli_names_the_backup_to_restore(backed_up) -> None:
    path, _backup = backed_up
    path.write_bytes(_truncated(path.read_bytes()))
    run = [sys.executable, "-m", "ksdesk"]
    info = subprocess.run([*run, "info", "--db", str(path)], capture_output=True, text=True)
    assert info.returncode == 1
    assert "skadad" in info.stderr and "backup restore --latest" in info.stderr
    assert "Traceback" not in info.stderr
    restore = subprocess.run(
        [*run, "backup", "restore", "--latest", "--db", str(path)], capture_output=True, text=True
    )
    assert restore.returncode == 0, restore.stderr
    assert "Den skadade filen ligger kvar som" in restore.stdout
    info = subprocess.run([*run, "info", "--db", str(path)], capture_output=True, text=True)
    assert info.returncode == 0


def test_cli_backup_list_and_create(demo_path: Path) -> None:
    run = [sys.executable, "-m", "ksdesk", "backup"]
    created = subprocess.run(
        [*run, "create", "--db", str(demo_path)], capture_output=True, text=True
    )
    assert created.returncode == 0 and "är sparad i" in created.stdout
    listed = subprocess.run([*run, "list", "--db", str(demo_path)], capture_output=True, text=True)
    assert "Manuell" in listed.stdout and ("kB" in listed.stdout or "MB" in listed.stdout)


def test_damage_inside_is_found_by_the_backup_check_at_once(backed_up) -> None:
    """Opening checks header and schema only (same cost for any size of file); the backup's
    check of its copy reads every page, refuses to keep a damaged copy, and says so."""
    path, backup = backed_up
    content = damage_table_pages(path)
    store = open_store(path)  # the cheap check lets it through
    try:
        with pytest.raises(StoreDamaged, match="är skadad"):
            backup_service.create_backup(store, "auto")
    finally:
        store.close()
    assert backup_service.list_backups(path) == [backup]  # no damaged copy kept
    assert backup_service.latest_good_backup(path) == backup
    assert path.read_bytes() == content


def test_opening_does_not_read_the_whole_file(backed_up) -> None:
    path, _backup = backed_up
    damage_table_pages(path)
    statements: list[str] = []
    store = open_store(path)
    store.db.conn.set_trace_callback(statements.append)
    store.close()
    assert not [s for s in statements if "quick_check" in s or "integrity_check" in s]


def test_a_damaged_file_is_named_in_swedish_and_sqlites_words_go_to_the_log(
    backed_up, caplog
) -> None:
    """SQLite's own findings ("Page 5: btreeInitPage() returns error code 11") stood in the
    message the secretary reads; they go to the log, the message stays Swedish."""
    import logging

    path, _backup = backed_up
    damage_table_pages(path)
    store = open_store(path)
    try:
        with (
            caplog.at_level(logging.WARNING, logger="ksdesk.db"),
            pytest.raises(StoreDamaged) as refused,
        ):
            backup_service.create_backup(store, "auto")
    finally:
        store.close()
    message = str(refused.value)
    assert "SQLite hittar fel i den (detaljerna finns i loggen)" in message
    assert not any(word in message for word in ("Page", "btree", "error", "Tree"))
    assert any(str(path.name) in record.getMessage() for record in caplog.records)
