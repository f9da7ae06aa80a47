"""One database file, one name, one writer: a symlink or another path to the file shares the
lock; a hard link is refused; an empty file is never made into a new database, and finds
its backups by the paths it was seen at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.errors import StoreDamaged, StoreError, StoreLocked
from ksdesk.db import identity_repo
from ksdesk.db import lock as db_lock
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and hard links as on POSIX")


@posix_only
def test_a_symlink_shares_the_lock_of_the_real_file(demo_path: Path) -> None:
    alias = demo_path.with_name("alias.sqlite")
    alias.symlink_to(demo_path.name)
    first = open_store(demo_path)
    try:
        with pytest.raises(StoreLocked, match="redan öppen"):
            open_store(alias)
    finally:
        first.close()
    # The other way round too, and both names lead to one -wal beside the real file.
    second = open_store(alias)
    try:
        assert second.path == demo_path
        with pytest.raises(StoreLocked):
            open_store(demo_path)
        meeting = meeting_service.list_meetings(second)[0]
        meeting_service.update_meeting_fields(second, meeting.id, {"place": "Sal X"})
        assert demo_path.with_name("demo.sqlite-wal").exists()
        assert not alias.with_name("alias.sqlite-wal").exists()
    finally:
        second.close()


def test_a_second_name_the_path_cannot_show_meets_the_identity_lock(
    demo_path: Path, monkeypatch
) -> None:
    """A bind mount or a network path gives the file another real path (and so another
    lock file beside it); the lock on its device and inode still stops a second writer."""
    first = open_store(demo_path)
    try:
        other_folder = demo_path.parent / "annan-montering"
        other_folder.mkdir()
        monkeypatch.setattr(db_lock, "lock_path", lambda db: other_folder / f"{Path(db).name}.lock")
        with pytest.raises(StoreLocked, match=f"process {os.getpid()}"):
            open_store(demo_path)
    finally:
        first.close()


@posix_only
def test_a_hard_link_is_refused_naming_the_other_name(demo_path: Path) -> None:
    twin = demo_path.with_name("tvilling.sqlite")
    os.link(demo_path, twin)
    before = demo_path.read_bytes()
    for path, other in ((demo_path, twin), (twin, demo_path)):
        for read_only in (False, True):
            with pytest.raises(StoreError, match="hårda länkar") as refused:
                open_store(path, read_only=read_only)
            assert str(other) in str(refused.value)
    assert demo_path.read_bytes() == before
    assert not demo_path.with_name("demo.sqlite-wal").exists()
    twin.unlink()
    open_store(demo_path).close()


def _backed_up(path: Path) -> str:
    store = open_store(path)
    backup_service.create_backup(store)
    identity = identity_repo.get(store)
    store.close()
    return identity


def test_an_empty_file_is_never_made_a_database(demo_path: Path, capsys) -> None:
    identity = _backed_up(demo_path)
    demo_path.write_bytes(b"")
    for create in (False, True):
        with pytest.raises(StoreDamaged, match="är tom"):
            open_store(demo_path, create=create)
    assert main(["info", "--db", str(demo_path)]) == 1
    said = capsys.readouterr().err
    assert "är tom (0 byte)" in said and "backup restore --latest" in said
    assert main(["demo", "--db", str(demo_path)]) == 1
    assert demo_path.stat().st_size == 0
    # Its backups are still its own: listed, and the latest one restores it.
    assert main(["backup", "list", "--db", str(demo_path)]) == 0
    assert "Manuell" in capsys.readouterr().out
    assert main(["backup", "restore", "--latest", "--db", str(demo_path)]) == 0
    assert identity_repo.read(demo_path) == identity
    assert list(demo_path.parent.glob("demo.sqlite.skadad-*"))  # the empty file, kept


def test_an_emptied_file_finds_its_backups_by_an_earlier_path(demo_path: Path) -> None:
    """The file was backed up at A, moved to B and opened there (its backups follow it),
    then moved back to A and emptied: the path history still leads to its backups."""
    _backed_up(demo_path)
    moved = demo_path.with_name("flyttad.sqlite")
    os.replace(demo_path, moved)
    _backed_up(moved)
    os.replace(moved, demo_path)
    demo_path.write_bytes(b"")
    names = sorted(b.name.split("-")[0] for b in backup_service.list_backups(demo_path))
    assert names == ["demo", "flyttad"]
    assert backup_service.latest_good_backup(demo_path) is not None


def test_only_a_missing_file_is_created(tmp_path: Path) -> None:
    new = tmp_path / "ny.sqlite"
    open_store(new, create=True).close()
    assert identity_repo.read(new) is not None
    with pytest.raises(StoreError, match="finns inte"):
        open_store(tmp_path / "saknas.sqlite")
    assert not (tmp_path / "saknas.sqlite").exists()
