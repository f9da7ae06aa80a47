"""One writer per database file: an OS lock on a sidecar file `<name>.lock`.

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

# Which kind of lock this system has; tests set it to exercise the Windows path with a
# stand-in msvcrt module.
WINDOWS = os.name == "nt"

# Windows locks byte 0 and cannot read locked bytes: the holder's name starts after it.
_INFO_OFFSET = 1


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """The right to write `db_path`, held until release() or the end of the process."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process (or Store) holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        self._write_info(fd)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def holder(self) -> str:
        """Who holds the lock, as written by the holder ("process 123 på datorn x sedan ...")."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(_INFO_OFFSET)
                return handle.read(200).decode("utf-8", "replace").strip()
        except OSError:
            return ""

    @staticmethod
    def _write_info(fd: int) -> None:
        import socket  # only here: the lock itself needs no network module at start-up

        stamp = datetime.now().strftime("%Y-%m-%d kl. %H.%M")
        info = f"process {os.getpid()} på datorn {socket.gethostname()} sedan {stamp}\n"
        with contextlib.suppress(OSError):
            os.ftruncate(fd, _INFO_OFFSET)
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            os.write(fd, info.encode("utf-8"))


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
