"""The rounding rule of budget checks, and the sentence a finding says.

The rule (used everywhere a total is checked: tab, CLI, paper). Every printed figure was
rounded to its last shown digit, so each may be off by at most half a unit of that digit: 0,05
for "3,2", 0,5 for "1 373". The digit is the column's: a column that shows one decimal printed
"1" as "1,0", which carries 0,05, not 0,5. A stated total of n terms can therefore differ from
the sum of the shown terms by at most the sum of those half units over the n terms and the
total itself; with every figure shown to d decimals that is

    |stated − computed| ≤ 0.5 × 10^−d × (n + 1)

A difference within that bound is **avrundning** (the board was shown correctly rounded
figures); a larger difference is **fel**. Empty cells are not terms; a shown zero is (it may be
a rounded 0,4).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ksdesk.core.budget import Column, Row, Sheet, is_count_label
from ksdesk.core.budget_row_name import row_called
from ksdesk.core.findings import Severity
from ksdesk.core.format import format_amount, format_percent


def half_unit(value: Decimal, places: int = 0) -> Decimal:
    """Half a unit of the last shown digit: 0.05 for 3.2, 0.5 for 1373. `places` is how many
    decimals the value's column shows: a "1" in a one-decimal column was printed as 1,0 and
    carries 0.05, not 0.5."""
    exponent = value.as_tuple().exponent
    own = -min(0, exponent) if isinstance(exponent, int) else 0
    return Decimal(5).scaleb(-max(own, places) - 1)


def tolerance(figures: Iterable[Decimal | tuple[Decimal, int]]) -> Decimal:
    """What rounding of these shown figures can explain (see the module docstring); a figure
    may come with the decimals of its column, (value, places)."""
    total = Decimal(0)
    for figure in figures:
        value, places = figure if isinstance(figure, tuple) else (figure, 0)
        total += half_unit(value, places)
    return total


def total_tolerance(
    sheet: Sheet,
    places: list[int],
    terms: list[tuple[int, int, int]],
    stated: Decimal,
    stated_column: int,
) -> Decimal:
    """What rounding can explain between a stated total in `stated_column` and the sum of the
    cells `terms` names, (row, column, sign) each, every figure carrying its column's decimals."""
    figures = [(sheet.cell(r, c), places[c]) for r, c, _ in terms]
    return tolerance([*figures, (stated, places[stated_column])])  # type: ignore[list-item]


def column_places(sheet: Sheet) -> list[int]:
    """Decimals each column shows: the most any of its amounts has. Percent rows and counts
    of staff aside, which are no amounts; a "varav" row is one, written as the others."""
    places = [0] * len(sheet.columns)
    for row in sheet.rows:
        if row.percent or is_count_label(row.label):
            continue
        for c, value in enumerate(row.cells[: len(places)]):
            if isinstance(value, Decimal):
                exponent = value.as_tuple().exponent
                if isinstance(exponent, int):
                    places[c] = max(places[c], -min(0, exponent))
    return places


def classify(stated: Decimal, computed: Decimal, bound: Decimal) -> Severity | None:
    difference = abs(stated - computed)
    if difference == 0:
        return None
    return Severity.AVRUNDNING if difference <= bound else Severity.FEL


def finding_message(
    sheet: Sheet,
    row: Row,
    column: Column,
    direction: str,
    what: str,
    stated: Decimal,
    computed: Decimal,
    bound: Decimal,
    count: int,
) -> str:
    def show(value: Decimal) -> str:
        if column.kind == "percent":
            return format_percent(value, decimals=None)
        return format_amount(value, unit=sheet.unit if sheet.unit != "procent" else None)

    at = sheet.rows.index(row)
    label = row_called(sheet, at) or f"Rad {at + 1}"
    if direction == "nedåt":
        where = f"{label} i kolumnen {column_name(column.header)}"
    else:
        where = f"{column_name(column.header)} på raden {label}"
    difference = show(abs(stated - computed))
    limit = show(bound.normalize())
    figures = "avrundat tal" if count == 0 else "avrundade tal"
    text = (
        f"{where} är {show(stated)}, men {what} ger {show(computed)}: en skillnad på {difference}."
    )
    if abs(stated - computed) <= bound:
        return text + (f" Det ryms i avrundningen (högst {limit} för {count + 1} {figures}).")
    return text + (
        f" Det är mer än avrundning kan förklara (högst {limit} för {count + 1} {figures})."
    )


def column_name(header: str) -> str:
    """A column as a message names it: its header in quotes, or "kolumnen utan rubrik"."""
    return f"”{header}”" if header else "kolumnen utan rubrik"
