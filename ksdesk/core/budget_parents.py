"""Rows that are the sum of the rows under them: a nämnd's row over its verksamheter
("Kommunstyrelse" = Politisk verksamhet + Ledning + …, as Västervik prints them and as Excel
holds them, =SUM(C5:C12) in row 4). Such a row is data, not a total of the rows above it; but a
"Summa" further down adds either the nämnder or every verksamhet, never both, so the rows
under a parent are left out of one way of reading that Summa.

A parent is found by its own figures: in every amount column where it has one, it equals the
sum of the (at least two) data rows straight under it within the rounding of those rows, in
most of them to one unit of its last digit (rounding alone, over many small rows, would find
parents by chance), and it has figures other than zero in two columns at least. Even so a
parent is a way of reading a Summa only where that reading adds up (budget_sum_rows).
"""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Sheet, never_summed
from ksdesk.core.budget_rounding import half_unit, tolerance, total_tolerance

_MOST_PARTS = 40  # a nämnd has at most this many verksamheter under it


def parts_under_parents(sheet: Sheet, places: list[int]) -> set[int]:
    """The rows that a parent row above them sums."""
    numeric = [c for c, column in enumerate(sheet.columns) if column.kind == "amount"]
    data = [r for r, row in enumerate(sheet.rows) if row.kind == "data" and not never_summed(row)]
    parts: set[int] = set()
    at = 0
    while at < len(data):
        found = _parts_of(sheet, data, at, numeric, places)
        if found:
            parts.update(found)
            at += len(found) + 1
        else:
            at += 1
    return parts


def _parts_of(
    sheet: Sheet, data: list[int], at: int, numeric: list[int], places: list[int]
) -> list[int]:
    parent = data[at]
    figures = {c: sheet.cell(parent, c) for c in numeric}
    figures = {c: v for c, v in figures.items() if isinstance(v, Decimal)}
    if sum(1 for v in figures.values() if v != 0) < 2:
        return []  # one figure alone is matched by chance too easily
    sums = dict.fromkeys(figures, Decimal(0))
    under: list[int] = []
    for r in data[at + 1 : at + 1 + _MOST_PARTS]:
        if r != (under[-1] if under else parent) + 1:
            break  # a heading, a total or a blank line ends the rows straight under it
        under.append(r)
        for c in figures:
            value = sheet.cell(r, c)
            sums[c] += value if isinstance(value, Decimal) else 0
        if len(under) >= 2 and _adds_up(sheet, figures, sums, under, places):
            return under
    return []


def _adds_up(
    sheet: Sheet,
    figures: dict[int, Decimal],
    sums: dict[int, Decimal],
    under: list[int],
    places: list[int],
) -> bool:
    """Every column within the rounding of the rows, and most of them to one unit of the last
    digit: rounding alone, over many small rows, would make parents of chance rows."""
    close = 0
    for c, value in figures.items():
        difference = abs(sums[c] - value)
        terms = [(value, places[c])]
        terms += [
            (v if isinstance(v, Decimal) else Decimal(0), places[c])
            for v in (sheet.cell(u, c) for u in under)
        ]
        if difference > tolerance(terms):
            return False
        close += difference <= 2 * half_unit(value, places[c])
    return close * 2 >= len(figures)


def adds_up(
    sheet: Sheet,
    places: list[int],
    terms: list[tuple[int, int, int]],
    stated: Decimal,
    computed: Decimal,
    stated_column: int,
) -> bool:
    """True when `computed`, the sum of `terms`, is the stated total within rounding: the
    only case where a Summa is read without the rows under a nämnd. The total carries the
    decimals of its own column (`stated_column`), not of a term's: a total in a column of
    whole tkr is off by up to 0,5 whatever its terms show, and one in a column with a decimal
    by 0,05; with no term at all there is no term's column to take."""
    bound = total_tolerance(sheet, places, terms, stated, stated_column)
    return abs(stated - computed) <= bound
