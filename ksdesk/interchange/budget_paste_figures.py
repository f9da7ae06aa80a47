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
  the one chosen has neighbours of like size on the row (a year's figure is seldom ten times
  the next year's), figures of their columns' size, the decimals the table uses, as many
  figures as the table's other rows, and no figure left in the label;
- a row with fewer figures than columns fills them from the left, after the Not column (the
  years a plan has not reached stand empty at the right); a laid-out paste places them under
  the columns they stand under (budget_paste.py);
- words with digits in them ("16-19 år", "1–5 år") and a footnote after a label
  ("Kostnader 1)") stay in the label.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from ksdesk.core.budget import is_nil  # "-", "–", "—" alone: nil, as every importer reads it

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SIGN_ALONE = re.compile(rf"^[{_DASHES}]$")
# A token that can be part of a figure: digits with a decimal comma, a sign, a bracket, "%".
_FIGURE_PART = re.compile(
    rf"^\d{{1,2}}[A-Z]$|^\(?[{_DASHES}]?\d[\d,]*\)?%?[{_DASHES}]?$|^%$|^[{_DASHES}]{{1,3}}$"
)
_FIGURE = re.compile(
    rf"^(?:[{_DASHES}] ?)?\(?(?:0|[1-9]\d{{0,2}}(?: \d{{3}})*|[1-9]\d{{3,}})(?:,\d+)?\)?"
    rf"(?: ?%)?[{_DASHES}]?$"
)
# A dash before a zero, with any dash a nil cell is written with ("— 0" as "- 0").
_MINUS_ZERO = re.compile(rf"^[{_DASHES}]\s*0$")
# Notes of a row in a Not column: "3", "2, 3", "4,5", "1A".
_NOTES = re.compile(r"^\d{1,2}[A-Za-z]?\)?(?:, ?\d{1,2}[A-Za-z]?\)?)*,?$")
_FOOTNOTE = re.compile(r"^(?:\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$")
_LONGEST = 9  # tokens of one figure at most ("− 1 234 567 890,5" and a bracket)
LABEL_PENALTY = 6.0  # a figure left in the label costs this much
EMPTY_PENALTY = 0.5  # an amount column left empty on a row with figures
JUMP_WEIGHT = 2.0  # a power of ten between neighbours on a row
SIZE_WEIGHT = 0.5  # a digit more or fewer than the column's usual
COUNT_WEIGHT = 1.0  # a figure more or fewer than most rows have
CLOSE_NIL_PENALTY = 0.75  # "- 4 830" read as a nil cell and 4 830, not as −4 830
MINUS_ZERO_PENALTY = 1.0  # "- 0" read as −0, a figure no table prints
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
    last word that cannot be part of a figure (a footnote after a word stays a word, and so
    does the number after "not": "Verksamhetens intäkter, not 2")."""
    at = len(words)
    while at > 0 and _FIGURE_PART.match(words[at - 1].text):
        if at - 2 >= 0 and _FOOTNOTE.match(words[at - 1].text):
            previous = words[at - 2].text
            if not _FIGURE_PART.match(previous):
                break  # "Kostnader 1)": a footnote of the label
        at -= 1
    named = 0 < at < len(words) and words[at - 1].text.lower().rstrip(".:") in ("not", "noter")
    return at + 1 if named and is_note(words[at].text) else at


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


@dataclass(frozen=True)
class Table:
    """What the split of every row is measured against."""

    columns: int  # figure columns
    sizes: tuple[float, ...]  # usual digits of each column (UNKNOWN when not known)
    decimals: bool  # the table writes its amounts with decimals
    notes: int = -1  # the index of a Not column (small whole numbers), or -1
    usual: int = 0  # how many figures most rows have (0: not known yet)


def split(run: list[Token], table: Table) -> tuple[int, list[str]]:
    """(how many tokens of `run` go back to the label, the figure of each of the table's
    columns: "" where a column is empty)."""
    texts = tuple(t.text for t in run)
    hard = tuple(t.hard for t in run)
    if table.notes >= 0 and len(texts) <= 3 and is_note(" ".join(texts)):
        # Only a note ("Skatteintäkter 3" over its parts): the Not column's, not an amount.
        figures = [""] * table.columns
        figures[table.notes] = " ".join(texts)
        return 0, figures
    cost, left, items = _best(texts, hard, table)
    figures = [""] * (table.columns - len(items)) + list(items)
    noted = _note_then_fewer_amounts(texts, hard, table, cost, left, len(items))
    return noted if noted is not None else (left, _left_aligned(figures, table))


def _note_then_fewer_amounts(
    texts: tuple[str, ...],
    hard: tuple[bool, ...],
    table: Table,
    cost: float,
    left: int,
    found: int,
) -> tuple[int, list[str]] | None:
    """A note first and fewer amounts than the table has columns after it: "Jämförelsestörande
    kostnader 3 -147 -147 0" under Not and five amount columns (Kungsbacka). Read from the
    right, the figures fill the columns next to each other and never reach the Not column,
    so "3" would be an amount; this reading takes it as the note when that costs less.
    None when it does not (or the table has no Not column first)."""
    if table.notes != 0 or found >= table.columns - 1:
        return None
    at = next((i for i in range(left, len(texts)) if is_note(texts[i])), None)
    if at is None or at + 1 >= len(texts) or (table.decimals and has_decimals(texts[at])):
        return None
    amounts = Table(table.columns - 1, table.sizes[1:], table.decimals, -1, table.usual)
    rest_cost, rest_left, items = _best(texts[at + 1 :], hard[at + 1 :], amounts)
    if rest_left or at != left or rest_cost >= cost:
        return None
    figures = [texts[at], *([""] * (amounts.columns - len(items))), *items]
    return left, _left_aligned(figures, table)


def _left_aligned(figures: list[str], table: Table) -> list[str]:
    """Amounts of a row that fills fewer columns than the table has, from the first amount
    column on (the years a plan has not reached stand empty at the right)."""
    first = table.notes + 1 if table.notes == 0 else 0
    amounts = [f for c, f in enumerate(figures) if c >= first and c != table.notes]
    if all(amounts) or not any(amounts):
        return figures
    filled = [f for f in amounts if f]
    result = list(figures)
    slots = [c for c in range(len(figures)) if c >= first and c != table.notes]
    for c in slots:
        result[c] = ""
    for c, f in zip(slots, filled, strict=False):
        result[c] = f
    return result


def _best(texts: tuple[str, ...], hard: tuple[bool, ...], table: Table):
    """The cheapest way to split the run: each figure measured against its column, and
    against its neighbour on the row (a year's figure is seldom ten times the next year's:
    "126 642 127 072" is two figures, not 126, 642 and 127 072)."""

    @cache
    def best(i: int, taken: int, right: str) -> tuple[float, int, tuple[str, ...]]:
        """The cheapest way to read texts[:i] when `taken` figures stand to its right, the
        nearest of them `right`."""
        # The rest is the label's; an amount column left empty in a row with figures costs.
        empty = table.columns - taken - (0 <= table.notes < table.columns - taken)
        rest = LABEL_PENALTY * i + (EMPTY_PENALTY * empty if taken else 0)
        if taken and table.usual:  # as many amounts as the table's other rows have
            noted = table.notes >= 0 and taken > table.columns - 1 - table.notes
            rest += COUNT_WEIGHT * abs(taken - noted - table.usual)
        options = [(rest, i, ())]
        if taken < table.columns:
            column = table.columns - 1 - taken
            for start in range(max(0, i - _LONGEST), i):
                if any(hard[start + 1 : i]):
                    continue  # a wide gap inside: two columns
                text = " ".join(texts[start:i])
                if not _may_stand(text, column, table):
                    continue
                cost = _cost(text, column, table)
                if cost is None:
                    continue
                cost += _sign_cost(text, texts[i : i + 1], hard[i : i + 1])
                amount = column != table.notes and not is_nil(text) and "%" not in text
                cost += _jump(text, right) if amount else 0.0
                before = best(start, taken + 1, text if amount else right)
                options.append((before[0] + cost, before[1], (*before[2], text)))
        return min(options, key=lambda o: (o[0], -len(o[2])))

    return best(len(texts), 0, "")


def _may_stand(text: str, column: int, table: Table) -> bool:
    """Whether `text` may be one cell of `column`. A dash close before a figure ("– 8,2") is
    its sign more likely than a nil cell of its own (`_sign_cost`), but may be one:
    "Oförutsett - 4 830 4 971 5 124 5 250" fills five columns with the dash as nil."""
    if column == table.notes:
        return is_note(text)  # never a dash or an amount in the Not column
    return is_figure(text)


def _sign_cost(text: str, after: tuple[str, ...], gap: tuple[bool, ...]) -> float:
    """What reading a dash close before a figure as a nil cell costs."""
    return (
        CLOSE_NIL_PENALTY if is_nil(text) and after and not gap[0] and not is_nil(after[0]) else 0.0
    )


def _jump(text: str, right: str) -> float:
    """How many powers of ten lie between a figure and its neighbour on the row."""
    if not right:
        return 0.0
    return JUMP_WEIGHT * abs(_magnitude(text) - _magnitude(right))


def _magnitude(text: str) -> float:
    digits_only = re.sub(r"[^\d,]", "", text).replace(",", ".").strip(".") or "0"
    try:
        return math.log10(abs(float(digits_only)) + 1)
    except ValueError:
        return 0.0


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


def _cost(text: str, column: int, table: Table) -> float | None:
    """How unlike its column a figure is (None: it cannot stand there)."""
    if is_nil(text):
        return 0.5
    if column == table.notes:
        if not is_note(text):
            return None
        # "24,3" in a table of decimals is an amount more likely than notes 24 and 3.
        return 2.0 if table.decimals and has_decimals(text) else 0.0
    cost = 0.0
    if table.decimals and not has_decimals(text) and not text.endswith("%"):
        cost += 2.5
    if _MINUS_ZERO.match(text):
        cost += MINUS_ZERO_PENALTY  # "- 0" is a nil cell and a 0 more likely than −0
    size = table.sizes[column] if column < len(table.sizes) else UNKNOWN
    if size != UNKNOWN:
        cost += abs(digits(text) - size) * SIZE_WEIGHT
    return cost


_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")


def is_data_row(words: list[Token]) -> bool:
    """A row of the table: a label, and figures after it that are not all years."""
    at = figure_run(words)
    run = [w.text for w in words[at:] if re.search(r"\d", w.text)]
    return at > 0 and bool(run) and not all(_YEAR_ALONE.match(t) for t in run)
