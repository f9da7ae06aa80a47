"""Writing a file so that it is either the old one or the whole new one, never half.

Every "save as" (PDF, export, backup copy) goes through `write_atomic`: the bytes go to a
temporary file in the same folder (so the rename cannot cross file systems), are fsynced,
and then `os.replace` swaps the name over in one step. A crash or a full disk leaves the
old file untouched and at most a stray `.tmp` file that the next write ignores.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ksdesk.core.os_errors import os_reason

OWNER_ONLY = 0o600


def write_atomic(path: Path | str, data: bytes | str, *, private: bool = False) -> Path:
    """Write `data` to `path` atomically; `private` makes it readable by the owner only."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path, private=private) as temporary:
        temporary.write_bytes(payload)  # atomic_path fsyncs it before the rename
    return Path(path)


@contextlib.contextmanager
def atomic_path(path: Path | str, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; whatever is written there replaces `path` when
    the block ends without error (it is fsynced first), and is removed otherwise."""
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: every open of a file imports this module, few of them write one

    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _fsync_file(temporary)
        if private:
            os.chmod(temporary, OWNER_ONLY)
        elif not target.exists():
            # mkstemp makes 0600; an ordinary saved file gets the usual umask permissions.
            os.chmod(temporary, 0o666 & ~_umask())
        else:
            os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_folder(folder)


def make_private(path: Path | str) -> None:
    """Owner read/write only (a database, a backup): other users of the machine see nothing."""
    with contextlib.suppress(OSError):  # e.g. a file on a FAT stick: nothing to protect there
        os.chmod(path, OWNER_ONLY)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# What to do when the place chosen cannot be written: a read-only folder, a full disk, a
# network drive gone.
SAVE_ELSEWHERE = "Välj en annan mapp (till exempel Dokument) eller ett kortare namn och spara igen."


def save_as(path: Path | str, data: bytes | str) -> Path:
    """The user's "Spara som": `write_atomic` with a Swedish refusal (InvalidInput) for a
    target that `check_save_target` refuses, or a failed write (full disk, no rights); the
    old file, if any, is then untouched."""
    from ksdesk.core.errors import InvalidInput

    target = check_save_target(path)
    try:
        return write_atomic(target, data)
    except OSError as error:
        raise InvalidInput(
            f"Filen {target} kunde inte skrivas ({os_reason(error)}). "
            f"En tidigare fil med samma namn är orörd. {SAVE_ELSEWHERE}"
        ) from error


def check_save_target(path: Path | str, *, folder_ok: bool = False) -> Path:
    """Refuse (InvalidInput) a place no document may be saved: a folder (unless `folder_ok`:
    a command that writes its files into one), a missing folder, a database or one of its
    files, ksdesk's backup and lock folders (database_files.output_problem)."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.database_files import output_problem

    target = Path(path)
    if target.is_dir() and not folder_ok:
        raise InvalidInput(f"{target} är en mapp: ange ett filnamn.")
    if not target.parent.exists() and not folder_ok:
        raise InvalidInput(f"Mappen {target.parent} finns inte. {SAVE_ELSEWHERE}")
    problem = output_problem(target)
    if problem is not None:
        raise InvalidInput(problem)
    return target
