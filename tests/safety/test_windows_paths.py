"""The code that only runs on Windows, run here with stand-ins for what Windows provides: the
msvcrt byte lock that keeps a second ksdesk from writing, and the data folder."""

from __future__ import annotations

import errno
import os
import sys
import types
from pathlib import Path, PureWindowsPath

import pytest

from ksdesk import paths
from ksdesk.db import lock as lock_module
from ksdesk.db.lock import WriterLock


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows does it: a byte range locked through one handle cannot be
    locked through another (not even in the same process), and a range is locked and
    unlocked from the handle's current position."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) → fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(errno.EACCES, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:  # unlocking a range this handle did not lock
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:
            raise AssertionError("ksdesk never waits for the lock")


@pytest.fixture
def windows_lock(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module, "WINDOWS", True)
    return fake


def test_second_writer_is_refused_through_the_windows_lock(tmp_path, windows_lock) -> None:
    db = tmp_path / "kommun.sqlite"
    first, second = WriterLock(db), WriterLock(db)
    assert first.acquire()
    assert windows_lock.held  # byte 0 of kommun.sqlite.lock
    assert not second.acquire()
    assert f"process {os.getpid()}" in second.holder()
    first.release()
    assert not windows_lock.held
    assert second.acquire()
    second.release()


def test_lock_and_unlock_use_byte_zero_after_the_holder_is_written(tmp_path, windows_lock):
    """The holder's name is written after byte 0, which moves the file position: unlocking
    from there would unlock nothing on Windows and leave the file locked until exit."""
    lock = WriterLock(tmp_path / "kommun.sqlite")
    assert lock.acquire()
    ((_dev, _ino, offset),) = windows_lock.held
    assert offset == 0
    lock.release()  # the stand-in raises if the range is not the one locked
    assert lock.acquire()
    lock.release()


def test_store_opens_read_only_for_a_second_ksdesk_on_windows(tmp_path, windows_lock) -> None:
    from ksdesk.core.errors import StoreLocked
    from ksdesk.db.connection import open_store

    path = tmp_path / "kommun.sqlite"
    first = open_store(path, create=True)
    try:
        with pytest.raises(StoreLocked):
            open_store(path)
    finally:
        first.close()


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """platformdirs as on a Windows laptop, where the known folders come from the shell."""
    import platformdirs
    import platformdirs.windows

    folders = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\sekreterare\AppData\Local",
        "CSIDL_APPDATA": r"C:\Users\sekreterare\AppData\Roaming",
    }
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.delenv("KSDESK_DATA_DIR", raising=False)
    return folders


def test_data_folder_is_local_not_roaming_on_windows(windows_folders) -> None:
    """A roaming profile is copied to the server at log-off: never the live database."""
    location = PureWindowsPath(str(paths.data_dir_location()).replace("/", "\\"))
    assert location == PureWindowsPath(r"C:\Users\sekreterare\AppData\Local\ksdesk")
    assert "Roaming" not in str(location)


def test_override_wins_on_windows_too(windows_folders, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KSDESK_DATA_DIR", str(tmp_path / "krypterad"))
    assert paths.data_dir() == tmp_path / "krypterad"
    assert paths.log_dir() == tmp_path / "krypterad" / "logg"
    assert paths.backups_root() == tmp_path / "krypterad" / "backups"
