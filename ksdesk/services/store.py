"""The open-database handle as the GUI and CLI see it (they never import the db layer), and
opening a file. Light on purpose: the GUI imports this at start-up."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ksdesk.core.errors import StoreError
from ksdesk.db.connection import Store, open_reader, open_store

__all__ = [
    "Store",
    "create_database",
    "flush",
    "open_database",
    "reading",
    "upgrade_file",
    "upgrade_pending",
]


def open_database(path: Path | str, *, create: bool = False, read_only: bool = False) -> Store:
    """Open the file (migrating it); StoreError with a Swedish message when it is unusable:
    StoreNotWritable when another ksdesk writes it (StoreLocked) or the file or its folder is
    read-only (StoreReadOnly): then read_only=True opens it for reading; StoreDamaged when it
    is empty, damaged, foreign or too new (see services.backup for the way out).

    `create` makes a new database only where no file is: `ksdesk demo` and `init` pass it."""
    return open_store(path, create=create, read_only=read_only)


def upgrade_pending(path: Path | str) -> bool:
    """Whether opening the file will first bring it to this version of ksdesk: a copy of
    the file set aside, then the schema steps it lacks (for a large file some seconds, which
    the GUI spends on a thread of its own with a message, ui/dialogs/file_upgrade.py)."""
    from ksdesk.db.schema_steps import steps_pending

    return steps_pending(Path(path))


def upgrade_file(path: Path | str) -> None:
    """Bring the file to this version of ksdesk and close it again: opened, as always,
    through open_database (the writer's lock, the copy set aside, the steps); the window then
    opens it at once. Raises as open_database does."""
    open_database(path).close()


def create_database(path: Path | str) -> Store:
    """A new, empty database at `path` (the GUI's Ny databas): refused where any file is."""
    target = Path(path)
    if target.exists() or target.is_symlink():
        raise StoreError(
            f"Filen {target} finns redan. En ny databas görs aldrig i en befintlig fil: "
            "välj ett nytt filnamn."
        )
    return open_store(target, create=True)


def flush(store: Store) -> None:
    """Checkpoint the write-ahead log into the file (on closing the window)."""
    store.flush()


@contextlib.contextmanager
def reading(store: Store) -> Iterator[Store]:
    """A read-only connection of its own to the open database's file, for work off the GUI
    thread (the window's connection belongs to the GUI thread). Open it in the thread that
    uses it. Everything read through it comes from one snapshot (one read transaction), so
    an edit saved meanwhile is never half seen."""
    if store.path is None:
        raise StoreError("En databas i minnet kan inte läsas från en annan tråd.")
    reader = open_reader(store.path)
    try:
        reader.db.execute("BEGIN")
        yield reader
    finally:
        reader.close()  # the read transaction ends with the connection
