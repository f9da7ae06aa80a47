"""Checking a budget sheet: every stated total recomputed from the figures it sums.

`check_sheet` runs the checks in order; each lives in a module of its own:
core/budget_sum_rows.py (down the columns), core/budget_sum_columns.py (across the rows),
core/budget_difference.py (Avvikelse and Netto), core/budget_text_checks.py (text among the
amounts, header dates). They record into one `SheetCheck` (core/budget_check_result.py), and
every difference is judged by the rounding rule of core/budget_rounding.py: within it
**avrundning**, beyond it **fel**.

What is checked
- Down each amount column: every total row ("Summa", "SUMMA", "Total", "Totalt") and every
  subtotal row ("Delsumma"). A total sums the data rows of its block (the rows since the previous
  heading or total); a total straight after another total is a grand total over every data row
  since the previous grand total. Subtotals are never counted twice: only data rows are summed.
  A Delsumma is written two ways in real budgets: the data rows since the previous subtotal, or a
  running subtotal of all data rows since the block began. Both are accepted and the one that
  matches is recorded (`TotalCheck.style`); the same leniency lets a total be read as "the rows
  since the previous total" or "every row since the previous grand total".
- Across each row: a column whose header says it is a total (Summa / Total / Totalt) sums the
  amount columns before it (back to the previous total column, or all of them), and a column
  with a declared identity (`Column.sums`, e.g. Totalt = Utö. Ram + Kapitalkostnader + Heroma,
  or Budget 2020 + Äskningar − Avgår = Förslag) equals the signed sum of its columns.
- Intermediate results ("Verksamhetens nettokostnad", "Årets resultat") are rows of their own
  kind (subtotal) read as the sum of every data row above them, and checked only where most
  of them add up so (a table that writes costs without a minus sign is not wrong, only
  written otherwise).
- A kassaflödesanalys's block results ("Medel från verksamheten …", "Kassaflöde från …") are
  subtotals; a total written before its parts ("TOTALT, DRIFT" over the verksamheter) sums
  the rows under it; a total over sums may be read as the sums above it, so one wrong figure
  is one fel, at its own block's sum (core/budget_row_roles.py finds the rows that are
  totals or data by where they stand).
- A nämnd's data row that is the sum of the rows under it (core/budget_parents.py) is no
  total of the rows above it; a Summa below may add the nämnder only, read so where that
  adds up.
- Avvikelse and Netto lines, a difference and not a sum, are checked by the reading the
  table's own figures show (core/budget_difference.py).
- A percent column that is a ratio of the amounts on its row ("Förändring" in % beside the
  change in tkr, "Förbrukat %" = Utfall / Budget) is checked as the ratio its header names and
  its figures keep, its rounding judged from the rounded figures (core/budget_ratio.py).
- Percent rows and percent columns are never summed into amount totals. A percent column's total
  is checked as percent only when the parts make up a whole (the stated or the summed total is
  100 %); otherwise it may be an average or a rate and is left alone.
- An empty stated total is not checked (the seed's Strukturplan 2021 has an empty Besparing).

Text where an amount belongs is a **varning**: it is not counted.
"""

from __future__ import annotations

from ksdesk.core.budget import Sheet, TotalCheck
from ksdesk.core.budget_check_result import HEADER_ROW, SheetCheck, finding_json, plain
from ksdesk.core.budget_difference_lines import check_differences
from ksdesk.core.budget_ratio import check_ratios
from ksdesk.core.budget_rounding import column_places, half_unit, tolerance
from ksdesk.core.budget_sum_columns import check_across, column_candidates
from ksdesk.core.budget_sum_rows import check_down, drop_inconsistent_results, row_candidates
from ksdesk.core.budget_text_checks import check_headers, check_text_in_amounts
from ksdesk.core.findings import Finding

# The names callers import from here, wherever they now live.
__all__ = [
    "HEADER_ROW",
    "Finding",
    "SheetCheck",
    "TotalCheck",
    "check_sheet",
    "column_candidates",
    "finding_json",
    "half_unit",
    "plain",
    "row_candidates",
    "tolerance",
]


def check_sheet(sheet: Sheet) -> SheetCheck:
    result = SheetCheck(places=column_places(sheet))
    check_headers(sheet, result)
    check_text_in_amounts(sheet, result)
    check_down(sheet, result)
    drop_inconsistent_results(sheet, result)
    check_across(sheet, result)
    _check_differences(sheet, result)
    _check_ratios(sheet, result)
    # Cell by cell, the sums first; what is said about the headers after them.
    result.findings.sort(key=lambda f: (f.row == HEADER_ROW, f.row, f.column))
    return result


def _check_ratios(sheet: Sheet, result: SheetCheck) -> None:
    """Percent columns that are a ratio of amounts on their row (core/budget_ratio.py)."""
    said = {(f.row, f.column) for f in result.findings if f.is_error}
    result.findings += [
        f for f in check_ratios(sheet, result.places) if (f.row, f.column) not in said
    ]


def _check_differences(sheet: Sheet, result: SheetCheck) -> None:
    """Avvikelse and Netto lines (core/budget_difference.py); a cell another check already
    called wrong is not said twice."""
    checks, findings = check_differences(sheet, result.places)
    result.checks += checks
    said = {(f.row, f.column) for f in result.findings if f.is_error}
    result.findings += [f for f in findings if (f.row, f.column) not in said]
