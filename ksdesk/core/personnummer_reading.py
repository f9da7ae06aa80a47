"""How the personnummer scanner (core.personnummer) reads a text: without the characters that
take no room, and as chains of digit groups joined by short separators.

A text that is printed as a paragraph (a field of the meeting, its organ or its protokoll)
is read `printed`: a run of whitespace of any length is read as one blank, since on the page
it only stands between two words (the paper edition prints it as one space, the web
edition as a wider gap) and a reader takes "811218" and "9876" twenty spaces apart for one
number. Text read off a PDF page is not: there a wide gap separates the columns of a
table."""

from __future__ import annotations

import re

from ksdesk.core.glyphs import LEFT_OUT
from ksdesk.core.personnummer_marks import (
    COMPATIBILITY_DIGITS,
    DASHES,
    DIGIT_FORMS,
    SYMBOL_SPACE,
)


def _code_points(*spans: tuple[int, int]) -> str:
    return "".join(chr(c) for first, last in spans for c in range(first, last + 1))


# Characters that take no room: a soft hyphen, zero-width spaces and joiners, direction marks
# and embeddings, a word joiner and the invisible operators, a byte order mark, and the control
# characters other than line breaks and tabs. Read as if they were not there (also inside a
# group): the PDFs draw none of them (core.glyphs leaves out LEFT_OUT, the controls), so a
# number they split is printed whole. The vertical tab, form feed and NEL of LEFT_OUT break
# a line where they stand: they are read as the space between two groups.
_LINE_SPACES = "\x0b\x0c\x85"
INVISIBLE = "".join(c for c in LEFT_OUT if c not in _LINE_SPACES) + _code_points(
    (0xAD, 0xAD), (0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F),
)  # fmt: skip
# Characters drawn on the character before them, or drawn as nothing: combining marks (an
# underline, U+0332, under each digit; the keycap of "8️⃣"; the combining grapheme
# joiner), variation selectors and tag characters. The digit shows through them, so they are
# read as not there. Apart from INVISIBLE, which core.secret_mentions also reads through.
# Given to the regular expressions as ranges: a class of each character one by one is read
# character by character, several times slower on every text scanned (and the tags and the
# variation selectors of plane 14 as one range: half the cost of two).
ON_THE_DIGIT = "".join(
    f"{chr(first)}-{chr(last)}"
    for first, last in ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                        (0xFE00, 0xFE0F), (0xFE20, 0xFE2F), (0xE0000, 0xE01EF))
)  # fmt: skip
# Digits written raised, lowered or in a circle ("⁸¹¹²¹⁸-⁹⁸⁷⁶" is read by anyone as the number;
# Python's \d takes none of them: core.personnummer_marks.COMPATIBILITY_DIGITS), and the
# characters that show as a blank but are no whitespace to Python (the braille blank, the
# hangul fillers): read as 0–9 and as a space, one character for one, so the positions of the
# text hold. Such digits glued to 0–9 are first read as no digits: a raised one before or after
# a number is a footnote's mark ("²811218-9876", "811218-9876¹"). Where the first reading finds
# nothing there, they are read as digits too (`glued`, core.personnummer_again): a number
# typed with some of them ("81121⁸-9876"), and a mark after it then makes the number one digit
# too long, which core.personnummer reads apart, as it reads "811218-98761" typed so.
# The plus of a hundred-year-old's number in the forms of a fullwidth (East Asian) input
# method and Unicode's small and heavy plus: "８１１２１８＋９８７６" is read as the number as
# the fullwidth hyphen's form is (core.personnummer_marks.DASHES), one character for one.
_BLANKS = "\u2800\u115f\u1160\u3164\uffa0"
_PLUSES = "\uff0b\ufe62\u2795"
_READ_AS = {
    **COMPATIBILITY_DIGITS,
    **{ord(blank): " " for blank in _BLANKS},
    **{ord(plus): "+" for plus in _PLUSES},
}
_READ_AS_RE = re.compile(f"[{DIGIT_FORMS}{_BLANKS}{_PLUSES}]")
_FORMS_APART = re.compile(f"(?<!\\d)[{DIGIT_FORMS}]+(?!\\d)|[{_BLANKS}{_PLUSES}]")
_FORMS_GLUED = re.compile(f"(?<=\\d)[{DIGIT_FORMS}]+|[{DIGIT_FORMS}]+(?=\\d)")
# Between two groups: whitespace of any kind (line breaks, no-break and thin spaces) and at
# most two of these marks, in a run of at most sixteen characters.
MARKS = DASHES + "+./"
_MAX_GAP = 16
_MAX_MARKS = 2

_GROUP = re.compile(r"\d+")
# Anything visible() changes, in one search: most texts hold none of it.
_UNUSUAL_RE = re.compile(f"[{INVISIBLE}{DIGIT_FORMS}{_BLANKS}{_PLUSES}]")
_UNUSUAL_OR_MARK = re.compile(f"[{INVISIBLE}{ON_THE_DIGIT}{DIGIT_FORMS}{_BLANKS}{_PLUSES}]")
_MARKED = re.compile(f"[{ON_THE_DIGIT}]+")
_SHOWN = re.compile(f"[^{INVISIBLE}]+")
_SHOWN_UNMARKED = re.compile(f"[^{INVISIBLE}{ON_THE_DIGIT}]+")
_RUN = re.compile(f"[\\s{SYMBOL_SPACE}]{{2,}}")  # two blanks or more: read as one when printed
# A checksum printed in hex (a protokoll's fingerprint, a file's sha256): exactly 32, 40 or
# 64 hex characters with letters among them. Digits inside one are not a number.
_HASH = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])"
    r"(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9A-Za-z])"
)

Group = tuple[int, int, str, str]  # start, end (in the visible text), digits, gap before it


def drawn_on_digits(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of marks drawn on the character before it (ON_THE_DIGIT):
    where find_personnummer reads the text a second time, the marks left out."""
    if text.isascii() or not _MARKED.search(text):
        return []
    return [found.span() for found in _MARKED.finditer(text)]


def glued_forms(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of digits in other forms glued to 0–9: where find_personnummer
    reads the text a second time with them read as digits."""
    if text.isascii():
        return []
    return [found.span() for found in _FORMS_GLUED.finditer(text)]


def visible(text: str, printed: bool = False, marks: bool = False, glued: bool = False):
    """The text without invisible characters, and a map from its positions to `text`'s.
    `printed`: a run of whitespace is read as its first character, as a paragraph prints it.
    Digits written in other forms are read as 0–9, blank-looking characters as a space.
    `marks`: the marks drawn on a character (ON_THE_DIGIT) are left out too; read so only in
    a second reading, where the first found nothing (core.personnummer_again); `glued`: so
    are the digits in other forms glued to 0–9."""
    unusual = _UNUSUAL_OR_MARK if marks else _UNUSUAL_RE
    if not unusual.search(text) and not (printed and _RUN.search(text)):
        return text, lambda i: i
    if not text.isascii() and _READ_AS_RE.search(text):
        if glued:
            text = text.translate(_READ_AS)  # one for one: positions stay
        else:
            text = _FORMS_APART.sub(lambda found: found.group().translate(_READ_AS), text)
    # Cut by regular expressions, not char by char (the scan reads every field so): the runs
    # of visible characters, then in what they make each run of blanks cut to its first
    # (_RUN's \s is str.isspace, as _blank reads a blank).
    runs = [match.span() for match in (_SHOWN_UNMARKED if marks else _SHOWN).finditer(text)]
    shown = "".join(text[start:end] for start, end in runs)
    kept: list[int] = []
    for start, end in runs:
        kept.extend(range(start, end))
    if printed:
        pieces = [(0, 0)]
        for match in _RUN.finditer(shown):
            pieces[-1] = (pieces[-1][0], match.start() + 1)
            pieces.append((match.end(), 0))
        pieces[-1] = (pieces[-1][0], len(shown))
        positions, kept = kept, []
        for start, end in pieces:
            kept.extend(positions[start:end])
        shown = "".join(shown[start:end] for start, end in pieces)
    return shown, kept.__getitem__


def _blank(char: str) -> bool:
    return char.isspace() or char == SYMBOL_SPACE


def joins(gap: str, joining: str = MARKS) -> bool:
    """Whether the characters between two digit groups may lie inside one number."""
    if len(gap) > _MAX_GAP:
        return False
    marks = 0
    for char in gap:
        if char in joining:
            marks += 1
        elif not char.isspace() and char != SYMBOL_SPACE:
            return False
    return marks <= _MAX_MARKS


def chains(text: str, joining: str = MARKS) -> list[list[Group]]:
    """The digit groups of `text`, in runs that `joins` lets stand together."""
    found: list[list[Group]] = []
    previous_end = -1
    hashes = [m.span() for m in _HASH.finditer(text)] if len(text) >= 32 else []
    for match in _GROUP.finditer(text):
        if hashes and any(a <= match.start() and match.end() <= b for a, b in hashes):
            previous_end = -1
            found.append([])
            continue
        gap = text[previous_end : match.start()] if previous_end >= 0 else ""
        group = (match.start(), match.end(), match.group(), gap)
        if found and found[-1] and joins(gap, joining):
            found[-1].append(group)
        else:
            found.append([group])
        previous_end = match.end()
    return found
