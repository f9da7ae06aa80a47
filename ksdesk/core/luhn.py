"""The Luhn check digit that ends a personnummer, a samordningsnummer and some regions'
reservnummer."""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    """True when the last digit of `digits` is the Luhn check digit of the others."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
