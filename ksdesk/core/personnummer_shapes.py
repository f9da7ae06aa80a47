"""Personnummer written without a label in shapes the chain reader of core.personnummer does
not take: "1981-12-18 - 9876" (the date as dates are written, then a spaced dash),
"81.12.18-9876" (the date in points), "811218-98 76" (the last four in two pairs),
"811218:9876" (a colon for the dash), "811218,9876" (a comma, the key beside the dash) and
"811218_9876" (an underscore, as a file name writes it), "811218=9876", "811218|9876" and
"811218·9876" (another key or a dot for the dash), "81 12 18-9876", "81 12 18 9876",
"81 12 18 98 76" and "81 12 18-98 76" (the date in spaced pairs, as a form with boxes or a
typist writes it), "1981-12-18 9876" or "1981.12.18 9876" (the date as dates are
written, or in points, one space), "8112 18-98 76" (the date in a group of four and one of
two, a dash), "(811218)9876" and "811218 (9876)" (a part in brackets), and "811218 | 9876",
"811218;9876" or "\"811218\";\"9876\"" (the parts in cells of a table's row as text).

Each shape is a personnummer's only: a date of exactly two, four and two digits (or six or
eight in one group), one mark the way the shape has it, and the last four; nothing of digits
glued on before or after ("2019-02-05 – 2019-02-27", a period of anslag, goes on with
"-02"; "2017:725/811218:9876" is a list of numbers). Where a dash written with spaces stands
between a date and four digits, or a colon between six digits and four, the caller
(core.personnummer) still takes the candidate only when its date exists (a
samordningsnummer's day + 60) and the Luhn check digit holds, as for every other number: a
date and a time, a Dnr, a page range or a kontonummer is not taken where one of the two
fails, and bench/personnummer_unlabelled_shapes.py counts what real text would give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ksdesk.core.personnummer_labelled import other_number
from ksdesk.core.personnummer_marks import DASHES, ascii_digits

_DASH = f"[{re.escape(DASHES)}]"
_SPACE = "[ \u00a0\u202f]"  # one space, as typed or as Word keeps a line together
# Nothing of a number before or after: no digit, and no mark with a digit behind it.
_BEFORE = r"(?<!\d)(?<![\d][-./:,\u2010-\u2015\u2212])"
# Nor a unit after it: "800101-12 31 kr" is a sum of kronor, whatever its digits read as.
_UNIT = r"(?:kr|tkr|mnkr|mdkr|sek|kronor|procent)(?!\w)|%"
_AFTER = rf"(?!\d)(?!{_SPACE}?[-./:,\u2010-\u2015\u2212]\d)(?!{_SPACE}?(?i:{_UNIT}))"
_RUN_START = re.compile(r"(?<!\d)\d")
# Typed for the dash between the date and the four: the key beside it, a pipe, and the dots
# a text's middle dot is drawn with (middle dot, bullet and dot operators, katakana dot).
_JOINTS = "=|\u00b7\u2219\u22c5\u30fb"
# A count after a date and four digits ("2020-12-07 1500 besökare"): no birth date and number.
_COUNT = (
    r"(?:st|stycken|personer|pers|deltagare|besökare|invånare|elever|barn|timmar|tim|h|min"
    r"|minuter|kvm|m2|m²|m|km|ton|liter|l)(?!\w)"
)
_SHAPES = (
    # "1981-12-18 - 9876", "81-12-18 – 9876", "81.12.18-9876", "1981.12.18 - 9876": the date's
    # parts apart by one and the same dash or point, a dash (spaces allowed) before the four.
    re.compile(
        rf"{_BEFORE}(?P<date>(?:\d\d)?\d\d(?P<mark>{_DASH}|\.)\d\d(?P=mark)\d\d)"
        rf"(?P<spaced>{_SPACE}?{_DASH}{_SPACE}?)(?P<tail>\d{{4}}){_AFTER}"
    ),
    # "811218-98 76", "19811218 - 98 76": the last four as two pairs, a dash before them and
    # no third pair after (a phone number's "070-98 76 54").
    re.compile(
        rf"{_BEFORE}(?P<date>\d{{6}}(?:\d\d)?){_SPACE}?{_DASH}{_SPACE}?"
        rf"(?P<tail>\d\d{_SPACE}\d\d){_AFTER}(?!{_SPACE}\d)"
    ),
    # "811218:9876", "19811218:9876": a colon for the dash, nothing around it; "811218,9876":
    # a comma, the key beside the dash on a Swedish keyboard; "ansokan_811218_9876.pdf":
    # an underscore, as a file name carries every mark; "811218=9876", "811218|9876",
    # "811218·9876": a key or a dot typed for the dash (_JOINTS), not in a run of such
    # cells ("201207|1430|1600", a table's row, goes on with one more).
    re.compile(
        rf"{_BEFORE}(?<!\d[{_JOINTS}])(?P<date>\d{{6}}(?:\d\d)?)(?P<joint>[:_,{_JOINTS}])"
        rf"(?P<tail>\d{{4}}){_AFTER}(?![{_JOINTS}]\d)"
    ),
    # "1981-12-18 9876", "81-12-18 9876": the date as dates are written, one space, the four;
    # "1981.12.18 9876", "81.12.18 9876": the date in points, as in the first shape.
    # A date and a time of day or a count look the same ("2020-12-07 1430"): see _not_born.
    re.compile(
        rf"{_BEFORE}(?P<date>(?:\d\d)?\d\d(?P<mark>{_DASH}|\.)\d\d(?P=mark)\d\d)"
        rf"(?P<bare>{_SPACE})(?P<tail>\d{{4}}){_AFTER}(?!{_SPACE}?{_DASH}{_SPACE}?\d)"
        rf"(?!{_SPACE}(?i:{_COUNT}))"
    ),
    # "81 12 18-9876", "46 03 63 - 5063", "81 12 18 9876", "1981 12 18-9876": the date in
    # spaced pairs, then a dash or one more space and the four; no pair after (a phone
    # number's "08 12 34 56 78" goes on) and no group of three before ("070 12 34 5678":
    # the digit before is refused by _BEFORE already).
    # "81 12 18 98 76", "81 12 18-98 76": the last four in pairs too.
    re.compile(
        rf"{_BEFORE}(?P<date>(?:\d\d)?\d\d{_SPACE}\d\d{_SPACE}\d\d)"
        rf"(?P<pairs>{_SPACE}?{_DASH}{_SPACE}?|{_SPACE})(?P<tail>\d{{4}}|\d\d{_SPACE}\d\d)"
        rf"{_AFTER}(?!{_SPACE}\d)"
    ),
    # "8112 18-98 76", "81 1218-9876", "1981 1218-9876", "1981 12 18-9876": the date in
    # groups of two and four, then a dash (spaces allowed) and the four, whole or in pairs.
    # Only with the dash: "0701 23 45 67" is a phone number written in the same groups.
    re.compile(
        rf"{_BEFORE}(?P<date>\d{{4}}{_SPACE}\d\d|\d\d{_SPACE}\d{{4}}|\d{{4}}{_SPACE}\d{{4}}"
        rf"|\d{{4}}{_SPACE}\d\d{_SPACE}\d\d)(?P<grouped>{_SPACE}?{_DASH}{_SPACE}?)"
        rf"(?P<tail>\d{{4}}|\d\d{_SPACE}\d\d){_AFTER}(?!{_SPACE}\d)"
    ),
    # "(811218)9876", "(811218) 9876", "(19811218)-9876", "811218 (9876)": the date or the
    # four in brackets, as a form or a register prints one part apart.
    re.compile(
        rf"{_BEFORE}(?<=\()(?P<date>\d{{6}}(?:\d\d)?)\){_SPACE}?(?:{_DASH}{_SPACE}?)?"
        rf"(?P<tail>\d{{4}}){_AFTER}"
    ),
    re.compile(rf"{_BEFORE}(?P<date>\d{{6}}(?:\d\d)?){_SPACE}?\((?P<tail>\d{{4}})\)"),
    # "811218 | 9876", "811218;9876", "\"811218\";\"9876\"", "\"811218\",\"9876\"": the two
    # parts in cells of their own, a table's row as text (a pasted table, a CSV, a nested
    # Word table read as " | ") writes it; apart by a tab or a space the chains read them.
    re.compile(
        rf"{_BEFORE}(?P<date>\d{{6}}(?:\d\d)?)(?P<cell>{_SPACE}*[|;]{_SPACE}*|\"[,;]\")"
        rf"(?P<tail>\d{{4}}){_AFTER}"
    ),
)
# The shapes that need a character most texts lack: tried only where the text holds one.
_NEEDS = ("",) * (len(_SHAPES) - 3) + ("(", "(", '|;"')

# Pairs after a word of time ("Tid 80 01 01-1231", "kl. 80 01 01 1231") are a date and a time
# of day, as a log or a form writes them, not a person.
_TIME_WORD = re.compile(r"(?i)(?<!\w)(?:tid|tidpunkt|kl\.?|klockan|datum)[\s:]*\Z")
# Before a date, one space and four digits also the words of a meeting's or a deadline's
# day and hour ("Justering 2020-12-01 1330", a protokoll's header; "senast 2021-01-15 1200").
# Not "födelsedatum": a birth date and the last four are a number.
_WHEN_WORD = re.compile(
    r"(?i)(?<!\w)(?:tid|tidpunkt|kl\.?|klockan|(?:sammanträdes|justerings|besluts|anslags)?datum"
    r"|justering|justeras|justerat|sammanträde[nt]?|mötet?|anslag(?:et)?|start|slut|senast"
    r"|börjar|slutar|öppnar|stänger)[\s:]*\Z"
)


def candidates(seen: str, today: date | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each place in `seen` written in one of the shapes; the caller
    checks the date and the check digit of the digits (ÅÅMMDDNNNN or ÅÅÅÅMMDDNNNN)."""
    starts = [run.start() for run in _RUN_START.finditer(seen)]
    for shape, needs in zip(_SHAPES, _NEEDS, strict=True):
        if needs and not any(mark in seen for mark in needs):
            continue  # a shape with a bracket or a cell's mark, in a text without one
        for match in _matches(shape, seen, starts):
            if _period(match) or _timed(seen, match) or _stamped(match) or _row(seen, match):
                continue
            if _not_born(seen, match, today or date.today()) or _other_pairs(seen, match):
                continue
            yield (
                match.start(),
                match.end(),
                ascii_digits(match.group("date") + match.group("tail")),
            )


def _matches(shape: re.Pattern[str], seen: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """shape.finditer(seen), tried only where a run of digits starts: each shape starts with
    a digit that has none before it (_BEFORE), and a search from every character for one
    (the look-behind stops the regex engine from skipping ahead) was most of the cost."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = shape.match(seen, start)  # the look-behind still sees what is before `start`
        if match is not None:
            end = match.end()
            yield match


def _period(match: re.Match[str]) -> bool:
    """A date, a spaced dash and a year up to fifty years on: "2020-12-07 – 2021", "from the
    day to the year", a period, which the check digit lets through one time in ten. A real
    number's last four read as such a year one time in two hundred."""
    spaced = match.groupdict().get("spaced") or ""
    if spaced.strip() == spaced:
        return False
    return _tail_a_year_on(match)


def _tail_a_year_on(match: re.Match[str]) -> bool:
    """The last four read as a year from the date's own year up to fifty years on."""
    tail = int(ascii_digits(match.group("tail")))
    written = ascii_digits(match.group("date"))
    year = int(written[: len(written) - 4])  # the two or four digits before month and day
    return 1900 <= tail <= 2099 and (tail - year) % 100 <= 50


def _not_born(seen: str, match: re.Match[str], today: date) -> bool:
    """A date written as dates are, one space and four digits ("2020-12-07 1430") that is no
    birth date and number: after a word of a day and hour ("kl.", "datum", "justering":
    _WHEN_WORD), a date after today (the next meeting's), or four digits that read as a year
    up to fifty years on ("2020-12-07 2021"). The check digit lets one date and time in ten
    through elsewhere; bench/personnummer_unlabelled_shapes.py counts what is left."""
    if match.groupdict().get("bare") is None:
        return False
    if _WHEN_WORD.search(seen, max(0, match.start() - 24), match.start()) is not None:
        return True
    written = ascii_digits(match.group("date"))
    if len(written) == 8 and written > f"{today:%Y%m%d}":
        return True
    return _tail_a_year_on(match)


def _other_pairs(seen: str, match: re.Match[str]) -> bool:
    """Five spaced pairs after a label of a phone number ("Tel 08 12 34 56 78": its digits
    are the number's, core.personnummer_labelled.other_number) or after two small numbers
    ("… 8 9 10 11 12 13 14", an agenda's item numbers in a row)."""
    if (match.groupdict().get("pairs") or "-").strip() or len(match.group("tail")) == 4:
        return False
    if _AFTER_NUMBERS.search(seen, max(0, match.start() - 8), match.start()):
        return True
    digits = ascii_digits(match.group("date") + match.group("tail"))
    return other_number(seen, match.start(), digits)


# Two small numbers and a space each before the pairs: "… 8 9 10 11 12 13 14".
_AFTER_NUMBERS = re.compile(rf"(?:(?<!\S)\d\d?{_SPACE}){{2}}\Z")


def _row(seen: str, match: re.Match[str]) -> bool:
    """Cells apart by a bare "|" or ";" in a run of more such cells ("930512;2211;1600", as
    "930512|2211|1600" for the joints above): a table's row of figures. Apart by a spaced
    mark ("811218 | 9876 | 1 200") they are read as cells apart by a tab or a space are."""
    cell = match.groupdict().get("cell")
    if cell is None or cell != cell.strip() or cell.startswith('"'):
        return False
    before = seen[max(0, match.start() - 2) : match.start()]
    after = seen[match.end() : match.end() + 2]
    return (len(before) == 2 and before[0].isdigit() and before[1] in "|;") or (
        len(after) == 2 and after[0] in "|;" and after[1].isdigit()
    )


def _stamped(match: re.Match[str]) -> bool:
    """A date, an underscore and a time of day: "IMG_20201207_1432.jpg", a file name's
    timestamp, which the check digit lets through one time in ten. A real number's last
    four read as a time of day one time in seven; written with an underscore it is rare."""
    if match.groupdict().get("joint") != "_":
        return False
    tail = ascii_digits(match.group("tail"))
    return int(tail[:2]) < 24 and int(tail[2:]) < 60


def _timed(seen: str, match: re.Match[str]) -> bool:
    """Spaced pairs right after a word of time (see _TIME_WORD)."""
    if match.groupdict().get("pairs") is None:
        return False
    return _TIME_WORD.search(seen, max(0, match.start() - 16), match.start()) is not None
