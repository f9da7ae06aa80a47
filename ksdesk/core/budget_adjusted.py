"""A revised budget column: the original budget and the changes made to it during the year.

Investeringsredovisningar and uppföljningar print the budget the board now works to beside
the one fullmäktige first adopted and what changed it: Vårgårda's "Urspr budget 2023",
"Om-budget År" and "Budget 2023" (2023: Budget = Urspr budget + Om-budget), elsewhere
"Budget enl. KF", "Tilläggsbudget", "Tilläggsanslag", "Budgetjustering", "Överföring från
föregående år", and "Total budget", "Justerad budget", "Reviderad budget" or "Budget efter
ombudgetering" for the sum.

The identity is read only where the headers name it: a budget column after a column of the
original budget and at least one column of changes, the years agreeing where both have one.
It is checked only where the table's own figures keep it on nearly every row (at least three
rows, no more than one in five off); a table whose figures say otherwise is left alone, so a
layout we misread never gives a fel. The check itself is a sum across the row
(core/budget_sum_columns.py), with its rounding and its wording.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ksdesk.core.budget import Sheet, Term
from ksdesk.core.budget_rounding import column_places, tolerance

_ORIGINAL = re.compile(
    r"\b(?:urspr(?:\.|ungliga?|ungligt)?\s*budget|budget\s+enl(?:\.|igt)?\s*kf|kf-?budget)",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:om-?\s?budget\w*|tilläggsbudget|tilläggsanslag|budgetjustering\w*|budgetändring\w*"
    r"|överföring\w*|överfört)",
    re.IGNORECASE,
)
_REVISED = re.compile(
    r"^\s*(?:(?:total|totalt|justerad|reviderad|aktuell|årets)\s+)?budget\b(?!\s+enl)",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\befter\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_FEWEST_ROWS = 3
REVISED_STYLE = "ursprunglig budget och ändringar"


def revised_budget_terms(sheet: Sheet, c: int) -> list[Term]:
    """The columns whose sum column `c` is (the original budget first, then its changes), or
    [] when the headers do not name that identity or the figures do not keep it."""
    header = sheet.columns[c].header
    if sheet.columns[c].kind != "amount" or not _is_revised(header):
        return []
    originals = [
        i
        for i in range(c)
        if sheet.columns[i].kind == "amount" and _ORIGINAL.search(sheet.columns[i].header)
    ]
    if not originals or not _same_year(sheet.columns[originals[-1]].header, header):
        return []
    first = originals[-1]
    changes = [
        i
        for i in range(first + 1, c)
        if sheet.columns[i].kind == "amount" and _CHANGE.search(sheet.columns[i].header)
    ]
    if not changes:
        return []
    terms = [Term(first), *(Term(i) for i in changes)]
    return terms if _kept_by_figures(sheet, c, terms) else []


def _is_revised(header: str) -> bool:
    # "Budget efter ombudgetering" names its changes and is the revised budget all the same.
    changes = _CHANGE.search(header) and not _AFTER.search(header)
    return bool(_REVISED.search(header)) and not (_ORIGINAL.search(header) or changes)


def _same_year(a: str, b: str) -> bool:
    years_a, years_b = _YEAR.findall(a), _YEAR.findall(b)
    return not years_a or not years_b or years_a == years_b


def _kept_by_figures(sheet: Sheet, c: int, terms: list[Term]) -> bool:
    """Nearly every row with the figures keeps the identity, within its rounding."""
    places = column_places(sheet)
    fits = misfits = 0
    for r, row in enumerate(sheet.rows):
        stated, original = sheet.cell(r, c), sheet.cell(r, terms[0].column)
        if row.kind == "heading" or row.percent:
            continue
        if not isinstance(stated, Decimal) or not isinstance(original, Decimal):
            continue
        figures = [(stated, places[c])]
        computed = Decimal(0)
        for term in terms:
            value = sheet.cell(r, term.column)
            if isinstance(value, Decimal):
                computed += value * term.sign
                figures.append((value, places[term.column]))
        if abs(stated - computed) <= tolerance(figures):
            fits += 1
        else:
            misfits += 1
    return fits >= _FEWEST_ROWS and misfits * 5 <= fits + misfits
