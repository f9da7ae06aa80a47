"""The facts behind the location warning, from Windows (drive types, UNC paths, the OneDrive
variables) through stand-ins, and from /proc/mounts."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from ksdesk.services import storage_location


@pytest.fixture
def windows(monkeypatch):
    """Windows, as far as the module can tell: drive H: is mapped to a share."""
    kernel32 = types.SimpleNamespace(GetDriveTypeW=lambda root: 4 if root == "H:\\" else 3)
    fake_ctypes = types.SimpleNamespace(windll=types.SimpleNamespace(kernel32=kernel32))
    monkeypatch.setitem(sys.modules, "ctypes", fake_ctypes)
    monkeypatch.setattr(storage_location, "WINDOWS", True)
    monkeypatch.setattr(
        storage_location, "_absolute", lambda p: storage_location.PureWindowsPath(p)
    )
    for variable in storage_location.ONEDRIVE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


def test_a_mapped_network_drive_on_windows(windows) -> None:
    warning = storage_location.location_warning(Path(r"H:\Nämnd\ks.sqlite"))
    assert warning is not None and warning.where == "nätverksenheten H:"
    assert storage_location.location_warning(Path(r"C:\Data\ks.sqlite")) is None


def test_a_unc_share_on_windows(windows) -> None:
    warning = storage_location.location_warning(Path(r"\\filserver\kansli\ks.sqlite"))
    assert warning is not None and warning.where == r"den delade mappen \\filserver\kansli"


def test_onedrive_for_work_on_windows(windows, monkeypatch) -> None:
    monkeypatch.setenv("OneDriveCommercial", r"C:\Users\sekr\Kommunens moln")
    warning = storage_location.location_warning(Path(r"C:\Users\sekr\Kommunens moln\ks.sqlite"))
    assert warning is not None and warning.where == "OneDrive"


def test_a_network_mount_on_linux(tmp_path: Path, monkeypatch) -> None:
    share = tmp_path / "hem katalog"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//server/hem {str(share).replace(' ', chr(92) + '040')} cifs rw,vers=3.0 0 0\n"
    )
    monkeypatch.setattr(storage_location, "MOUNTS", mounts)
    monkeypatch.setattr(storage_location, "WINDOWS", False)
    warning = storage_location.location_warning(share / "ks.sqlite")
    assert warning is not None and warning.where == "en nätverksdisk (cifs)"
    assert storage_location.location_warning(tmp_path / "ks.sqlite") is None


def test_info_warns_on_stderr(demo_path: Path, tmp_path: Path, capsys) -> None:
    import shutil

    from ksdesk.cli import main

    cloud = tmp_path / "Dropbox"
    cloud.mkdir()
    shutil.copy(demo_path, cloud / "ks.sqlite")
    assert main(["info", "--db", str(cloud / "ks.sqlite")]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("Varning: ks.sqlite ligger i Dropbox.")
    assert main(["info", "--db", str(demo_path)]) == 0
    assert capsys.readouterr().err == ""
