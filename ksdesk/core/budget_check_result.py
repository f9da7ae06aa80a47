"""What a budget check keeps and says: the recomputed totals, the findings, and how each is made.

Every check of a sheet (down the columns, across the rows, the differences, the text and
header warnings) records into one `SheetCheck`. A recomputed total goes through `record`,
which keeps it as a `TotalCheck` and, where the stated figure differs, judges the difference
by the rounding rule (core/budget_rounding.py). `sheet_finding` is the one way a budget
Finding about a cell, or about a column header (`HEADER_ROW`), is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ksdesk.core.budget import Sheet, TotalCheck
from ksdesk.core.budget_rounding import (
    classify,
    column_places,
    finding_message,
    total_tolerance,
)
from ksdesk.core.findings import Finding, Severity

HEADER_ROW = -1  # the row of a finding about a column's header, not a cell


@dataclass
class SheetCheck:
    findings: list[Finding] = field(default_factory=list)
    checks: list[TotalCheck] = field(default_factory=list)
    places: list[int] = field(default_factory=list)  # decimals each column shows

    @property
    def has_errors(self) -> bool:
        return any(f.is_error for f in self.findings)

    def at(self, row: int, column: int) -> list[Finding]:
        return [f for f in self.findings if f.row == row and f.column == column]

    def subtotal_styles(self) -> dict[int, str]:
        """For each checked Delsumma row, the style that matched (first checked column)."""
        styles: dict[int, str] = {}
        for check in self.checks:
            if check.style in ("sedan föregående delsumma", "löpande"):
                styles.setdefault(check.row, check.style)
        return styles


def finding_json(finding: Finding) -> dict:
    """The shape `ksdesk budget check --json` prints: amounts as plain decimal strings."""
    return {
        "severity": finding.severity.value,
        "sheet": finding.sheet,
        "row": finding.row_label,
        "column": finding.column_header,
        "stated": plain(finding.stated),
        "computed": plain(finding.computed),
        "message": finding.message,
    }


def plain(value: Decimal | None) -> str | None:
    """ "-1179.0": a decimal string with a point, never exponent notation."""
    return None if value is None else format(value, "f")


def sheet_finding(
    sheet: Sheet,
    r: int,
    c: int,
    severity: Severity,
    stated: Decimal | None,
    computed: Decimal | None,
    message: str,
) -> Finding:
    """A finding on cell (r, c) of `sheet`; on column c's header when r is HEADER_ROW."""
    return Finding(
        severity=severity,
        sheet=sheet.title,
        row=r,
        column=c,
        row_label="Kolumnrubrik" if r == HEADER_ROW else sheet.rows[r].label,
        column_header=sheet.columns[c].header,
        stated=stated,
        computed=computed,
        message=message,
        sheet_key=sheet.key,
    )


def sum_terms(sheet: Sheet, terms: list[tuple[int, int, int]], stated: Decimal) -> Decimal:
    """The signed sum of the cells `terms` names, (row, column, sign) each."""
    # Start from a zero with the stated total's decimals, so "0,0" stays "0.0" when nothing
    # is summed and the computed figure reads like the stated one.
    exponent = stated.as_tuple().exponent
    total = Decimal(0).scaleb(min(0, exponent) if isinstance(exponent, int) else 0)
    for r, c, sign in terms:
        value = sheet.cell(r, c)
        assert isinstance(value, Decimal)
        total += value if sign > 0 else -value
    return total


def record(
    sheet: Sheet,
    result: SheetCheck,
    place: tuple[int, int, str, str, str],
    terms: list[tuple[int, int, int]],
    stated: Decimal,
    computed: Decimal,
    quiet: bool = False,
) -> None:
    """Keep the check; a difference becomes a finding. `place` is (row, column, direction,
    style, what was summed in words)."""
    r, c, direction, style, what = place
    places = result.places or column_places(sheet)
    bound = total_tolerance(sheet, places, terms, stated, c)
    result.checks.append(TotalCheck(r, c, direction, tuple(terms), stated, computed, bound, style))
    severity = classify(stated, computed, bound)
    if severity is None or quiet:
        return
    row, column = sheet.rows[r], sheet.columns[c]
    message = finding_message(
        sheet, row, column, direction, what, stated, computed, bound, len(terms)
    )
    result.findings.append(sheet_finding(sheet, r, c, severity, stated, computed, message))
