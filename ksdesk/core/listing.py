"""Names in a Swedish sentence: "A", "A och B", "A, B och C" (no comma before "och", as
Swedish writes it). One piece for every message and document that lists."""

from __future__ import annotations

from collections.abc import Iterable


def and_listed(items: Iterable[object]) -> str:
    """The items joined as a sentence lists them; "" for none."""
    shown = [str(item) for item in items]
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} och {shown[-1]}"
