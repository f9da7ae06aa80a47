"""The last readings of texts, kept within a budget of characters.

The public review reads one text for personnummer several times over (the number, the
contact data beside it, the name beside it), and reads the whole meeting again after each
decision: a meeting's texts are about a thousand, and a PDF bilaga's page may be long. A
count of entries would keep either too few readings or too many characters; the budget
keeps the recent ones whatever their length."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Generic, TypeVar

T = TypeVar("T")


class ReadingMemo(Generic[T]):
    """`read(key)` once per key while the key is among the last kept; `size(key)` is what
    keeping its reading costs (the text's length). A key larger than an eighth of the budget
    is read each time: one long text must not push out the meeting's others."""

    def __init__(self, read: Callable[..., T], size: Callable[..., int], budget: int) -> None:
        self._read = read
        self._size = size
        self._budget = budget
        self._kept: OrderedDict[Hashable, tuple[T, int]] = OrderedDict()
        self._used = 0
        self._lock = Lock()  # the review's background reading and the window's may overlap

    def __call__(self, *key: Hashable) -> T:
        with self._lock:
            if (kept := self._kept.get(key)) is not None:
                self._kept.move_to_end(key)
                return kept[0]
        reading = self._read(*key)
        size = self._size(*key)
        if size > self._budget // 8:
            return reading
        with self._lock:
            if key not in self._kept:
                self._kept[key] = (reading, size)
                self._used += size
            while self._used > self._budget:
                _key, (_reading, freed) = self._kept.popitem(last=False)
                self._used -= freed
        return reading

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._used = 0
