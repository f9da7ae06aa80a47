"""A page's OCR reading doubted for what it read: digits that look like a personnummer read
with one digit wrong (core.personnummer_near) make the reading one no one vouches for, so
the page is the secretary's to look at ("oläslig"), as a picture read unsurely is."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.personnummer_near import near_numbers
from ksdesk.interchange.ocr import PageOcr

NEAR_NUMBER = (
    "En bild på sidan visar siffror som liknar ett personnummer (ett datum och fyra siffror) "
    "men kontrollsiffran stämmer inte: de kan vara fellästa. Titta på sidan."
)


def doubted(reading: PageOcr) -> PageOcr:
    """`reading`, no longer vouched for when its text holds such digits."""
    if not reading.vouched or not near_numbers(reading.text):
        return reading
    return replace(reading, vouched=False, reason=NEAR_NUMBER)
