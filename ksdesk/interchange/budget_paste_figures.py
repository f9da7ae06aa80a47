"""The figures at the end of a line of a table copied out of a PDF.

A PDF viewer gives a table's row as one line of words: "Gymnasieskola 16-19 år 4 120,3
(5 300,1) −1 179,8". A space there is both the gap between two columns and the thousands
separator inside a figure, so "97 668 107 793" is two figures, or one, or four. This module
splits the figures at the end of a line into the table's columns:

- a figure is what budget_paste_tokens.py says one is ("– 8,2", "(558,2)", "1 234"), a dash
  alone is nil;
- a gap of two spaces or more (pdftotext -layout, Preview) is always a gap between columns;
- of the ways of splitting the line into at most as many figures as the table has columns,
  the one chosen has neighbours of like size on the row (a year's figure is seldom ten times
  the next year's), figures of their columns' size, the decimals the table uses, as many
  figures as the table's other rows, and no figure left in the label;
- a row with fewer figures than columns fills them from the left, after the Not column (the
  years a plan has not reached stand empty at the right); a laid-out paste places them under
  the columns they stand under (budget_paste_layout.py); a Not column between the amounts
  (each part of a balansräkning its own) may stand empty;
- words with digits in them ("16-19 år", "1–5 år") and a footnote after a label
  ("Kostnader 1)") stay in the label.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from ksdesk.core.budget import is_nil  # "-", "–", "—" alone: nil, as every importer reads it
from ksdesk.interchange.budget_paste_tokens import (
    LONGEST,
    MINUS_ZERO,
    Token,
    digits,
    fewest_figures,
    has_decimals,
    is_figure,
    is_note,
)

_ZERO = re.compile(r"^0(?:,0+)?$")
LABEL_PENALTY = 6.0  # a figure left in the label costs this much
EMPTY_PENALTY = 0.5  # an amount column left empty on a row with figures
JUMP_WEIGHT = 2.0  # a power of ten between neighbours on a row
SIZE_WEIGHT = 0.5  # a digit more or fewer than the column's usual
COUNT_WEIGHT = 1.0  # a figure more or fewer than most rows have
CLOSE_NIL_PENALTY = 0.75  # "- 4 830" read as a nil cell and 4 830, not as −4 830
# The same in a table whose other rows show their minus set apart ("– 1 329,0" five times on
# a row of five amounts, where the dashes cannot all be cells): the table's own way of
# writing a negative, so "Balanskravsjusteringar – 1,6 – 9,2 0,0" is −1,6 and −9,2 (Sjöbo).
SPACED_SIGN_NIL_PENALTY = 3.0
MINUS_ZERO_PENALTY = 1.0  # "- 0" read as −0, a figure no table prints
# A note in a later Not column of a row whose first Not column has none: Kramfors' KONCERNEN
# notes stand only beside KOMMUNEN's, so "Summa tillgångar 938,0 919,3 1 886,5 1 828,6" has
# no note 1 and an amount 886,5.
LONE_NOTE_PENALTY = 2.0
UNKNOWN = -1.0  # no size known yet for a column


@dataclass(frozen=True)
class Table:
    """What the split of every row is measured against."""

    columns: int  # figure columns
    sizes: tuple[float, ...]  # usual digits of each column (UNKNOWN when not known)
    decimals: bool  # the table writes its amounts with decimals
    notes: int = -1  # the index of a Not column (small whole numbers), or -1
    usual: int = 0  # how many figures most rows have (0: not known yet)
    # Further Not columns: Kramfors' KONCERNEN has its own, between KOMMUNEN's years and its.
    more_notes: tuple[int, ...] = ()
    spaced_signs: bool = False  # rows that show a minus set apart from its figure

    def is_notes(self, column: int) -> bool:
        return column == self.notes or column in self.more_notes

    def notes_from(self, column: int) -> int:
        """How many Not columns stand at `column` or to its right."""
        return sum(1 for c in (self.notes, *self.more_notes) if c >= max(column, 0))


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
    A table with a Not column before each part reads so too: Kramfors' "Skatter och
    minoritetsandelar 7 – 8,8 22,3" is note 7 and −8,8 and 22,3 (the sums later move them
    under KONCERNEN, budget_paste_placing.py), not an amount 7.
    None when it does not (or the table has no Not column first)."""
    if table.notes != 0 or found >= table.columns - 1:
        return None
    at = next((i for i in range(left, len(texts)) if is_note(texts[i])), None)
    if at is None or at + 1 >= len(texts) or (table.decimals and has_decimals(texts[at])):
        return None
    amounts = Table(
        table.columns - 1,
        table.sizes[1:],
        table.decimals,
        -1,
        table.usual,
        tuple(c - 1 for c in table.more_notes),
        spaced_signs=table.spaced_signs,
    )
    rest_cost, rest_left, items = _best(texts[at + 1 :], hard[at + 1 :], amounts)
    if rest_left or at != left or rest_cost >= cost:
        return None
    figures = [texts[at], *([""] * (amounts.columns - len(items))), *items]
    return left, _left_aligned(figures, table)


def _left_aligned(figures: list[str], table: Table) -> list[str]:
    """Amounts of a row that fills fewer columns than the table has, from the first amount
    column on (the years a plan has not reached stand empty at the right)."""
    first = table.notes + 1 if table.notes == 0 else 0
    amounts = [f for c, f in enumerate(figures) if c >= first and not table.is_notes(c)]
    if all(amounts) or not any(amounts):
        return figures
    filled = [f for f in amounts if f]
    result = list(figures)
    slots = [c for c in range(len(figures)) if c >= first and not table.is_notes(c)]
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
    def best(
        i: int, taken: int, right: str, lone: bool = False
    ) -> tuple[float, int, tuple[str, ...]]:
        """The cheapest way to read texts[:i] when `taken` figures stand to its right, the
        nearest of them `right` (`lone`: one of them a note in a later Not column)."""
        # The rest is the label's; an amount column left empty in a row with figures costs.
        untaken = table.columns - taken
        empty = untaken - (table.notes_from(0) - table.notes_from(untaken))
        rest = LABEL_PENALTY * i + (EMPTY_PENALTY * empty if taken else 0)
        if lone and untaken > table.notes:  # the first Not column left empty
            rest += LONE_NOTE_PENALTY
        if taken and table.usual:  # as many amounts as the table's other rows have
            noted = table.notes_from(untaken)
            rest += COUNT_WEIGHT * abs(taken - noted - table.usual)
        options = [(rest, i, ())]
        if taken < table.columns:
            column = table.columns - 1 - taken
            if column in table.more_notes:  # a Not column may stand empty between amounts
                before = best(i, taken + 1, right, lone)
                options.append((before[0], before[1], (*before[2], "")))
            for start in range(max(0, i - LONGEST), i):
                if any(hard[start + 1 : i]):
                    continue  # a wide gap inside: two columns
                text = " ".join(texts[start:i])
                if not _may_stand(text, column, table):
                    continue
                cost = _cost(text, column, table)
                if cost is None:
                    continue
                cost += _sign_cost(text, texts[i : i + 1], hard[i : i + 1], table)
                amount = not table.is_notes(column) and not is_nil(text) and "%" not in text
                amount = amount and not _ZERO.match(text)  # a 0 has no size to compare
                cost += _jump(text, right) if amount else 0.0
                noted = column in table.more_notes and not is_nil(text)
                before = best(start, taken + 1, text if amount else right, lone or noted)
                options.append((before[0] + cost, before[1], (*before[2], text)))
        return min(options, key=lambda o: (o[0], -len(o[2])))

    return best(len(texts), 0, "")


def _may_stand(text: str, column: int, table: Table) -> bool:
    """Whether `text` may be one cell of `column`. A dash close before a figure ("– 8,2") is
    its sign more likely than a nil cell of its own (`_sign_cost`), but may be one:
    "Oförutsett - 4 830 4 971 5 124 5 250" fills five columns with the dash as nil."""
    if table.is_notes(column):
        return is_note(text)  # never a dash or an amount in the Not column
    return is_figure(text)


def _sign_cost(text: str, after: tuple[str, ...], gap: tuple[bool, ...], table: Table) -> float:
    """What reading a dash close before a figure as a nil cell costs."""
    if not (is_nil(text) and after and not gap[0] and not is_nil(after[0])):
        return 0.0
    return SPACED_SIGN_NIL_PENALTY if table.spaced_signs else CLOSE_NIL_PENALTY


def signs_set_apart(runs: list[list[Token]], columns: int) -> bool:
    """Whether the table writes a minus set apart from its figure ("– 1 329,0"): a row has
    more dashes close before figures than its columns leave room for as nil cells."""
    for run in runs:
        texts = [t.text for t in run]
        close = sum(
            1
            for i in range(len(run) - 1)
            if is_nil(texts[i]) and not run[i + 1].hard and re.match(r"\(?\d", texts[i + 1])
        )
        if close and fewest_figures(run) + close > columns:
            return True
    return False


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


def _cost(text: str, column: int, table: Table) -> float | None:
    """How unlike its column a figure is (None: it cannot stand there)."""
    if is_nil(text):
        return 0.5
    if table.is_notes(column):
        if not is_note(text):
            return None
        # "24,3" in a table of decimals is an amount more likely than notes 24 and 3.
        return 2.0 if table.decimals and has_decimals(text) else 0.0
    cost = 0.0
    if table.decimals and not has_decimals(text) and not text.endswith("%"):
        cost += 2.5
    if MINUS_ZERO.match(text):
        cost += MINUS_ZERO_PENALTY  # "- 0" is a nil cell and a 0 more likely than −0
    size = table.sizes[column] if column < len(table.sizes) else UNKNOWN
    if size != UNKNOWN and not _ZERO.match(text):  # 0 is any column's ("0 – 12 351 0 …")
        cost += abs(digits(text) - size) * SIZE_WEIGHT
    return cost
