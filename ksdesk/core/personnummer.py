"""Finding Swedish personnummer and samordningsnummer in free text, and masking them.

Accepted forms: ÅÅMMDD-NNNN, ÅÅMMDD+NNNN (the + of someone aged 100 or more), ÅÅMMDDNNNN,
ÅÅÅÅMMDD-NNNN and ÅÅÅÅMMDDNNNN. A candidate counts only if its date exists (for a
samordningsnummer the day is the birth day + 60) and the Luhn check digit over the ten digits
ÅÅMMDDNNNN holds, so a diarienummer, a phone number or an organisationsnummer (month 20 and
up) is not reported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Not preceded or followed by a digit (nor by a dash+digit on the left: "2020-801231-…").
_CANDIDATE = re.compile(
    r"(?<![\d])(?P<century>19|20)?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+\u2010\u2011\u2012\u2013\u2212]?)(?P<tail>\d{4})(?![\d])"
)


@dataclass(frozen=True)
class PersonnummerHit:
    start: int
    end: int
    text: str  # as written
    normalized: str  # twelve digits, ÅÅÅÅMMDDNNNN (century inferred when not written)
    samordning: bool

    @property
    def masked(self) -> str:
        """The number as the secretary may see it in lists: birth date kept, last four hidden."""
        return f"{self.normalized[2:8]}-XXXX"


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def find_personnummer(text: str, today: date | None = None) -> list[PersonnummerHit]:
    """Every valid personnummer or samordningsnummer in `text`, in order."""
    today = today or date.today()
    hits = []
    for match in _CANDIDATE.finditer(text or ""):
        hit = _check(match, today)
        if hit is not None:
            hits.append(hit)
    return hits


def mask_personnummer(text: str, keep: set[str] | frozenset[str] = frozenset()) -> str:
    """`text` with every personnummer replaced by X:es of the same shape ("XXXXXX-XXXX"),
    except those whose normalized form is in `keep` (consciously kept in the public copy)."""
    pieces = []
    last = 0
    for hit in find_personnummer(text):
        if hit.normalized in keep:
            continue
        pieces.append(text[last : hit.start])
        pieces.append(re.sub(r"\d", "X", hit.text))
        last = hit.end
    pieces.append(text[last:])
    return "".join(pieces)


def _check(match: re.Match, today: date) -> PersonnummerHit | None:
    yy, mm, dd, tail = match["yy"], match["mm"], match["dd"], match["tail"]
    if not luhn_ok(f"{yy}{mm}{dd}{tail}"):
        return None
    day = int(dd)
    samordning = day > 60
    if samordning:
        day -= 60
    century = _century(match["century"], int(yy), match["sep"] == "+", today)
    year = century + int(yy)
    if not _valid_date(year, int(mm), day) and match["century"] is None:
        year -= 100  # 29 February: the other century may hold the date
        if not _valid_date(year, int(mm), day):
            return None
    elif not _valid_date(year, int(mm), day):
        return None
    return PersonnummerHit(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        normalized=f"{year:04d}{mm}{dd}{tail}",
        samordning=samordning,
    )


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
