"""The characters a personnummer is written with besides its digits, and its digits as
0–9, shared by the scanner (core.personnummer) and the readers it imports (numbers after a
label, core.personnummer_labelled; unusual unlabelled shapes, core.personnummer_shapes)."""

from __future__ import annotations

import re
import unicodedata

# Dashes people type or Word makes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
# and em dash, horizontal bar, minus sign, small and fullwidth hyphen-minus, and the minus of
# Word's Symbol font (U+F02D, printed as − by core.glyphs); and what a pasted text or another
# keyboard draws as a dash: the hyphen bullet, the two- and three-em dashes, the raised,
# lowered and modifier minus, the heavy minus sign, a box-drawing line, the Armenian and
# Hebrew hyphens, the double hyphen and the long vowel mark of a Japanese input method.
DASHES = (
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\uf02d"
    "\u2043\u2e3a\u2e3b\u207b\u208b\u02d7\u2796\u2500\u2501\u058a\u05be\u2e17\u2e40"
    "\u30fc\uff70"
)
# The space of Word's symbol fonts (printed as a space by core.glyphs).
SYMBOL_SPACE = "\uf020"


def ascii_digits(written: str) -> str:
    """The digits of `written` as 0–9, whatever script they are written in ("８０" is "80"),
    everything else left out: every reader normalizes a number alike."""
    if written.isascii():  # the common case, without a call for each character
        return _NOT_ASCII_DIGIT.sub("", written)
    return "".join(str(int(char)) for char in written if char.isdecimal())


_NOT_ASCII_DIGIT = re.compile("[^0-9]")


def _compatibility_digits() -> dict[int, str]:
    """Digits Unicode keeps for their look, not as decimal digits: superscript and subscript
    (¹²³, ₁₂₃), circled and parenthesised (①, ⓵, ❶, ➀, ⑴), with a full stop or comma (⒈,
    🄂). Fullwidth (８) and mathematical (𝟖) digits are decimal already: the scanner reads
    them as it reads 0–9."""
    ranges = ((0xB2, 0xB9), (0x2070, 0x2089), (0x2460, 0x24FF), (0x2776, 0x2793))
    ranges += ((0x1F100, 0x1F10A),)
    table = {}
    for first, last in ranges:
        for code in range(first, last + 1):
            value = unicodedata.digit(chr(code), None)
            if value is not None and not chr(code).isdecimal():
                table[code] = str(value)
    return table


# Read as the digit each shows, one character for one (positions in the text stay): a
# personnummer typed or drawn with some of them ("81121⁸-9876", "⑧①①②①⑧-⑨⑧⑦⑥") is the
# number, and a footnote mark so written after it ("811218-9876¹") is a digit glued on,
# which the scanner reads as it reads "811218-98761" (core.personnummer).
COMPATIBILITY_DIGITS = _compatibility_digits()
DIGIT_FORMS = "".join(chr(code) for code in COMPATIBILITY_DIGITS)  # as one string
ANY_DIGIT = re.compile(f"[\\d{DIGIT_FORMS}]")
# What every written number holds: five digits at least, in any form (one typed with l and O
# for its ones and zeros may hold no more, "l0l0l0-l0l0").
_ENOUGH_DIGITS = re.compile(f"(?:[\\d{DIGIT_FORMS}][^\\d{DIGIT_FORMS}]*){{5}}")


def may_hold_number(text: str) -> bool:
    """Whether `text` has digits enough for a number: a reader of many strings (a PDF's
    names, keys and metadata) asks this before it scans each. Here, not in the scanner,
    so that the log can ask it of a record without loading the whole reader."""
    return bool(_ENOUGH_DIGITS.search(text))
