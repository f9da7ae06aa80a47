"""SCB's list of Sweden's kommuner, read once from the resources (resources/kommuner/), for
the layers that print a kommun's place or check a kommun's name (core.kommuner works on it)."""

from __future__ import annotations

from functools import cache

from ksdesk import paths
from ksdesk.core.kommuner import Kommun, read_kommuner


@cache
def kommuner() -> tuple[Kommun, ...]:
    return read_kommuner(paths.kommuner_csv().read_text(encoding="utf-8"))
