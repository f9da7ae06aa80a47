"""Dates as Swedish text: written the one way ksdesk prints them, and read the many ways people
write them. This is the one reader of dates written by people; every caller goes through it.

The forms, always day first (never an American month first):
- ISO, year first: "2020-12-07", also with stray spaces ("2020-12- 07", as in the seed);
- compact, year first: "20201207";
- in words: "7 december 2020", "7 dec. 2020", "den 7 dec 2020", "måndag 7 december 2020";
- in digits, day first: "7/12-20", "07.12.20", "7/12 2020", "7.12.2020", "26/11/2020", and
  with dashes "26-11-2020" (only with the whole year: "20-11-26" is a year first).
A two-digit year is read by `full_year`, everywhere the same. An impossible date ("31/2-20",
"2020-02-30") is no date, and neither is one whose weekday contradicts it ("tisdag 7 december
2020"): either the weekday or the day is wrong, and the secretary should decide which (in
running text the weekday is not read).

Three readers over these forms, for three kinds of text:
- `parse_date`: a date field of ksdesk itself. ISO, compact and words only: the field says
  "ÅÅÅÅ-MM-DD", and "07-12-2020" is refused as a form an American reads the other way.
  Refuses with a Swedish message that quotes the input.
- `read_written_date`: a whole cell or line of someone else's document (an export, a Dnr
  column): every form. None when it is no date.
- `find_written_date`: the first date somewhere in running text (a heading line).
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime

from ksdesk.core.typed_text import FormatError, clean_typed, quoted

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "find_written_date",
    "format_date",
    "format_date_long",
    "format_date_medium",
    "full_year",
    "parse_date",
    "read_written_date",
]

# Babel's Swedish names (CLDR "sv", format context, as in "EEEE d MMMM y"), written out here:
# Babel reads them only together with all of its locale data (root, sv, sv_SE and the global
# tables, some 15 ms), and the GUI prints a long date before its first paint.
# tests/core/test_format.py holds them, and every long date of a year, to babel.dates.
WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTH_NAMES = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = (
    "jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip

_DATE_HELP = "skriv som ÅÅÅÅ-MM-DD, t.ex. 2020-12-07"


def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations in Swedish: "december", "dec", "dec." (the point is
    read by the form), "sept"."""
    lookup: dict[str, int] = {}
    for month, name in enumerate(MONTH_NAMES, start=1):
        lookup[name] = month
        lookup[name[:3]] = month
    for month, name in enumerate(MONTH_ABBREVIATIONS, start=1):
        lookup[name.rstrip(".")] = month
    lookup["sept"] = 9
    return lookup


_MONTHS = _month_numbers()
# Longest first, so "december" is not read as "dec" followed by "ember".
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_WORD = "|".join(WEEKDAY_NAMES)
# What may stand before a day-first date: "måndag 7 december", "måndag den 7/12-20".
_DAY_FIRST_LEAD = rf"(?:(?P<weekday>{_WEEKDAY_WORD}),? )?(?:den )?"
# Where a date written in digits begins and ends in running text: never inside a longer run of
# digits and separators ("KS 2020/12-07", "1.6-0463/2011"); a full stop after it ends a sentence.
_DIGITS_START, _DIGITS_END = r"(?<![0-9/.-])", r"(?![0-9/-]|\.[0-9])"


@dataclass(frozen=True)
class _Form:
    """One way of writing a date, as a pattern on clean lower-case text."""

    body: str
    day_first: bool  # a weekday or "den" may stand before it
    in_words: bool = False  # a month name: it begins and ends where words do

    def whole(self) -> str:
        return (_DAY_FIRST_LEAD if self.day_first else "") + self.body

    def in_text(self) -> str:
        # Only the date itself: a weekday before it in a heading is not checked, since the
        # date found is compared with the meeting's own, which tells the secretary more.
        start, end = (r"(?<!\w)", r"(?!\w)") if self.in_words else (_DIGITS_START, _DIGITS_END)
        return start + self.body + end


_ISO = _Form(r"(?P<year>[0-9]{4}) ?- ?(?P<month>[0-9]{1,2}) ?- ?(?P<day>[0-9]{1,2})", False)
_COMPACT = _Form(r"(?P<year>[0-9]{4})(?P<month>[0-9]{2})(?P<day>[0-9]{2})", False)
_SHORT = _Form(
    r"(?P<day>[0-9]{1,2}) ?[/.] ?(?P<month>[0-9]{1,2})(?: ?[-./] ?| )(?P<year>[0-9]{4}|[0-9]{2})",
    True,
)
# "26-11-2020" as exports write it; with a two-digit year the dashes mean year first.
_DASHED = _Form(r"(?P<day>[0-9]{1,2})-(?P<month>[0-9]{1,2})[-./](?P<year>[0-9]{4})", True)
# "7 december 2020", and "11 december år 2014" as a kallelse's sentence writes it.
_WORDS = _Form(
    rf"(?P<day>[0-9]{{1,2}}) (?P<month_name>{_MONTH_WORD})\.? (?:år )?(?P<year>[0-9]{{4}})",
    True,
    True,
)
# A date field of ksdesk; any whole text; a Dnr column, which judges year-first digits itself.
_FIELD_FORMS = (_ISO, _COMPACT, _WORDS)
_DAY_FIRST_FORMS = (_WORDS, _SHORT, _DASHED)
_ALL_FORMS = (_ISO, _COMPACT, *_DAY_FIRST_FORMS)


def format_date(d: date | None) -> str:
    """``2020-12-07``: the form for tables and headers. None gives ""."""
    if d is None:
        return ""
    return _as_date(d).isoformat()


def format_date_long(d: date | None, capitalize: bool = False) -> str:
    """``måndag 7 december 2020`` for running text; ``Måndag …`` at the start of a line."""
    if d is None:
        return ""
    d = _as_date(d)
    text = f"{WEEKDAY_NAMES[d.weekday()]} {format_date_medium(d)}"  # Babel's "EEEE d MMMM y"
    return text[:1].upper() + text[1:] if capitalize else text


def format_date_medium(d: date | None) -> str:
    """``7 december 2020``: a date in text where the weekday would be clutter."""
    if d is None:
        return ""
    d = _as_date(d)
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"  # Babel's "d MMMM y"


def _as_date(d: date) -> date:
    # A datetime is a date too; printing its time part here would be a surprise.
    return d.date() if isinstance(d, datetime) else d


def full_year(digits: str) -> int:
    """ "20" → 2020, "98" → 1998: a two-digit year is the latest such year not past next
    year (a diarienummer or a meeting is never far in the future). Other lengths as written."""
    year = int(digits)
    if len(digits) != 2:
        return year
    this_year = date.today().year
    century = this_year - this_year % 100
    return century + year if century + year <= this_year + 1 else century - 100 + year


def parse_date(text: str) -> date:
    """Read a date field: "2020-12-07", "20201207", "2020-12- 07" (stray spaces, as in the
    seed), "7 december 2020", "7 dec 2020", "den 7 december 2020", "måndag 7 december 2020".

    A weekday that does not match the date is refused rather than silently ignored: either the
    weekday or the date in the kallelse is wrong, and the secretary should decide which.
    """
    cleaned = clean_typed(text or "").lower()
    if not cleaned:
        raise FormatError(f"Datum saknas: {_DATE_HELP}.", text)
    match = _whole_match(cleaned, _FIELD_FORMS)
    day = _day_of(match) if match else None
    if match is not None and day is None:  # the right form, but no such day
        raise FormatError(f'Ogiltigt datum "{quoted(text)}": {_why_not(match)}.', text)
    if match is None or day is None:
        raise FormatError(f'Ogiltigt datum "{quoted(text)}": {_DATE_HELP}.', text)
    if _weekday_contradicts(match, day):
        raise FormatError(
            f'Datumet "{quoted(text)}" stämmer inte: {format_date_medium(day)} är en '
            f"{WEEKDAY_NAMES[day.weekday()]}.",
            text,
        )
    return day


def read_written_date(text: str, *, year_first: bool = True) -> date | None:
    """The date a whole text is, in any of the forms above; None when it is none, or an
    impossible one. ``year_first=False`` leaves out the forms that start with the year (ISO,
    compact), for a Dnr column: "2020-1-07" there may be ärende 1 of 2020, and the diarienummer
    reader judges those digits by its own rules."""
    cleaned = clean_typed(text or "").lower()
    match = _whole_match(cleaned, _ALL_FORMS if year_first else _DAY_FIRST_FORMS)
    return _checked(match) if match else None


def find_written_date(text: str) -> date | None:
    """The first date written in running text (a heading line: "Kallelse KS 7/12-20"); None
    when there is none. A date in ISO form is taken before one in digits day first, and that
    before one in words. Eight digits in a row are not looked for here: in running text they
    are a number more often than a date (the birth date of a personnummer)."""
    cleaned = clean_typed(text or "").lower()
    for pattern in _in_text_patterns():
        for match in pattern.finditer(cleaned):
            if found := _checked(match):
                return found
    return None


@functools.cache
def _whole_pattern(form: _Form) -> re.Pattern[str]:
    return re.compile(form.whole())


@functools.cache
def _in_text_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(form.in_text()) for form in (_ISO, _SHORT, _DASHED, _WORDS))


def _whole_match(cleaned: str, forms: tuple[_Form, ...]) -> re.Match[str] | None:
    for form in forms:
        if match := _whole_pattern(form).fullmatch(cleaned):
            return match
    return None


def _checked(match: re.Match[str]) -> date | None:
    day = _day_of(match)
    return None if day is None or _weekday_contradicts(match, day) else day


def _day_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    name = groups.get("month_name")
    month = _MONTHS[name] if name else int(groups["month"])
    try:
        return date(full_year(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def _why_not(match: re.Match[str]) -> str:
    """Why a date written in a right form does not exist ("2026-02-30"), and what to write:
    the secretary wrote the form she was told to, so telling it again would not help."""
    groups = match.groupdict()
    name = groups.get("month_name")
    month = _MONTHS[name] if name else int(groups["month"])
    year = full_year(groups["year"])
    if not 1 <= month <= 12:
        return f"det finns ingen månad {month}; skriv en månad från 01 till 12"
    if not 1 <= year <= 9999:
        return f"år {year} finns inte i kalendern; {_DATE_HELP}"
    last = calendar.monthrange(year, month)[1]
    return (
        f"{MONTH_NAMES[month - 1]} {year} har {last} dagar; skriv en dag från 1 till {last}, "
        f"t.ex. {year}-{month:02d}-{last:02d}"
    )


def _weekday_contradicts(match: re.Match[str], day: date) -> bool:
    weekday = match.groupdict().get("weekday")
    return weekday is not None and WEEKDAY_NAMES.index(weekday) != day.weekday()
