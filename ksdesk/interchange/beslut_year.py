"""A period a list of delegationsbeslut writes without its year ("1–30 november", "1 oktober –
30 november", "vecka 45", "oktober"): the year is the one the list was written in, read from
its head (a kallelse's "Datum 2017-12-13", an export's title "Delegationsbeslut 2020-11-01 –
2020-11-30"), or, where the head names no day, the day of the import. The period is the
latest one that had begun by then: "1–30 november" in a list of 2017-12-05 is November 2017,
"december" in a list of January is the December before; one that had not ended by then
("för december" in a list of 13 December) is no date the list gives, and the row is left for
the secretary to fill in. Each such reading is a line in the report, saying which year was
taken and from what."""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterable
from typing import NamedTuple

from ksdesk.core.written_dates import MONTH_NAMES, find_written_date, read_written_date
from ksdesk.interchange.beslut_text import TextLine, list_start

_NUMBERS = {name: at for at, name in enumerate(MONTH_NAMES, start=1)}
_NUMBERS |= {name[:3]: at for name, at in list(_NUMBERS.items())} | {"sept": 9}
_MONTH = r"(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")(?:\.|(?![a-zåäö]))"
_NAMED = "(?:" + "|".join(MONTH_NAMES) + ")"
_TO = r"\s*(?:–|—|-|--|t\.\s?o\.\s?m\.?|till|tom)\s*"
# No year may follow: "1–30 november 2017" is read with its year (beslut_inline).
_NO_YEAR = r"(?!\s*(?:år\s*)?\d)"
_DAYS = re.compile(rf"(?i)\b(?P<d1>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})\s+(?P<m>{_MONTH}){_NO_YEAR}")
_DAY_MONTHS = re.compile(
    rf"(?i)\b(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH}){_TO}(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}){_NO_YEAR}"
)
# "v" is a week only with a stop or a space after it: "Avtal v2" is the agreement's version.
_WEEK = re.compile(
    rf"(?i)\b(?:vecka\s*|v\.\s*|v\s+)(?P<w1>\d{{1,2}})(?:{_TO}(?P<w2>\d{{1,2}}))?{_NO_YEAR}"
)
# A month alone is a period only where the words say so ("perioden oktober", "under oktober",
# "beslut i oktober", "oktober månad"), or the date cell holds nothing else: "Information
# december" is a heading, not the decisions of December.
_MONTH_SAID = re.compile(
    rf"(?i)\b(?:perioden|period|under|i|för|fattade\s+i)\s+(?P<m>{_NAMED}){_NO_YEAR}"
    rf"|\b(?P<m2>{_NAMED})\s+månad\b"
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
_MONTH_CELL = re.compile(rf"(?i)^\s*(?P<m>{_MONTH})\s*$")


class YearFrom(NamedTuple):
    """The day a list was written, and what says so, for the report ("listans datum
    2017-12-13", "dagens datum 2026-01-10, då listan inte anger något")."""

    day: dt.date
    source: str


def year_from(head: dt.date | None, today: dt.date) -> YearFrom:
    """The list's head date, else the day of the import."""
    if head is not None:
        return YearFrom(head, f"listans datum {head.isoformat()}")
    return YearFrom(today, f"importens datum {today.isoformat()} (listan anger inget datum)")


def list_head(lines: list[TextLine]) -> list[str]:
    """The texts of a list written as text down to its heading (its first point, without
    one): where the kallelse or protokoll says its date."""
    kept = [line for line in lines if line.text.strip()]
    start = list_start(kept)
    return [line.text for line in kept[: start + 1]] if start is not None else []


def head_date(texts: Iterable[str]) -> dt.date | None:
    """The latest date written in the list's head (the lines above its first decision): of
    an export's title "2018-01-01 – 2018-01-31", the last."""
    found = []
    for text in texts:
        found.append(find_written_date(text))
        found += [read_written_date(iso) for iso in _ISO_DATE.findall(text)]
    return max((d for d in found if d is not None), default=None)


def yearless_period(
    text: str, written_on: dt.date, *, cell: bool = False
) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, as written) of the first period without a year in `text`, in
    the year that makes it the latest begun by `written_on`; None when there is none.
    `cell`: `text` is a date cell, where a month alone is a period."""
    candidates = []
    if match := _DAY_MONTHS.search(text):
        m1, m2 = _month(match["m1"]), _month(match["m2"])
        candidates.append((match.start(), (m1, int(match["d1"])), (m2, int(match["d2"])), match))
    if match := _DAYS.search(text):
        month = _month(match["m"])
        candidates.append(
            (match.start(), (month, int(match["d1"])), (month, int(match["d2"])), match)
        )
    month_match = (_MONTH_CELL.match(text) if cell else None) or _MONTH_SAID.search(text)
    if month_match:
        month = _month(month_match["m"] or month_match["m2"])
        candidates.append((month_match.start(), (month, 1), (month, 0), month_match))
    week = _WEEK.search(text)
    for _, first, last, match in sorted(candidates, key=lambda c: c[0]):
        if week is not None and week.start() < match.start():
            break
        period = _dated(first, last, written_on)
        if period is not None:
            return (*period, match[0].strip())
    if week is not None:
        period = _weeks(int(week["w1"]), int(week["w2"] or week["w1"]), written_on)
        if period is not None:
            return (*period, week[0].strip())
    return None


def _month(word: str) -> int:
    return _NUMBERS[word.lower().rstrip(".")]


def _dated(
    first: tuple[int, int], last: tuple[int, int], written_on: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The period from `first` to `last` ((month, day); day 0: the month's last) in the latest
    year in which it had begun by `written_on`; None for a day no month has."""
    for year in (written_on.year, written_on.year - 1):
        end_year = year + 1 if last[0] < first[0] else year  # "1 december – 31 januari"
        try:
            start = dt.date(year, first[0], first[1])
            end_day = last[1] or monthrange(end_year, last[0])[1]
            end = dt.date(end_year, last[0], end_day)
        except ValueError:
            return None
        if start <= written_on and start <= end:
            return _ended(start, end, written_on)
    return None


def _ended(start: dt.date, end: dt.date, written_on: dt.date) -> tuple[dt.date, dt.date] | None:
    """The period, when it had ended by the day the list was written; None when not (the
    decisions "för december" in a list of 13 December were made on days the list does not
    say, and the period's last day is after the list: left for the secretary to fill in)."""
    return (start, end) if end <= written_on else None


def _weeks(first: int, last: int, written_on: dt.date) -> tuple[dt.date, dt.date] | None:
    """Monday of ISO week `first` to Sunday of week `last`, the latest begun by `written_on`."""
    for year in (written_on.year, written_on.year - 1):
        try:
            start = dt.date.fromisocalendar(year, first, 1)
            end = dt.date.fromisocalendar(year, last, 7)
        except ValueError:
            continue
        if start <= written_on and start <= end:
            return _ended(start, end, written_on)
    return None
