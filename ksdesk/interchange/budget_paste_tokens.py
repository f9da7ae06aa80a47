"""The words of a line of a table copied out of a PDF, and which of them can be figures.

A token is a word with whether a wide gap stood before it (a laid-out paste's column gap).
A figure is an optional sign ("−", "-", "–", also a sign alone before it: "– 8,2"), a first
group of one to three digits (never a leading zero but "0" itself), groups of exactly three
digits after it, and an optional decimal part, "%" or a bracket round it ("(558,2)"); a dash
alone is nil. Notes are small whole numbers ("3", "2, 3", "1A"). Which figures a line's
words are, and in which columns, is budget_paste_figures.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ksdesk.core.budget import is_nil  # "-", "–", "—" alone: nil, as every importer reads it

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# A token that can be part of a figure: digits with a decimal comma, a sign, a bracket, "%".
_FIGURE_PART = re.compile(
    rf"^\d{{1,2}}[A-Z]$|^\(?[{_DASHES}]?\d[\d,]*\)?%?[{_DASHES}]?$|^%$|^[{_DASHES}]{{1,3}}$"
)
_FIGURE = re.compile(
    rf"^(?:[{_DASHES}] ?)?\(?(?:0|[1-9]\d{{0,2}}(?: \d{{3}})*|[1-9]\d{{3,}})(?:,\d+)?\)?"
    rf"(?: ?%)?[{_DASHES}]?$"
)
# A dash before a zero, with any dash a nil cell is written with ("— 0" as "- 0").
MINUS_ZERO = re.compile(rf"^[{_DASHES}]\s*0$")
# Notes of a row in a Not column: "3", "2, 3", "4,5", "1A".
_NOTES = re.compile(r"^[1-9]\d?[A-Za-z]?\)?(?:, ?[1-9]\d?[A-Za-z]?\)?)*,?$")
FOOTNOTE = re.compile(r"^(?:\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$")
LONGEST = 9  # tokens of one figure at most ("− 1 234 567 890,5" and a bracket)


@dataclass(frozen=True)
class Token:
    text: str
    hard: bool = False  # two spaces or more before it: a column gap, never inside a figure
    end: int = 0  # where the token ends on its line (for layout text)


def tokens(line: str) -> list[Token]:
    """The words of a line, each marked with whether a wide gap stood before it."""
    found = []
    for match in re.finditer(r"\S+", line):
        before = line[: match.start()]
        hard = bool(found) and (before.endswith("  ") or before.endswith("\t"))
        found.append(Token(match.group(), hard, match.end()))
    return found


def figure_run(words: list[Token], named_notes: bool = True) -> int:
    """Where the figures at the end of a line begin: the index of the first token after the
    last word that cannot be part of a figure (a footnote after a word stays a word, and so
    does the number after "not": "Verksamhetens intäkter, not 2", unless not `named_notes`:
    a table with a Not column reads that number with the row's figures)."""
    at = len(words)
    while at > 0 and _FIGURE_PART.match(words[at - 1].text):
        if at - 2 >= 0 and FOOTNOTE.match(words[at - 1].text):
            previous = words[at - 2].text
            if not _FIGURE_PART.match(previous):
                break  # "Kostnader 1)": a footnote of the label
        at -= 1
    named = 0 < at < len(words) and words[at - 1].text.lower().rstrip(".:") in ("not", "noter")
    # Beyond a column's gap the number is a figure's ("kontroll finansieringsvsh från not
    # 49 370", Nynäshamn: the label names the note, and 49 370 is the amount).
    named = named and named_notes and is_note(words[at].text) and not words[at].hard
    return at + 1 if named else at


def is_figure(text: str) -> bool:
    return bool(is_nil(text) or _FIGURE.match(text))


def is_note(text: str) -> bool:
    return bool(_NOTES.match(text))


def has_decimals(text: str) -> bool:
    return bool(re.search(r",\d+\)?%?$", text.replace(" ", "")))


def digits(text: str) -> int:
    """How many digits the whole part of a figure has (its size)."""
    whole = re.sub(r"[^\d,]", "", text).split(",")[0]
    return len(whole.lstrip("0")) or 1


def fewest_figures(run: list[Token]) -> int:
    """The fewest figures the whole run can be read as ("67 32 35" is three at least, since
    "32" cannot be the thousands of "67"); 0 when it cannot be read as figures at all."""
    texts = [t.text for t in run]
    hard = [t.hard for t in run]

    @cache
    def fewest(i: int) -> float:
        if i == 0:
            return 0
        options = [
            fewest(start) + 1
            for start in range(max(0, i - LONGEST), i)
            if not any(hard[start + 1 : i]) and is_figure(" ".join(texts[start:i]))
        ]
        return min(options, default=float("inf"))

    found = fewest(len(texts))
    return 0 if found == float("inf") else int(found)


_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")


def is_data_row(words: list[Token]) -> bool:
    """A row of the table: a label, and figures after it that are not all years."""
    at = figure_run(words)
    run = [w.text for w in words[at:] if re.search(r"\d", w.text)]
    if len(run) == 1 and at > 0 and numbers_a_period(run[0], words[at - 1].text):
        return False  # a heading that ends in "delår 1", copied a cell a line
    return at > 0 and bool(run) and not all(_YEAR_ALONE.match(t) for t in run)


# A period in words, in lower case under its heading as a year would stand ("Budget" over
# "helår", "Utfall" over "januari–augusti"): it ends the heading as a year does. Capitalised
# ("Helår") it is a heading of its own.
_MONTH = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
    r"|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A month alone is no period here: "Prognos okt 2023" (Vårgårda) is a prognosis made in
# October for the year, and its year ends the heading.
PERIOD_WORD = rf"(?:helår|delår|{_MONTH}\s*[{_DASHES}]\s*{_MONTH})"
_COUNTED_PERIOD = re.compile(r"^(?:delår|tertial|kvartal)$", re.IGNORECASE)


def numbers_a_period(word: str, previous: str) -> bool:
    """ "1" after "delår" ("Helårsprognos delår 1"): which delår, tertial or kvartal, part of
    the heading and never a figure."""
    return previous != "" and bool(_COUNTED_PERIOD.match(previous)) and word in ("1", "2", "3", "4")


_DAY = r"(?:19|20)\d{2}-[01]\d-[0-3]\d"
_PERIOD = re.compile(rf"^{_DAY}\s*[{_DASHES}]{{1,2}}\s*{_DAY}$")


def is_period(text: str) -> bool:
    """A line that is one period and nothing else ("2018-01-01 – 2018-12-31", Nynäshamn's
    kassaflödesanalys): what the whole table covers, a caption over it, never a column's
    heading (one period over all the columns tells none of them apart)."""
    return bool(_PERIOD.match(" ".join(text.split())))


_LIST_HEADING = re.compile(r"^(?:nr|nummer|löpnr)\.?$", re.IGNORECASE)


def is_list_heading(text: str) -> bool:
    """A heading that opens with the rows' list numbers ("Nr. Kostnader", Norrköping): the
    numbers go with the names ("1. Nämnder"), so it and the word after it head the labels."""
    words = text.split()
    return bool(words) and bool(_LIST_HEADING.match(words[0]))
