"""The characters a personnummer is written with besides its digits, and its digits as
0–9, shared by the scanner (core.personnummer) and the readers it imports (numbers after a
label, core.personnummer_labelled; unusual unlabelled shapes, core.personnummer_shapes)."""

from __future__ import annotations

import re

# Dashes people type or Word makes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
# and em dash, horizontal bar, minus sign, small and fullwidth hyphen-minus, and the minus of
# Word's Symbol font (U+F02D, printed as − by core.glyphs).
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\uf02d"
# The space of Word's symbol fonts (printed as a space by core.glyphs).
SYMBOL_SPACE = "\uf020"


def ascii_digits(written: str) -> str:
    """The digits of `written` as 0–9, whatever script they are written in ("８０" is "80"),
    everything else left out: every reader normalizes a number alike."""
    if written.isascii():  # the common case, without a call for each character
        return _NOT_ASCII_DIGIT.sub("", written)
    return "".join(str(int(char)) for char in written if char.isdecimal())


_NOT_ASCII_DIGIT = re.compile("[^0-9]")
