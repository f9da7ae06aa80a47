"""The characters a personnummer is written with besides its digits, and its digits as
0–9, shared by the scanner (core.personnummer) and the readers it imports (numbers after a
label, core.personnummer_labelled; unusual unlabelled shapes, core.personnummer_shapes)."""

from __future__ import annotations

import re

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
