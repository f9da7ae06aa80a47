"""OCR's near numbers (core.personnummer_near): a date and four digits read from a picture
whose check digit fails are the secretary's to look at; other numbers are left alone."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer_near import near_numbers

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "written",
    [
        "19811218+9875",
        "811218 9875",  # a space for the dash
        "8112189875",
        "6505 143052",  # the space where OCR saw the glyphs apart
        "811218:9875",
        "1981121B+9875",  # B read for 8
        "811278 9875",  # a samordningsnummer's day
    ],
)
def test_a_misread_number_is_near(written: str) -> None:
    assert near_numbers(f"Sökande: Anna Andersson\nPersonbevis {written} utfärdat", TODAY) == [
        written
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Personnummer 811218-9876",  # a number: found and masked, not said again
        "Sökande 811218-9875",  # a typo in the number's own shape: found (personnummer_typo)
        "Sökande 19811218-9875",  # the same with the century, an adult's: found
        "Sökande 1981121B-9875",  # so too with B read for 8
        "Pnr 811218 9875",  # labelled: found
        "OCR-nummer: 8112189875",
        "Mobil 0701234567",
        "0701234567",
        "201207 2020/123",  # a date before a diarienummer
        "12 811218 9875 33",  # a row of figures
        "Konto 301100 1234",  # no day 00
        "811318 9875",  # no month 13
        "20291218-9875",  # a year to come
        "2020-12-07 kl. 14.30",
        "1 234 567 kr",
        "8112-189875",  # a dash elsewhere than where the number has it
    ],
)
def test_other_numbers_are_not(text: str) -> None:
    assert near_numbers(text, TODAY) == []
