"""Which folder holds a database's backups. The folder is named by the identity stored in the
database (step m0402, db/identity_repo.py), so renaming or moving the file keeps its backups;
`ursprung.txt` in the folder says where the file was last seen, which is how a damaged file
(whose identity cannot be read) finds its backups. A copy of a file carries the same identity
until it is first backed up beside the original: then it gets one of its own. Folders that
versions before m0402 named after the file's path move into the identity folder the first
time the file is seen with an identity."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ksdesk import paths
from ksdesk.atomic import write_atomic
from ksdesk.core.backup import is_identity, parse_backup_name
from ksdesk.db import identity_repo
from ksdesk.db.connection import Store

__all__ = ["ORIGIN", "backup_dir", "record_origin", "store_backup_dir"]


def backup_dir(db_path: Path) -> Path:
    """The folder of the backups of the database at `db_path`: named by the identity stored
    in it; for a file whose identity cannot be read, the folder that recorded this path."""
    resolved = Path(db_path).resolve()
    identity = identity_repo.read(resolved)
    if identity is not None:
        return _identity_dir(identity, resolved)
    return _recorded_dir(resolved) or _path_dir(resolved)


def store_backup_dir(store: Store) -> Path:
    """The backup folder of an open database. Where the folder last saw the file elsewhere,
    the file was moved or renamed (the folder follows it) or copied (the original is still
    there with the same identity: this copy gets an identity, and a folder, of its own)."""
    assert store.path is not None
    resolved = store.path.resolve()
    identity = identity_repo.get(store)
    if identity is None:  # opened read-only before this version migrated it
        return backup_dir(resolved)
    folder = _identity_dir(identity, resolved)
    origin = _origin(folder)
    if origin is None or origin == resolved:
        return folder
    copy = _is_other_copy(origin, resolved, identity)
    if copy and not store.read_only:
        with store.atomic():
            identity = identity_repo.new_identity(store)
        return paths.backups_root() / identity
    if not copy:  # moved or renamed: the folder follows the file
        record_origin(folder, resolved, identity)
    # A copy opened read-only cannot be given an identity: it shares the original's folder.
    return folder


def _identity_dir(identity: str, resolved: Path) -> Path:
    folder = paths.backups_root() / identity
    _adopt_path_dir(resolved, folder, identity)
    return folder


def _path_dir(resolved: Path) -> Path:
    """Where versions before step m0402 kept a file's backups: its name plus a hash of its
    full path (two files both called ksdesk.sqlite never shared a folder)."""
    import hashlib  # on use: the window's first backup imports this module on its thread

    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return paths.backups_root() / f"{resolved.stem}-{digest}"


def _adopt_path_dir(resolved: Path, folder: Path, identity: str) -> None:
    """Move the backups an older ksdesk filed under the file's path into its identity folder
    (once: the old folder is gone afterwards)."""
    old = _path_dir(resolved)
    if not old.is_dir():
        return
    if not folder.exists():
        with contextlib.suppress(OSError):  # another ksdesk just did it
            os.replace(old, folder)
            record_origin(folder, resolved, identity)
            return
    folder.mkdir(parents=True, exist_ok=True)
    for path in old.iterdir():
        if parse_backup_name(path.name) is not None and not (folder / path.name).exists():
            os.replace(path, folder / path.name)
    if not (folder / ORIGIN).exists():
        record_origin(folder, resolved, identity)
    (old / ORIGIN).unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # something else was left in it: keep it
        old.rmdir()


def _is_other_copy(origin: Path, resolved: Path, identity: str) -> bool:
    """The file the folder recorded is still there, is another file, and has the same
    identity: the file at `resolved` is a copy of it."""
    try:
        if not origin.exists() or os.path.samefile(origin, resolved):
            return False
    except OSError:
        return False
    return identity_repo.read(origin) == identity


ORIGIN = "ursprung.txt"
_ORIGIN_PREFIX = "Säkerhetskopior av "
_EARLIER_PREFIX = "Tidigare sökväg: "
_KEEP_EARLIER = 50


def _origin(folder: Path) -> Path | None:
    """Where the folder last saw its database file (the first line of ursprung.txt)."""
    history = _path_history(folder)
    return history[0] if history else None


def _path_history(folder: Path) -> list[Path]:
    """Every path the folder saw its database file at, the latest first: a file that lost
    its content (and so its identity) at any of them finds its backups here."""
    try:
        lines = (folder / ORIGIN).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    if not lines or not lines[0].startswith(_ORIGIN_PREFIX):
        return []
    earlier = [line[len(_EARLIER_PREFIX) :] for line in lines if line.startswith(_EARLIER_PREFIX)]
    return [Path(lines[0][len(_ORIGIN_PREFIX) :]), *map(Path, earlier)]


def record_origin(folder: Path, resolved: Path, identity: str | None) -> None:
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    earlier = [p for p in _path_history(folder) if p != resolved][:_KEEP_EARLIER]
    text = f"{_ORIGIN_PREFIX}{resolved}\n"
    if identity:
        text += f"Databasens identitet: {identity}\n"
    text += "".join(f"{_EARLIER_PREFIX}{path}\n" for path in earlier)
    write_atomic(folder / ORIGIN, text, private=True)


def _recorded_dir(resolved: Path) -> Path | None:
    """The identity folder that saw a file at `resolved`: the one that saw it there last,
    else the newest that saw it there earlier."""
    root = paths.backups_root()
    if not root.is_dir():
        return None
    folders = [f for f in root.iterdir() if is_identity(f.name)]
    histories = {f: _path_history(f) for f in folders}
    current = [f for f in folders if histories[f][:1] == [resolved]]
    earlier = [f for f in folders if resolved in histories[f][1:]]
    return _newest(current) or _newest(earlier)


def _newest(folders: list[Path]) -> Path | None:
    return max(folders, key=lambda f: (f / ORIGIN).stat().st_mtime, default=None)
