"""The figures at the end of a line of a table copied out of a PDF.

A PDF viewer gives a table's row as one line of words: "Gymnasieskola 16-19 år 4 120,3
(5 300,1) −1 179,8". A space there is both the gap between two columns and the thousands
separator inside a figure, so "97 668 107 793" is two figures, or one, or four. This module
splits the figures at the end of a line into the table's columns:

- a figure is an optional sign ("−", "-", "–", also a sign alone before it: "– 8,2"), a first
  group of one to three digits (never a leading zero but "0" itself), groups of exactly three
  digits after it, and an optional decimal part, "%" or a bracket round it ("(558,2)"); a
  dash alone is nil;
- a gap of two spaces or more (pdftotext -layout, Preview) is always a gap between columns;
- of the ways of splitting the line into at most as many figures as the table has columns,
  the one chosen keeps each column's figures of one size (as many digits as the column's other
  rows), writes them with the decimals the table uses, and leaves no figure in the label;
- the figures stand in the rightmost columns: a row with fewer fills the columns to the right
  (an empty Not column, say);
- words with digits in them ("16-19 år", "1–5 år") and a footnote after a label
  ("Kostnader 1)") stay in the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SIGN_ALONE = re.compile(rf"^[{_DASHES}]$")
_NIL = re.compile(rf"^[{_DASHES}]{{1,3}}$")
# A token that can be part of a figure: digits with a decimal comma, a sign, a bracket, "%".
_FIGURE_PART = re.compile(
    rf"^\d{{1,2}}[A-Z]$|^\(?[{_DASHES}]?\d[\d,]*\)?%?[{_DASHES}]?$|^%$|^[{_DASHES}]{{1,3}}$"
)
_FIGURE = re.compile(
    rf"^(?:[{_DASHES}] ?)?\(?(?:0|[1-9]\d{{0,2}}(?: \d{{3}})*|[1-9]\d{{3,}})(?:,\d+)?\)?"
    rf"(?: ?%)?[{_DASHES}]?$"
)
# Notes of a row in a Not column: "3", "2, 3", "4,5", "1A".
_NOTES = re.compile(r"^\d{1,2}[A-Za-z]?\)?(?:, ?\d{1,2}[A-Za-z]?\)?)*,?$")
_FOOTNOTE = re.compile(r"^(?:\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$")
_LONGEST = 9  # tokens of one figure at most ("− 1 234 567 890,5" and a bracket)
LABEL_PENALTY = 6.0  # a figure left in the label costs this much
EMPTY_PENALTY = 1.5  # an amount column left empty on a row with figures
UNKNOWN = -1.0  # no size known yet for a column


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


def figure_run(words: list[Token]) -> int:
    """Where the figures at the end of a line begin: the index of the first token after the
    last word that cannot be part of a figure (a footnote after a word stays a word)."""
    at = len(words)
    while at > 0 and _FIGURE_PART.match(words[at - 1].text):
        if at - 2 >= 0 and _FOOTNOTE.match(words[at - 1].text):
            previous = words[at - 2].text
            if not _FIGURE_PART.match(previous):
                break  # "Kostnader 1)": a footnote of the label
        at -= 1
    return at


def is_figure(text: str) -> bool:
    return bool(_NIL.match(text) or _FIGURE.match(text))


def is_note(text: str) -> bool:
    return bool(_NOTES.match(text))


def has_decimals(text: str) -> bool:
    return bool(re.search(r",\d+\)?%?$", text.replace(" ", "")))


def digits(text: str) -> int:
    """How many digits the whole part of a figure has (its size)."""
    whole = re.sub(r"[^\d,]", "", text).split(",")[0]
    return len(whole.lstrip("0")) or 1


@dataclass(frozen=True)
class Table:
    """What the split of every row is measured against."""

    columns: int  # figure columns
    sizes: tuple[float, ...]  # usual digits of each column (UNKNOWN when not known)
    decimals: bool  # the table writes its amounts with decimals
    notes: int = -1  # the index of a Not column (small whole numbers), or -1


def split(run: list[Token], table: Table) -> tuple[int, list[str]]:
    """(how many tokens of `run` go back to the label, the figures right-aligned to the
    table's columns: "" where a column is empty)."""
    texts = tuple(t.text for t in run)
    hard = tuple(t.hard for t in run)
    if table.notes >= 0 and len(texts) <= 3 and is_note(" ".join(texts)):
        # Only a note ("Skatteintäkter 3" over its parts): the Not column's, not an amount.
        figures = [""] * table.columns
        figures[table.notes] = " ".join(texts)
        return 0, figures
    # The figures of one row are mostly of one size, and of their columns' size: each way of
    # splitting is measured against both, for the row size that suits it best.
    _cost_of_it, left, items = min(
        (_best(texts, hard, table, size) for size in range(1, 13)),
        key=lambda o: (o[0], -len(o[2])),
    )
    figures = [""] * (table.columns - len(items)) + list(items)
    return left, figures


def _best(texts: tuple[str, ...], hard: tuple[bool, ...], table: Table, row_size: int):
    @cache
    def best(i: int, taken: int) -> tuple[float, int, tuple[str, ...]]:
        """The cheapest way to read texts[:i] when `taken` figures stand to its right."""
        # The rest is the label's; an amount column left empty in a row with figures costs.
        empty = table.columns - taken - (0 <= table.notes < table.columns - taken)
        options = [(LABEL_PENALTY * i + (EMPTY_PENALTY * empty if taken else 0), i, ())]
        if taken < table.columns:
            column = table.columns - 1 - taken
            for start in range(max(0, i - _LONGEST), i):
                if any(hard[start + 1 : i]):
                    continue  # a wide gap inside: two columns
                text = " ".join(texts[start:i])
                if not (is_figure(text) or (column == table.notes and is_note(text))):
                    continue
                cost = _cost(text, column, table, row_size)
                if cost is None:
                    continue
                before = best(start, taken + 1)
                options.append((before[0] + cost, before[1], (*before[2], text)))
        return min(options, key=lambda o: (o[0], -len(o[2])))

    return best(len(texts), 0)


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
            for start in range(max(0, i - _LONGEST), i)
            if not any(hard[start + 1 : i]) and is_figure(" ".join(texts[start:i]))
        ]
        return min(options, default=float("inf"))

    found = fewest(len(texts))
    return 0 if found == float("inf") else int(found)


def _cost(text: str, column: int, table: Table, row_size: int) -> float | None:
    """How unlike its row and its column a figure is (None: it cannot stand there)."""
    if _NIL.match(text):
        return 0.5
    if column == table.notes:
        if not is_note(text):
            return None
        # "24,3" in a table of decimals is an amount more likely than notes 24 and 3.
        return 2.0 if table.decimals and has_decimals(text) else 0.0
    cost = 0.0
    if table.decimals and not has_decimals(text) and not text.endswith("%"):
        cost += 2.5
    cost += abs(digits(text) - row_size)
    size = table.sizes[column] if column < len(table.sizes) else UNKNOWN
    if size != UNKNOWN:
        cost += abs(digits(text) - size) / 2
    return cost


_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")


def is_data_row(words: list[Token]) -> bool:
    """A row of the table: a label, and figures after it that are not all years."""
    at = figure_run(words)
    run = [w.text for w in words[at:] if re.search(r"\d", w.text)]
    return at > 0 and bool(run) and not all(_YEAR_ALONE.match(t) for t in run)
