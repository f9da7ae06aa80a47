"""Which files on disk belong to a database: the SQLite file itself (known by its first
bytes, whatever its name), its companions beside it (SQLite's -wal, -shm and -journal,
ksdesk's lock file), and ksdesk's own folders for backups and locks. Knowing them, no
"Spara som" ever writes a document over one of them (`output_problem`).

Pure file-system knowledge, no SQLite: the save path (ksdesk.atomic) uses it from every
layer."""

from __future__ import annotations

from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm")  # SQLite's companions in WAL mode
LOCK_SUFFIX = ".lock"  # ksdesk's writer lock beside the database
IDENTITY_LOCKS = "locks"  # the folder of identity locks in the data folder
_COMPANIONS = (*SIDECARS, "-journal", LOCK_SUFFIX)


def is_sqlite_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def output_problem(path: Path | str) -> str | None:
    """Why a document (a PDF, an export) may not be saved at `path`, in Swedish; None when it
    may. Never over a database (any SQLite file: the open one, another ksdesk's, one that
    is closed), its -wal, -shm, -journal or lock file, nor into the folders where ksdesk
    keeps backups and locks. Every file a running ksdesk holds open is one of these."""
    from ksdesk import paths  # here: the data folder is only looked up when a file is saved

    real = Path(path).resolve()
    for folder in (paths.backups_root(), paths.data_dir() / IDENTITY_LOCKS):
        if real.is_relative_to(folder.resolve()):
            return (
                f"{path} ligger i ksdesks egen mapp för säkerhetskopior och lås ({folder}). "
                "Spara dokumentet någon annanstans."
            )
    if real.is_file() and is_sqlite_file(real):
        return (
            f"{path} är en databas. ksdesk skriver aldrig över en databas med ett dokument: "
            "välj ett annat filnamn."
        )
    for suffix in _COMPANIONS:
        base = real.with_name(real.name.removesuffix(suffix))
        if real.name.endswith(suffix) and base.is_file() and is_sqlite_file(base):
            return (
                f"{path} hör till databasen {base.name} (dess {suffix}-fil) och får inte "
                "skrivas över: välj ett annat filnamn."
            )
    return None
