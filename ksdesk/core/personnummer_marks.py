"""The characters a personnummer is written with besides its digits, shared by the scanner
(core.personnummer) and the reader of numbers after a label (core.personnummer_labelled),
which the scanner imports."""

from __future__ import annotations

# Dashes people type or Word makes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
# and em dash, horizontal bar, minus sign, small and fullwidth hyphen-minus, and the minus of
# Word's Symbol font (U+F02D, printed as − by core.glyphs).
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\uf02d"
# The space of Word's symbol fonts (printed as a space by core.glyphs).
SYMBOL_SPACE = "\uf020"
