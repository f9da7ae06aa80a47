"""What is derived from the whole file and kept while what it was read from stays the same.

A stamp says what the value was read from (db.aggregate_repo.stamp: the highest change_txn
and the count of some kinds of aggregate root). While the same store shows the same stamp,
the value kept is returned; otherwise it is read again. Nothing is kept from inside a
transaction: one rolled back leaves change_txn values that the next commit may repeat over
other rows, and the stamp would then vouch for what was never committed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Generic, Protocol, TypeVar

from ksdesk.db.connection import Store

T = TypeVar("T")


class _OfMeeting(Protocol):
    @property
    def change_txn(self) -> int | None: ...


M = TypeVar("M", bound=_OfMeeting)


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
        self.keep(store, stamp, value)
        return value

    def keep(self, store: Store, stamp: Hashable, value: T) -> None:
        """Keep `value` as read at `stamp` (by get, or on a worker through a connection of
        its own, from a committed snapshot of the file)."""
        if not store.db.conn.in_transaction:
            self._held = (store, stamp, value)


class KeptByMeeting(Generic[M]):
    """What is derived meeting by meeting, each kept with the meeting's change_txn when it was
    read (any change to the meeting's rows, by this laptop or a team pull, moves it): after an
    edit only the meetings whose change_txn has moved are read again. Kept for one store at a
    time, a meeting deleted forgotten, nothing kept from inside a transaction (as above)."""

    def __init__(self) -> None:
        self._held: tuple[Store, dict[int, M]] | None = None

    def held(self, store: Store) -> dict[int, M] | None:
        """What is kept for `store`; None when nothing is."""
        held = self._held  # once: a worker thread's store may replace it meanwhile
        return held[1] if held is not None and held[0] is store else None

    def keep(
        self, store: Store, txns: dict[int, int | None], meetings: dict[int, M]
    ) -> dict[int, M]:
        """`meetings` as kept from now on, only those the file has (`txns`, each meeting's
        change_txn now); a meeting of the file not among them is read when next asked."""
        there = {m: meetings[m] for m in txns if m in meetings}
        self.adopt(store, there)
        return there

    def adopt(self, store: Store, meetings: dict[int, M]) -> None:
        """Keep `meetings` as they are (the very dict: what was derived from it knows it by
        identity), read on a worker from a committed snapshot of the file; a meeting
        changed or deleted since is read again, or forgotten, when next asked."""
        if not store.db.conn.in_transaction:
            self._held = (store, meetings)


def stale(txns: dict[int, int | None], kept: Mapping[int, _OfMeeting]) -> list[int]:
    """The meetings of the file (`txns`, each meeting's change_txn now) not kept, or kept from
    before their last change."""
    return [m for m, txn in txns.items() if m not in kept or kept[m].change_txn != txn]
