"""Which known name a typed one misspells: "Kommunstyrelsn" is Kommunstyrelsen, "Smedjebacken
kommun" is Smedjebackens kommun. Compared as search keys (case, spacing and look-alike letters
aside) by rapidfuzz's ratio, so one letter too many or too few in a long name still counts."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ksdesk.core.lookalike import search_key


def closest_name(typed: str, names: Iterable[str], cutoff: float) -> str | None:
    """The name of `names` closest to `typed`, when at least `cutoff` alike (0–100); None when
    none is that close."""
    near = process.extractOne(
        search_key(typed), {n: search_key(n) for n in names}, scorer=fuzz.ratio, score_cutoff=cutoff
    )
    return near[2] if near is not None else None
