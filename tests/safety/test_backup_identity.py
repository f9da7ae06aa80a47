"""Backups are filed by the database's own identity (a UUID stored in it, step m0402), not by
its path: renaming or moving the file keeps its backups, listing and restoring work from the
new place; a copy gets an identity of its own; folders older versions filed by path move in."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from ksdesk import paths
from ksdesk.core.backup import backup_name, is_identity
from ksdesk.db import identity_repo
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service


def _identity(path: Path) -> str | None:
    return identity_repo.read(path)


def _set_place(store, text: str) -> None:
    meeting_id = meeting_service.list_meetings(store)[0].id
    meeting_service.update_meeting_fields(store, meeting_id, {"place": text})


def _place(path: Path) -> str:
    store = open_store(path)
    try:
        return meeting_service.list_meetings(store)[0].place
    finally:
        store.close()


def _backup_and_close(path: Path) -> backup_service.BackupInfo:
    store = open_store(path)
    made = backup_service.create_backup(store)
    store.close()
    return made


def test_every_database_has_an_identity_and_its_folder_is_named_by_it(demo_store) -> None:
    identity = identity_repo.get(demo_store)
    assert identity is not None and is_identity(identity)
    made = backup_service.create_backup(demo_store)
    assert made.path.parent == paths.backups_root() / identity
    origin = (made.path.parent / "ursprung.txt").read_text(encoding="utf-8")
    assert str(demo_store.path.resolve()) in origin and identity in origin


def test_a_renamed_and_moved_file_keeps_its_backups(demo_path: Path, tmp_path: Path) -> None:
    first = _backup_and_close(demo_path)
    moved = tmp_path / "arkiv" / "ks-2020.sqlite"
    moved.parent.mkdir()
    demo_path.rename(moved)

    assert [b.path for b in backup_service.list_backups(moved)] == [first.path]
    store = open_store(moved)
    on_start = backup_service.backup_on_start(store)
    assert on_start is None or on_start.path.parent == first.path.parent
    _set_place(store, "Sal efter flytt")
    second = backup_service.create_backup(store)
    store.close()
    assert second.path.parent == first.path.parent
    assert second.name.startswith("ks-2020-")
    assert str(moved.resolve()) in (first.path.parent / "ursprung.txt").read_text("utf-8")

    # Restore (CLI's path: the file is not open) from the moved file's list.
    result = backup_service.restore_file(moved, backup_service.find_backup(moved, first.name))
    assert result.safety_copy is not None and result.safety_copy.path.parent == first.path.parent
    assert _place(moved) != "Sal efter flytt"
    assert len(backup_service.list_backups(moved)) == 3 + (on_start is not None)


def test_the_cli_lists_the_backups_of_a_moved_file(demo_path: Path, tmp_path: Path) -> None:
    first = _backup_and_close(demo_path)
    moved = tmp_path / "ny.sqlite"
    demo_path.rename(moved)
    listed = subprocess.run(
        [sys.executable, "-m", "ksdesk", "backup", "list", "--db", str(moved)],
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert first.name in listed.stdout and _identity(moved) in listed.stdout


def test_a_copy_beside_the_original_gets_an_identity_of_its_own(demo_path: Path) -> None:
    original = _backup_and_close(demo_path)
    copy = demo_path.with_name("kopia.sqlite")
    shutil.copy(demo_path, copy)
    assert _identity(copy) == _identity(demo_path)

    store = open_store(copy)
    made = backup_service.create_backup(store)
    store.close()
    assert _identity(copy) != _identity(demo_path)
    assert made.path.parent != original.path.parent
    assert [b.path for b in backup_service.list_backups(demo_path)] == [original.path]
    assert [b.path for b in backup_service.list_backups(copy)] == [made.path]


def test_folders_filed_by_path_move_into_the_identity_folder(demo_path: Path) -> None:
    resolved = demo_path.resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    legacy = paths.backups_root() / f"{resolved.stem}-{digest}"
    legacy.mkdir(parents=True)
    (legacy / "ursprung.txt").write_text(f"Säkerhetskopior av {resolved}\n", "utf-8")
    from datetime import datetime

    old = legacy / backup_name("demo", datetime(2024, 5, 3, 14, 5), "start")
    shutil.copy(demo_path, old)

    listed = backup_service.list_backups(demo_path)
    assert [b.name for b in listed] == [old.name]
    assert listed[0].path.parent.name == _identity(demo_path)
    assert not legacy.exists()
    store = open_store(demo_path)
    backup_service.create_backup(store)
    store.close()
    assert len(backup_service.list_backups(demo_path)) == 2


def _without_identity(backup: Path) -> None:
    """Make a backup look like one taken before step m0402."""
    connection = sqlite3.connect(backup)
    connection.execute("DROP TABLE database_identity")
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0402_database_identity'")
    connection.commit()
    connection.close()


def test_restoring_an_old_backup_keeps_the_files_identity(demo_store) -> None:
    identity = identity_repo.get(demo_store)
    made = backup_service.create_backup(demo_store)
    _without_identity(made.path)
    backup_service.restore_backup(demo_store, made)
    assert identity_repo.get(demo_store) == identity
    assert backup_service.create_backup(demo_store).path.parent == made.path.parent


def test_a_damaged_file_restored_from_an_old_backup_is_its_folders_again(demo_path: Path) -> None:
    made = _backup_and_close(demo_path)
    identity = made.path.parent.name
    _without_identity(made.path)
    demo_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # damaged: no identity
    assert _identity(demo_path) is None
    assert backup_service.latest_good_backup(demo_path) == made  # found through ursprung.txt
    backup_service.restore_file(demo_path, made)
    assert _identity(demo_path) == identity
