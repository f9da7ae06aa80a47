"""Tests for ksdesk.core.format: Swedish amounts, percentages, dates and times."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import (
    MINUS,
    NBSP,
    FormatError,
    format_amount,
    format_date,
    format_date_long,
    format_date_medium,
    format_percent,
    format_time,
    format_time_kl,
    format_time_span,
    parse_amount,
    parse_date,
    parse_percent,
    parse_time,
    parse_time_span,
)

D = Decimal

# --- format_amount ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("1373"), f"1{NBSP}373"),
        (1373, f"1{NBSP}373"),
        (D("0.5"), "0,5"),
        (D("-1373"), f"{MINUS}1{NBSP}373"),
        (D("0.0"), "0,0"),
        (D("3"), "3"),
        (D("0.50"), "0,50"),
        (D("123951"), f"123{NBSP}951"),
        (D("-1.8"), f"{MINUS}1,8"),
        (D("1234567.25"), f"1{NBSP}234{NBSP}567,25"),
        (D("1E+3"), f"1{NBSP}000"),
        (0, "0"),
        (None, ""),
    ],
)
def test_format_amount_keeps_the_values_own_decimals(value: Decimal | int | None, expected: str):
    assert format_amount(value) == expected


def test_format_amount_has_no_ascii_minus_nor_ordinary_space():
    text = format_amount(D("-1234567.5"))
    assert "-" not in text
    assert " " not in text
    assert text == f"{MINUS}1{NBSP}234{NBSP}567,5"


@pytest.mark.parametrize("value", [D("-0.0"), D("-0"), D("-0.04")])
def test_format_amount_negative_zero_has_no_minus(value: Decimal):
    # -0.04 rounds to zero at one decimal: the board should not read it as a negative amount.
    assert format_amount(value, 1) == "0,0"


def test_format_amount_negative_zero_keeps_its_decimals():
    assert format_amount(D("-0.0")) == "0,0"
    assert format_amount(D("-0.00"), unit="tkr") == f"0,00{NBSP}tkr"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (D("2.5"), 0, "3"),  # half up, not banker's rounding (Babel's default would give 2)
        (D("3.5"), 0, "4"),
        (D("-2.5"), 0, f"{MINUS}3"),  # away from zero, as in bookkeeping
        (D("4.65"), 1, "4,7"),
        (D("4.64"), 1, "4,6"),
        (D("3"), 2, "3,00"),
        (D("1372.6"), 0, f"1{NBSP}373"),
        (1373, 1, f"1{NBSP}373,0"),
    ],
)
def test_format_amount_rounds_half_up(value: Decimal | int, decimals: int, expected: str):
    assert format_amount(value, decimals) == expected


def test_format_amount_appends_unit_after_no_break_space():
    assert format_amount(273558, unit="kr") == f"273{NBSP}558{NBSP}kr"
    assert format_amount(D("4.65"), 1, unit="mnkr") == f"4,7{NBSP}mnkr"
    assert format_amount(None, unit="kr") == ""


def test_format_amount_handles_values_beyond_default_decimal_precision():
    value = D("123456789012345678901234567890.1234")
    assert parse_amount(format_amount(value)) == value


@pytest.mark.parametrize("value", [1.5, "12", True, D("NaN"), D("Infinity")])
def test_format_amount_refuses_non_amounts(value: object):
    with pytest.raises(FormatError):
        format_amount(value)  # type: ignore[arg-type]


def test_format_amount_refuses_negative_decimals():
    with pytest.raises(FormatError, match="decimaler"):
        format_amount(1, -1)


# --- parse_amount -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 373", D("1373")),
        ("1373", D("1373")),
        ("1\u00a0373", D("1373")),
        ("1\u202f373", D("1373")),  # narrow no-break space
        ("1\u2009373", D("1373")),  # thin space
        ("1 234 567", D("1234567")),
        ("-0,5", D("-0.5")),
        ("\u22120,5", D("-0.5")),
        ("\u2013 1,8", D("-1.8")),
        ("\u20141,8", D("-1.8")),
        ("-115", D("-115")),
        ("+2", D("2")),
        ("0,5", D("0.5")),
        ("0.5", D("0.5")),
        ("1234.56", D("1234.56")),
        ("0.125", D("0.125")),  # a leading 0 cannot be followed by a thousands separator
        ("1234.567", D("1234.567")),  # four digits before the point: not a thousands group
        ("1,373", D("1.373")),  # the comma is the Swedish decimal separator
        ("1 373 tkr", D("1373")),
        ("1 373 kr", D("1373")),
        ("4,7 mnkr", D("4.7")),
        ("1373kr", D("1373")),
        (f"{MINUS}1{NBSP}373{NBSP}tkr", D("-1373")),
        ("  273 558  ", D("273558")),
    ],
)
def test_parse_amount_accepts(text: str, expected: Decimal):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "exponent"),
    [("0,0", -1), ("0,50", -2), ("3", 0), ("1 373,000", -3), ("12.30", -2)],
)
def test_parse_amount_keeps_the_scale_as_typed(text: str, exponent: int):
    result = parse_amount(text)
    assert result is not None
    assert result.as_tuple().exponent == exponent


def test_parse_amount_zero_with_minus_is_plain_zero():
    result = parse_amount("-0,0")
    assert result == D("0.0")
    assert not result.is_signed()


@pytest.mark.parametrize("text", [None, "", "   ", "\u00a0", "\t\n"])
def test_parse_amount_blank_is_none(text: str | None):
    assert parse_amount(text) is None


def test_parse_amount_both_separators_message():
    with pytest.raises(FormatError) as info:
        parse_amount("1.373,5")
    assert str(info.value) == (
        'Kan inte tolka "1.373,5" som ett belopp: använd decimalkomma och mellanslag som '
        "tusentalsavgränsare, t.ex. 1 373,5."
    )
    assert info.value.text == "1.373,5"


def test_parse_amount_point_before_three_digits_is_ambiguous():
    with pytest.raises(FormatError) as info:
        parse_amount("1.373")
    message = str(info.value)
    assert '"1.373"' in message
    assert "1 373" in message
    assert "1,373" in message


@pytest.mark.parametrize(
    "text",
    [
        "1.373,5",
        "1,373.5",
        "1.373",
        "-1.373",
        "12.500",
        "abc",
        "12a",
        "1,2,3",
        "1,2,",
        "1.234.567",
        "-",
        "\u2212",
        "+-2",
        "5,",
        "13 73",
        "1 3730",
        "1 373 %",
        "tkr",
    ],
)
def test_parse_amount_refuses(text: str):
    with pytest.raises(FormatError) as info:
        parse_amount(text)
    assert f'"{text.strip()}"' in str(info.value)


def test_format_error_is_a_value_error_and_invalid_input():
    with pytest.raises(ValueError):
        parse_amount("abc")
    with pytest.raises(InvalidInput):
        parse_amount("abc")


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    """Decimals with 0-4 decimal places and magnitude below 10**12, exponent as drawn."""
    places = draw(st.integers(min_value=0, max_value=4))
    bound = 10 ** (12 + places) - 1
    return D(draw(st.integers(min_value=-bound, max_value=bound))).scaleb(-places)


@given(amounts())
def test_amount_round_trip_keeps_value_and_exponent(value: Decimal):
    parsed = parse_amount(format_amount(value))
    assert parsed == value
    assert parsed is not None
    assert parsed.as_tuple().exponent == value.as_tuple().exponent


@given(amounts())
def test_amount_round_trip_with_unit(value: Decimal):
    assert parse_amount(format_amount(value, unit="tkr")) == value


# --- percent ----------------------------------------------------------------------------------


def test_format_percent():
    assert format_percent(44) == f"44{NBSP}%"
    assert format_percent(D("44.4")) == f"44{NBSP}%"
    assert format_percent(D("0.5"), 1) == f"0,5{NBSP}%"
    assert format_percent(D("-12.25"), 2) == f"{MINUS}12,25{NBSP}%"
    assert format_percent(None) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("44%", D("44")), ("44 %", D("44")), ("0,5 %", D("0.5")), ("44", D("44")), ("-3 %", D(-3))],
)
def test_parse_percent(text: str, expected: Decimal):
    assert parse_percent(text) == expected


def test_parse_percent_blank_and_refused():
    assert parse_percent("  ") is None
    with pytest.raises(FormatError, match="procent"):
        parse_percent("fyrtio %")


# --- dates ------------------------------------------------------------------------------------

SEED_DAY = date(2020, 12, 7)


def test_format_dates():
    assert format_date(SEED_DAY) == "2020-12-07"
    assert format_date_long(SEED_DAY) == "måndag 7 december 2020"
    assert format_date_long(SEED_DAY, capitalize=True) == "Måndag 7 december 2020"
    assert format_date_medium(SEED_DAY) == "7 december 2020"
    assert format_date_long(date(2021, 8, 20)) == "fredag 20 augusti 2021"
    assert format_date(None) == ""


def test_day_and_month_names_are_babels():
    """written_dates.py writes Babel's names out (loading Babel would slow the GUI's start-up); what
    it prints must stay exactly what babel.dates prints for sv_SE, every day of a leap year."""
    from datetime import timedelta

    from babel.dates import format_date as babel_format_date
    from babel.dates import get_day_names, get_month_names

    from ksdesk.core import written_dates as fmt

    babel_days = tuple(get_day_names("wide", locale="sv_SE")[i] for i in range(7))
    assert babel_days == fmt.WEEKDAY_NAMES
    for names, width in ((fmt.MONTH_NAMES, "wide"), (fmt.MONTH_ABBREVIATIONS, "abbreviated")):
        assert names == tuple(get_month_names(width, locale="sv_SE")[m] for m in range(1, 13))
    for offset in range(366):
        d = date(2024, 1, 1) + timedelta(days=offset)
        assert format_date_long(d) == babel_format_date(d, "EEEE d MMMM y", locale="sv_SE")
        assert format_date_medium(d) == babel_format_date(d, "d MMMM y", locale="sv_SE")
    assert format_date_long(date(999, 1, 5)) == babel_format_date(
        date(999, 1, 5), "EEEE d MMMM y", locale="sv_SE"
    )


def test_format_date_of_a_datetime_shows_only_the_date():
    assert format_date(datetime(2020, 12, 7, 14, 0)) == "2020-12-07"


@pytest.mark.parametrize(
    "text",
    [
        "2020-12-07",
        "20201207",
        "2020-12- 07",
        "2020- 12-07",
        " 2020-12-07 ",
        "7 december 2020",
        "7 dec 2020",
        "7 dec. 2020",
        "7 December 2020",
        "måndag 7 december 2020",
        "Måndag 7 december 2020",
        "måndag den 7 december 2020",
    ],
)
def test_parse_date_accepts(text: str):
    assert parse_date(text) == SEED_DAY


def test_parse_date_month_abbreviations():
    assert parse_date("20 aug 2019") == date(2019, 8, 20)
    assert parse_date("3 mars 2021") == date(2021, 3, 3)
    assert parse_date("1 sept 2021") == date(2021, 9, 1)


def test_parse_date_invalid_message():
    with pytest.raises(FormatError) as info:
        parse_date("2020-13-40")
    assert str(info.value) == (
        'Ogiltigt datum "2020-13-40": det finns ingen månad 13; skriv en månad från 01 till 12.'
    )
    with pytest.raises(FormatError) as info:
        parse_date("7/12")  # no form of a date: the form is what to say
    assert str(info.value) == 'Ogiltigt datum "7/12": skriv som ÅÅÅÅ-MM-DD, t.ex. 2020-12-07.'


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026-02-30", "februari 2026 har 28 dagar; skriv en dag från 1 till 28, t.ex. 2026-02-28"),
        ("2024-02-30", "februari 2024 har 29 dagar; skriv en dag från 1 till 29, t.ex. 2024-02-29"),
        ("31 april 2026", "april 2026 har 30 dagar; skriv en dag från 1 till 30, t.ex. 2026-04-30"),
        ("0000-01-01", "år 0 finns inte i kalendern; skriv som ÅÅÅÅ-MM-DD, t.ex. 2020-12-07"),
    ],
)
def test_a_date_written_right_that_does_not_exist_says_why(text: str, why: str) -> None:
    """The secretary wrote the form she was told to: telling her the form again helps
    nobody; the month's last day does."""
    with pytest.raises(FormatError) as info:
        parse_date(text)
    assert str(info.value) == f'Ogiltigt datum "{text}": {why}.'


@pytest.mark.parametrize(
    "text", ["2020-02-30", "7 decembrr 2020", "igår", "07-12-2020", "2020/12/07", "", "   "]
)
def test_parse_date_refuses(text: str):
    with pytest.raises(FormatError):
        parse_date(text)


def test_parse_date_refuses_a_weekday_that_does_not_match():
    with pytest.raises(FormatError, match="måndag"):
        parse_date("tisdag 7 december 2020")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_date_round_trips(d: date):
    assert parse_date(format_date(d)) == d
    assert parse_date(format_date_long(d)) == d
    assert parse_date(format_date_long(d, capitalize=True)) == d
    assert parse_date(format_date_medium(d)) == d


# --- times ------------------------------------------------------------------------------------


def test_format_times():
    assert format_time(time(14, 0)) == "14.00"
    assert format_time(time(9, 5)) == "09.05"
    assert format_time_kl(time(14, 0)) == "kl. 14.00"
    assert format_time(None) == ""
    assert format_time_span(time(13, 0), time(13, 20)) == "13.00\u201313.20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.00", time(14, 0)),
        ("14:00", time(14, 0)),
        ("1400", time(14, 0)),
        ("14", time(14, 0)),
        ("kl. 14.00", time(14, 0)),
        ("kl 14:00", time(14, 0)),
        ("Kl. 14.00", time(14, 0)),
        ("klockan 9.30", time(9, 30)),
        ("930", time(9, 30)),
        ("0.00", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_time_accepts(text: str, expected: time):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25.00", "14.75", "24.00", "14.5", "14,00", "x", "", "kl."])
def test_parse_time_refuses(text: str):
    with pytest.raises(FormatError):
        parse_time(text)


def test_parse_time_message_is_swedish_and_quotes_input():
    with pytest.raises(FormatError) as info:
        parse_time("25.00")
    assert str(info.value) == (
        'Ogiltig tid "25.00": timmen går från 00 till 23 och minuten från 00 till 59, t.ex. 14.00.'
    )
    with pytest.raises(FormatError) as info:
        parse_time("14:5")  # not the form: the form is what to say
    assert str(info.value) == 'Ogiltig tid "14:5": skriv som TT.MM, t.ex. 14.00.'


@given(st.times())
def test_time_round_trip(t: time):
    expected = time(t.hour, t.minute)
    assert parse_time(format_time(t)) == expected
    assert parse_time(format_time_kl(t)) == expected
    assert parse_time(format_time(t).replace(".", ":")) == expected


@pytest.mark.parametrize(
    "text", ["13.00-13.20", "13:00\u201313:20", "13.00 \u2013 13.20", "kl. 13.00-13.20"]
)
def test_parse_time_span(text: str):
    assert parse_time_span(text) == (time(13, 0), time(13, 20))


def test_time_span_round_trip():
    span = (time(13, 0), time(13, 20))
    assert parse_time_span(format_time_span(*span)) == span


@pytest.mark.parametrize("text", ["13.20-13.00", "13.00-13.00", "13.00", "13-14-15", "-13.00"])
def test_parse_time_span_refuses(text: str):
    with pytest.raises(FormatError):
        parse_time_span(text)


def test_format_count_agrees_with_its_number():
    from ksdesk.core.format import format_count

    assert format_count(1, "påminnelse", "påminnelser") == "1 påminnelse"
    assert format_count(0, "påminnelse", "påminnelser") == "0 påminnelser"
    assert format_count(1234, "sida", "sidor") == "1\u00a0234 sidor"
