"""Reservnummer that carry a birth date: the numbers a region gives a patient who has no
personnummer or samordningsnummer (or cannot give it). A public copy must not publish one
either: with the date and a name it points at one person as surely.

Regions write them differently; recognised here are only the shapes that carry the birth date
and can be told from other codes by their structure:

- Västra Götalandsregionen: ÅÅÅÅMMDD, K, M or X (kvinna, man, okänt), two digits 06–89 and a
  Luhn check digit over ÅÅMMDD, the letter as 5, 7 or 8 and the rest ("19810829M071").
- Region Värmland: ÅÅÅÅMMDD, S (the län), F, U, X, P or L (the kind), a digit and a letter
  other than V ("19810829SF2B").
- Inera's national reserve identity (NRID): the birth century plus 3, 6, … 78 (so 22–98 and
  never a multiple of three: 19 → 22, 20 → 23), ÅÅMMDD, two letters other than I, O, Q, V, W,
  and two digits ("22810829AB12").
- Socialstyrelsen's advice, followed by Region Skåne and journal systems: the birth date
  (ÅÅMMDD or ÅÅÅÅMMDD), a dash, then four capitals and digits with at least one of each
  ("810829-TF10", "19810829-K123"). Without the dash only the two regional shapes above
  are read: a date glued to four characters is too much like a product or case code.

The date must exist. A masked number ("811218-XXXX") has no digit among the last four and is
not one; neither are SLL's and Inera Carelink's, which carry no birth day. The region's own
documents are the sources: Inera's "Lokala reservidentiteter" and "Nationellt reservidformat",
and Socialstyrelsen's term bank (reservnummer)."""

from __future__ import annotations

import re
from datetime import date

from ksdesk.core.luhn import luhn_ok

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"
_TAIL = "[A-Z0-9]{4}"
_SHAPES = re.compile(
    r"(?<![0-9A-Za-z])(?:"
    rf"(?P<dashed>(?:(?:19|20)\d{{6}}|\d{{6}})[{_DASH}]{_TAIL})"
    r"|(?P<vgr>(?:19|20)\d{6}[KMX]\d{3})"
    r"|(?P<varmland>(?:19|20)\d{6}S[FUXPL]\d[A-UW-Z1-9])"
    rf"|(?P<nrid>[2-9]\d{{7}}[{_DASH}]?[A-HJ-NPR-UX-Z]{{2}}\d\d)"
    r")(?![0-9A-Za-z])"
)
_LETTER_VALUE = {"K": "5", "M": "7", "X": "8"}
_DATE_RUN = re.compile(r"\d{6}")


def find(text: str, today: date) -> list[tuple[int, int, str]]:
    """(start, end, normalized) of each reservnummer in `text`; normalized is the twelve
    characters without the dash, the century written or inferred ("19810829TF10")."""
    found: list[tuple[int, int, str]] = []
    if not _DATE_RUN.search(text):
        return found  # every shape begins with six digits in a row
    for match in _SHAPES.finditer(text):
        written = "".join(c for c in match.group() if c not in _DASH)
        normalized = _normalized(match.lastgroup or "", written, today)
        if normalized is not None:
            found.append((match.start(), match.end(), normalized))
    return found


def _normalized(kind: str, written: str, today: date) -> str | None:
    if kind == "nrid":
        series = int(written[:2])
        if series < 22 or series % 3 == 0:
            return None
        century = "19" if series % 3 == 1 else "20"
        return written if _exists(century + written[2:8]) else None
    if kind == "vgr":
        number = written[2:8] + _LETTER_VALUE[written[8]] + written[9:]
        if not 6 <= int(written[9:11]) <= 89 or not luhn_ok(number):
            return None
    tail = written[-4:]
    if not any(c.isalpha() for c in tail) or not any(c.isdigit() for c in tail):
        return None
    if len(written) == 12:
        return written if _exists(written[:8]) else None
    for century in _centuries(int(written[:2]), today):
        if _exists(f"{century}{written[:6]}"):
            return f"{century}{written}"
    return None


def _centuries(yy: int, today: date) -> list[int]:
    """The century of a two-digit year (not in the future), and the one before (29 February)."""
    century = today.year // 100
    if century * 100 + yy > today.year:
        century -= 1
    return [century, century - 1]


def _exists(ymd: str) -> bool:
    try:
        date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:8]))
    except ValueError:
        return False
    return True
