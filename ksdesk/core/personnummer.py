"""Finding Swedish personnummer and samordningsnummer in free text (masking them:
core.personnummer_masking).

People write the number in many ways, and text pulled out of a PDF adds its own: ÅÅMMDD-NNNN,
ÅÅMMDD+NNNN (aged 100 or more), ÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, with any dash, '.',
'/', a space or a line break between the date and the last four; ÅÅÅÅ-MM-DD-NNNN; a soft
hyphen or a zero-width space inside; digits raised, lowered, in circles, with a mark drawn on
each or a blank-looking character between them (core.personnummer_reading); l or I for 1 and
O for 0 (core.personnummer_ocr.typed_words); one digit per box of a paper form. A footnote
mark glued on after the last digit ("811218-98761", "811218-9876¹") is read apart.

The text is read as chains of digit groups joined by short separators. A candidate is a run
of groups whose shape is a number's: one group of 10 or 12 digits, a date group of 6 or 8 and a
group of 4, or single digits (boxes) for either part. It counts only if its date exists (for a
samordningsnummer the day is the birth day + 60) and the Luhn check digit over ÅÅMMDDNNNN
holds: not a diarienummer, phone number, amount, date or organisationsnummer (month 20 and
up), nor a candidate a mark and digits go on from ("201207 2020/434"). Boxes are tried where
they would start, and one digit on. bench/personnummer_false_alarms.py measures how rarely
generated text trips it, bench/personnummer_real_texts.py the false alarms in real protokoll.

Found with them (each module says how): reservnummer with a birth date (core.reservnummer);
looser shapes after a label that names them, with a wrong check digit too
(core.personnummer_labelled); unlabelled shapes the chains do not take, "8112 18-98 76",
"(811218)9876", "811218 | 9876" (core.personnummer_shapes); two numbers with nothing between
(core.personnummer_glued); the cells of a column headed "Personnummer", with a wrong check
digit too (core.personnummer_columns); a web address's escapes (core.personnummer_url). Text
OCR read of a picture is scanned with `ocr=True`: letters for digits, spaces inside groups, a
colon for the dash, a misread century (core.personnummer_ocr); bench/personnummer_more_forms.py
measures both, and numbers drawn in pieces in a PDF."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ksdesk.core import (
    personnummer_again,
    personnummer_columns,
    personnummer_glued,
    personnummer_labelled,
    personnummer_ocr,
    personnummer_shapes,
    personnummer_typo,
    personnummer_url,
    reservnummer,
)
from ksdesk.core.luhn import luhn_ok  # noqa: F401  (read from here by the tests and benches)
from ksdesk.core.personnummer_chain import GLUED_LENGTHS, check, next_start, shape_at
from ksdesk.core.personnummer_marks import (  # noqa: F401  (may_hold_number: read from here)
    ANY_DIGIT,
    DASHES,
    ascii_digits,
    may_hold_number,
)
from ksdesk.core.personnummer_reading import (  # noqa: F401  (INVISIBLE is read from here by the tests)
    INVISIBLE,
    MARKS,
    Group,
    chains,
    drawn_on_digits,
    glued_forms,
    visible,
)
from ksdesk.core.reading_memo import ReadingMemo
from ksdesk.core.spans import Spans

_OCR_MARKS = DASHES + "+" + personnummer_ocr.MARKS  # between the date and the last four
# What goes on right after a number's last group when it is no personnummer, where the groups
# read as well as a date and something else (see _date_like): a mark with no space and
# fewer than six digits, as the diarienummer in "201207 2020/434", the date in
# "201207 2020-12-08" or the SFS number in "201207 2017:725". Nobody writes a personnummer
# so; six digits or more may be a second number ("800101-1234/790202-2345").
_GLUED_ON = re.compile(f"[{re.escape(MARKS)}:,]\\d{{1,5}}(?!\\d)")
# A footnote mark typed or copied glued to a number ("811218-98761", "81121898761",
# "811218-9876¹" as the scanner reads it): one digit more than the number has, after its ten
# or twelve digits in one run, or after the last four when a dash or plus parts them from the
# date. The number is read without it (the hit ends before it, so that masking leaves the
# mark); a false alarm costs the secretary a look, a number published a breach of GDPR.
# bench/personnummer_false_alarms.py and bench/personnummer_real_texts.py measure the cost.


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


def find_personnummer(
    text: str, today: date | None = None, *, ocr: bool = False, printed: bool = False
) -> list[PersonnummerHit]:
    """Every valid personnummer or samordningsnummer in `text`, in order, and every
    reservnummer that carries a birth date (core.reservnummer). `ocr`: the text is what OCR
    read of a picture, and its faults are read through (core.personnummer_ocr). `printed`:
    the text is printed as a paragraph, a run of whitespace as one space
    (core.personnummer_reading)."""
    if not text or (not ocr and not ANY_DIGIT.search(text)):
        return []  # every reader reads digits (only OCR reads letters as digits)
    return list(_found(text, today or date.today(), ocr, printed))


def _read_frozen(text: str, today: date, ocr: bool, printed: bool) -> tuple[PersonnummerHit, ...]:
    return tuple(_read(text, today, ocr, printed))


# The review reads a text for numbers several times over (numbers, contact data, the name
# beside a number) and the meeting again after each decision: the last readings are kept,
# 4 million characters of text in all (core.reading_memo). A hit is frozen; the list is the
# caller's.
_found = ReadingMemo(_read_frozen, lambda text, *_rest: len(text), budget=4_000_000)


def _read(text: str, today: date, ocr: bool, printed: bool) -> list[PersonnummerHit]:
    if ocr:
        return _hits(text, personnummer_ocr.repair(text), today, True, printed)
    hits = _hits(text, text, today, False, printed)
    # Letters typed for digits ("l0l0l0-l0l0") and a web address's escapes ("%2D"): the
    # places around them read again with what they stand for put in.
    for put_in in (personnummer_ocr.typed_words(text), personnummer_url.escapes(text)):
        if put_in:
            places = [(first, last) for first, last, _read in put_in]
            reading = _read_with(text, put_in, today, printed)
            hits = personnummer_again.read_again(text, hits, places, reading)
    if marked := drawn_on_digits(text):

        def unmarked(start: int, end: int) -> list[PersonnummerHit]:
            piece = text[start:end]
            return _hits(piece, piece, today, False, printed, marks=True)

        hits = personnummer_again.read_again(text, hits, marked, unmarked)
    if glued := glued_forms(text):

        def as_digits(start: int, end: int) -> list[PersonnummerHit]:
            piece = text[start:end]
            return _hits(piece, piece, today, False, printed, glued=True)

        hits = personnummer_again.read_again(text, hits, glued, as_digits)
    if joined := personnummer_glued.places(text):  # "811218-9876811218-9876": read apart
        alone = personnummer_glued.reading(text, lambda at: _hits(at, at, today, False, printed))
        hits = personnummer_again.read_again(text, hits, joined, alone)
    return hits


def _read_with(
    text: str, put_in: list[tuple[int, int, str]], today: date, printed: bool
) -> Callable[[int, int], list[PersonnummerHit]]:
    """A reader of a piece of `text` with each (first, last, as read) of `put_in` inside it
    read as what it stands for (as long as what it replaces: the places hold)."""

    def read(start: int, end: int) -> list[PersonnummerHit]:
        piece = text[start:end]
        for first, last, shown in reversed(put_in):
            if start <= first and last <= end:
                piece = piece[: first - start] + shown + piece[last - start :]
        return _hits(text[start:end], piece, today, False, printed)

    return read


def _hits(
    text: str,
    read: str,
    today: date,
    ocr: bool,
    printed: bool,
    marks: bool = False,
    glued: bool = False,
) -> list[PersonnummerHit]:
    """The numbers of `text` as find_personnummer finds them, read from `read` (the text or
    a repair of it: as long, each character where it was); `marks`: the marks drawn on
    digits left out (core.personnummer_reading.visible)."""
    seen, where = visible(read, printed, marks, glued)
    found = _numbers(seen, today, ocr)
    taken = Spans((start, end) for start, end, *_ in found)
    for start, end, normalized in reservnummer.find(seen, today):
        if not taken.overlaps(start, end):
            found.append((start, end, normalized, False))
    for ways in personnummer_labelled.candidates(seen):
        if any(taken.overlaps(start, end) for start, end, *_ in ways[:1]):
            continue
        # After the label a date and four digits are a number even with a wrong check digit
        # (a typo in one of the last four): the rest still names the person.
        for luhn in (True, False):
            way = next((w for w in ways if check(w[2], w[3], today, luhn=luhn)), None)
            if way is not None:
                found.append((way[0], way[1], *check(way[2], way[3], today, luhn=luhn)))
                break
    found_so_far = Spans((start, end) for start, end, *_ in found)
    found += personnummer_columns.numbers(seen, today, found_so_far)  # as after a label
    for start, end, digits in personnummer_shapes.candidates(seen, today):
        if found_so_far.overlaps(start, end):
            continue
        if (checked := check(digits, False, today)) is not None:
            found.append((start, end, *checked))
            found_so_far.add(start, end)
    for start, end, digits, plus in personnummer_typo.dashed_numbers(seen, today):
        # ÅÅMMDD-NNNN with a typo in the last four (core.personnummer_typo): still a number.
        if found_so_far.overlaps(start, end):
            continue
        if (checked := check(digits, plus, today, luhn=False)) is not None:
            found.append((start, end, *checked))
            found_so_far.add(start, end)
    hits = []
    for first, last, normalized, samordning in sorted(found):
        start, end = where(first), where(last - 1) + 1
        hits.append(PersonnummerHit(start, end, text[start:end], normalized, samordning))
    return hits


def _numbers(seen: str, today: date, ocr: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, normalized, samordning) in `seen` of each number, chain by chain."""
    found = []
    for chain in chains(seen, MARKS + personnummer_ocr.MARKS if ocr else MARKS):
        taken: set[int] = set()
        index = 0
        while index < len(chain):
            shape = shape_at(chain, index)
            hit = _number(seen, chain, index, *shape, today, ocr) if shape else None
            if hit is None:
                index = next_start(chain, index, shape)
                continue
            normalized, samordning, glued = hit
            found.append((chain[index][0], chain[shape[0]][1] - glued, normalized, samordning))
            taken.update(range(index, shape[0] + 1))
            index = shape[0] + 1
        if ocr:
            found += _split_by_ocr(seen, chain, taken, today)
    return found


def _split_by_ocr(seen: str, chain: list[Group], taken: set[int], today: date):
    """The numbers whose groups OCR split (a space inside a group), where no other was."""
    found = []
    index = 0
    while index < len(chain):
        split = None if index in taken else personnummer_ocr.loose(chain, index, _OCR_MARKS)
        if split is not None and not taken.intersection(range(index, split[0] + 1)):
            last, digits, plus, dashed_at = split
            labelled = not dashed_at and personnummer_labelled.other_number(
                seen, chain[index][0], digits
            )
            hit = None if labelled else check(digits, plus, today, dashed_at == 8)
            if hit is not None:
                found.append((chain[index][0], chain[last][1], *hit))
                index = last + 1
                continue
        index += 1
    return found


def _number(
    seen: str, chain: list[Group], first: int, last: int, date_end: int, today: date, ocr: bool
):
    """(normalized, samordning, digits glued on after it) of the groups first..last, or None
    when they are no number."""
    if _date_like(chain, first, date_end, last) and _GLUED_ON.match(seen, chain[last][1]):
        return None
    gap = chain[date_end + 1][3] if date_end < last else ""
    digits = ascii_digits("".join(g[2] for g in chain[first : last + 1]))
    glued = GLUED_LENGTHS.get(len(digits), 0)
    if glued and seen[chain[first][0] - 1 : chain[first][0]] == "+":
        return None  # "+46101234567": a phone number with its country code
    digits = digits[: len(digits) - glued]
    unmarked = not any(mark in MARKS for g in chain[first + 1 : last + 1] for mark in g[3])
    if unmarked and personnummer_labelled.other_number(seen, chain[first][0], digits):
        return None
    # OCR misreads the century of ÅÅÅÅMMDD-NNNN; twelve digits in a row are no such shape.
    century_misread = ocr and first == date_end and len(digits) == 12 and gap.strip() != ""
    checked = check(digits, "+" in gap, today, century_misread)
    return None if checked is None else (*checked, glued)


def _date_like(chain: list[Group], first: int, date_end: int, last: int) -> bool:
    """Whether the groups read as well as a date and something else: the last four apart from
    the date by a space only ("201207 2020"), or the date itself written in parts
    ("2004-01-07–2004-01-21"). Those are the shapes in which a date before a diarienummer or a
    span of dates looks like a number. Written as a personnummer is, the date in one group and
    a dash before the last four ("811218-9876,42", "811218-9876/2"), it is one."""
    if date_end >= last or len(chain[last][2]) < 2:
        return False
    return first < date_end or not any(mark in MARKS for mark in chain[date_end + 1][3])
