"""The open-database handle as the GUI and CLI see it (they never import the db layer)."""

from __future__ import annotations

from ksdesk.db.connection import Store


def flush(store: Store) -> None:
    """Checkpoint the write-ahead log into the file (on closing the window)."""
    store.flush()


__all__ = ["Store", "flush"]
