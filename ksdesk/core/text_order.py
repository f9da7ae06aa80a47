"""Text in the order a reader expects: the numbers in it by their value, so "§ 100" comes after
"§ 99" and "KS 2020/9" before "KS 2020/10" (as text, "1" sorts before "9")."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(\d+)")


def numbers_by_value(text: str) -> tuple[tuple[int, str, int], ...]:
    """A sort key for `text`: its words compared case-blind as text, its numbers as numbers."""
    return tuple(
        (1, "", int(part)) if part.isdigit() else (0, part.casefold(), 0)
        for part in _NUMBER.split(text)
        if part
    )
