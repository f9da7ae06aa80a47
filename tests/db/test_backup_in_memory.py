"""A backup read in memory to take rows out of it (db.backup.read_into_memory, for team
mode's restore of a row the server no longer holds): an older backup is migrated there, and
the backup file is left byte for byte as it was, with no copy set aside beside it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreDamaged
from ksdesk.db.backup import read_into_memory
from ksdesk.db.schema_steps import STEPS, applied_steps

FIXTURES = Path(__file__).parent / "fixtures"


def test_an_older_backup_is_migrated_in_memory_and_left_untouched(tmp_path) -> None:
    backup = tmp_path / "ksdesk-backup.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-demo.sqlite", backup)
    digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    copy = read_into_memory(backup)
    try:
        assert copy.path is None
        assert set(STEPS) <= set(applied_steps(copy.db))
        assert copy.db.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0
    finally:
        copy.close()
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ksdesk-backup.sqlite"]


def test_a_damaged_backup_is_refused_in_swedish(tmp_path) -> None:
    backup = tmp_path / "ksdesk-backup.sqlite"
    backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(StoreDamaged, match=r"Säkerhetskopian ksdesk-backup\.sqlite går inte"):
        read_into_memory(backup)


def test_a_backup_of_this_schema_is_read_where_it_lies(tmp_path, monkeypatch) -> None:
    """The unit's rows out of a current backup, files included, without a copy in memory;
    a damaged backup gives nothing (another backup may hold the row)."""
    from datetime import date, time

    from ksdesk.core.meeting import Arende
    from ksdesk.db import backup_rows
    from ksdesk.db.backup import copy_store
    from ksdesk.db.connection import open_store
    from ksdesk.services import meetings
    from tests.team.helpers import a_pdf

    store = open_store(tmp_path / "f.sqlite", create=True)
    meeting, _created = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2020, 12, 7), time(14, 0), "Kommunhuset"
    )
    pdf = a_pdf(1)
    bilaga = meetings.pdf_bilaga(pdf, "b.pdf", "Budget")
    meeting.items.append(Arende("Budget 2021", bilagor=[bilaga]))
    meetings.save_meeting(store, meeting)
    meeting = meetings.get_meeting(store, meeting.id)
    item = meeting.items[-1]
    backup = tmp_path / "kopia.sqlite"
    copy_store(store, backup)
    store.close()

    def no_copy(_path):
        raise AssertionError("read where it lies, not copied")

    monkeypatch.setattr(backup_rows, "read_into_memory", no_copy)
    rows = backup_rows.row_tree_in_backup(backup, "meeting", meeting.uuid, item.uuid)
    assert [row.tbl for row in rows] == ["agenda_item", "bilaga"]
    assert rows[0].key == item.uuid and rows[0].data["title"] == "Budget 2021"
    assert rows[1].blob == pdf
    assert backup_rows.row_tree_in_backup(backup, "meeting", meeting.uuid, "ingen") == []
    monkeypatch.undo()
    damaged = tmp_path / "skadad.sqlite"
    damaged.write_bytes(backup.read_bytes()[:4096] + b"\x00" * 4096)
    assert backup_rows.row_tree_in_backup(damaged, "meeting", meeting.uuid, item.uuid) == []
