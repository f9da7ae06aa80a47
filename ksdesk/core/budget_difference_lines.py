"""The two ways a budget table holds a difference (core.budget_difference): an Avvikelse or
Netto column, checked on every row, and an Avvikelse or Netto row, checked in every amount
column against the rows just above it."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Sheet, TotalCheck, is_result_label
from ksdesk.core.budget_difference import DifferenceLines, Line, Reading
from ksdesk.core.budget_row_name import row_called
from ksdesk.core.findings import Finding

_NEAR_ROWS = 8  # an Avvikelse row subtracts rows at most this far above it


def check_differences(sheet: Sheet, places: list[int]) -> tuple[list[TotalCheck], list[Finding]]:
    checks: list[TotalCheck] = []
    findings: list[Finding] = []
    for table in (_Columns(sheet, places), _Rows(sheet, places)):
        for line in table.lines:
            table.check(line, checks, findings)
    return checks, findings


class _Columns(DifferenceLines):
    """Avvikelse and Netto columns, checked on every row."""

    direction = "tvärs"

    def __init__(self, sheet: Sheet, places: list[int]) -> None:
        super().__init__(sheet, places)
        self.lines = [
            Line(c, column.header)
            for c, column in enumerate(sheet.columns)
            if column.kind == "amount" and not column.sums
        ]

    def value(self, line: int, at: int) -> Decimal | None:
        row = self.sheet.rows[at]
        value = self.sheet.cell(at, line)
        # A total row's Avvikelse is checked as the sum of the column (its difference carries
        # the rounding of every row above it).
        ok = row.kind == "data" and not row.percent and isinstance(value, Decimal)
        return value if ok else None  # type: ignore[return-value]

    def positions(self) -> range:
        return range(len(self.sheet.rows))

    def cell(self, line: int, at: int) -> tuple[int, int]:
        return at, line

    def where(self, line: Line, at: int) -> str:
        row = row_called(self.sheet, at)
        return f"”{line.name}” på raden {row}" if row else f"”{line.name}” på rad {at + 1}"


class _Rows(DifferenceLines):
    """Avvikelse and Netto rows, checked in every amount column; the rows they subtract stand
    just above them. Intermediate results ("Verksamhetens nettokostnad") are sums, checked
    as such elsewhere."""

    direction = "nedåt"

    def __init__(self, sheet: Sheet, places: list[int]) -> None:
        super().__init__(sheet, places)
        self.lines = [
            Line(r, row.label)
            for r, row in enumerate(sheet.rows)
            if row.kind != "heading" and not row.percent and not is_result_label(row.label)
        ]

    def operands(self, line: Line) -> list[tuple[Line, Line, list[Reading]]]:
        near = [o for o in self.lines if line.index - _NEAR_ROWS <= o.index < line.index]
        saved, self.lines = self.lines, [*near, line]
        try:
            return super().operands(line)
        finally:
            self.lines = saved

    def value(self, line: int, at: int) -> Decimal | None:
        value = self.sheet.cell(line, at)
        return (
            value
            if self.sheet.columns[at].kind == "amount" and isinstance(value, Decimal)
            else None
        )

    def positions(self) -> range:
        return range(len(self.sheet.columns))

    def cell(self, line: int, at: int) -> tuple[int, int]:
        return line, at

    def where(self, line: Line, at: int) -> str:
        header = self.sheet.columns[at].header
        return f"”{line.name}” i kolumnen ”{header}”" if header else f"”{line.name}”"
