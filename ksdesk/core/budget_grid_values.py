"""A grid of cells as read from XLSX, CSV or a paste, and what one of its values reads as.

The grid holds text, numbers (Decimal), dates and empty cells, and what the file format itself
says about them (cells shown with %, formatted as text, rows of SUM formulas). The readers
here judge one value at a time: its text as shown, whether it is a figure (a minus after it,
"1 234-", is read as ledger systems print it), a date, a year or a unit word ("tkr").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ksdesk.core.budget_unit import unit_line
from ksdesk.core.format import FormatError, format_date, parse_amount, parse_date, parse_percent

GridValue = str | Decimal | date | None
UNIT_WORDS = {"kr": "kr", "tkr": "tkr", "mnkr": "mnkr", "mkr": "mnkr", "%": "procent"}
YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
# The heading of a column of note numbers: never amounts, and never under a group's heading.
NOTE_HEADER = re.compile(r"^(not|noter|not nr|not\.)$", re.IGNORECASE)


@dataclass
class Grid:
    """Cells as read, row by row, and what the file format itself tells about them."""

    cells: list[list[GridValue]]
    percent_cells: set[tuple[int, int]] = field(default_factory=set)  # numbers shown with %
    text_cells: set[tuple[int, int]] = field(default_factory=set)  # formatted as text ("@")
    total_rows: set[int] = field(default_factory=set)  # rows whose cells are SUM formulas
    filename: str = ""  # where the unit is looked for last of all
    unit_source: str = ""  # set by sheet_from_grid: where the unit was found ("" = nowhere)
    nil_cells: int = 0  # "–" alone in an amount column: nil, kept as shown
    bracketed: int = 0  # "(558,2)": read as −558,2
    minus_after: int = 0  # "1 234-": read as −1 234
    point_groups: int = 0  # "1.234" in a table that groups thousands with points: 1 234
    footnote_marks: list[str] = field(default_factory=list)  # "94 133¹" read as 94 133
    header_lines: int = 1  # lines the column header took (2: a group line over the years)
    numbered_labels: str = ""  # "Nr.": a column of list numbers joined to the labels after it
    first_row_in_header: str = ""  # the label of a first row read out of the header cells
    # The first figure of each reading as written and as read ("(7,4)", −7.4), so the report's
    # example is one she finds in her own table (walk38 #7): "bracketed", "minus_after".
    examples: dict[str, tuple[str, Decimal]] = field(default_factory=dict)


def filled(row: list[GridValue]) -> int:
    """How many cells of `row` hold something."""
    return sum(1 for v in row if v is not None)


def as_text(value: GridValue) -> str:
    """The value as a sheet shows it in a text cell: a date written the Swedish way."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return value.strip()


def is_unit_word(value: GridValue) -> bool:
    return isinstance(value, str) and value.strip().lower() in UNIT_WORDS


def is_unit_or_date(value: GridValue) -> bool:
    if isinstance(value, date):
        return True
    return isinstance(value, str) and (bool(unit_line(value)) or reads_as_date(value.strip()))


# "1 234-": a negative amount as ledger systems print it, the minus after the figure.
_MINUS_AFTER = re.compile(r"^([0-9]+(?:[ .,]+[0-9]+)*) ?[-\u2013\u2212]$")


def squeezed(text: str) -> str:
    """`text` with each run of spaces (no-break and thin ones too) as one plain space."""
    return " ".join(text.split())


def minus_first(text: str) -> str:
    """ "1 234-" as "-1 234"; anything else as it is."""
    match = _MINUS_AFTER.match(squeezed(text))
    return f"-{match.group(1)}" if match else text


def reads_as_number(value: GridValue) -> bool:
    if isinstance(value, Decimal):
        return True
    if not isinstance(value, str):
        return False
    value = minus_first(value)
    try:
        (parse_percent if "%" in value else parse_amount)(value)
    except FormatError:
        return False
    return True


def reads_as_date(text: str) -> bool:
    """True when `text` is a real day as a date field reads it (not "2020-13-07")."""
    try:
        parse_date(text)
    except FormatError:
        return False
    return True
