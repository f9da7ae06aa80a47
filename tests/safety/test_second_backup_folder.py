"""The second backup folder: every finished backup is also copied there (a home share, a
synchronised folder), never the live database; the rotation holds there too, and a folder
out of reach costs only that copy."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ksdesk import paths
from ksdesk.cli import main
from ksdesk.core.backup import backup_name
from ksdesk.core.errors import InvalidInput
from ksdesk.services import backup as backup_service
from ksdesk.services import backup_mirror, preferences


@pytest.fixture
def home_share(tmp_path: Path) -> Path:
    share = tmp_path / "H"
    share.mkdir()
    preferences.set_second_backup_folder(share)
    return share


def test_a_finished_backup_is_copied_there_never_the_live_file(demo_store, home_share) -> None:
    made = backup_service.create_backup(demo_store)
    copy = home_share / "ksdesk" / made.path.parent.name / made.name
    assert made.second_copy is not None and made.second_copy.copy == copy
    assert copy.read_bytes() == made.path.read_bytes()
    assert made.second_copy.message() == f"En kopia finns också i {copy.parent}."
    assert oct(copy.stat().st_mode & 0o777) == oct(0o600)
    in_share = {p.name for p in (home_share / "ksdesk").rglob("*") if p.is_file()}
    assert in_share == {made.name, "ursprung.txt"}  # no .sqlite-wal, no live database
    assert demo_store.path.name not in in_share
    assert "ursprung.txt" in in_share and demo_store.path.name in (
        copy.parent / "ursprung.txt"
    ).read_text(encoding="utf-8")


class _LateEvening(datetime):
    """A clock at 23.30, so that 14 hourly backups fall on one day: run at 11 in the
    morning, three of them fell on yesterday, and one a day is kept of those as well."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return cls(2026, 12, 4, 23, 30)


def test_the_second_folder_keeps_the_same_rotation(demo_store, home_share, monkeypatch) -> None:
    monkeypatch.setattr(backup_mirror, "datetime", _LateEvening)
    folder = home_share / "ksdesk" / "identitet"
    folder.mkdir(parents=True)
    now = _LateEvening.now()
    for hours in range(1, 15):  # 14 old ones within a day: ten are kept
        (folder / backup_name("ks", now - timedelta(hours=hours), "auto")).write_bytes(b"")
    removed = backup_mirror.rotate_mirror(folder)
    assert len(removed) == 4 and len(list(folder.glob("*.sqlite"))) == 10


def test_a_folder_out_of_reach_costs_only_the_copy(demo_store, home_share) -> None:
    home_share.rmdir()  # the laptop is off the kommun's network
    made = backup_service.create_backup(demo_store)
    assert made.path.is_file()  # the backup itself is there
    assert made.second_copy is not None and made.second_copy.failed
    assert made.second_copy.message().startswith(
        f"Säkerhetskopian kunde inte kopieras till {home_share}: mappen går inte att nå just nu."
    )


def test_a_folder_that_refuses_writing(demo_store, home_share, monkeypatch) -> None:
    def refuse(_source, _target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_mirror.shutil, "copyfile", refuse)
    made = backup_service.create_backup(demo_store)
    assert made.path.is_file()
    # The one Swedish reason for a refused file (core.os_errors), as every other message says it.
    assert made.second_copy.failed and "du har inte behörighet" in made.second_copy.problem
    assert "Permission" not in made.second_copy.problem
    assert not list((home_share / "ksdesk").rglob("*.tmp"))  # no half copy left behind


def test_a_read_only_share_is_named_as_such(demo_store, home_share, monkeypatch) -> None:
    def read_only(_source, _target):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup_mirror.shutil, "copyfile", read_only)
    made = backup_service.create_backup(demo_store)
    assert "(platsen är skrivskyddad)" in made.second_copy.problem
    assert "Read-only" not in made.second_copy.problem


def test_without_a_second_folder_nothing_is_said(demo_store) -> None:
    assert backup_service.create_backup(demo_store).second_copy is None


def test_choosing_a_folder_is_checked(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="finns inte"):
        preferences.set_second_backup_folder(tmp_path / "saknas")
    paths.backups_root().mkdir(parents=True, exist_ok=True)
    with pytest.raises(InvalidInput, match="ksdesk:s egen mapp"):
        preferences.set_second_backup_folder(paths.backups_root())
    with pytest.raises(InvalidInput, match="ksdesk:s egen mapp"):
        preferences.set_second_backup_folder(paths.data_dir())  # holds the backups folder
    preferences.set_second_backup_folder(tmp_path)
    assert preferences.second_backup_folder() == tmp_path.resolve()
    assert oct(preferences.settings_path().stat().st_mode & 0o777) == oct(0o600)
    preferences.set_second_backup_folder(None)
    assert preferences.second_backup_folder() is None


def test_an_unreadable_settings_file_is_no_settings() -> None:
    preferences.settings_path().write_text("{inte json", encoding="utf-8")
    assert preferences.second_backup_folder() is None


def test_cli_second_folder_and_create(demo_path: Path, tmp_path: Path, capsys) -> None:
    share = tmp_path / "hem"
    share.mkdir()
    assert main(["backup", "second-folder"]) == 0
    assert "Ingen andra mapp" in capsys.readouterr().out
    assert main(["backup", "second-folder", str(share)]) == 0
    assert f"kopieras nu också till {share.resolve()}" in capsys.readouterr().out
    assert main(["backup", "create", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "En kopia finns också i" in out and str(share.resolve()) in out
    assert main(["backup", "second-folder", "--off"]) == 0
    assert "kopieras inte längre" in capsys.readouterr().out
    assert main(["backup", "second-folder", str(tmp_path / "saknas")]) == 1
    assert "finns inte" in capsys.readouterr().err
