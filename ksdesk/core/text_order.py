"""Text in the order a reader expects: the numbers in it by their value, so "§ 100" comes after
"§ 99" and "KS 2020/9" before "KS 2020/10" (as text, "1" sorts before "9")."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(\d+)")


def numbers_by_value(text: str) -> tuple[tuple[int, str, int], ...]:
    """A sort key for `text`: its words compared case-blind as text, its numbers as numbers.
    The split puts the numbers at odd places: a part is not asked whether it is digits, since
    str.isdigit says yes to a superscript "²" that int() refuses."""
    return tuple(
        (1, "", int(part)) if place % 2 else (0, part.casefold(), 0)
        for place, part in enumerate(_NUMBER.split(text))
        if part
    )
