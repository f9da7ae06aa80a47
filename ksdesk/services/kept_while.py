"""What is derived from the whole file and kept while what it was read from stays the same.

A stamp says what the value was read from (db.aggregate_repo.stamp: the highest change_txn
and the count of some kinds of aggregate root). While the same store shows the same stamp,
the value kept is returned; otherwise it is read again. Nothing is kept from inside a
transaction: one rolled back leaves change_txn values that the next commit may repeat over
other rows, and the stamp would then vouch for what was never committed."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from ksdesk.db.connection import Store

T = TypeVar("T")


class KeptWhile(Generic[T]):
    def __init__(self) -> None:
        self._held: tuple[Store, Hashable, T] | None = None

    def held(self, store: Store) -> T | None:
        """What is kept for `store`, whatever its stamp: what a reading may start from."""
        held = self._held
        return held[2] if held is not None and held[0] is store else None

    def get(self, store: Store, stamp: Hashable, read: Callable[[], T]) -> T:
        held = self._held  # once: a worker thread's store may replace it meanwhile
        if held is not None and held[0] is store and held[1] == stamp:
            return held[2]
        value = read()
        if not store.db.conn.in_transaction:
            self._held = (store, stamp, value)
        return value
