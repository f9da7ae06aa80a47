"""Across the rows of a budget sheet: total columns and declared identities.

A column whose header says it is a total (Summa / Total / Totalt) sums the amount columns
before it: back to the previous total column, or all of them, whichever the stated figure is
nearer. A column with a declared identity (`Column.sums`, e.g. Totalt = Utö. Ram +
Kapitalkostnader + Heroma, or Budget 2020 + Äskningar − Avgår = Förslag) equals the signed sum
of its columns. A revised budget ("Budget 2023" after "Urspr budget 2023" and "Om-budget",
core/budget_adjusted.py) is the sum of the original and its changes, where the headers name
them and the figures keep it. Percent columns are never summed into amounts, and a total
never twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ksdesk.core.budget import Column, Sheet, Term
from ksdesk.core.budget_adjusted import REVISED_STYLE, revised_budget_terms
from ksdesk.core.budget_check_result import SheetCheck, record, sum_terms
from ksdesk.core.budget_rounding import column_name


def column_candidates(sheet: Sheet, c: int) -> list[tuple[str, list[Term]]]:
    """The ways of reading which columns column `c` sums; empty when it sums none."""
    column = sheet.columns[c]
    if column.sums:
        return [("identitet", [t for t in column.sums if t.column < len(sheet.columns)])]
    # "Budget 2023" after "Urspr budget 2023" and "Om-budget": the headers name the sum.
    if revised := revised_budget_terms(sheet, c):
        return [(REVISED_STYLE, revised)]
    if not column.is_total_column:
        return []
    # A revised budget is the sum of the columns before it: never counted twice.
    revised = {i for i in range(c) if revised_budget_terms(sheet, i)}
    before = [i for i in range(c) if _is_summable(sheet.columns[i]) and i not in revised]
    totals_before = [i for i in range(c) if _is_total(sheet.columns[i]) or i in revised]
    start = totals_before[-1] + 1 if totals_before else 0
    since_total = [Term(i) for i in before if i >= start]
    everything = [Term(i) for i in before]
    if since_total == everything:
        return [("kolumner före", everything)]
    return [("kolumner före", since_total), ("alla kolumner före", everything)]


def _is_total(column: Column) -> bool:
    return column.is_total_column or bool(column.sums)


def _is_summable(column: Column) -> bool:
    # Percent columns are never summed into amounts; a total is never counted twice.
    return column.kind == "amount" and not _is_total(column)


def check_across(sheet: Sheet, result: SheetCheck) -> None:
    """Every total column and declared identity checked on every row that has its figure."""
    for c in range(len(sheet.columns)):
        candidates = column_candidates(sheet, c)
        if not candidates:
            continue
        for r, row in enumerate(sheet.rows):
            stated = sheet.cell(r, c)
            if row.kind == "heading" or row.percent or not isinstance(stated, Decimal):
                continue
            options = []
            for style, columns in candidates:
                terms = [
                    (r, t.column, t.sign)
                    for t in columns
                    if sheet.columns[t.column].is_numeric
                    and isinstance(sheet.cell(r, t.column), Decimal)
                ]
                options.append((style, terms, sum_terms(sheet, terms, stated), columns))
            style, terms, computed, columns = min(options, key=lambda o: abs(stated - o[2]))
            # The corner of a total row and a total column is checked both ways; when both
            # find the same figure, one finding says it.
            already = [f for f in result.at(r, c) if f.computed == computed]
            what = _describe_columns(sheet, columns)
            place = (r, c, "tvärs", style, what)
            record(sheet, result, place, terms, stated, computed, quiet=bool(already))


def _describe_columns(sheet: Sheet, terms: Sequence[Term]) -> str:
    if not terms:
        return "kolumnerna den summerar"
    names = [column_name(sheet.columns[t.column].header) for t in terms]
    if len(terms) > 4:
        return f"de {len(terms)} kolumnerna från {names[0]} till {names[-1]}"
    text = names[0] if terms[0].sign > 0 else f"−{names[0]}"
    for term, name in zip(terms[1:], names[1:], strict=True):
        text += f" {'+' if term.sign > 0 else '−'} {name}"
    return text
