"""A word too wide for its table column, broken where Swedish breaks it: "Upphandlings-
policy", not "Upphandlingspolic" over "y". ReportLab splits a word that fits no line at
whatever letter the line ends; the seed's own delegationsordning printed six words so
(its columns are the document's, and "förhandlingsutskottets" is wider than Anmärkning).

A soft hyphen is set at a syllable pyphen's Swedish dictionary gives (the LibreOffice
hyphenation patterns), and only in words wider than their column: ReportLab breaks there
with a visible hyphen, so every other word and line stays as it was. Digits are never
touched: a Dnr, an amount or a personnummer keeps its form."""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

SOFT_HYPHEN = "\u00ad"
_LETTERS = re.compile(r"[^\W\d_]{6,}")  # a run of letters; shorter ones always fit a column
_MARKUP = re.compile(r"(<[^>]*>|&[#\w]+;)")  # tags and entities: left as they are


@cache
def _swedish():  # pyphen has no type hints
    import pyphen  # on use: only a print with such a word loads the dictionary

    return pyphen.Pyphen(lang="sv")


def hyphenate_overlong(markup: str, width: float, font: str, size: float) -> str:
    """`markup` (ReportLab paragraph markup) with soft hyphens in every word wider than
    `width` points in `font` at `size`; the tags, entities and other words as they were."""
    pieces = _MARKUP.split(markup)
    for i in range(0, len(pieces), 2):  # the text between the tags
        pieces[i] = _LETTERS.sub(lambda m: _broken(m.group(), width, font, size), pieces[i])
    return "".join(pieces)


def _broken(word: str, width: float, font: str, size: float) -> str:
    """Soft hyphens where the word breaks as if it began a line of its own: the last
    syllable whose part (with its hyphen) fits the column, and so on for the rest. With
    every syllable marked, ReportLab broke "för-" after "I samråd med" and the word twice."""
    if stringWidth(word, font, size) <= width:
        return word

    def fits(part: str) -> bool:
        return stringWidth(part + "-", font, size) <= width

    cuts, start = [], 0
    syllables = _swedish().positions(word)
    while stringWidth(word[start:], font, size) > width:
        after = [p for p in syllables if p > start]
        if not after:
            break  # no syllable left to break at: ReportLab splits the rest as before
        fitting = [p for p in after if fits(word[start:p])]
        start = fitting[-1] if fitting else after[0]
        cuts.append(start)
    for cut in reversed(cuts):
        word = word[:cut] + SOFT_HYPHEN + word[cut:]
    return word
