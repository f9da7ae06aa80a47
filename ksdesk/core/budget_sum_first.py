"""A total written before its parts ("TOTALT, DRIFT" over the verksamheter; Helsingborg's
"Summa skatte- och avgiftsfinansierat" over its two parts): which rows under it it sums, and
whether a total with rows above it is one all the same (core/budget_sum_rows.py reads the
rest of the sheet's sums)."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Sheet, never_summed
from ksdesk.core.budget_rounding import column_places, tolerance

UNDER = "raderna under"
SUMS_UNDER = "summorna under"


def over_its_parts(sheet: Sheet, at: int, above: list[int]) -> bool:
    """A total with data rows above it that is written first all the same: in more of its
    amount columns the rows straight under it add up to it than the rows above do
    ("Politisk verksamhet", then "Summa verksamheter" over Förskola and Skola). Read as the
    sum of the one row above, it was a false fel in every column; more, not all: a wrong
    figure under it is the fel of its own column."""
    under = rows_under(sheet, at)
    if len(under) < 2:
        return False
    places = column_places(sheet)
    by_under = by_above = 0
    for c, column in enumerate(sheet.columns):
        stated = sheet.cell(at, c)
        if column.kind != "amount" or not isinstance(stated, Decimal):
            continue
        by_under += _adds(sheet, under, c, stated, places[c])
        by_above += _adds(sheet, above, c, stated, places[c])
    return by_under > by_above


def _adds(sheet: Sheet, rows: list[int], c: int, stated: Decimal, places: int) -> bool:
    figures = [v for r in rows if isinstance(v := sheet.cell(r, c), Decimal)]
    bound = tolerance([(stated, places), *((f, places) for f in figures)])
    return bool(figures) and abs(sum(figures, Decimal(0)) - stated) <= bound


def written_first(sheet: Sheet, at: int) -> list[tuple[str, list[int]]]:
    """A total over the rows under it, or over the sums under it and the rows outside them,
    down to the next block of its level, or (as that may be a running sum) to the end."""
    ends = [0, len(sheet.rows)] if _level_ends(sheet, at) < len(sheet.rows) else [0]
    ways = [(UNDER, rows_under(sheet, at) or rows_under(sheet, at, True, e)) for e in ends]
    ways += [(SUMS_UNDER, _sums_under(sheet, at, e)) for e in ends]
    return distinct([(style, rows) for style, rows in ways if rows])


def rows_under(sheet: Sheet, at: int, blocks: bool = False, end: int = 0) -> list[int]:
    """The data rows straight under row `at`, up to the next heading, total or blank line;
    with `blocks`, every data row under it, over its parts' headings and sums, to `end`."""
    rows = []
    for r in range(at + 1, end or _level_ends(sheet, at)):
        row = sheet.rows[r]
        if row.kind == "data" and not never_summed(row):
            rows.append(r)
        elif row.kind != "data" and not blocks:
            break
    return rows


def _level_ends(sheet: Sheet, at: int) -> int:
    """Where the next block of the level of a total written first begins: at a total straight
    after a Summa ("Totalt avgiftsfinansierat" after "Summa investeringar"), or the end."""
    kinds = [row.kind for row in sheet.rows]
    pairs = (r for r in range(at + 2, len(kinds)) if kinds[r - 1] == kinds[r] == "total")
    return next(pairs, len(kinds))


def _sums_under(sheet: Sheet, at: int, end: int = 0) -> list[int]:
    """The sums under a total written first, each in place of the rows it adds, and the rows
    outside them: one wrong figure is then one fel, at its own block's sum."""
    rows: list[int] = []
    block: list[int] = []
    for r in range(at + 1, end or _level_ends(sheet, at)):
        row = sheet.rows[r]
        if row.kind == "total":
            rows, block = [*rows, r], []
        elif row.kind == "data" and not never_summed(row):
            block.append(r)
        elif row.kind == "heading":
            rows, block = rows + block, []
    return sorted(rows + block)


def distinct(candidates: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    seen: list[list[int]] = []
    result = []
    for style, rows in candidates:
        if rows not in seen:
            seen.append(list(rows))
            result.append((style, list(rows)))
    return result
