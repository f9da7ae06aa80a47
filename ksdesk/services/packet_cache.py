"""The packet's cache of laid-out parts: the PDF bytes of each part by the fingerprint of what
it prints, and the parsed PDFs merging reuses, the least recently used dropped beyond a size.
services.packet keeps one for the window (DEFAULT_CACHE); a test or a benchmark brings its own."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable


class PartCache:
    """Rendered parts by fingerprint, least recently used dropped beyond `max_bytes`."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._parts: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        # Parsed PDFs by the same keys (and stored bilagor by sha256): merging reuses them.
        self.readers: dict = {}
        self.made = 0  # parts laid out (misses), for the benchmark and the tests

    def get(self, key: str, make: Callable[[], bytes]) -> bytes:
        if key in self._parts:
            self._parts.move_to_end(key)
            return self._parts[key]
        data = make()
        self.made += 1
        self._parts[key] = data
        self._size += len(data)
        while self._size > self.max_bytes and len(self._parts) > 1:
            dropped_key, dropped = self._parts.popitem(last=False)
            self._size -= len(dropped)
            self.readers.pop(dropped_key, None)
        return data

    def keep_readers(self, keys: set[str]) -> None:
        """Forget parsed PDFs the last packet did not use (a removed bilaga, an old version)."""
        for key in [k for k in self.readers if k not in keys]:
            del self.readers[key]

    def clear(self) -> None:
        self._parts.clear()
        self.readers.clear()
        self._size = 0
