"""One writer per database file: an OS lock on a sidecar file `<name>.lock` beside the file's
real path (symlinks resolved), and a second one on the file's identity (device and inode) in
the user's data folder, so that no other name for the same file (a mount, a network path, a
drive letter) escapes the first.

The lock is the operating system's (flock on POSIX, a locked byte on Windows), so it dies
with the process: a ksdesk killed with SIGKILL, or a laptop that lost power, leaves no stale
lock behind, only a small file the next ksdesk locks again. The file is never deleted: with
unlink, a second process could lock an already-unlinked copy while a third creates a fresh
one, and two writers would each believe they are alone.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from ksdesk import paths
from ksdesk.core.errors import StoreLocked, StoreReadOnly
from ksdesk.core.os_errors import os_reason
from ksdesk.database_files import IDENTITY_LOCKS, LOCK_SUFFIX

# Which kind of lock this system has; tests set it to exercise the Windows path with a
# stand-in msvcrt module.
WINDOWS = os.name == "nt"

# Windows locks byte 0 and cannot read locked bytes: the holder's name starts after it.
_INFO_OFFSET = 1


def lock_path(db_path: Path) -> Path:
    real = Path(db_path).resolve()
    return real.with_name(real.name + LOCK_SUFFIX)


def identity_lock_path(db_path: Path) -> Path | None:
    """The lock named by the file's device and inode; None when the file is not there yet or
    its file system gives no inode numbers."""
    try:
        info = os.stat(db_path)
    except OSError:
        return None
    if not info.st_ino:
        return None
    return paths.data_dir() / IDENTITY_LOCKS / f"{info.st_dev}-{info.st_ino}{LOCK_SUFFIX}"


class WriterLock:
    """The right to write `db_path`, held until release() or the end of the process."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._db_path = Path(db_path).resolve()
        self._fds: list[int] = []
        self._blocked_by: Path | None = None

    @property
    def held(self) -> bool:
        return bool(self._fds)

    def acquire(self) -> bool:
        """Take both locks without waiting; False when another process (or Store) holds
        either. OSError when the lock beside the file cannot be made (a read-only folder)."""
        if self._fds:
            return True
        fd = _take(self.path)
        if fd is None:
            self._blocked_by = self.path
            return False
        self._fds.append(fd)
        identity = identity_lock_path(self._db_path)
        if identity is not None:
            try:
                identity.parent.mkdir(parents=True, exist_ok=True)
                second = _take(identity)
            except OSError:  # no data folder to write in: the lock beside the file still holds
                second = -1
            if second is None:
                self._blocked_by = identity
                self.release()
                return False
            if second >= 0:
                self._fds.append(second)
        for taken in self._fds:
            self._write_info(taken)
        return True

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd in reversed(fds):
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)

    def holder(self) -> str:
        """Who holds the lock, as written by the holder ("process 123 på datorn x sedan ...")."""
        try:
            with (self._blocked_by or self.path).open("rb") as handle:
                handle.seek(_INFO_OFFSET)
                return handle.read(200).decode("utf-8", "replace").strip()
        except OSError:
            return ""

    @staticmethod
    def _write_info(fd: int) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d kl. %H.%M")
        info = f"process {os.getpid()} på datorn {_computer_name()} sedan {stamp}\n"
        with contextlib.suppress(OSError):
            os.ftruncate(fd, _INFO_OFFSET)
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            os.write(fd, info.encode("utf-8"))


def take_writer_lock(path: Path) -> WriterLock:
    """The writer lock of the file at `path` (its real path), taken; StoreReadOnly when its
    folder cannot hold the lock file, StoreLocked, naming the holder, when another ksdesk
    holds it."""
    lock = WriterLock(path)
    try:
        taken = lock.acquire()
    except OSError as error:  # a read-only folder (a CD, a share without write rights)
        reason = f"Mappen {path.parent} går inte att skriva i ({os_reason(error)})"
        raise StoreReadOnly(
            f"{reason}: inget kan sparas i {path.name}. Att läsa och skriva ut går bra "
            "(filen öppnas då skrivskyddad).",
            path,
            reason,
        ) from error
    if not taken:
        holder = lock.holder()
        raise StoreLocked(
            f"Databasen {path.name} är redan öppen i ett annat ksdesk"
            f"{f' ({holder})' if holder else ''}. Två program får aldrig skriva i samma fil: "
            "stäng det andra, eller öppna filen skrivskyddad.",
            path,
            holder,
        )
    return lock


def _computer_name() -> str:
    """The computer's name without the socket module (its import is most of the cost of
    taking the lock, and every command that writes takes it): uname on POSIX, Windows's own
    variable there."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    name = os.environ.get("COMPUTERNAME")
    if name:
        return name
    import socket

    return socket.gethostname()


def _take(path: Path) -> int | None:
    """An open, locked descriptor of `path`; None when another holds the lock."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        return None
    return fd


def _lock(fd: int) -> None:
    if WINDOWS:
        import msvcrt

        # msvcrt locks bytes from the file position: always byte 0, wherever the holder's
        # name was last written.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if WINDOWS:
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
