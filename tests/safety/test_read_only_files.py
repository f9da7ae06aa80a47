"""A read-only file, a read-only folder and a file the GUI has open: commands that read work
(opened read-only, saying why), commands that write say the truth, and nothing is changed:
not the content, not the permissions."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.errors import StoreReadOnly
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service

DAY = date(2020, 12, 7)
MEETING = ["--meeting", DAY.isoformat()]


def _reading_commands(db: Path, out: Path) -> list[list[str]]:
    on = ["--db", str(db)]
    return [
        ["info", *on],
        ["kallelse", *MEETING, *on, "--out", str(out / "k.pdf")],
        ["kallelse", *MEETING, "--packet", *on, "--out", str(out / "p.pdf")],
        ["public", "scan", *MEETING, *on],
        ["backup", "create", *on],
        ["utdrag", *MEETING, "--paragraf", "217", *on, "--out", str(out / "u.pdf")],
        ["ics", *MEETING, *on, "--out", str(out / "m.ics")],
        ["budget", "pdf", "--sheet", "volym", *on, "--out", str(out / "b.pdf")],
        ["delegation", "export", *on, "--out", str(out / "d.csv")],
    ]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def protokoll_path(demo_path: Path) -> Path:
    """The demo database with the meeting's protokoll started (utdrag needs a §)."""
    store = open_store(demo_path)
    protokoll_service.start_protokoll(store, meeting_lookup.find_meeting(store, DAY).id)
    store.close()
    return demo_path


def _run_reading(db: Path, out: Path, capsys, expect_note: str) -> None:
    for command in _reading_commands(db, out):
        code = main(command)
        said = capsys.readouterr().err
        assert code == 0 and expect_note in said, (command, said)


def test_a_read_only_file_is_respected(protokoll_path: Path, tmp_path: Path, capsys) -> None:
    store = open_store(protokoll_path)
    backup_service.create_backup(store)
    store.close()
    protokoll_path.chmod(0o444)
    before = _digest(protokoll_path)
    try:
        with pytest.raises(StoreReadOnly, match="skrivskyddad"):
            open_store(protokoll_path)
        reader = open_store(protokoll_path, read_only=True)
        assert reader.read_only and "skrivskyddad" in reader.read_only_reason
        reader.close()
        _run_reading(protokoll_path, tmp_path, capsys, "filen öppnas skrivskyddad")
        # Writing commands say why they cannot, and what to do.
        create = ["meeting", "create", "--organ", "Kommunstyrelsen", "--date", "2021-01-11"]
        assert main([*create, "--time", "14.00", "--db", str(protokoll_path)]) == 1
        said = capsys.readouterr().err
        assert "är skrivskyddad" in said and "Ta bort det i filens egenskaper" in said
        assert main(["backup", "restore", "--latest", "--db", str(protokoll_path)]) == 1
        assert "skrivskyddad" in capsys.readouterr().err
        assert stat.S_IMODE(protokoll_path.stat().st_mode) == 0o444
        assert _digest(protokoll_path) == before
    finally:
        protokoll_path.chmod(0o600)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """The folder made read-only for this process: by its mode for an ordinary user; for
    root (who ignores the mode) by the immutable attribute, where the file system has it."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("root, and no immutable attribute here: a folder cannot be made read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.skipif(os.name != "posix", reason="folder permissions as on POSIX")
def test_a_read_only_folder_reads_and_refuses_writes_truthfully(
    protokoll_path: Path, tmp_path: Path, capsys
) -> None:
    folder = protokoll_path.parent / "skrivskyddad"
    folder.mkdir()
    db = folder / "ks.sqlite"
    os.replace(protokoll_path, db)
    os.replace(protokoll_path.with_name("demo.sqlite.lock"), folder / "ks.sqlite.lock")
    out = tmp_path / "ut"
    out.mkdir()
    before = _digest(db)
    with read_only_folder(folder):
        _run_reading(db, out, capsys, f"Mappen {folder} går inte att skriva i")
        import_agenda = ["agenda", "import", *MEETING, str(tmp_path / "lista.csv")]
        (tmp_path / "lista.csv").write_text("Rubrik\nNytt ärende\n", encoding="utf-8")
        for command in (
            ["meeting", "create", "--organ", "KS", "--date", "2021-01-11", "--time", "14.00"],
            import_agenda,
        ):
            assert main([*command, "--db", str(db)]) == 1
            said = capsys.readouterr().err
            assert "går inte att skriva i: inget kan sparas" in said, said
            assert "kan inte öppnas" not in said
        assert sorted(p.name for p in folder.iterdir()) == ["ks.sqlite", "ks.sqlite.lock"]
    assert _digest(db) == before


@pytest.mark.skipif(os.name != "posix", reason="folder permissions as on POSIX")
def test_a_read_only_folder_with_unsaved_log_says_so(protokoll_path: Path, capsys) -> None:
    """A -wal with edits in it cannot be read where SQLite may not write: refused, saying
    where the edits are, rather than showing the file without them."""
    folder = protokoll_path.parent / "skrivskyddad"
    folder.mkdir()
    db = folder / "ks.sqlite"
    os.replace(protokoll_path, db)
    store = open_store(db)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    store.db.execute("UPDATE meeting SET place = 'Sal efter'")
    wal = db.with_name("ks.sqlite-wal").read_bytes()
    store.db.conn.close()  # as a killed ksdesk: the -wal stays (closing would checkpoint it)
    (folder / "ks.sqlite-wal").write_bytes(wal)
    (folder / "ks.sqlite-shm").unlink(missing_ok=True)
    with read_only_folder(folder):
        assert main(["info", "--db", str(db)]) == 1
        said = capsys.readouterr().err
        assert "ks.sqlite-wal" in said and "Kopiera" in said


def test_reading_commands_work_while_the_gui_has_the_file(
    protokoll_path: Path, tmp_path: Path, capsys
) -> None:
    gui = open_store(protokoll_path)  # the window's store holds the writer's lock
    try:
        on = ["--db", str(protokoll_path), *MEETING]
        for command in (
            ["utdrag", *on, "--paragraf", "217", "--out", str(tmp_path / "u.pdf")],
            ["ics", *on, "--out", str(tmp_path / "m.ics")],
            ["protokoll", *on, "--out", str(tmp_path / "p.pdf")],
            ["kallelse", *on, "--out", str(tmp_path / "k.pdf")],
        ):
            assert main(command) == 0, capsys.readouterr().err
            assert "redan öppen" not in capsys.readouterr().err
        # A command that writes is still refused: only one ksdesk writes a file.
        assert main(["public", "decide", *on, "--all", "--mask"]) == 1
        assert "redan öppen" in capsys.readouterr().err
    finally:
        gui.close()
