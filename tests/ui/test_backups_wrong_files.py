"""Restoring a backup that is no longer what the list showed: removed or rotated away after
the list was read, or damaged since. The secretary is told in Swedish (never SQLite's
"unable to open database file"), nothing in the database changes, no safety copy is made
for a restore that cannot happen, and the list no longer shows a copy that is gone."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from ksdesk.services import backup as backup_service
from ksdesk.services.store import open_database
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.backups_dialog import BackupsDialog
from tests.safety.test_wrong_files_every_import import _ENGLISH


@pytest.fixture
def store(demo_path):
    opened = open_database(demo_path)
    yield opened
    opened.close()


def _rows(store) -> str:
    return hashlib.sha256("\n".join(store.db.conn.iterdump()).encode()).hexdigest()


@pytest.mark.parametrize("spoil", ["borttagen", "skadad", "tom"])
def test_a_backup_gone_or_spoiled_is_refused_in_swedish(qtbot, store, monkeypatch, spoil):
    create_application()
    backup = backup_service.create_backup(store, "manuell")
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    if spoil == "borttagen":
        backup.path.unlink()
    else:
        backup.path.write_bytes(b"" if spoil == "tom" else b"trasig" * 200)
    before, copies = _rows(store), len(backup_service.list_backups(store.path))
    assert not dialog.restore(backup)
    assert len(said) == 1 and backup.path.name in said[0], said
    assert not _ENGLISH.search(said[0]) and "unable" not in said[0], said[0]
    assert _rows(store) == before
    assert len(backup_service.list_backups(store.path)) == copies  # no safety copy
    shown = [dialog.model.row_object(r).path for r in range(dialog.model.rowCount())]
    assert (backup.path in shown) == (spoil != "borttagen")
