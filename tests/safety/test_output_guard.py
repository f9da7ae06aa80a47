"""No command writes its document over the database: not over the file, its -wal, -shm or
lock file, a database open in another ksdesk, nor into the backup folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from ksdesk import paths
from ksdesk.atomic import save_as
from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _writing_commands(db: Path, out: Path) -> list[list[str]]:
    common = ["--db", str(db), "--out", str(out)]
    meeting = ["--meeting", "2020-12-07"]
    return [
        ["kallelse", *meeting, *common],
        ["kallelse", *meeting, "--packet", *common],
        ["protokoll", *meeting, *common],
        ["utdrag", *meeting, "--paragraf", "180", *common],
        ["ics", *meeting, *common],
        ["budget", "pdf", "--sheet", "volym", *common],
        ["delegation", "pdf", *common],
        ["delegation", "export", *common],
        ["delegation", "diff", "--from", "ks-2020", "--to", "ks-2020", *common],
    ]


def test_no_command_writes_over_the_database_or_its_files(demo_path: Path, capsys) -> None:
    store = open_store(demo_path)
    store.close()
    before = _digest(demo_path)
    folder = demo_path.parent
    # The file by its name and through a symlink; its lock file, and its -wal and -shm
    # made to exist as they do while it is open.
    targets = [demo_path, folder / "demo.sqlite.lock"]
    if os.name == "posix":
        (folder / "alias.sqlite").symlink_to(demo_path.name)
        targets.append(folder / "alias.sqlite")
    for suffix in ("-wal", "-shm"):
        sidecar = folder / f"demo.sqlite{suffix}"
        sidecar.write_bytes(b"")
        targets.append(sidecar)
    for out in targets:
        for command in _writing_commands(demo_path, out):
            assert main(command) == 1, command
            said = capsys.readouterr().err
            assert "databas" in said and "Traceback" not in said, said
    assert _digest(demo_path) == before
    for suffix in ("-wal", "-shm"):
        assert (folder / f"demo.sqlite{suffix}").read_bytes() == b""


def test_nothing_is_saved_into_the_backup_folder(demo_path: Path, capsys) -> None:
    store = open_store(demo_path)
    backup = backup_service.create_backup(store)
    store.close()
    for out in (backup.path, backup.path.parent / "kallelse.pdf", paths.backups_root() / "x.pdf"):
        command = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07"]
        assert main([*command, "--out", str(out)]) == 1
        assert "säkerhetskopior" in capsys.readouterr().err
    assert not (backup.path.parent / "kallelse.pdf").exists()
    assert backup_service.latest_good_backup(demo_path) == backup


def test_a_database_open_in_another_ksdesk_is_never_overwritten(
    demo_path: Path, tmp_path: Path, capsys
) -> None:
    other = tmp_path / "annan.sqlite"
    other.write_bytes(demo_path.read_bytes())
    held = open_store(other)  # as the GUI holds it
    try:
        before = _digest(other)
        command = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07"]
        assert main([*command, "--out", str(other)]) == 1
        assert "är en databas" in capsys.readouterr().err
        assert _digest(other) == before
    finally:
        held.close()


def test_the_gui_save_refuses_the_same(demo_store) -> None:
    with pytest.raises(InvalidInput, match="är en databas"):
        save_as(demo_store.path, b"%PDF-1.4")
    save_as(demo_store.path.with_name("kallelse.pdf"), b"%PDF-1.4")  # an ordinary name works
