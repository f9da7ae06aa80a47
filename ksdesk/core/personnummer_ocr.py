"""What OCR does to a personnummer, undone where the result can only be one.

Tesseract (and a scanner's own OCR layer) reads a printed number with faults no person types:
a space inside a group where the glyphs stand a little apart ("2026071 2-2542", "195 10322-
8457", "6306 140432"), a letter for a digit of the same shape ("8112l8-9876": O for 0, l and I
for 1, S for 5, B for 8), a colon for the dash ("711229:3415") and a wrong century digit
("15660925-4666"). The scanner reads OCR text through these two steps (core.personnummer,
`ocr=True`) and then checks date and Luhn as always, so an amount or a word is still no number:

Typed text is read through the letters people type for a digit too, l or I for 1 and O for 0
(`typed_words`, always): a typewriter without a 1 key taught them, and OCR text copied into
a field brings them along.

- `repair`: in a word that is mostly digits ("8112l8", at most two letters and twice as many
  digits), each letter that OCR takes for a digit is read as that digit. Words ("OBS", "till",
  "ISBN") and codes with other letters are left as they are. The text keeps its length, so a
  hit is found where it was written.
- `loose`: the groups of a number with one space inside a group (with the dash in place, one
  on each side of it).
  Groups written as an amount's thousands ("1 234 567") are no number's, and neither are
  two amounts side by side ("690 276 -5 913"). Where no dash stands between the date and the
  last four, the run must stand alone on its line (not a column of a table of figures), and
  a label before it that says it is another number ("OCR-nummer", "Mobil") counts as it
  does for one run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letters (and the bar) that OCR reads for a digit of the same shape.
CONFUSED = {
    "O": "0",
    "o": "0",
    "l": "1",
    "I": "1",
    "|": "1",
    "Z": "2",
    "z": "2",
    "S": "5",
    "s": "5",
    "G": "6",
    "b": "6",
    "B": "8",
    "g": "9",
    "q": "9",
}
# Of those, the letters people type for the digit: a typewriter without a 1 key taught l (or
# I) for 1 and O for 0, and text copied from a scanned page's OCR layer into a field brings
# OCR's letters along. Typed text is read through these only ("8112l8-98O6"): S, B, g and
# the rest stand in too many codes. A digit next to one of them is where a word may mix them.
TYPED = {"O": "0", "o": "0", "l": "1", "I": "1"}
# (Two searches: one with the two orders as alternatives takes half as long again.)
_TYPED_AFTER_DIGIT = re.compile("[0-9][OolI]")
_TYPED_BEFORE_DIGIT = re.compile("[OolI][0-9]")
# A colon where the dash was, besides the marks the scanner always reads.
MARKS = ":"
_WORD = re.compile(r"[^\W_]+|\|")
_MAX_LETTERS = 2
_MAX_GROUPS = 4

Group = tuple[int, int, str, str]  # as core.personnummer: start, end, digits, gap before


def typed_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, as digits) of each mostly-digit word of typed `text` that holds letters
    typed for digits (TYPED), as `repair` reads OCR's, in order. Only the words where a digit
    and such a letter meet are looked at: a long text is not read word by word."""
    words = []
    read_to = 0
    for first, end in _letters_beside_digits(text):
        if first < read_to:
            continue  # in the word read already
        while first > 0 and text[first - 1] in _TYPED_CHARS:
            first -= 1
        while end < len(text) and text[end] in _TYPED_CHARS:
            end += 1
        read_to = end
        if _WORD_CHAR.match(text, end) or (first and _WORD_CHAR.match(text, first - 1)):
            continue  # part of a longer word ("O365x", "Kl2"): no number
        digits = _typed_digits(text[first:end])
        if digits != text[first:end]:
            words.append((first, end, digits))
    return words


def _letters_beside_digits(text: str) -> Iterator[tuple[int, int]]:
    """Where a digit and a typed letter meet, in order."""
    at = 0
    while True:
        found = [
            m
            for m in (_TYPED_AFTER_DIGIT.search(text, at), _TYPED_BEFORE_DIGIT.search(text, at))
            if m
        ]
        if not found:
            return
        first = min(found, key=lambda m: m.start())
        yield first.span()
        at = first.start() + 1


_TYPED_CHARS = frozenset("0123456789OolI")
_WORD_CHAR = re.compile(r"[^\W_]")


def _typed_digits(token: str) -> str:
    letters = sum(not char.isdigit() for char in token)
    # Every 1 typed as l: "8ll2l8" has as many letters as digits.
    if letters > 3 or len(token) - letters < max(2, letters):
        return token
    return "".join(TYPED.get(char, char) for char in token)


def repair(text: str) -> str:
    """`text` with the letters of mostly-digit words read as the digits OCR took them for."""
    if not any(char in CONFUSED for char in text):
        return text
    pieces = []
    last = 0
    for word in _WORD.finditer(text):
        token = word.group()
        digits = sum(char.isdigit() for char in token)
        letters = len(token) - digits
        if not letters or digits < 2 or letters > _MAX_LETTERS or digits < 2 * letters:
            continue
        if any(not char.isdigit() and char not in CONFUSED for char in token):
            continue
        pieces.append(text[last : word.start()])
        pieces.append("".join(CONFUSED.get(char, char) for char in token))
        last = word.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def loose(chain: list[Group], index: int, marks: str) -> tuple[int, str, bool, int] | None:
    """(last group, digits, '+' written, digits before the dash or 0) of a number whose
    groups OCR split, starting at `index` of `chain`; None when the groups there make none.
    `marks`: the characters that may stand between the date and the last four."""
    parts: list[list[str]] = [[chain[index][2]]]  # the groups before the dash, and after it
    plus = False
    for last in range(index + 1, min(len(chain), index + _MAX_GROUPS)):
        gap, group = chain[last][3], chain[last][2]
        if gap == " ":
            parts[-1].append(group)
        elif len(parts) == 1 and _one_mark(gap, marks):
            parts.append([group])
            plus = "+" in gap
        else:
            return None
        digits = "".join(g for part in parts for g in part)
        if len(digits) > 12:
            return None
        if len(digits) in (10, 12) and _fits(chain, index, last, parts):
            dashed_at = len("".join(parts[0])) if len(parts) == 2 else 0
            return last, digits, plus, dashed_at
    return None


def _one_mark(gap: str, marks: str) -> bool:
    core = gap.strip(" ")
    return len(core) == 1 and core in marks and len(gap) <= 3


def _fits(chain: list[Group], first: int, last: int, parts: list[list[str]]) -> bool:
    """The split number's shape. With a dash: the last four after it, at most one space
    inserted on each side, and not an amount on both sides ("690 276 -5 913" is two). Without:
    one space inserted, no amount, and a run that stands alone on its line."""
    inserted = sum(len(part) - 1 for part in parts)
    if not inserted:
        return False
    if len(parts) == 2:
        date, tail = parts
        if len("".join(tail)) != 4 or len(date) > 2 or len(tail) > 2:
            return False
        if not _amount(date):
            return True
        # "20 640 502 −555 9", a budget row: an amount, a minus glued to the next amount
        # after a space, and the next figure. A number OCR split would need a space put
        # into both halves and one before its dash: that many slips are an amount's shape.
        sign = chain[first + len(date)][3]
        glued_minus = sign.startswith(" ") and not sign.endswith(" ")
        return not (_amount(tail) or (glued_minus and len(tail) == 2))
    if inserted > 1 or _amount(parts[0]):
        return False
    before_ok = first == 0 or "\n" in chain[first][3]
    after_ok = last + 1 >= len(chain) or "\n" in chain[last + 1][3]
    return before_ok and after_ok


def _amount(groups: list[str]) -> bool:
    """Groups as an amount's thousands are written: "1 234", "690 276"."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
