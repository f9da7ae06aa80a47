"""The server's schema steps, applied in the order of STEPS by `ksdesk server init`.

The same rule as the local migrations: a step is never edited once shipped. A change to the
server schema is a new module here, named in its issue's number block (s1801_…, s1802_…),
with `apply(conn)`, and its name appended to STEPS."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

STEPS: tuple[str, ...] = (
    "s1801_team",
    "s1802_requires_m1406",
    "s1803_keep_deleted",
    "s1804_requires_m1809",
    "s1805_requires_m1812",
    "s1806_requires_m1820",
)


def step(name: str) -> Callable[[Any], None]:
    return importlib.import_module(f"{__name__}.{name}").apply
