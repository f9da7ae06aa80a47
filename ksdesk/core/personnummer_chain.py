"""The shape of a personnummer in a chain of digit groups (core.personnummer_reading), and
whether its date exists and its check digit holds (core.personnummer reads the chains)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.luhn import luhn_ok
from ksdesk.core.personnummer_marks import DASHES
from ksdesk.core.personnummer_reading import Group

GLUED_LENGTHS = {11: 1, 13: 1}  # digits in all: how many of them are glued on
SIGNS = DASHES + "+"


def shape_at(chain: list[Group], index: int) -> tuple[int, int] | None:
    """(last group, last group of the date part) of a number starting at `index`, or None."""
    length = len(chain[index][2])
    if length in (10, 12) or length in GLUED_LENGTHS:
        return index, index
    if length in (2, 4) and _dashed_date(chain, index):
        return index + 3, index + 2
    date_end = _date_part(chain, index)
    if date_end is None:
        return None
    tail = _tail(chain, date_end + 1)
    return (tail, date_end) if tail is not None else None


def _dashed_date(chain: list[Group], index: int) -> bool:
    """A date written as dates are and then the last four, one dash between each and no
    space: "1980-01-01-1234", "80-01-01-1234". With a space before the four, as in
    "2020-12-07 1430", it is a date and a time."""
    run = chain[index + 1 : index + 4]
    return [len(g[2]) for g in run] == [2, 2, 4] and all(g[3] in DASHES for g in run)


def _date_part(chain: list[Group], index: int) -> int | None:
    """The last group of a date part (6 or 8 digits: one group, or single-digit boxes)."""
    length = len(chain[index][2])
    if length in (6, 8):
        return index
    if length != 1:
        return None
    for count, position in enumerate(range(index, len(chain)), start=1):
        if len(chain[position][2]) != 1:
            break
        if count == 8 or (count == 6 and not _singles(chain, position + 1, 6)):
            return position
    return None


def _tail(chain: list[Group], index: int) -> int | None:
    if index >= len(chain):
        return None
    length = len(chain[index][2])
    if length == 4 or (length == 5 and any(mark in SIGNS for mark in chain[index][3])):
        return index
    if _singles(chain, index, 4):
        return index + 3
    return None


def _singles(chain: list[Group], index: int, count: int) -> bool:
    run = chain[index : index + count]
    return len(run) == count and all(len(g[2]) == 1 for g in run)


# --- the number itself -----------------------------------------------------------------------


def check(
    digits: str, plus: bool, today: date, century_misread: bool = False, *, luhn: bool = True
) -> tuple[str, bool] | None:
    century_written = digits[:2] if len(digits) == 12 else None
    if century_written is not None and century_written not in ("19", "20"):
        if not century_misread:
            return None
        century_written = None  # OCR misread it ("15660925-4666"): the ten are the number
    ten = digits[-10:]
    if luhn and not luhn_ok(ten):
        return None
    yy, mm, dd, tail = ten[:2], ten[2:4], ten[4:6], ten[6:]
    day = int(dd)
    samordning = day > 60
    if samordning:
        day -= 60
    year = _century(century_written, int(yy), plus, today) + int(yy)
    if not _valid_date(year, int(mm), day):
        if century_written is not None:
            return None
        # 29 February: another century may hold the date. A "+" written by mistake on a
        # young person's number ("000229+0005") put it in 1900, which had none: still a
        # number to find, as of 2000.
        others = [year - 100, *([year + 100] if plus and year + 100 <= today.year else [])]
        year = next((y for y in others if _valid_date(y, int(mm), day)), 0)
        if not year:
            return None
    return f"{year:04d}{mm}{dd}{tail}", samordning


def _century(written: str | None, yy: int, plus: bool, today: date) -> int:
    if written is not None:
        return int(written) * 100
    # Ten digits: the latest century that does not put the birth in the future; a "+"
    # means a hundred years more.
    century = (today.year // 100) * 100
    if century + yy > today.year:
        century -= 100
    return century - 100 if plus else century


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def next_start(chain: list[Group], index: int, found: tuple[int, int] | None) -> int:
    """Where to look on after no number starts at `index`: the next group ("966531 1994-04-11-
    8219": the year that was tried as the last four begins the number). In a run of single
    digits, past the run that was tried, except in a run of 11 or 13: boxes with a stray digit
    of the text before them ("Sida 3" and then the ten boxes). Longer runs are tables of small
    figures, and trying every digit of them would find a date and a check digit in most."""
    if found is None or len(chain[index][2]) > 1:
        return index + 1
    if singles_from(chain, index) in (11, 13):
        return index + 1
    return found[0] + 1


def singles_from(chain: list[Group], index: int) -> int:
    count = 0
    while index + count < len(chain) and len(chain[index + count][2]) == 1:
        count += 1
    return count
