"""Running an import so that it never half-writes: parse everything first, write in one
transaction. Every importer's service function goes through `import_atomically`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ksdesk.db.connection import Store
from ksdesk.interchange.import_guard import guarded

P = TypeVar("P")
R = TypeVar("R")


def import_atomically(
    store: Store, parse: Callable[[], P], write: Callable[[P], R], what: str = "filen"
) -> R:
    """`parse()` reads and checks the whole file (no database access); only if it succeeds
    does `write(parsed)` run, inside one transaction: all rows or none."""
    parsed = guarded(parse, what)
    with store.atomic():
        return write(parsed)
