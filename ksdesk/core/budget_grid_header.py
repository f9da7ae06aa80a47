"""Finding the column header of a budget grid, and reading it as one line per column.

The header row is the first with two or more filled cells that is no title line (a title with
the unit or a date at its right, above a header that fills more cells). The line under it
belongs to the header too when the first is a group line over years ("Kommunen" over 2018 and
2019); a group cell is carried over the columns to its right, and line breaks in a header cell
become spaces ("Kost-\nnader" one word again).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ksdesk.core.budget import is_nil
from ksdesk.core.budget_grid_values import (
    NOTE_HEADER,
    YEAR,
    GridValue,
    as_text,
    filled,
    is_unit_or_date,
    is_unit_word,
    reads_as_number,
    squeezed,
)
from ksdesk.core.budget_unit import unit_line


def is_title_line(cells: list[list[GridValue]], i: int) -> bool:
    """A title with the unit or a date at its right ("Driftbudget 2024" … "tkr"), above a
    header that fills more cells: a line above the table, not its header."""
    row = cells[i]
    if row[0] is None:
        return False
    following = next((r for r in cells[i + 1 :] if filled(r)), None)
    if following is None or filled(following) <= filled(row):
        return False
    return all(is_unit_or_date(v) for v in row[1:] if v is not None)


def header_start(cells: list[list[GridValue]]) -> int | None:
    """The row the column header starts on: the first with two or more filled cells that is
    no title line, or the row right above it when that one leaves the label column empty
    and names with words or a year only the columns where the row under it has amounts
    (";Budget 2026" over "Totalt;105": a table of one amount column, whose first row was
    read as its header and lost)."""
    at = next(
        (i for i, row in enumerate(cells) if filled(row) >= 2 and not is_title_line(cells, i)),
        None,
    )
    if not at:
        return at
    above, first = cells[at - 1], cells[at]
    named = [c for c, v in enumerate(above) if v is not None]
    if (
        above[0] is None
        and named
        and all(_is_header_word(above[c]) and not is_unit_or_date(above[c]) for c in named)
        and all(c < len(first) and _is_amount(first[c]) for c in named)
    ):
        return at - 1
    return at


def _is_amount(value: GridValue) -> bool:
    """An amount, and no year (a header's second line of years is no row of amounts)."""
    if value is None or _is_header_word(value):
        return False
    return isinstance(value, Decimal) or (isinstance(value, str) and reads_as_number(value))


def last_header_row(rows: list[list[GridValue]], header_at: int) -> int:
    """The last row of the column header. A header over two rows has a group line on top
    ("Kommunen" over 2018 and 2019, "Budget" over 2024 and 2025, often merged cells) and under
    it a line of words and years only that fills the top line's gaps; one of the two leaves the
    label column empty (a label header such as "Nämnd" merged down over both lines is read in
    the top one), or the top one holds the unit there ("Belopp i tkr" over "Nämnd")."""
    top = rows[header_at]
    if header_at + 1 >= len(rows):
        return header_at
    below = rows[header_at + 1]
    if top[0] is not None and below[0] is not None and not unit_line(as_text(top[0])):
        return header_at  # two labels: the line below is the table's first row
    below_cells = [v for v in below if v is not None]
    if len(below_cells) < 2 or not all(_is_header_word(v) for v in below_cells):
        return header_at
    pairs = list(zip(top, below, strict=True))[1:]  # the label column fills no group's gap
    if not any(a is None and b is not None for a, b in pairs):
        # A complete header: the line under it is the table's first row, even when its label
        # cell is filled under an empty one ("Kommunstyrelsen" under a blank label header).
        return header_at
    if all(is_unit_word(v) for v in below_cells):
        return header_at  # "mnkr" under each amount column: a unit row, kept as a row
    if not all(_is_header_word(v) for v in top if v is not None):
        return header_at
    return header_at + 1


def _is_header_word(value: GridValue) -> bool:
    """A header cell: a year (as text or as a number) or words that are no amount."""
    if isinstance(value, Decimal):
        return value == value.to_integral_value() and bool(YEAR.match(format(value, "f")))
    if not isinstance(value, str) or is_nil(value):
        return False
    return bool(YEAR.match(value.strip())) or not reads_as_number(value)


def joined_header(lines: list[list[GridValue]]) -> list[GridValue]:
    """One header from one or two lines: a group cell on top is carried over the columns to
    its right until the next group ("Kommunen 2018", "Kommunen 2019"), and a header's own line
    breaks ("Bokslut\n2020") become spaces."""
    if len(lines) == 1:
        return [one_line(v) for v in lines[0]]
    top, bottom = lines
    joined: list[GridValue] = []
    group = ""
    for c, (above, below) in enumerate(zip(top, bottom, strict=True)):
        group = one_line(above) or group
        text = one_line(below)
        if c and not one_line(above) and NOTE_HEADER.match(text):
            # A Not column under no group of its own is Not, whatever group stands to its
            # left: Kramfors' second Not, between KOMMUNEN's years and KONCERNEN's.
            joined.append(text)
            continue
        if c == 0 and group and text:  # "Belopp i tkr" over "Nämnd"
            joined.append(f"{text} ({group})")
        else:
            joined.append(f"{group} {text}".strip() if group else text or None)
        if c == 0:
            group = ""  # the label column's header spans no columns to its right
    return joined


# "Kost-\nnader", "Kommun-\nbidrag": a word broken at the line end of a narrow header cell is
# one word; "Drift- och\ninvestering" and "Budget-\n2021" keep their hyphen.
_BROKEN_WORD = re.compile(r"(?<=[a-zåäö])-[ \t]*\n[ \t]*(?=[a-zåäö])(?!(?:och|eller|samt)\b)")


def one_line(value: GridValue) -> str:
    """A cell's text on one line: its line breaks as spaces, a word broken at one whole."""
    return squeezed(_BROKEN_WORD.sub("", as_text(value)))
