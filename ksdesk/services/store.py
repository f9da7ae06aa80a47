"""The open-database handle as the GUI and CLI see it (they never import the db layer), and
opening a file. Light on purpose: the GUI imports this at start-up."""

from __future__ import annotations

from pathlib import Path

from ksdesk.db.connection import Store, open_store

__all__ = ["Store", "flush", "open_database"]


def open_database(path: Path | str, *, create: bool = False, read_only: bool = False) -> Store:
    """Open the file (migrating it); StoreError with a Swedish message when it is unusable:
    StoreLocked when another ksdesk writes it (then read_only=True opens it for reading),
    StoreDamaged when it is damaged, foreign or too new (see services.backup for the way out)."""
    return open_store(path, create=create, read_only=read_only)


def flush(store: Store) -> None:
    """Checkpoint the write-ahead log into the file (on closing the window)."""
    store.flush()
