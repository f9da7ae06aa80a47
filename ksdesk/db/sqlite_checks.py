"""What ksdesk checks about a database file through SQLite, once file_checks has let it in:
a header that fits the file's length, every page readable (when asked), a schema ksdesk
knows; and SQLite's refusals said in Swedish, telling a damaged file from a busy one.

Nothing here writes: every check reads through a read-only connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ksdesk.core.errors import StoreDamaged, StoreError
from ksdesk.db.database import Database
from ksdesk.db.file_checks import read_only_connection
from ksdesk.db.schema_steps import check_schema_known
from ksdesk.db.sqlite_reasons import is_damage, sqlite_reason


def open_validated(path: Path, *, whole: bool = True) -> sqlite3.Connection:
    """A read-only connection to a file that is ours.

    Opening checks the header and the schema, which costs the same for any size of file;
    `whole` also reads every page (quick_check): backups are checked so, and the backup job
    checks the open database so in the background, saying at once when it finds damage."""
    connection = read_only_connection(path)
    try:
        db = Database(connection)
        _check_header(path)
        if whole:
            _check_whole(db, path)
        check_schema_known(db, path)
    except BaseException:
        connection.close()
        raise
    return connection


def _check_header(path: Path) -> None:
    """The 100-byte header: a page size SQLite can have, and a file as long as the header
    says (a file cut short, a copy that stopped halfway, shows here)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    size = path.stat().st_size
    page_size = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big") if len(header) == 100 else 0
    pages_valid = len(header) == 100 and header[24:28] == header[92:96]
    sound = (
        512 <= page_size <= 65536
        and page_size & (page_size - 1) == 0
        and size % page_size == 0
        and (not pages_valid or pages * page_size <= size)
    )
    if not sound:
        raise StoreDamaged(
            f"Databasfilen {path} är skadad (filens huvud stämmer inte med dess längd: den kan "
            "vara avkortad). Filen har inte ändrats.",
            path,
        )


def _check_whole(db: Database, path: Path) -> None:
    """quick_check reads every page: a truncated or scribbled-on file is caught at the door,
    not halfway through an edit."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        log_problems(path, problems)
        raise StoreDamaged(
            f"Databasfilen {path} är skadad: SQLite hittar fel i den (detaljerna finns i "
            "loggen). Filen har inte ändrats.",
            path,
        )


def log_problems(path: Path | None, problems: list[str]) -> None:
    """What quick_check found, in SQLite's English ("Page 5: btreeInitPage() returns error
    code 11"): for the log and whoever helps, never for the secretary's message."""
    detail = "; ".join(p.strip() for p in problems[:3] if not p.startswith("***"))
    # Only when there is something to log: `ksdesk sok` starts a process per query.
    from ksdesk.logs import logger

    logger("db").warning("%s: %s", path or "databasen", detail)


def refusal(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """SQLite's refusal to read `path`, in Swedish: a damaged file (or no database at all) as
    StoreDamaged, which offers the latest good backup; a busy or unreachable one as it is."""
    if is_damage(error) or type(error) is sqlite3.DatabaseError:
        return StoreDamaged(
            f"Databasfilen {path} kan inte läsas: den är skadad eller inte en ksdesk-databas "
            f"({sqlite_reason(error)}). Filen har inte ändrats.",
            path,
        )
    return StoreError(f"Databasfilen {path} kan inte öppnas ({sqlite_reason(error)}).")
