"""A command on a file from an older ksdesk says on stderr why it waits (the file is brought
to this version first: some seconds at ten years), and then does its work; a file at this
version gets no such line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.db.migrations import MIGRATIONS_TABLE, STEPS


def _older(demo_path: Path) -> Path:
    with sqlite3.connect(demo_path) as connection:
        connection.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = ?", [STEPS[-1]])
        connection.execute("PRAGMA user_version = 0")
    connection.close()
    return demo_path


def test_an_older_file_is_upgraded_saying_so(demo_path: Path, capsys: pytest.CaptureFixture):
    path = _older(demo_path)
    code = main(["sok", "--db", str(path), "delegationsordning"])
    out = capsys.readouterr()
    assert code == 0 and "delegationsordning" in out.out.lower()
    assert f"{path.name} uppdateras till den här versionen av ksdesk" in out.err
    code = main(["sok", "--db", str(path), "delegationsordning"])
    assert code == 0 and "uppdateras" not in capsys.readouterr().err


def test_a_current_file_opens_without_a_word(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    copy = tmp_path / "kopia.sqlite"
    shutil.copy(demo_path, copy)
    assert main(["delegation", "list", "--db", str(copy)]) == 0
    assert capsys.readouterr().err == ""
