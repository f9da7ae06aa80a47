"""The deadline chain of a meeting, offline: kallelse, delegationsbeslut cut-off, justering,
anslag and the end of the appeal period.

The rules (Kommunallagen 2017:725 and lag 1930:173 om beräkning av lagstadgad tid):

- kallelse out: the organ's setting, days before the meeting (its reglemente);
- delegationsbeslut reported: the organ's setting, default 8 days before the meeting;
- justering at the latest 14 days after the meeting (KL 6 kap. 35 §, 5 kap. 69 §);
- anslag at the latest the second day after justering (KL 8 kap. 12 §);
- överklagande within three weeks of the day the anslag was posted (KL 13 kap. 5 §).

Lag 1930:173: a period of weeks ends on the day of the last week with the same weekday as the
day it is counted from (1 §), and a last day that falls on a Saturday, Sunday, other allmän
helgdag, midsommarafton, julafton or nyårsafton moves to the next vardag (2 §). A date before
the meeting (a "senast" for the secretary's own work) moves the other way, to the vardag before,
or the kallelse would go out too late.

The allmänna helgdagar come from the `holidays` package (country "SE"), but are not trusted
blindly: its default category leaves out the three aftnar that lag 1930:173 names, and a
package update could change what it returns. ``statutory_holidays`` computes the list from lag
(1989:253) om allmänna helgdagar itself, and ``holiday_discrepancies`` compares the two; the
tests run it over two centuries. Both sources are combined in ``non_working_days`` so that a
package that forgets a day cannot make a deadline fall on it.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

JUSTERING_DAYS = 14
ANSLAG_DAYS_AFTER_JUSTERING = 2
APPEAL_WEEKS = 3
DEFAULT_KALLELSE_DAYS = 7  # DOMAIN: "often 5–7 days"; the organ's setting wins when known
DEFAULT_DELEGATION_CUTOFF_DAYS = 8  # the seed's delegationsordning

# Lag (1989:253): nationaldagen became an allmän helgdag in 2005 and annandag pingst stopped
# being one the same year.
NATIONALDAGEN_FROM = 2005


# A NamedTuple, not a dataclass: `ksdesk deadlines` needs neither a database nor the
# dataclasses module (with inspect), and starts in about the time of `python -c pass` twice.
class DeadlineChain(NamedTuple):
    meeting: date
    kallelse_senast: date
    delegationsbeslut_senast: date
    justering_senast: date
    anslag_senast: date
    overklagande_slut: date

    def as_dict(self) -> dict[str, str]:
        """The CLI's JSON shape: dates as YYYY-MM-DD."""
        return {
            "kallelse_senast": self.kallelse_senast.isoformat(),
            "delegationsbeslut_senast": self.delegationsbeslut_senast.isoformat(),
            "justering_senast": self.justering_senast.isoformat(),
            "anslag_senast": self.anslag_senast.isoformat(),
            "overklagande_slut": self.overklagande_slut.isoformat(),
        }


# ---------------------------------------------------------------------------------------------
# Holidays


def easter_sunday(year: int) -> date:
    """Påskdagen by the Gregorian computus (Meeus/Jones/Butcher): independent of `holidays`."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _first_saturday_from(day: date) -> date:
    """The Saturday in the seven days from `day`: midsommardagen is the one from 20 June,
    alla helgons dag the one from 31 October."""
    return day + timedelta(days=(5 - day.weekday()) % 7)


def statutory_holidays(year: int) -> dict[date, str]:
    """The allmänna helgdagar other than Sundays, as lag (1989:253) lists them."""
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "Nyårsdagen",
        date(year, 1, 6): "Trettondedag jul",
        easter - timedelta(days=2): "Långfredagen",
        easter: "Påskdagen",
        easter + timedelta(days=1): "Annandag påsk",
        date(year, 5, 1): "Första maj",
        easter + timedelta(days=39): "Kristi himmelsfärdsdag",
        easter + timedelta(days=49): "Pingstdagen",
        _first_saturday_from(date(year, 6, 20)): "Midsommardagen",
        _first_saturday_from(date(year, 10, 31)): "Alla helgons dag",
        date(year, 12, 25): "Juldagen",
        date(year, 12, 26): "Annandag jul",
    }
    if year >= NATIONALDAGEN_FROM:
        days[date(year, 6, 6)] = "Nationaldagen"
    else:
        days[easter + timedelta(days=50)] = "Annandag pingst"
    return days


def statutory_eves(year: int) -> dict[date, str]:
    """The three aftnar lag 1930:173 2 § treats like holidays (midsommarafton is the Friday
    before midsommardagen)."""
    midsommardagen = _first_saturday_from(date(year, 6, 20))
    return {
        midsommardagen - timedelta(days=1): "Midsommarafton",
        date(year, 12, 24): "Julafton",
        date(year, 12, 31): "Nyårsafton",
    }


@cache
def package_holidays(year: int) -> dict[date, str]:
    """What the `holidays` package says for Sweden: allmänna helgdagar and the three aftnar
    (its "de_facto" category), Sundays left out since weekends are handled apart."""
    import holidays  # imported here: the CLI pays for it only when a deadline is asked for

    public = holidays.country_holidays("SE", years=year, language="sv")
    eves = holidays.country_holidays("SE", years=year, language="sv", categories=("de_facto",))
    result: dict[date, str] = {}
    for source in (public, eves):
        for day, name in source.items():
            if day.weekday() != 6 or name != "Söndag":
                result[day] = name
    return result


def holiday_discrepancies(year: int) -> list[str]:
    """Swedish sentences for every day the package and the statute disagree on (weekends
    ignored: they are never vardagar whatever either source says)."""
    statute = {**statutory_holidays(year), **statutory_eves(year)}
    package = package_holidays(year)
    problems = []
    for day in sorted(set(statute) | set(package)):
        if day.weekday() >= 5:
            continue
        if day in statute and day not in package:
            problems.append(f"{day.isoformat()} ({statute[day]}) saknas i paketet holidays.")
        elif day in package and day not in statute:
            problems.append(
                f"{day.isoformat()} ({package[day]}) är ingen helgdag enligt lag 1930:173."
            )
    return problems


@cache
def non_working_days(year: int) -> frozenset[date]:
    """Weekdays that are not vardagar in `year` under lag 1930:173 2 §: the statute's list,
    computed here. The `holidays` package is checked against it (holiday_discrepancies, run
    by the tests for 1990–2100) rather than trusted, so it is not consulted on this path,
    which also spares start-up its import (about 0.1 s)."""
    statute = {**statutory_holidays(year), **statutory_eves(year)}
    return frozenset(day for day in statute if day.weekday() < 5)


def is_vardag(day: date) -> bool:
    return day.weekday() < 5 and day not in non_working_days(day.year)


def next_vardag(day: date) -> date:
    """`day` itself when it is a vardag, else the first vardag after it (1930:173 2 §)."""
    while not is_vardag(day):
        day += timedelta(days=1)
    return day


def previous_vardag(day: date) -> date:
    """`day` itself when it is a vardag, else the last vardag before it."""
    while not is_vardag(day):
        day -= timedelta(days=1)
    return day


def holiday_name(day: date) -> str:
    """Why `day` is not a vardag ("Julafton", "lördag"), or "" for a vardag."""
    names = {**statutory_holidays(day.year), **statutory_eves(day.year)}
    if day in names:
        return names[day]
    if day.weekday() == 5:
        return "lördag"
    if day.weekday() == 6:
        return "söndag"
    return ""


# ---------------------------------------------------------------------------------------------
# The chain


def kallelse_senast(meeting: date, days_before: int = DEFAULT_KALLELSE_DAYS) -> date:
    return previous_vardag(meeting - timedelta(days=days_before))


def delegationsbeslut_senast(
    meeting: date, days_before: int = DEFAULT_DELEGATION_CUTOFF_DAYS
) -> date:
    return previous_vardag(meeting - timedelta(days=days_before))


def justering_senast(meeting: date) -> date:
    return next_vardag(meeting + timedelta(days=JUSTERING_DAYS))


def anslag_senast(justerat: date) -> date:
    return next_vardag(justerat + timedelta(days=ANSLAG_DAYS_AFTER_JUSTERING))


def overklagande_slut(anslaget: date) -> date:
    """Three weeks from the anslag day end on the same weekday (1 §), moved to a vardag (2 §)."""
    return next_vardag(anslaget + timedelta(weeks=APPEAL_WEEKS))


def deadline_chain(
    meeting: date,
    *,
    kallelse_days: int = DEFAULT_KALLELSE_DAYS,
    cutoff_days: int = DEFAULT_DELEGATION_CUTOFF_DAYS,
    justerat: date | None = None,
    anslaget: date | None = None,
) -> DeadlineChain:
    """The whole chain. Known justering and anslag dates replace the latest possible ones."""
    justering = justering_senast(meeting)
    anslag = anslag_senast(justerat or justering)
    return DeadlineChain(
        meeting=meeting,
        kallelse_senast=kallelse_senast(meeting, kallelse_days),
        delegationsbeslut_senast=delegationsbeslut_senast(meeting, cutoff_days),
        justering_senast=justering,
        anslag_senast=anslag,
        overklagande_slut=overklagande_slut(anslaget or anslag),
    )
