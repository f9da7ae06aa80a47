"""Which database the window starts on: --db, the one open last time, the standard file, or
(first start, nothing there) the welcome and the way chosen in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ksdesk import paths
from ksdesk.services import info
from ksdesk.ui import settings, startup
from ksdesk.ui.dialogs.welcome_dialog import Way, WelcomeDialog


@pytest.fixture
def welcome_answers(monkeypatch):
    """The welcome answers these in turn (None: Avbryt); records that it was shown."""
    answers: list[Way | None] = []
    shown: list[WelcomeDialog] = []

    def exec_(dialog: WelcomeDialog) -> int:
        shown.append(dialog)
        dialog.chosen = answers.pop(0)
        return int(dialog.chosen is not None)

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return answers, shown


def test_first_start_offers_the_welcome_and_makes_the_demo(qapp, welcome_answers) -> None:
    answers, shown = welcome_answers
    answers.append(Way.DEMO)
    start = startup.first_store(None)
    store = start.store
    try:
        assert len(shown) == 1
        assert store.path == paths.data_dir() / "demo.sqlite"
        assert info.counts(store).meetings == 1
    finally:
        store.close()


def test_welcome_cancelled_opens_nothing_and_creates_nothing(qapp, welcome_answers) -> None:
    answers, _shown = welcome_answers
    answers.append(None)
    assert startup.first_store(None) is None
    assert not paths.default_db_path().exists()
    assert not (paths.data_dir() / "demo.sqlite").exists()


def test_open_existing_from_the_welcome(qapp, welcome_answers, monkeypatch, demo_path) -> None:
    answers, _shown = welcome_answers
    answers += [Way.OPEN, Way.OPEN]
    chosen = [None, demo_path]  # the file dialog cancelled once: the welcome comes back
    monkeypatch.setattr(startup, "choose_path", lambda _parent: chosen.pop(0))
    store = startup.first_store(None).store
    try:
        assert store.path == demo_path
    finally:
        store.close()


def test_the_database_open_last_time_opens_without_welcome(
    qapp, welcome_answers, demo_path: Path, tmp_path: Path
) -> None:
    _answers, shown = welcome_answers
    other = tmp_path / "annan.sqlite"
    shutil.copy(demo_path, other)
    settings.remember_database(demo_path)
    settings.remember_database(other)
    assert settings.recent_databases() == [other.resolve(), demo_path.resolve()]
    store = startup.first_store(None).store
    try:
        assert store.path.resolve() == other.resolve() and not shown
    finally:
        store.close()
    other.unlink()  # gone since: the list skips it, the next start takes the one before
    assert settings.last_database() == demo_path.resolve()


def test_remembered_list_is_kept_short_and_without_doubles(qapp, tmp_path: Path) -> None:
    files = []
    for number in range(12):
        files.append(tmp_path / f"nämnd{number}.sqlite")
        files[-1].write_bytes(b"")
        settings.remember_database(files[-1])
    settings.remember_database(files[5])
    recent = settings.recent_databases()
    assert len(recent) == settings.RECENT_MAX
    assert recent[0] == files[5].resolve() and recent.count(files[5].resolve()) == 1
    assert (paths.data_dir() / "fonster.ini").is_file()  # in the data folder, not the registry


@pytest.fixture
def new_file(monkeypatch, tmp_path: Path):
    """Ny databas answers: this file, for Testby kommun's kommunstyrelse."""
    from PySide6.QtWidgets import QFileDialog

    from ksdesk.ui.dialogs import new_database_dialog

    target = tmp_path / "testby.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(
        new_database_dialog, "ask_kommun", lambda _parent: ("Testby kommun", "Kommunstyrelsen")
    )
    return target


def test_own_kommun_from_the_welcome(qapp, welcome_answers, new_file: Path) -> None:
    from ksdesk.services import meetings

    answers, _shown = welcome_answers
    answers.append(Way.OWN)
    start = startup.first_store(None)
    try:
        assert start.store.path == new_file and not start.then
        (organ,) = meetings.list_organs(start.store)
        assert (organ.kommun, organ.name) == ("Testby kommun", "Kommunstyrelsen")
    finally:
        start.store.close()


def test_import_from_the_welcome_makes_the_database_then_imports(
    qtbot, welcome_answers, new_file: Path, monkeypatch
) -> None:
    from ksdesk.ui.main_window import MainWindow
    from ksdesk.ui.tabs.delegation_tab import DelegationTab

    answers, _shown = welcome_answers
    answers.append(Way.IMPORT)
    monkeypatch.setattr(startup, "import_choice", lambda _parent: "delegation")
    start = startup.first_store(None)
    assert start.store.path == new_file and start.then == "delegation"
    asked: list[str] = []
    monkeypatch.setattr(DelegationTab, "import_document", lambda tab: asked.append("Word") or True)
    window = MainWindow(start.store)
    qtbot.addWidget(window)
    assert window.start_import(start.then)
    assert (
        asked == ["Word"] and window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == "Delegation"
    )
    window.close()
    start.store.close()


def test_the_welcome_offers_four_ways_named_for_screen_readers(qapp) -> None:
    dialog = WelcomeDialog()
    names = [b.accessibleName() for b in dialog.buttons.values()]
    assert names == [
        "Prova med demodatabasen",
        "Skapa en databas för min kommun",
        "Importera dokument",
        "Öppna en befintlig databas…",
    ]
    assert all(b.isEnabled() for b in dialog.buttons.values())


def test_the_first_screen_does_not_load_the_log_module(demo_path: Path, tmp_path: Path) -> None:
    """Start-up is counted against a bare window (bench/startup.py): the log module and the
    `platform` it reads are loaded when something goes wrong, not before the first paint
    (1.3 ms of a start that is 2.4× a bare window against an aim of 1.5×)."""
    import os
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from ksdesk.ui.app import create_application\n"
        "from ksdesk.services.store import open_database\n"
        "from ksdesk.ui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(open_database(Path(sys.argv[1])))\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            print(sorted(m for m in ('ksdesk.applog', 'platform') if m in sys.modules))\n"
        "            os._exit(0)\n"
        "        return False\n"
        "painted = FirstPaint()\n"
        "window.installEventFilter(painted)\n"
        "window.show()\n"
        "app.exec()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KSDESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, env=env
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
