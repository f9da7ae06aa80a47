"""A personnummer written in its own shape, ÅÅMMDD-NNNN (or + for someone of a hundred),
whose check digit does not hold: a typo in one of the last four. The birth date and three of
the four still name the person, so it is a number to the review and the last check, labelled
or not (core.personnummer_labelled took it only after "Personnummer:"). Only this shape:
nothing else people write is six digits that make a date, a dash and four digits (a
diarienummer has a slash, an organisationsnummer a month of 20 or more, a phone number other
groups); the eight-digit date of "20201207-1234" is also a date-stamped serial, and is left
to the check digit. A false alarm costs a decision in the review; a number published, a
personal-data breach."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ksdesk.core.personnummer_marks import DASHES

_TYPED = re.compile(
    rf"(?<![\w/.,:{re.escape(DASHES)}+])(?P<date>\d{{6}})(?P<mark>[{re.escape(DASHES)}+])"
    rf"(?P<last>\d{{4}})(?![\w/{re.escape(DASHES)}+]|[.,:]\d)"
)


def dashed_numbers(seen: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, the ten digits, written with +) of each ÅÅMMDD-NNNN in `seen`."""
    for match in _TYPED.finditer(seen):
        yield match.start(), match.end(), match["date"] + match["last"], match["mark"] == "+"
