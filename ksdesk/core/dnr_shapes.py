"""The shapes registries write a diarienummer in, and the `Dnr` they are read into: the
regular expressions and readers behind `ksdesk.core.dnr.parse_dnr` (which cleans the text and
adds the warnings every shape shares). Kept apart so that dnr.py reads as the API: parse,
compare, print."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ksdesk.core.dnr_joined import UNIT_DASH_YEAR, UNIT_YEAR, YEAR_UNIT
from ksdesk.core.typed_text import quoted
from ksdesk.core.written_dates import full_year, read_written_date

# Years outside this range are almost certainly typing errors ("KS 2202/434", "KS 1020/434").
FIRST_PLAUSIBLE_YEAR = 1970
LAST_PLAUSIBLE_YEAR = 2100

_PREFIX = r"[A-Za-zÅÄÖåäöÉé]{1,8}"
# The words a diarienummer is labelled with (the agenda import finds them inside a title too).
# Stockholm's stadsdelsnämnder wrote "(D nr 099 – 376/06)".
LABEL_WORDS = r"dnr|d\.? ?nr|diarienr|diarienummer|ärendenr|ärendenummer"
# "Dnr KS 2020/434" and "Diarienummer: KS 2020/434" are pasted from documents; without this the
# label would be read as the prefix "DNR". "Beteckning" only as the text's own label: inside a
# title it is a word like any other.
LABEL = re.compile(rf"^(?:{LABEL_WORDS}|beteckning)(?:\b\.?:? ?|(?=\d))", re.IGNORECASE)
# A diarieplan code or document number after the löpnummer: "-00", "-3", "-1.2.3".
_PART = r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*"
# "KS 2020/434", "2020/434", "KS 2019/507-00", "2014/0640 KS.023", "KS 353/2008", "KS 2014/",
# "KS/2014/0073", "MSN: 5/2014" (a miljö- och samhällsnämnd's tjänstemannaförslag), a
# document number after a space ("KS 2020/434 00", Ludvika), and the diarium's unit after the
# löpnummer ("2015/100 AKK"), in capitals so that a word is not one; a departement's
# "M2008/2398/A" (the unit after a second slash), as a remiss from Regeringskansliet names it.
_SLASHED = re.compile(
    rf"(?:(?P<prefix>{_PREFIX})(?:: ?|[ /-])?)?(?P<left>[0-9]+)? ?/ ?(?P<right>[0-9]+)?"
    rf"(?: ?[-:] ?(?P<part>{_PART})| (?P<doc>[0-9]{{1,4}})|/(?P<unit>(?-i:[A-ZÅÄÖ]{{1,4}})))?"
    rf"(?: (?P<tail>{_PREFIX}\.[0-9A-Za-z.]+|(?-i:[A-ZÅÄÖ]{{2,8}})))?"
)
# Tyresö: year / diarium löpnummer diarieplan code, "2018/KS 0290 10", "2018/SBF 0051", and
# before 2007 the year in two digits, "06/KS 006 012"; Olofström's taxa the code after a
# dash, "11/KS 159-206".
_YEAR_FIRST = re.compile(
    rf"(?P<year>[0-9]{{4}}|[0-9]{{2}}) ?/ ?(?P<prefix>{_PREFIX}) ?(?P<number>[0-9]+)"
    r"(?:(?: | ?- ?)(?P<part>[0-9.]+))?"
)
# Stockholm: the diarieplan code before löpnummer/year, "1.6-0463/2011".
# Stockholm's nämnder write the code without points: "106-156/2013", "60902-188/2013", the
# year in two digits ("099 – 376/06"), or a dash before it: "7-742-2011", "1.5.3-219-2012".
_CODE_FIRST = re.compile(
    rf"(?:(?P<prefix>{_PREFIX}) )?(?P<part>[0-9]+(?:\.[0-9]+)+|[0-9]{{3,}}) ?- ?(?P<number>[0-9]+)"
    r" ?/ ?(?P<year>[0-9]{4}|[0-9]{2})"
    r"|(?P<part2>[0-9]+(?:\.[0-9]+)*)-(?P<number2>[0-9]+)-(?P<year2>[0-9]{4})"
)
# Stockholm's stadsdelsnämnder also write löpnummer-year-code: "257-2012-1.2.6".
_CODE_LAST = re.compile(r"(?P<number>[0-9]+)-(?P<year>[0-9]{4})-(?P<part>[0-9]+(?:\.[0-9]+)+)")
# "KSKF/2014:1", "KS 2020:434", "KS.2020.434", "KS.2020.434.00", "MBN 2019.1234".
_COLON = re.compile(
    rf"(?:(?P<prefix>{_PREFIX})[ /.-]?)?(?P<year>[0-9]{{4}}) ?: ?(?P<number>[0-9]+)"
    rf"(?: ?- ?(?P<part>{_PART}))?"
)
_DOTTED = re.compile(
    rf"(?:(?P<prefix>{_PREFIX})[ .-]?)?(?P<year>[0-9]{{4}})\.(?P<number>[0-9]+)"
    r"(?:\.(?P<part>[0-9]+))?"
)
# Several diarienummer in one cell: "KS 2020/434, KS 2020/435", "2020/434 och 2020/435".
_NEXT_DNR = re.compile(rf"(?<=[0-9]) (?={_PREFIX}[ -]?[0-9]{{4}}[/-])")
_SEVERAL = re.compile(r"\s*(?:[,;&]|\boch\b)\s*", re.IGNORECASE)
# Region Norrbotten's löpnummer zero-padded before the year: "00277-2020".
_NUMBER_YEAR = re.compile(
    rf"(?:(?P<prefix>{_PREFIX})[ -])?(?P<number>[0-9]{{3,6}})-(?P<year>[0-9]{{4}})"
)
# "KS-2023-00584", "2023-00250", "KS-2023-00584-3" (Public 360 style, number zero-padded).
_DASHED = re.compile(
    rf"(?:(?P<prefix>{_PREFIX})[ -]?)?(?P<year>[0-9]{{4}}|[0-9]{{2}}) ?- ?(?P<number>[0-9]+)"
    rf"(?: ?- ?(?P<part>[0-9]+))?"
)


@dataclass(frozen=True)
class Dnr:
    """A diarienummer as typed, with the parts ksdesk could read out of it.

    raw      exactly what was typed; this is what is stored and printed.
    prefix   the diarium or organ, upper-cased ("KS", "SBN"), or None when not written. For
             "2014/0640 KS.023" it is taken from the organ before the point ("KS").
    year     the registration year, or None when it could not be read.
    number   the löpnummer without leading zeros (640 for "0640"), or None when missing.
    suffix   whatever follows the löpnummer, as typed: a document or part number ("00" in
             "KS 2019/507-00", "3" in "KS-2023-00584-3") and/or a diarieplan code ("KS.023").
             It points into the ärende, not to another one, so it is left out of ``key``.
    warnings Swedish sentences for the secretary about anything odd; empty when all is well.
    """

    raw: str
    prefix: str | None = None
    year: int | None = None
    number: int | None = None
    suffix: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True for items that have no diarienummer at all ("Val av justerare")."""
        return not self.raw.strip()

    @property
    def is_complete(self) -> bool:
        """True when both year and löpnummer were read, so the ärende can be identified."""
        return self.year is not None and self.number is not None

    @property
    def key(self) -> str:
        """The normalised form used for comparison: "KS 2020/434", "2023/250", "KS 2014/".

        Text that could not be read compares on itself, upper-cased with whitespace collapsed.
        """
        if self.is_empty:
            return ""
        if self.year is None:
            return collapse(self.raw).upper()
        number = "" if self.number is None else str(self.number)
        return f"{self.prefix or ''} {self.year}/{number}".strip()


def read_shape(raw: str, cleaned: str) -> Dnr | None:
    # A date day first ("7/12-20", "07.12.20", "7 dec 2020") lands in a Dnr column as easily as
    # "2020-12-07": read as a diarienummer it would be ärende 12 of 2007. Year-first digits
    # are judged below, since "2020-1-07" may be ärende 1 of 2020.
    if read_written_date(cleaned, year_first=False):
        return Dnr(raw, warnings=(_date_warning(raw),))
    return (
        _read_parts(raw, _COLON.fullmatch(cleaned))  # before "/": "KSKF/2014:1"
        or _read_slashed(raw, cleaned)
        or _read_dashed(raw, cleaned)
        or _read_number_year(raw, cleaned)
        or _read_parts(raw, _YEAR_FIRST.fullmatch(cleaned))
        or _read_parts(raw, YEAR_UNIT.fullmatch(cleaned))  # "2011BN0512" (dnr_joined.py)
        or _read_parts(raw, UNIT_YEAR.fullmatch(cleaned))  # "RS130419"
        or _read_parts(raw, UNIT_DASH_YEAR.fullmatch(cleaned))  # "KFT-202500213"
        or _read_code_first(raw, cleaned)
        or _read_parts(raw, _CODE_LAST.fullmatch(cleaned))
        or _read_dotted(raw, cleaned)
    )


def _read_dotted(raw: str, cleaned: str) -> Dnr | None:
    match = _DOTTED.fullmatch(cleaned)
    two_digit = match and match["part"] and len(match["number"]) == len(match["part"]) == 2
    if two_digit and _is_date(match):  # "2020.12.07": a date, as in _read_dashed
        return Dnr(raw, warnings=(_date_warning(raw),))
    return _read_parts(raw, match)


def _read_code_first(raw: str, cleaned: str) -> Dnr | None:
    """Stockholm's "106-156/2013" and "7-742-2011": the code, then löpnummer and year."""
    match = _CODE_FIRST.fullmatch(cleaned)
    if match is None or match["year"]:
        return _read_parts(raw, match)
    return Dnr(raw, None, int(match["year2"]), int(match["number2"]), match["part2"])


def _read_parts(raw: str, match: re.Match[str] | None) -> Dnr | None:
    """A shape whose groups name the prefix, year, löpnummer and part directly."""
    if match is None:
        return None
    prefix = match.groupdict().get("prefix")
    part = match.groupdict().get("part") or None
    return Dnr(raw, prefix and prefix.upper(), full_year(match["year"]), int(match["number"]), part)


def read_several(raw: str, cleaned: str) -> Dnr | None:
    """ "KS 2020/434, KS 2020/435": every piece a diarienummer of its own; the first one is
    the one compared, and the secretary is told."""
    pieces = split_several(cleaned)
    if len(pieces) < 2:  # "KS 2020/434 KS 2020/435": two lines of a cell, joined
        pieces = _NEXT_DNR.split(cleaned)
    if len(pieces) < 2:
        return None
    read = [read_shape(raw, LABEL.sub("", piece)) for piece in pieces]
    if not all(dnr is not None and dnr.is_complete for dnr in read):
        return None
    first = read[0]
    assert first is not None
    warning = (
        f'Diarienumret "{quoted(collapse(raw))}" anger flera diarienummer; det första '
        f"({pieces[0]}) används när ärenden jämförs."
    )
    return Dnr(raw, first.prefix, first.year, first.number, first.suffix, (warning,))


def split_several(text: str) -> list[str]:
    """The pieces of a cell that names several diarienummer, split at "," ";" "&" "och"."""
    return [piece for piece in _SEVERAL.split(text) if piece]


def _read_slashed(raw: str, cleaned: str) -> Dnr | None:
    match = _SLASHED.fullmatch(cleaned)
    if match is None:
        return None
    prefix = match["prefix"].upper() if match["prefix"] else None
    left, right = match["left"], match["right"]
    warnings: list[str] = []
    if left is not None and right is not None and _is_legacy_order(left, right):
        year, number = full_year(right), int(left)  # "KS 353/2008": löpnummer first, year last
    elif left is not None and len(left) == 4:
        year, number = int(left), None if right is None else int(right)
    elif left is not None and len(left) == 2 and not (right and len(right) == 1):
        # "KS 20/434": the year in two digits, as many diarier print it.
        year, number = full_year(left), None if right is None else int(right)
    elif left is None and right is not None and len(right) == 4 and plausible_year(int(right)):
        year, number = int(right), None  # "Dnr /2008": the year of "353/2008", its number lost
    elif left is None and right is not None:
        warnings.append(f'Diarienumret "{quoted(raw)}" saknar årtal.')
        year, number = None, None
    else:
        return None  # "20/434", "KS 353/": not a shape we can read
    if year is not None and number is None:
        warnings.append(f'Diarienumret "{quoted(raw)}" saknar löpnummer.')
    tail = match["tail"]
    if tail:
        organ = tail.split(".")[0].upper()
        if prefix is None:
            prefix = organ
        elif organ != prefix:
            warnings.append(
                f'Diarienumret "{quoted(raw)}" anger två olika diarier: {prefix} och {organ}.'
            )
    code = tail if tail and "." in tail else None  # "KS.023" points into the plan; "AKK" not
    parts = (match["part"], match["doc"], match["unit"], code)
    suffix = " ".join(part for part in parts if part) or None
    return Dnr(raw, prefix, year, number, suffix, tuple(warnings))


def _is_legacy_order(left: str, right: str) -> bool:
    """True for "353/2008" and "353/08": the right side is a plausible year and the left
    side is not one (a löpnummer of three digits or more before a two-digit year)."""
    if len(right) == 2:  # "1969/12" stays year 1969 (and is warned about)
        return len(left) == 3 or (len(left) > 3 and not 1900 <= int(left) <= LAST_PLAUSIBLE_YEAR)
    return (
        len(right) == 4
        and plausible_year(int(right))
        and not (len(left) == 4 and plausible_year(int(left)))
    )


def _read_dashed(raw: str, cleaned: str) -> Dnr | None:
    match = _DASHED.fullmatch(cleaned)
    if match is None:
        return None
    number, part = match["number"], match["part"]
    if len(number) == 2 and part is not None and len(part) == 2 and _is_date(match):
        # "2020-12-07" (or "KS 2020-12-07") is a date that landed in the Dnr column, as in the
        # seed's "Förslag KS 2020- 12-07"; reading it as löpnummer 12 would hide the mistake.
        return Dnr(raw, warnings=(_date_warning(raw),))
    prefix = match["prefix"].upper() if match["prefix"] else None
    if prefix is None and len(match["year"]) == 2 and _plausible_year(part):
        return None  # Stockholm's "12-742-2011": code, löpnummer, year (_read_code_first)
    year = full_year(match["year"])
    if prefix and len(match["year"]) == len(number) == 4 and year < FIRST_PLAUSIBLE_YEAR:
        # Region Stockholm's landsting: year and month first, "LS 0806-0619" (June 2008); a
        # year too far ahead ("KS 2202-0434") is a typing error, warned about.
        yymm = match["year"]
        year = full_year(yymm[:2]) if 1 <= int(yymm[2:]) <= 12 else year
    return Dnr(raw, prefix, year, int(number), part)


def _read_number_year(raw: str, cleaned: str) -> Dnr | None:
    match = _NUMBER_YEAR.fullmatch(cleaned)
    if match is None or not _plausible_year(match["year"]) or _plausible_year(match["number"]):
        return None  # "2019-2020" is a span of years, not ärende 2019
    prefix = match["prefix"].upper() if match["prefix"] else None
    return Dnr(raw, prefix, int(match["year"]), int(match["number"]))


def _plausible_year(digits: str | None) -> bool:
    """Four digits that make a plausible year."""
    return digits is not None and len(digits) == 4 and plausible_year(int(digits))


def _date_warning(raw: str) -> str:
    return f'Diarienumret "{quoted(raw)}" ser ut som ett datum, inte som ett diarienummer.'


def _is_date(match: re.Match[str]) -> bool:
    try:
        date(full_year(match["year"]), int(match["number"]), int(match["part"]))
    except ValueError:
        return False
    return True


def plausible_year(year: int) -> bool:
    return FIRST_PLAUSIBLE_YEAR <= year <= LAST_PLAUSIBLE_YEAR


def collapse(text: str) -> str:
    # NBSP and other odd spaces arrive when a Dnr is copied out of a PDF or Word document.
    return re.sub(r"\s+", " ", text).strip()
