"""The open-database handle as the GUI and CLI see it (they never import the db layer), and
opening a file. Light on purpose: the GUI imports this at start-up."""

from __future__ import annotations

from pathlib import Path

from ksdesk.db.connection import Store, open_store

__all__ = ["Store", "flush", "open_database"]


def open_database(path: Path | str, *, create: bool = False) -> Store:
    """Open the file (migrating it); StoreError with a Swedish message when it is unusable."""
    return open_store(path, create=create)


def flush(store: Store) -> None:
    """Checkpoint the write-ahead log into the file (on closing the window)."""
    store.flush()
