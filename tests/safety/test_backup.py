"""Backups through the services: create, list, rotate, restore (never overwriting without a
copy first), kept apart per database file and readable by the owner only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreLocked
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service


def _place(store) -> str:
    return meeting_service.list_meetings(store)[0].place


def _set_place(store, text: str) -> None:
    meeting_id = meeting_service.list_meetings(store)[0].id
    meeting_service.update_meeting_fields(store, meeting_id, {"place": text})


def test_create_list_and_owner_only(demo_store) -> None:
    made = backup_service.create_backup(demo_store)
    listed = backup_service.list_backups(demo_store.path)
    assert [b.path for b in listed] == [made.path]
    assert made.size > 100_000
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(demo_store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert not list(made.path.parent.glob("*-wal"))  # copies are not in WAL mode


def test_backup_holds_edits_still_in_the_wal(demo_store) -> None:
    _set_place(demo_store, "Sal WAL")
    made = backup_service.create_backup(demo_store)
    copy = open_store(made.path, read_only=True)
    assert _place(copy) == "Sal WAL"
    copy.close()


def test_backups_of_two_files_with_one_name_stay_apart(tmp_path: Path, demo_template) -> None:
    stores = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "ksdesk.sqlite"
        path.write_bytes(demo_template.read_bytes())
        stores.append(open_store(path))
    for store in stores:
        backup_service.create_backup(store)
    dirs = {backup_service.backup_dir(s.path) for s in stores}
    assert len(dirs) == 2
    assert all(len(backup_service.list_backups(s.path)) == 1 for s in stores)
    for store in stores:
        store.close()


def test_auto_backup_only_after_edits(demo_store) -> None:
    assert backup_service.backup_on_start(demo_store) is not None
    assert backup_service.backup_on_start(demo_store) is None  # nothing changed since
    assert backup_service.auto_backup(demo_store) is None
    _set_place(demo_store, "Sal 2")
    assert backup_service.auto_backup(demo_store) is not None
    assert backup_service.auto_backup(demo_store) is None


def test_rotation_runs_on_every_backup_within_the_space_budget(demo_store) -> None:
    for _ in range(14):
        backup_service.create_backup(demo_store, "auto")
    backups = backup_service.list_backups(demo_store.path)
    # The last ten would be kept by count; five times the file's size is the ceiling.
    assert len(backups) == backup_service.BUDGET_FACTOR == 5
    assert sum(b.size for b in backups) <= 5 * backups[0].size


def test_restore_into_open_store_keeps_a_safety_copy(demo_store) -> None:
    old = _place(demo_store)
    first = backup_service.create_backup(demo_store)
    _set_place(demo_store, "Sal efter")
    result = backup_service.restore_backup(demo_store, first)
    assert _place(demo_store) == old
    assert result.safety_copy is not None
    safety = open_store(result.safety_copy.path, read_only=True)
    assert _place(safety) == "Sal efter"  # the state before the restore is not lost
    safety.close()
    assert demo_store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "återställd" in result.message(demo_store.path)


def test_restore_file_refused_while_another_ksdesk_has_it(demo_store) -> None:
    made = backup_service.create_backup(demo_store)
    with pytest.raises(StoreLocked, match="Stäng det innan du återställer"):
        backup_service.restore_file(demo_store.path, made)


def test_restore_file_of_a_closed_healthy_file(demo_path: Path) -> None:
    store = open_store(demo_path)
    made = backup_service.create_backup(store)
    _set_place(store, "Sal ny")
    store.close()
    result = backup_service.restore_file(demo_path, made)
    assert result.safety_copy is not None and result.moved_aside is None
    store = open_store(demo_path)
    assert _place(store) != "Sal ny"
    store.close()


def test_restore_of_a_damaged_file_moves_it_aside(demo_path: Path) -> None:
    store = open_store(demo_path)
    made = backup_service.create_backup(store)
    store.close()
    damaged = demo_path.read_bytes()[:50_000]
    demo_path.write_bytes(damaged)
    assert backup_service.latest_good_backup(demo_path) == made
    result = backup_service.restore_file(demo_path, made)
    assert result.moved_aside is not None
    assert result.moved_aside.read_bytes() == damaged  # kept, byte for byte
    assert ".skadad-" in result.moved_aside.name
    store = open_store(demo_path)
    assert meeting_service.list_meetings(store)
    store.close()


def test_latest_good_backup_skips_a_damaged_backup(demo_store) -> None:
    good = backup_service.create_backup(demo_store)
    bad = backup_service.create_backup(demo_store)
    bad.path.write_bytes(bad.path.read_bytes()[:8192])
    assert backup_service.latest_good_backup(demo_store.path) == good
    hint = backup_service.recovery_hint(demo_store.path)
    assert good.when_text in hint and "backup restore --latest" in hint


def test_latest_after_a_restore_is_the_latest_regular_backup(demo_path: Path, capsys) -> None:
    """Right after a restore the safety copy is the newest file in the folder; `--latest`
    must not bring back the state the secretary just left."""
    import json

    from ksdesk.cli import main

    store = open_store(demo_path)
    _set_place(store, "Sal före")
    regular = backup_service.create_backup(store)
    _set_place(store, "Sal lämnad")
    store.close()
    on = ["--db", str(demo_path)]
    assert main(["backup", "restore", regular.name, *on]) == 0
    capsys.readouterr()
    assert main(["backup", "restore", "--latest", *on]) == 0
    assert regular.name in capsys.readouterr().out
    store = open_store(demo_path)
    assert _place(store) == "Sal före"
    store.close()
    assert backup_service.latest_good_backup(demo_path) == regular
    assert main(["backup", "list", *on]) == 0
    listing = capsys.readouterr().out
    regular_part, safety_part = listing.split("Sparade före en återställning")
    assert regular.name in regular_part and "fore-aterstallning" not in regular_part
    assert safety_part.count("Före återställning") == 2  # one per restore
    assert main(["backup", "list", "--json", *on]) == 0
    kinds = sorted(b["typ"] for b in json.loads(capsys.readouterr().out))
    assert kinds == ["före återställning", "före återställning", "säkerhetskopia"]
