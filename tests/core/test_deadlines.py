"""The deadline chain across Christmas, Easter and midsummer, and the holiday source checked
against lag 1930:173 rather than trusted."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.deadlines import (
    anslag_senast,
    deadline_chain,
    easter_sunday,
    holiday_discrepancies,
    holiday_name,
    is_vardag,
    justering_senast,
    kallelse_senast,
    non_working_days,
    overklagande_slut,
    package_holidays,
    statutory_holidays,
)


def test_the_demo_meeting() -> None:
    chain = deadline_chain(date(2020, 12, 7), kallelse_days=7, cutoff_days=8)
    assert chain.as_dict() == {
        "kallelse_senast": "2020-11-30",
        # 8 days before is Sunday 29 November: back to Friday, so the delegate is not late.
        "delegationsbeslut_senast": "2020-11-27",
        "justering_senast": "2020-12-21",
        "anslag_senast": "2020-12-23",
        "overklagande_slut": "2021-01-13",
    }


@pytest.mark.parametrize(
    ("meeting", "expected", "why"),
    [
        # Christmas
        (date(2024, 12, 10), date(2024, 12, 27), "julafton, juldagen, annandag jul"),
        (date(2020, 12, 11), date(2020, 12, 28), "juldagen on a Friday, then the weekend"),
        (date(2023, 12, 12), date(2023, 12, 27), "annandag jul on a Tuesday"),
        (date(2024, 12, 17), date(2025, 1, 2), "nyårsafton, then nyårsdagen"),
        (date(2019, 12, 23), date(2020, 1, 7), "trettondedag jul on a Monday"),
        # Easter
        (date(2024, 3, 15), date(2024, 4, 2), "långfredag, påskafton, påskdagen, annandag påsk"),
        (date(2025, 4, 7), date(2025, 4, 22), "annandag påsk on the Monday after"),
        (date(2024, 4, 25), date(2024, 5, 10), "Kristi himmelsfärdsdag"),
        # Midsummer
        (date(2024, 6, 7), date(2024, 6, 24), "midsommarafton, midsommardagen, Sunday"),
        (date(2026, 6, 5), date(2026, 6, 22), "midsommarafton 19 June 2026"),
        (date(2025, 5, 23), date(2025, 6, 9), "nationaldagen on a Friday"),
        # An ordinary day stays where it is
        (date(2024, 9, 2), date(2024, 9, 16), "no holiday"),
    ],
)
def test_justering_moves_to_the_next_vardag(meeting: date, expected: date, why: str) -> None:
    assert justering_senast(meeting) == expected, why


def test_annandag_pingst_is_a_vardag_since_2005() -> None:
    assert is_vardag(date(2024, 5, 20))
    assert not is_vardag(date(2004, 5, 31))


@pytest.mark.parametrize(
    ("justerat", "expected"),
    [
        (date(2020, 12, 10), date(2020, 12, 14)),  # Thursday: second day is a Saturday
        (date(2024, 12, 23), date(2024, 12, 27)),  # juldagen, annandag jul
        (date(2024, 12, 22), date(2024, 12, 27)),  # julafton
        (date(2024, 3, 27), date(2024, 4, 2)),  # långfredag through annandag påsk
        (date(2024, 6, 19), date(2024, 6, 24)),  # midsommarafton
        (date(2024, 9, 2), date(2024, 9, 4)),
    ],
)
def test_anslag_the_second_day_after_justering(justerat: date, expected: date) -> None:
    assert anslag_senast(justerat) == expected


@pytest.mark.parametrize(
    ("anslaget", "expected"),
    [
        # Three weeks end on the same weekday (1930:173 1 §) ...
        (date(2020, 12, 23), date(2021, 1, 13)),
        (date(2024, 9, 2), date(2024, 9, 23)),
        # ... then move to the next vardag (2 §).
        (date(2020, 12, 3), date(2020, 12, 28)),  # julafton, juldagen, weekend
        (date(2024, 12, 10), date(2025, 1, 2)),  # nyårsafton, nyårsdagen
        (date(2024, 3, 8), date(2024, 4, 2)),  # långfredag through annandag påsk
        (date(2024, 5, 31), date(2024, 6, 24)),  # midsommarafton
        (date(2024, 5, 16), date(2024, 6, 7)),  # nationaldagen on a Thursday
    ],
)
def test_appeal_period_of_three_weeks(anslaget: date, expected: date) -> None:
    assert overklagande_slut(anslaget) == expected


def test_dates_before_the_meeting_move_back() -> None:
    # 7 days before Tuesday 2 January 2024 is annandag jul; julafton is a Sunday, then Saturday.
    assert kallelse_senast(date(2024, 1, 2), 7) == date(2023, 12, 22)
    # 5 days before Tuesday 25 June 2024 is midsommarafton.
    assert kallelse_senast(date(2024, 6, 26), 5) == date(2024, 6, 20)
    # Easter: 7 days before Friday 5 April 2024 is långfredag.
    assert kallelse_senast(date(2024, 4, 5), 7) == date(2024, 3, 28)


def test_known_justering_and_anslag_replace_the_latest_dates() -> None:
    chain = deadline_chain(date(2020, 12, 7), justerat=date(2020, 12, 10))
    assert chain.anslag_senast == date(2020, 12, 14)
    assert chain.overklagande_slut == date(2021, 1, 4)
    chain = deadline_chain(date(2020, 12, 7), anslaget=date(2020, 12, 11))
    # 1 January 2021 is nyårsdagen, a Friday: the weekend follows.
    assert chain.overklagande_slut == date(2021, 1, 4)


def test_easter_computus() -> None:
    assert [easter_sunday(y) for y in (2019, 2020, 2024, 2025, 2038)] == [
        date(2019, 4, 21),
        date(2020, 4, 12),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2038, 4, 25),
    ]


def test_the_package_agrees_with_the_statute_for_two_centuries() -> None:
    problems = [p for year in range(1990, 2101) for p in holiday_discrepancies(year)]
    assert problems == []


def test_the_package_alone_would_miss_the_eves() -> None:
    """Why the package is checked: its default category has no julafton."""
    import holidays

    default = holidays.country_holidays("SE", years=2024)
    assert date(2024, 12, 24) not in default
    assert date(2024, 12, 24) in package_holidays(2024)
    assert date(2024, 12, 24) in non_working_days(2024)


def test_statute_list_has_thirteen_days_besides_sundays() -> None:
    assert len(statutory_holidays(2024)) == 13
    assert statutory_holidays(2024)[date(2024, 6, 22)] == "Midsommardagen"
    assert statutory_holidays(2024)[date(2024, 11, 2)] == "Alla helgons dag"


def test_holiday_names_for_the_secretary() -> None:
    assert holiday_name(date(2024, 12, 24)) == "Julafton"
    assert holiday_name(date(2024, 6, 21)) == "Midsommarafton"
    assert holiday_name(date(2024, 9, 7)) == "lördag"
    assert holiday_name(date(2024, 9, 9)) == ""
