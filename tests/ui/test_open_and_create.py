"""Opening and making databases from the GUI: only Ny databas (or the secretary's yes at a
missing file) makes one; an empty file is offered its latest backup; a read-only file opens
read-only and says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ksdesk.db import identity_repo, organ_repo
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.ui.dialogs import open_problems
from ksdesk.ui.main_window import MainWindow


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    _name_kommun(monkeypatch)


def _name_kommun(monkeypatch) -> None:
    from ksdesk.ui.dialogs import new_database_dialog

    names = ("Testby kommun", "Kommunstyrelsen")
    monkeypatch.setattr(new_database_dialog, "ask_kommun", lambda *_args: names)


def test_ny_databas_makes_a_new_file_and_never_reuses_one(
    qtbot, demo_store, tmp_path: Path, monkeypatch, said
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert "&Ny databas…" in [a.text() for a in window.ui.menu_arkiv.actions()]
    existing = tmp_path / "finns.sqlite"
    existing.write_bytes(b"")
    _choose(monkeypatch, existing)
    window.ui.action_new.trigger()
    assert window.store is demo_store and "finns redan" in said[-1]
    assert existing.read_bytes() == b""
    _choose(monkeypatch, tmp_path / "nämnd")  # no suffix: .sqlite is added
    window.ui.action_new.trigger()
    assert window.store.path == tmp_path / "nämnd.sqlite"
    assert identity_repo.get(window.store) is not None
    (organ,) = organ_repo.list_all(window.store)
    assert (organ.kommun, organ.name, organ.short) == ("Testby kommun", "Kommunstyrelsen", "KS")
    window.store.close()


def test_a_missing_file_is_made_only_on_the_secretarys_word(
    qtbot, tmp_path: Path, said, monkeypatch
) -> None:
    _name_kommun(monkeypatch)
    path = tmp_path / "ksdesk.sqlite"
    store = open_problems.offer_when_missing(path)
    assert "Det finns ingen databas i" in said[0]
    assert store is not None and store.path == path
    store.close()


def test_an_empty_file_is_offered_its_latest_backup(qtbot, demo_path: Path, said) -> None:
    store = open_store(demo_path)
    identity = identity_repo.get(store)
    backup = backup_service.create_backup(store)
    store.close()
    demo_path.write_bytes(b"")
    store = open_problems.open_interactively(demo_path)
    assert "är tom (0 byte)" in said[0] and backup.when_text in said[0]
    assert store is not None and identity_repo.get(store) == identity
    store.close()


def test_a_read_only_file_opens_read_only_and_says_why(qtbot, demo_path: Path, said) -> None:
    demo_path.chmod(0o444)
    try:
        store = open_problems.open_interactively(demo_path)
        assert store is not None and store.read_only
        assert "är skrivskyddad" in said[0]
        window = MainWindow(store)
        qtbot.addWidget(window)
        assert "(skrivskyddad)" in window.windowTitle()
        assert "får bara läsas" in window.safety.read_only_label.toolTip()
        store.close()
    finally:
        demo_path.chmod(0o600)
