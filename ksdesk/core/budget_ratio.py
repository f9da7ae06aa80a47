"""Percent columns that are a ratio of the amounts on their own row.

Driftredovisningar print a change in percent beside the change in kronor: Gnesta's
"Förändring 2012/2013" in tkr and in %, the percent being the change over the year before,
Förändring / (Utfall 2013 − Förändring); an uppföljning prints "Förbrukat %" as Utfall /
Budget. Such a percent column is checked as the ratio its header names and its figures keep:

- only a percent column whose header says what it is (Förändring, Förbrukat, Förbrukning,
  "av budget", "i %", Procent, Andel) is read;
- the reading is the one of "A / B" (any two amount columns), "(A − B) / B" (a change
  between two years' columns) and "F / (A − F)" (F a Förändring column, A the year it
  changed to) that nearly every row keeps (at least three
  rows, no more than one in five off); none, and the column is left alone;
- rounding is judged by the rounded figures themselves: the ratio of the amounts each moved
  by half its last digit spans a range, and the printed percent, itself rounded, must meet it
  ("−9 / −605" is 1,49 %, but −9,4 / −604,6 is 1,55 %: 1,6 % is right).

A row that does not keep the reading is one **fel** at the percent, naming the columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_check_result import sheet_finding
from ksdesk.core.budget_rounding import column_name, half_unit
from ksdesk.core.budget_row_name import row_called
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.format import format_amount, format_percent

_RATIO_HEADER = re.compile(r"förändring|förbruk|av\s+budget|i\s*%|procent|andel|%", re.IGNORECASE)
_CHANGE = re.compile(r"förändring", re.IGNORECASE)
_FEWEST_ROWS = 3
_HUNDRED = Decimal(100)

Terms = tuple[tuple[int, int], ...]  # (column, sign)


@dataclass(frozen=True)
class Ratio:
    """numerator / denominator × 100, each a signed sum of columns; `name` in words."""

    name: str
    numerator: Terms
    denominator: Terms


def check_ratios(sheet: Sheet, places: list[int]) -> list[Finding]:
    findings: list[Finding] = []
    for c, column in enumerate(sheet.columns):
        if column.kind != "percent" or not _RATIO_HEADER.search(column.header):
            continue
        ratio = _reading(sheet, places, c)
        if ratio is None:
            continue
        for r in _rows(sheet):
            judged = _judge(sheet, places, r, c, ratio)
            if judged is not None and not judged[0]:
                findings.append(_finding(sheet, r, c, ratio, judged[1]))
    return findings


def _rows(sheet: Sheet) -> list[int]:
    return [r for r, row in enumerate(sheet.rows) if row.kind != "heading" and not row.percent]


def _readings(sheet: Sheet, c: int) -> list[Ratio]:
    amounts = [i for i, col in enumerate(sheet.columns) if col.kind == "amount" and i != c]

    def name(i: int) -> str:
        return column_name(sheet.columns[i].header)

    pairs = [(a, b) for a in amounts for b in amounts if a != b]
    readings = [Ratio(f"{name(a)} / {name(b)}", ((a, 1),), ((b, 1),)) for a, b in pairs]
    # A change in percent between two years' columns with no change in kronor beside it.
    readings += [
        Ratio(f"({name(a)} − {name(b)}) / {name(b)}", ((a, 1), (b, -1)), ((b, 1),))
        for a, b in pairs
    ]
    for f in (i for i in amounts if _CHANGE.search(sheet.columns[i].header)):
        readings += [
            Ratio(f"{name(f)} / ({name(a)} − {name(f)})", ((f, 1),), ((a, 1), (f, -1)))
            for a in amounts
            if a != f
        ]
    return readings


def _reading(sheet: Sheet, places: list[int], c: int) -> Ratio | None:
    """The reading nearly every row keeps, the one most rows keep when several do."""
    best: tuple[int, Ratio] | None = None
    for ratio in _readings(sheet, c):
        fits = misfits = 0
        for r in _rows(sheet):
            judged = _judge(sheet, places, r, c, ratio)
            if judged is None:
                continue
            fits, misfits = (fits + 1, misfits) if judged[0] else (fits, misfits + 1)
        kept = fits >= _FEWEST_ROWS and misfits * 5 <= fits + misfits
        if kept and (best is None or fits > best[0]):
            best = (fits, ratio)
    return None if best is None else best[1]


def _judge(
    sheet: Sheet, places: list[int], r: int, c: int, ratio: Ratio
) -> tuple[bool, Decimal] | None:
    """Whether row r's percent is the ratio within rounding, and the ratio of the figures as
    shown; None when the row cannot tell (a figure missing, a denominator that rounding could
    make zero)."""
    stated = sheet.cell(r, c)
    if not isinstance(stated, Decimal):
        return None
    sums = []
    for terms in (ratio.numerator, ratio.denominator):
        total, slack = Decimal(0), Decimal(0)
        for column, sign in terms:
            value = sheet.cell(r, column)
            if not isinstance(value, Decimal):
                return None
            total += value * sign
            slack += half_unit(value, places[column])
        sums.append((total, slack))
    (top, top_slack), (bottom, bottom_slack) = sums
    if abs(bottom) <= bottom_slack:
        return None
    corners = [
        (top + dt) / (bottom + db) * _HUNDRED
        for dt in (-top_slack, top_slack)
        for db in (-bottom_slack, bottom_slack)
    ]
    own = half_unit(stated, places[c])
    fits = min(corners) - own <= stated <= max(corners) + own
    return fits, top / bottom * _HUNDRED


def _finding(sheet: Sheet, r: int, c: int, ratio: Ratio, computed: Decimal) -> Finding:
    stated = sheet.cell(r, c)
    assert isinstance(stated, Decimal)
    decimals = max(0, -int(stated.as_tuple().exponent))
    shown = computed.quantize(Decimal(1).scaleb(-decimals))
    row = row_called(sheet, r)
    where = f"på raden {row}" if row else f"på rad {r + 1}"
    unit = sheet.unit if sheet.unit != "procent" else None
    figures = ", ".join(
        f"{column_name(sheet.columns[i].header)} {format_amount(sheet.cell(r, i), unit=unit)}"
        for i in dict.fromkeys(col for col, _ in (*ratio.numerator, *ratio.denominator))
    )
    header = sheet.columns[c].header
    # Gnesta heads the change in tkr and in % alike: the percent is named as one.
    twin = sum(column.header == header for column in sheet.columns) > 1
    name = column_name(header) + (" i procent" if twin else "")
    message = (
        f"{name} {where} är {format_percent(stated, None)}, "
        f"men {ratio.name} ger {format_percent(shown, None)} ({figures}), som tabellens "
        "övriga rader räknar. Det är mer än avrundning kan förklara."
    )
    return sheet_finding(sheet, r, c, Severity.FEL, stated, shown, message)
