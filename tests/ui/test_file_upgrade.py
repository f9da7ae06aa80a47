"""A file from an older ksdesk is brought to this version off the GUI thread, with a message,
before the window opens it (ui/dialogs/file_upgrade.py); a file already at this version is
told by its header, without SQLite reading the schema."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ksdesk.core.errors import StoreDamaged
from ksdesk.db.migrations import MIGRATIONS_TABLE, STEPS
from ksdesk.db.schema_steps import steps_pending
from ksdesk.services import store as store_service
from ksdesk.ui.dialogs import file_upgrade, open_problems

LAST = STEPS[-1]


def _older(template: Path, tmp_path: Path) -> Path:
    """A copy of the file as an older ksdesk left it: without the newest step (each step is
    safe to run again) and without the header's stamp."""
    path = tmp_path / "aldre.sqlite"
    shutil.copy(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = ?", [LAST])
        connection.execute("PRAGMA user_version = 0")
    connection.close()
    return path


@pytest.fixture
def older(empty_template: Path, tmp_path: Path) -> Path:
    return _older(empty_template, tmp_path)


def _steps(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
    connection.close()
    return names


def test_a_file_at_this_version_is_told_by_its_header(older: Path) -> None:
    assert steps_pending(older)
    store_service.open_database(older).close()
    assert not steps_pending(older)
    with sqlite3.connect(older) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(STEPS)
    connection.close()


def test_what_is_no_ksdesk_file_is_left_to_the_open_to_refuse(tmp_path: Path) -> None:
    foreign = tmp_path / "annan.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    empty = tmp_path / "tom.sqlite"
    empty.write_bytes(b"")
    assert not steps_pending(foreign)
    assert not steps_pending(empty)
    assert not steps_pending(tmp_path / "finns-inte.sqlite")


def test_the_upgrade_runs_off_the_gui_thread_with_a_message(
    qtbot, older: Path, monkeypatch
) -> None:
    real = store_service.upgrade_file
    threads: list[threading.Thread] = []

    def slow_upgrade(path: Path) -> None:
        threads.append(threading.current_thread())
        time.sleep(0.4)  # the size of a ten-year file's step, in small
        real(path)

    monkeypatch.setattr(store_service, "upgrade_file", slow_upgrade)
    monkeypatch.setattr(file_upgrade, "SHOW_AFTER_MS", 50)
    shown: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        shown.append(modal.windowTitle() if modal is not None else "")

    QTimer.singleShot(250, look)  # while the upgrade runs: the GUI thread still answers
    opened = open_problems.open_interactively(older)
    assert opened is not None
    try:
        assert threads and threads[0] is not threading.main_thread()
        assert shown == ["Uppdaterar filen"]
        assert LAST in _steps(older)
        assert QApplication.activeModalWidget() is None  # the message is gone
    finally:
        opened.close()


def test_a_file_needing_nothing_opens_without_a_thread(qtbot, demo_path: Path, monkeypatch):
    store_service.open_database(demo_path).close()  # stamped
    monkeypatch.setattr(
        store_service, "upgrade_file", lambda path: pytest.fail("ingen uppdatering behövs")
    )
    opened = open_problems.open_interactively(demo_path)
    assert opened is not None
    opened.close()


def test_a_refusal_in_the_upgrade_reaches_the_secretary(qtbot, older: Path, monkeypatch):
    def refused(path: Path) -> None:
        raise StoreDamaged(f"Databasen {path.name} är skadad.", path)

    monkeypatch.setattr(store_service, "upgrade_file", refused)
    with pytest.raises(StoreDamaged, match="skadad"):
        file_upgrade.upgrade_if_needed(older)
