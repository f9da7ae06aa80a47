"""Recognising a budget sheet in a grid of cells read from XLSX or CSV.

The grid is what a spreadsheet shows: text, numbers (Decimal), dates, empty cells. Lines above
the header row are the title, caption and unit ("Belopp i tkr"); the header row is the first
with two or more filled cells, and the line under it too when the first is a group line over
years ("Kommunen" over 2018 and 2019); line breaks in a header cell become spaces. A column is
an amount column when its cells read as amounts, a code column when its numbers are written
with leading zeros ("0032" stays "0032"), a percent column when they carry "%". A row is a
total by its label (Summa, SUMMA, Total, Totalt, S:a, "Nämnder totalt"), a subtotal by
"Delsumma", a heading when it has a label and no amounts; the reader may also mark rows as
totals and columns as sums (XLSX formulas).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ksdesk.core.budget import (
    Cell,
    Column,
    Row,
    Sheet,
    is_nil,
    is_percent_label,
    is_result_label,
    is_subtotal_label,
    is_total_row_label,
)
from ksdesk.core.budget_unit import find_unit, unit_line
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError, format_date, parse_amount, parse_date, parse_percent

GridValue = str | Decimal | date | None
UNIT_WORDS = {"kr": "kr", "tkr": "tkr", "mnkr": "mnkr", "mkr": "mnkr", "%": "procent"}
_LEADING_ZERO_CODE = re.compile(r"^0[0-9]+$")
MAX_DECIMALS = 6
_NOTE_HEADER = re.compile(r"^(not|noter|not nr|not\.)$", re.IGNORECASE)


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
    header_lines: int = 1  # lines the column header took (2: a group line over the years)


def sheet_from_grid(grid: Grid, title: str) -> Sheet:
    """The sheet in `grid`: titled by the file's own title line, else `title`. InvalidInput
    (Swedish) when there is no table."""
    cells = _trimmed(grid.cells)
    header_at = next(
        (i for i, row in enumerate(cells) if _filled(row) >= 2 and not _is_title_line(cells, i)),
        None,
    )
    if header_at is None:
        raise InvalidInput("Filen innehåller ingen tabell: ingen rad har två ifyllda celler.")
    width = max(len(row) for row in cells)
    rows = [row + [None] * (width - len(row)) for row in cells]
    header_end = _header_end(rows, header_at)
    header = _joined_header(rows[header_at : header_end + 1])
    grid.header_lines = header_end - header_at + 1
    body = rows[header_end + 1 :]
    body_at = header_end + 1
    _read_point_groups(grid, body, [_text(h) for h in header])
    kinds = [_column_kind(grid, body, body_at, c, _text(header[c])) for c in range(width)]
    columns = [Column(_text(h), k) for h, k in zip(header, kinds, strict=True)]
    sheet_rows = []
    for r, values in enumerate(body, start=body_at):
        if not _filled(values):
            continue
        sheet_rows.append(_row(grid, columns, values, r))
    unit, own_title, caption = _lines_above(grid, rows[:header_at], header, sheet_rows, title)
    sheet = Sheet(
        key="",
        title=own_title or title,
        unit=unit,
        caption=caption,
        columns=columns,
        rows=sheet_rows,
    )
    sheet.decimals = _decimals(sheet)
    return sheet


_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


def _is_title_line(cells: list[list[GridValue]], i: int) -> bool:
    """A title with the unit or a date at its right ("Driftbudget 2024" … "tkr"), above a
    header that fills more cells: a line above the table, not its header."""
    row = cells[i]
    if row[0] is None:
        return False
    following = next((r for r in cells[i + 1 :] if _filled(r)), None)
    if following is None or _filled(following) <= _filled(row):
        return False
    return all(_is_unit_or_date(v) for v in row[1:] if v is not None)


def _is_unit_or_date(value: GridValue) -> bool:
    if isinstance(value, date):
        return True
    return isinstance(value, str) and (bool(unit_line(value)) or _reads_as_date(value.strip()))


def _header_end(rows: list[list[GridValue]], header_at: int) -> int:
    """The last row of the column header. A header over two rows has a group line on top
    ("Kommunen" over 2018 and 2019, "Budget" over 2024 and 2025, often merged cells) and under
    it a line of words and years only that fills the top line's gaps; one of the two leaves the
    label column empty (a label header such as "Nämnd" merged down over both lines is read in
    the top one), or the top one holds the unit there ("Belopp i tkr" over "Nämnd")."""
    top = rows[header_at]
    if header_at + 1 >= len(rows):
        return header_at
    below = rows[header_at + 1]
    if top[0] is not None and below[0] is not None and not unit_line(_text(top[0])):
        return header_at  # two labels: the line below is the table's first row
    filled = [v for v in below if v is not None]
    if len(filled) < 2 or not all(_is_header_word(v) for v in filled):
        return header_at
    pairs = list(zip(top, below, strict=True))[1:]  # the label column fills no group's gap
    if not any(a is None and b is not None for a, b in pairs):
        # A complete header: the line under it is the table's first row, even when its label
        # cell is filled under an empty one ("Kommunstyrelsen" under a blank label header).
        return header_at
    if all(_is_unit_word(v) for v in filled):
        return header_at  # "mnkr" under each amount column: a unit row, kept as a row
    if not all(_is_header_word(v) for v in top if v is not None):
        return header_at
    return header_at + 1


def _is_header_word(value: GridValue) -> bool:
    """A header cell: a year (as text or as a number) or words that are no amount."""
    if isinstance(value, Decimal):
        return value == value.to_integral_value() and bool(_YEAR.match(format(value, "f")))
    if not isinstance(value, str) or is_nil(value):
        return False
    return bool(_YEAR.match(value.strip())) or not _reads_as_number(value)


def _joined_header(lines: list[list[GridValue]]) -> list[GridValue]:
    """One header from one or two lines: a group cell on top is carried over the columns to
    its right until the next group ("Kommunen 2018", "Kommunen 2019"), and a header's own line
    breaks ("Bokslut\n2020") become spaces."""
    if len(lines) == 1:
        return [_one_line(v) for v in lines[0]]
    top, bottom = lines
    joined: list[GridValue] = []
    group = ""
    for c, (above, below) in enumerate(zip(top, bottom, strict=True)):
        group = _one_line(above) or group
        text = _one_line(below)
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


def _one_line(value: GridValue) -> str:
    return _squeezed(_BROKEN_WORD.sub("", _text(value)))


# A figure as text: sign or bracket, digits with spaces, points or commas, a minus after, "%".
# Matched on `_squeezed` text, with one optional space between the parts: a class of spaces
# followed by \s* and \s* again made a cell of many spaces take seconds (backtracking).
_FIGURE = re.compile(r"^[-\u2013\u2212(]? ?[0-9]+(?:[ .,]+[0-9]+)*[ .,]?\)? ?[-\u2013\u2212]? ?%?$")
_POINT_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_UNGROUPED = re.compile(r"[0-9]{4}")


# Columns of codes, whose points are no grouping ("1.100" is account 1.100): never read so.
_CODE_HEADER = re.compile(r"\b(?:konto|kod|ansvar|nr|nummer|id|objekt|projektnr)\b", re.I)


def _read_point_groups(grid: Grid, body: list[list[GridValue]], header: list[str]) -> None:
    """Points between the thousands ("39.658", "1.329,0"), as some ledger exports write them,
    read as grouping when the table itself says so: two figures or more are grouped so, and
    none uses a point as a decimal sign ("12.5") or leaves thousands ungrouped ("1234"). A
    lone "1.373" stays text (and the check warns): it may be 1,373 just as well. The label
    column and columns headed as codes (Konto, Ansvar, Nr …) are left as they are."""
    grouped: list[tuple[list[GridValue], int]] = []
    codes = {c for c, text in enumerate(header) if c == 0 or _CODE_HEADER.search(text)}
    for row in body:
        for c, value in enumerate(row):
            if c in codes or not isinstance(value, str) or not _FIGURE.match(_squeezed(value)):
                continue
            digits = re.sub(r"[^0-9.,\s\u00a0\u202f\u2009]", "", value).strip()
            if _POINT_GROUPED.fullmatch(digits):
                grouped.append((row, c))
            elif "." in digits or _UNGROUPED.search(digits.split(",")[0]):
                return  # a decimal point, or thousands without grouping: not this table's way
    if len(grouped) < 2:
        return
    for row, c in grouped:
        row[c] = str(row[c]).replace(".", " ")
    grid.point_groups = len(grouped)


def _trimmed(cells: list[list[GridValue]]) -> list[list[GridValue]]:
    rows = [[_blank_to_none(v) for v in row] for row in cells]
    while rows and not _filled(rows[-1]):
        rows.pop()
    width = max((i + 1 for row in rows for i, v in enumerate(row) if v is not None), default=0)
    return [row[:width] for row in rows]


def _blank_to_none(value: GridValue) -> GridValue:
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def _filled(row: list[GridValue]) -> int:
    return sum(1 for v in row if v is not None)


def _text(value: GridValue) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return value.strip()


def _is_unit_word(value: GridValue) -> bool:
    return isinstance(value, str) and value.strip().lower() in UNIT_WORDS


def _column_kind(grid: Grid, body: list[list[GridValue]], body_at: int, c: int, header: str) -> str:
    values = [(r, row[c]) for r, row in enumerate(body, start=body_at) if row[c] is not None]
    # Unit words and nil dashes say nothing of the kind: a mostly "–" column is still amounts.
    values = [(r, v) for r, v in values if not _is_unit_word(v) and not is_nil(v)]
    if _NOTE_HEADER.match(header):
        return "code"  # "Not": the numbers of the notes, never amounts
    if not values:
        return "amount"
    if all(isinstance(v, date) for _, v in values):
        return "date"
    strings = [v for _, v in values if isinstance(v, str)]
    if any(_LEADING_ZERO_CODE.match(s.strip()) for s in strings):
        return "code"
    if len(strings) == len(values) and all((r, c) in grid.text_cells for r, _ in values):
        return "code"  # cells formatted as text in the spreadsheet: codes, kept as typed
    if _is_year_column(header, [v for _, v in values]):
        return "code"  # when a project is ready: 2019, 2019-2020; years, never amounts
    numbers = [(r, v) for r, v in values if _reads_as_number(v)]
    if numbers and len(numbers) * 2 >= len(values):
        percent = [
            1
            for r, v in numbers
            if (r, c) in grid.percent_cells or (isinstance(v, str) and "%" in v)
        ]
        by_header = is_percent_label(header)  # "Förändring %": never summed into kronor
        return "percent" if by_header or len(percent) == len(numbers) else "amount"
    if strings and all(_reads_as_date(s) for s in strings) and len(strings) == len(values):
        return "date"
    return "text"


# "1 234-": a negative amount as ledger systems print it, the minus after the figure.
_MINUS_AFTER = re.compile(r"^([0-9]+(?:[ .,]+[0-9]+)*) ?[-\u2013\u2212]$")


def _squeezed(text: str) -> str:
    """`text` with each run of spaces (no-break and thin ones too) as one plain space."""
    return " ".join(text.split())


def _minus_first(text: str) -> str:
    """ "1 234-" as "-1 234"; anything else as it is."""
    match = _MINUS_AFTER.match(_squeezed(text))
    return f"-{match.group(1)}" if match else text


_YEAR_SPAN = re.compile(r"^(?:19|20)[0-9]{2}(?:\s*[-\u2013/]\s*(?:(?:19|20)?[0-9]{2}))?$")
_YEAR_HEADER = re.compile(r"\b(?:år|årtal|klar|klart|start|färdig|färdigt|tidplan)\b", re.I)


def _is_year_column(header: str, values: list[GridValue]) -> bool:
    """Every cell a year or a span of years, and the header or a span says so: a column of
    when, not of how much. Amounts that happen to lie between 1900 and 2099 have neither."""
    texts = [format(v, "f") if isinstance(v, Decimal) else v for v in values]
    if not texts or not all(isinstance(t, str) and _YEAR_SPAN.match(t.strip()) for t in texts):
        return False
    spans = any(not _YEAR.match(str(t).strip()) for t in texts)
    return spans or bool(_YEAR_HEADER.search(header))


def _reads_as_number(value: GridValue) -> bool:
    if isinstance(value, Decimal):
        return True
    if not isinstance(value, str):
        return False
    value = _minus_first(value)
    try:
        (parse_percent if "%" in value else parse_amount)(value)
    except FormatError:
        return False
    return True


def _reads_as_date(text: str) -> bool:
    try:
        parse_date(text)
    except FormatError:
        return False
    return True


def _row(grid: Grid, columns: list[Column], values: list[GridValue], r: int) -> Row:
    labels = [
        _text(v) for v, col in zip(values, columns, strict=True) if col.kind in ("text", "code")
    ]
    label = next((t for t in labels if t), "")
    # What stands in the amount columns, unit words ("mnkr") aside: a row with nothing there
    # is a heading; text that is no amount ("1.373,5") keeps it a data row, so the check warns.
    numeric = [
        v
        for v, col in zip(values, columns, strict=True)
        if col.is_numeric and v is not None and not _is_unit_word(v)
    ]
    if is_subtotal_label(label) or is_result_label(label):
        kind = "subtotal"  # "Delsumma", and intermediate results ("Årets resultat")
    elif is_total_row_label(label) or r in grid.total_rows:
        kind = "total"
    elif not numeric:
        kind = "heading"
    else:
        kind = "data"
    cells = [
        _cell(grid, col, v, kind, r, c)
        for c, (v, col) in enumerate(zip(values, columns, strict=True))
    ]
    # A row whose amounts are all shown with % in amount columns is a percent row.
    amount_cells = [
        c
        for c, (v, col) in enumerate(zip(values, columns, strict=True))
        if col.kind == "amount" and isinstance(v, Decimal)
    ]
    percent = bool(amount_cells) and all((r, c) in grid.percent_cells for c in amount_cells)
    # "Andel av ramen, %": a percent row by its label, whatever its cells are formatted as.
    percent = percent or (kind == "data" and is_percent_label(label))
    return Row(kind, cells, percent=percent)


def _cell(grid: Grid, column: Column, value: GridValue, kind: str, r: int, c: int) -> Cell:
    if value is None:
        return None
    if kind == "heading" or column.kind in ("text", "code"):
        return _text(value)
    if column.kind == "date":
        return format_date(value) if isinstance(value, date) else _text(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, date):
        return format_date(value)
    if is_nil(value):
        grid.nil_cells += 1
        return value.strip()  # shown as the board saw it; summed as nothing
    if value.strip().startswith("("):
        grid.bracketed += 1
    written = _minus_first(value)
    try:
        if column.kind == "percent" or "%" in written:
            number = parse_percent(written)
        else:
            number = parse_amount(written)
    except FormatError:
        return value.strip()  # kept as written; the check warns about text among amounts
    if written != value:
        grid.minus_after += 1
    return number


def _lines_above(
    grid: Grid, above: list[list[GridValue]], header: list[GridValue], rows: list[Row], name: str
) -> tuple[str, str, str]:
    """(unit, the file's own title, caption) from the lines above the header: the first line
    is the title, "Belopp i tkr" the unit, the rest the caption. The unit is "" when nothing
    in the table says it (core/budget_unit.py)."""
    # A unit in a cell of its own ("Driftbudget 2024" … "tkr") is a unit line of its own.
    unit_cells = [_text(v) for line in above for v in line[1:] if _is_unit_or_date(v)]
    unit_lines = [t for t in unit_cells if unit_line(t)]
    texts = [
        " ".join(_text(v) for v in line if v is not None and _text(v) not in unit_lines).strip()
        for line in above
    ]
    texts = [t for t in texts if t]
    unit_lines += [t for t in texts if unit_line(t)]
    lines = [t for t in texts if t not in unit_lines]
    own_title = lines[0] if lines else ""
    cells = [c for row in rows for c in row.cells if isinstance(c, str)]
    unit, grid.unit_source = find_unit(
        own_title, unit_lines, [_text(h) for h in header], cells, grid.filename or name
    )
    return unit or "", own_title, "\n".join(lines[1:])


def _decimals(sheet: Sheet) -> int:
    places = 0
    for row in sheet.rows:
        for column, value in zip(sheet.columns, row.cells, strict=True):
            if column.kind == "amount" and isinstance(value, Decimal) and not row.percent:
                exponent = value.as_tuple().exponent
                if isinstance(exponent, int):
                    places = max(places, -exponent)
    return min(places, MAX_DECIMALS)
