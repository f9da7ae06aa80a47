"""Finding Swedish personnummer and samordningsnummer in free text, and masking them.

People write the number in many ways, and text pulled out of a PDF adds its own: ÅÅMMDD-NNNN,
ÅÅMMDD+NNNN (the + of someone aged 100 or more), ÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN,
with any dash (en, em, minus, fullwidth, non-breaking), '.', '/', a space, a no-break space,
a line break or a run of whitespace between the date and the last four; a soft hyphen or a
zero-width space anywhere inside; and one digit per box of a paper form ("8 1 1 2 1 8 9 8 7 6").

The text is read as chains of digit groups joined by short separators. A candidate is a run
of groups whose shape is a number's: one group of 10 or 12 digits, a date group of 6 or 8 and a
group of 4, or single digits (boxes) for either part. It counts only if its date exists (for a
samordningsnummer the day is the birth day + 60) and the Luhn check digit over ÅÅMMDDNNNN
holds, so a diarienummer (2020/437), a phone number, an amount, a date or an
organisationsnummer (month 20 and up) is not reported. bench/personnummer_false_alarms.py
measures how rarely such text trips it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


def _code_points(*spans: tuple[int, int]) -> str:
    return "".join(chr(c) for first, last in spans for c in range(first, last + 1))


# Characters that take no room: a soft hyphen, zero-width spaces and joiners, direction marks
# and embeddings, a word joiner and the invisible operators, a byte order mark, and the control
# characters other than line breaks and tabs. Read as if they were not there (also inside a
# group): the PDFs draw none of them (core.glyphs leaves the controls out), so a number they
# split is printed whole.
INVISIBLE = _code_points(
    (0x00, 0x08), (0x0E, 0x1F), (0x7F, 0x84), (0x86, 0x9F), (0xAD, 0xAD), (0x061C, 0x061C),
    (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
)  # fmt: skip
# Dashes people type or Word makes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
# and em dash, horizontal bar, minus sign, small and fullwidth hyphen-minus, and the minus of
# Word's Symbol font (U+F02D, printed as − by core.glyphs).
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\uf02d"
# The space of Word's symbol fonts (printed as a space by core.glyphs).
SYMBOL_SPACE = "\uf020"
# Between two groups: whitespace of any kind (line breaks, no-break and thin spaces) and at
# most two of these marks, in a run of at most sixteen characters.
MARKS = DASHES + "+./"
_MAX_GAP = 16
_MAX_MARKS = 2

_GROUP = re.compile(r"\d+")
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# A checksum printed in hex (a protokoll's fingerprint, a file's sha256): exactly 32, 40 or
# 64 hex characters with letters among them. Digits inside one are not a number.
_HASH = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])"
    r"(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9A-Za-z])"
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
    if not text:
        return []
    today = today or date.today()
    seen, where = _visible(text)
    hits = []
    for chain in _chains(seen):
        for first, last, plus in _candidates(chain):
            digits = "".join(str(int(c)) for g in chain[first : last + 1] for c in g[2])
            hit = _check(digits, plus, today)
            if hit is None:
                continue
            start, end = where(chain[first][0]), where(chain[last][1] - 1) + 1
            hits.append(PersonnummerHit(start, end, text[start:end], *hit))
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


def has_personnummer(text: str, keep: set[str] | frozenset[str] = frozenset()) -> bool:
    return any(hit.normalized not in keep for hit in find_personnummer(text))


# --- reading the text as chains of digit groups ---------------------------------------------

Group = tuple[int, int, str, str]  # start, end (in the visible text), digits, gap before it


def _visible(text: str):
    """The text without invisible characters, and a map from its positions to `text`'s."""
    if not _INVISIBLE_RE.search(text):
        return text, lambda i: i
    kept = [i for i, char in enumerate(text) if not _INVISIBLE_RE.match(char)]
    return "".join(text[i] for i in kept), kept.__getitem__


def _joins(gap: str) -> bool:
    """Whether the characters between two digit groups may lie inside one number."""
    if len(gap) > _MAX_GAP:
        return False
    marks = 0
    for char in gap:
        if char in MARKS:
            marks += 1
        elif not char.isspace() and char != SYMBOL_SPACE:
            return False
    return marks <= _MAX_MARKS


def _chains(text: str) -> list[list[Group]]:
    chains: list[list[Group]] = []
    previous_end = -1
    hashes = [m.span() for m in _HASH.finditer(text)] if len(text) >= 32 else []
    for match in _GROUP.finditer(text):
        if hashes and any(a <= match.start() and match.end() <= b for a, b in hashes):
            previous_end = -1
            chains.append([])
            continue
        gap = text[previous_end : match.start()] if previous_end >= 0 else ""
        group = (match.start(), match.end(), match.group(), gap)
        if chains and chains[-1] and _joins(gap):
            chains[-1].append(group)
        else:
            chains.append([group])
        previous_end = match.end()
    return chains


def _candidates(chain: list[Group]):
    """(first group, last group, written with '+') of every run shaped like a number, left to
    right, never overlapping."""
    index = 0
    while index < len(chain):
        found = _shape_at(chain, index)
        if found is None:
            index += 1
            continue
        last, date_end = found
        plus = "+" in chain[date_end + 1][3] if date_end < last else False
        yield index, last, plus
        index = last + 1


def _shape_at(chain: list[Group], index: int) -> tuple[int, int] | None:
    """(last group, last group of the date part) of a number starting at `index`, or None."""
    length = len(chain[index][2])
    if length in (10, 12):
        return index, index
    date_end = _date_part(chain, index)
    if date_end is None:
        return None
    tail = _tail(chain, date_end + 1)
    return (tail, date_end) if tail is not None else None


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
    if len(chain[index][2]) == 4:
        return index
    if _singles(chain, index, 4):
        return index + 3
    return None


def _singles(chain: list[Group], index: int, count: int) -> bool:
    run = chain[index : index + count]
    return len(run) == count and all(len(g[2]) == 1 for g in run)


# --- the number itself -----------------------------------------------------------------------


def _check(digits: str, plus: bool, today: date) -> tuple[str, bool] | None:
    century_written = digits[:2] if len(digits) == 12 else None
    if century_written is not None and century_written not in ("19", "20"):
        return None
    ten = digits[-10:]
    if not luhn_ok(ten):
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
        year -= 100  # 29 February: the other century may hold the date
        if not _valid_date(year, int(mm), day):
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
