"""A personnummer written in its own shape, ÅÅMMDD-NNNN (or + for someone of a hundred),
whose check digit does not hold: a typo in one of the last four. The birth date and three of
the four still name the person, so it is a number to the review and the last check, labelled
or not (core.personnummer_labelled took it only after "Personnummer:"). Only this shape:
nothing else people write is six digits that make a date, a dash and four digits (a
diarienummer has a slash, an organisationsnummer a month of 20 or more, a phone number other
groups). The same with the century written, ÅÅÅÅMMDD-NNNN, only for someone born at least
ADULT_YEARS ago: a recent eight-digit date and four more ("20201207-1234" in a paper of 2024)
is also a date-stamped serial, and is left to the check digit; a serial stamped decades ago
in a meeting's papers is not what "19800101-1239" is. A false alarm costs a decision in the
review; a number published, a personal-data breach."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ksdesk.core.personnummer_marks import DASHES

_TYPED = re.compile(
    rf"(?<![\w/.,:{re.escape(DASHES)}+])(?P<date>\d{{6}})(?P<mark>[{re.escape(DASHES)}+])"
    rf"(?P<last>\d{{4}})(?![\w/{re.escape(DASHES)}+]|[.,:]\d)"
)


_CENTURY_TYPED = re.compile(
    rf"(?<![\w/.,:{re.escape(DASHES)}+])(?P<date>(?:19|20)\d{{6}})[{re.escape(DASHES)}]"
    rf"(?P<last>\d{{4}})(?![\w/{re.escape(DASHES)}+]|[.,:]\d)"
)
ADULT_YEARS = 16


def dashed_numbers(seen: str, today: date) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, the ten or twelve digits, written with +) of each ÅÅMMDD-NNNN in `seen`,
    and of each ÅÅÅÅMMDD-NNNN whose year is ADULT_YEARS or more before `today`'s."""
    for match in _TYPED.finditer(seen):
        yield match.start(), match.end(), match["date"] + match["last"], match["mark"] == "+"
    for match in _CENTURY_TYPED.finditer(seen):
        if int(match["date"][:4]) <= today.year - ADULT_YEARS:
            yield match.start(), match.end(), match["date"] + match["last"], False
