"""Tests for ksdesk.core.written_dates: the one reader of dates written by people."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.written_dates import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    find_written_date,
    full_year,
    read_written_date,
)
from ksdesk.interchange.beslut_list import read_date

DAY = date(2020, 12, 7)  # a Monday

WRITTEN = [
    "2020-12-07",
    "2020-12- 07",
    "20201207",
    "7 december 2020",
    "7 December 2020",
    "7 dec 2020",
    "7 dec. 2020",
    "den 7 dec. 2020",
    "måndag 7 december 2020",
    "Måndag, 7 dec 2020",
    "måndag den 7/12-20",
    "7/12-20",
    "7/12 - 20",
    "07.12.20",
    "7/12 2020",
    "7.12.2020",
    "07/12/2020",
    "7/12/20",
    "7-12-2020",
    " 7\u00a0/\u200b12-20 ",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_every_form_reads_the_same_day(text: str) -> None:
    assert read_written_date(text) == DAY


@pytest.mark.parametrize(
    "text",
    [
        "31/2-20",  # no such day
        "29.2.2021",
        "2020-02-30",
        "2020-13-07",
        "31 april 2020",
        "tisdag 7 december 2020",  # the weekday contradicts the day
        "tisdag 7/12-20",
        "7-12-20",  # dashes with a two-digit year are year first
        "12/7",  # no year
        "7 decembrr 2020",
        "KS 2020/434",
        "snart",
        "",
        "   ",
    ],
)
def test_what_is_no_date_or_an_impossible_one_is_none(text: str) -> None:
    assert read_written_date(text) is None


def test_a_dnr_column_leaves_year_first_digits_to_the_dnr_reader() -> None:
    assert read_written_date("2020-12-07", year_first=False) is None
    assert read_written_date("20201207", year_first=False) is None
    assert read_written_date("7/12-20", year_first=False) == DAY
    assert read_written_date("7 dec 2020", year_first=False) == DAY


@pytest.mark.parametrize(
    ("digits", "year"), [("20", 2020), ("99", 1999), ("00", 2000), ("2020", 2020), ("0463", 463)]
)
def test_full_year(digits: str, year: int) -> None:
    assert full_year(digits) == year


def test_a_two_digit_year_is_never_more_than_a_year_ahead() -> None:
    this_year = date.today().year
    for digits in (f"{n:02d}" for n in range(100)):
        assert this_year - 99 + 1 <= full_year(digits) <= this_year + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kallelse KS 7/12-20", DAY),
        ("Kommunstyrelsen 07.12.20", DAY),
        ("Sammanträde 2020-12-07 kl. 13.00", DAY),
        ("Kommunstyrelsen, måndag 7 december 2020", DAY),
        ("Kallelse 7/12-20.", DAY),  # a full stop ends the sentence, not the date
        ("Kallelse 7/12-20, utskick 2020-11-30", date(2020, 11, 30)),  # ISO first
        ("Sammanträde tisdag 7 december 2020", DAY),  # a weekday in running text is not read
        # Lindesberg's kallelse: "… torsdagen den 11 december år 2014 kl 14:00 i Leja"
        ("Sammanträde måndagen den 7 december år 2020 kl 14:00", DAY),
        ("Sammanträde 31/2-20 eller 7/12-20", DAY),  # an impossible date is passed over
        ("Ärendelista KS 2020/12-07", None),  # inside a diarienummer
        ("Dnr 1.6-0463/2011", None),
        ("Personnummer 19811207-1234", None),  # eight digits are not looked for here
        ("Ärendelista", None),
    ],
)
def test_the_first_date_in_running_text(text: str, expected: date | None) -> None:
    assert find_written_date(text) == expected


@pytest.mark.parametrize("text", ["7/12-20", "07.12.20", "7/12 2020", "26/11/2020", "7 dec 2020"])
def test_the_three_readers_of_other_peoples_dates_agree(text: str) -> None:
    """An export's date cell, a heading line and a Dnr column read one form the same way."""
    day = read_written_date(text)
    assert day is not None
    assert read_date(text) == day
    assert find_written_date(f"Kallelse {text}") == day
    dnr = parse_dnr(text)
    assert dnr.number is None and any("datum" in warning for warning in dnr.warnings)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_every_date_written_any_way_reads_back(d: date) -> None:
    day, month, year = d.day, d.month, d.year
    weekday = WEEKDAY_NAMES[d.weekday()]
    for text in (
        d.isoformat(),
        f"{day} {MONTH_NAMES[month - 1]} {year}",
        f"den {day} {MONTH_ABBREVIATIONS[month - 1]} {year}",
        f"{weekday} {day} {MONTH_NAMES[month - 1]} {year}",
        f"{day}/{month}-{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day}/{month}/{year}",
        f"{day}-{month}-{year}",
    ):
        assert read_written_date(text) == d, text
        assert find_written_date(f"Kallelse {text} kl. 13") == d, text
    assert read_written_date(d.strftime("%Y%m%d")) == d  # in a whole text only


@given(st.dates(min_value=date(date.today().year - 98, 1, 1), max_value=date.today()))
def test_a_two_digit_year_reads_back_in_its_century(d: date) -> None:
    assert read_written_date(f"{d.day}/{d.month}-{d.year % 100:02d}") == d


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100))
def test_a_day_that_does_not_exist_is_none_never_an_error(day: int, month: int, year: int) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    assert read_written_date(f"{day}/{month}-{year}") == expected
    assert read_written_date(f"{year}-{month:02d}-{day:02d}") == expected
