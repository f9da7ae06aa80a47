"""What ksdesk checks about a database file before SQLite touches it: that it is a whole
SQLite file (not a folder, not empty, not foreign), that it has one name only, whether it
may be written, and how to read it when it may not.

A file is always opened by its real path (symlinks resolved), so that two names for one
file (a symlink, a relative and an absolute path) share one lock and one -wal file. Hard
links cannot be resolved to one name: SQLite would keep a -wal beside each, and two ksdesk
would see two different databases in one file. Such a file is refused."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ksdesk.core.errors import StoreDamaged, StoreError
from ksdesk.database_files import is_sqlite_file

# Byte 18 of the header: 2 when the file is in WAL mode (readers then need the -shm file).
_WAL_VERSION_OFFSET = 18
# How the secretary knows her database among the files of a folder.
_NAMED = "(den slutar oftast på .sqlite)"


def real_path(path: Path | str) -> Path:
    """The file's one true name: absolute, every symlink resolved."""
    return Path(path).resolve()


def check_file(path: Path) -> None:
    """Refuse, with a Swedish message, a path that is no SQLite database. An empty file is
    refused too: it may be a database that lost its content (a failed sync, a full disk),
    and making a new database of it would hide its backups behind a new identity."""
    if path.is_dir():
        raise StoreError(
            f"{path} är en mapp, inte en databasfil. Öppna mappen och välj databasfilen i den "
            f"{_NAMED}."
        )
    if not path.exists():
        raise StoreError(
            f"Databasfilen {path} finns inte: den kan ha flyttats, döpts om eller tagits bort. "
            "Leta upp den och öppna den där den ligger nu."
        )
    if path.stat().st_size == 0:
        raise StoreDamaged(
            f"Databasfilen {path} är tom (0 byte): den innehåller ingen databas. ksdesk gör "
            "aldrig en ny databas av en befintlig fil, eftersom det kan vara din databas som "
            "har tömts. Filen har inte ändrats.",
            path,
        )
    if not is_sqlite_file(path):
        raise StoreDamaged(
            f"{path} är ingen ksdesk-databas (filen är inte en SQLite-databas). Välj din "
            f"ksdesk-databas {_NAMED}.",
            path,
        )


def check_single_name(path: Path) -> None:
    """Refuse a file with more than one name (hard links), naming the others found beside it."""
    links = path.stat().st_nlink
    if links <= 1:
        return
    others = other_names(path)
    named = f": även {', '.join(str(p) for p in others)}" if others else ""
    raise StoreError(
        f"Databasfilen {path} har {links} namn (hårda länkar){named}. Med två namn kan två "
        "ksdesk skriva i filen utan att se varandras ändringar, så ksdesk öppnar den inte. "
        "Ta bort de andra namnen, eller gör en vanlig kopia av filen och öppna kopian."
    )


def other_names(path: Path, folders: list[Path] | None = None) -> list[Path]:
    """Other names of the same file (same device and inode) in its folder and `folders`."""
    target = path.stat()
    found: list[Path] = []
    for folder in [path.parent, *(folders or [])]:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            candidate = Path(entry.path)
            if candidate == path or candidate in found:
                continue
            try:
                same = entry.inode() == target.st_ino and entry.stat().st_dev == target.st_dev
            except OSError:
                continue
            if same and entry.is_file(follow_symlinks=False):
                found.append(candidate)
    return found


def write_problem(path: Path) -> tuple[str, str] | None:
    """Why the database at `path` may not be written and what the secretary can do, in
    Swedish; None when it may. A file whose owner took away its write permission (0444,
    "Skrivskyddad" on Windows) is respected, even by its owner and by root, who could
    write it anyway."""
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR:
        return (
            f"Databasfilen {path.name} är skrivskyddad (filen får bara läsas)",
            "ksdesk tar aldrig bort ett skrivskydd. Ta bort det i filens egenskaper om du "
            "vill ändra i den.",
        )
    if not os.access(path, os.W_OK):
        return (
            f"Du har inte rätt att ändra databasfilen {path.name}",
            "Be den som äger filen om skrivrätt, eller arbeta i en kopia av den.",
        )
    if not os.access(path.parent, os.W_OK):
        # SQLite writes its -wal and -shm files beside the database, ksdesk its lock file.
        return (
            f"Mappen {path.parent} går inte att skriva i",
            "SQLite måste kunna skriva sina loggfiler bredvid databasen. Kopiera filen till "
            "en mapp du kan skriva i om du vill ändra i den.",
        )
    return None


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection through which SQLite cannot change a byte of the file (`mode=ro`).

    In a folder without write rights a file in WAL mode cannot be opened that way (SQLite
    must create its -shm file beside it); it is then opened `immutable`, which needs no
    -shm, unless a -wal with content is there: the latest edits are in it and an immutable
    reader would not see them. That is refused, saying so, rather than showing old data."""
    path = Path(path).resolve()
    if _needs_immutable(path):
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(
                f"Mappen {path.parent} går inte att skriva i, och de senaste ändringarna i "
                f"{path.name} ligger ännu i {wal.name}, som SQLite då inte kan läsa. Kopiera "
                f"båda filerna till en mapp du kan skriva i och öppna kopian där."
            )
        return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def _needs_immutable(path: Path) -> bool:
    if os.access(path.parent, os.W_OK) or not path.exists():
        return False
    shm = path.with_name(path.name + "-shm")
    return _in_wal_mode(path) and not (shm.exists() and os.access(shm, os.R_OK))


def _in_wal_mode(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(_WAL_VERSION_OFFSET + 2)
    except OSError:
        return False
    return len(header) == _WAL_VERSION_OFFSET + 2 and header[_WAL_VERSION_OFFSET] == 2
