"""Backup names and the rotation: the last 10, the newest of each of 30 days, and safety
copies taken before a restore, within a space budget."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ksdesk.core.backup import (
    BackupInfo,
    backup_name,
    format_size,
    parse_backup_name,
    to_keep,
)

NOW = datetime(2024, 5, 31, 12, 0, 0)


def _backup(created: datetime, reason: str = "auto") -> BackupInfo:
    return BackupInfo(Path(backup_name("ks", created, reason)), created, reason, 1000)


def test_name_round_trips_time_and_reason() -> None:
    name = backup_name("ksdesk", datetime(2024, 5, 3, 14, 5, 9), "fore-aterstallning", 2)
    assert name == "ksdesk-20240503-140509-2-fore-aterstallning.sqlite"
    created, reason = parse_backup_name(name)
    assert (created.replace(microsecond=0), reason) == (
        datetime(2024, 5, 3, 14, 5, 9),
        "fore-aterstallning",
    )
    assert parse_backup_name("ursprung.txt") is None
    assert parse_backup_name(".ksdesk-20240503-140509-auto.sqlite.x.tmp") is None


def test_keeps_the_last_ten_of_today() -> None:
    backups = [_backup(NOW - timedelta(minutes=10 * i)) for i in range(25)]
    keep = to_keep(backups, NOW)
    assert keep == {b.path for b in backups[:10]}


def test_keeps_one_a_day_for_thirty_days() -> None:
    backups = [_backup(NOW - timedelta(days=d, hours=h)) for d in range(45) for h in (0, 3)]
    keep = to_keep(backups, NOW)
    days = {b.created.date() for b in backups if b.path in keep}
    assert len(days) >= 30
    assert all(NOW - timedelta(days=31) <= datetime.combine(d, NOW.time()) for d in days)
    # one per day beyond the last ten: the newest of each day
    assert _backup(NOW - timedelta(days=20)).path in keep
    assert _backup(NOW - timedelta(days=20, hours=3)).path not in keep
    assert _backup(NOW - timedelta(days=40)).path not in keep


def test_safety_copy_before_a_restore_survives_a_busy_day() -> None:
    safety = _backup(NOW - timedelta(hours=5), "fore-aterstallning")
    later = [_backup(NOW - timedelta(minutes=i)) for i in range(20)]
    assert safety.path in to_keep([safety, *later], NOW)


def test_a_space_budget_lets_the_oldest_go() -> None:
    """A ten-year file of 400 MB and 40 kept copies would fill 16 GB: five times the file is
    the most the backups of a file may take; the oldest go first."""
    backups = [_backup(NOW - timedelta(days=d, hours=h)) for d in range(45) for h in (0, 3)]
    keep = to_keep(backups, NOW, budget=5 * 1000)
    assert keep == {b.path for b in backups[:5]}
    assert to_keep(backups, NOW, budget=10**9) == to_keep(backups, NOW)  # room for all


def test_the_budget_keeps_the_newest_and_the_last_safety_copy() -> None:
    safety = _backup(NOW - timedelta(days=3), "fore-aterstallning")
    later = [_backup(NOW - timedelta(hours=i)) for i in range(6)]
    assert to_keep([safety, *later], NOW, budget=1) == {later[0].path, safety.path}
    assert to_keep([safety, *later], NOW, budget=3000) == {
        later[0].path,
        later[1].path,
        safety.path,
    }


def test_sizes_in_swedish() -> None:
    assert format_size(812) == "812\u00a0B"
    assert format_size(258_048) == "258\u00a0kB"
    assert format_size(1_234_567) == "1,2\u00a0MB"
