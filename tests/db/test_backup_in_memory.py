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
