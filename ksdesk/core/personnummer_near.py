"""Digits in OCR text that look like a personnummer whose check digit does not hold: a date
of six or eight digits and four more, together, split by a mark where the dash stands
("19811218-9875", "811218:9875") or by one space anywhere ("811218 9875", "6505 143052").

Tesseract reads small print with one wrong digit (8 for 9, 6 for 5) and a space where the
glyphs stand apart: the number on an ID card then fails the check digit, no hit is found,
and the page was vouched for and published with nine of the ten digits right. Typed text is
left to the check digit (core.personnummer, core.personnummer_typo): a person types a number
and reads it back, OCR guesses. Such digits in a picture make its page the secretary's to
look at ("oläslig"), never masked unasked. Left alone: a run labelled as another kind of
number ("OCR-nummer", "Mobil"), ten digits from 0 in a run (a phone number), and, with no
mark in it, a run beside another figure on its line (a row of a table of figures). What
core.personnummer finds already is not said again."""

from __future__ import annotations

import re
from datetime import date

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_labelled import other_number
from ksdesk.core.personnummer_marks import DASHES
from ksdesk.core.personnummer_ocr import repair

_MARK = re.escape(DASHES + "+:.")
# One run of digits, or two apart by one mark or one space.
_RUN = re.compile(rf"(?<![\d{_MARK}])\d+(?:(?P<mark>[{_MARK}]| )\d+)?(?![\w/]|[{_MARK}]\d)")
# A figure beside it on its line, a space apart: a row of a table of figures.
_FIGURE_BEFORE = re.compile(r"\d[ \t]*\Z")
_FIGURE_AFTER = re.compile(r"[ \t]*\d")


def near_numbers(ocr_text: str, today: date | None = None) -> list[str]:
    """Each date-and-four in `ocr_text` (as written) that is no personnummer only because
    its check digit or the day of its date does not hold."""
    seen = repair(ocr_text)
    found = [(hit.start, hit.end) for hit in find_personnummer(ocr_text, ocr=True)]
    near = []
    for run in _RUN.finditer(seen):
        digits = re.sub(r"\D", "", run.group())
        if not _shaped(run, digits, today or date.today()) or _other(seen, run, digits):
            continue
        if any(start < run.end() and run.start() < end for start, end in found):
            continue
        near.append(ocr_text[run.start() : run.end()])
    return near


def _shaped(run: re.Match, digits: str, today: date) -> bool:
    """Ten or twelve digits; a mark only where the dash stands; a month of 01–12 and a day
    of 01–31 (61–91 for a samordningsnummer); with a century, a year no later than now."""
    if len(digits) not in (10, 12):
        return False
    mark = run["mark"]
    if mark and mark != " " and run.group().index(mark) != len(digits) - 4:
        return False
    month, day = int(digits[-8:-6]), int(digits[-6:-4])
    if not 1 <= month <= 12 or not (1 <= day <= 31 or 61 <= day <= 91):
        return False
    return len(digits) == 10 or (digits[:2] in ("19", "20") and int(digits[:4]) <= today.year)


def _other(seen: str, run: re.Match, digits: str) -> bool:
    """Another kind of number, or a cell of a row of figures (see the module)."""
    if other_number(seen, run.start(), digits):
        return True
    if len(digits) == 10 and digits[0] == "0" and run.group().isdigit():
        return True
    if run["mark"] and run["mark"] != " ":
        return False
    line_start = seen.rfind("\n", 0, run.start()) + 1
    return bool(
        _FIGURE_BEFORE.search(seen, line_start, run.start()) or _FIGURE_AFTER.match(seen, run.end())
    )
