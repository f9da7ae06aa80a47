"""What each column and row of a budget grid is, and what each of its cells holds.

A column is an amount column when its cells read as amounts, a code column when its numbers
are written with leading zeros ("0032" stays "0032"), are formatted as text, are years ("2019",
"2019-2020") or stand under "Not", a percent column when they carry "%". A row is a total by
its label (Summa, SUMMA, Total, Totalt, S:a, "Nämnder totalt") or by its SUM formulas, a
subtotal by "Delsumma" or an intermediate result, a heading when it has a label and no
amounts; its cells become Decimals where they are figures (points between the thousands,
brackets, a minus after, a lone dash kept as nil) and stay text where they are not, counted on
the grid so the import report can say what was read how.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from ksdesk.core.budget import (
    Cell,
    Column,
    Row,
    is_nil,
    is_percent_label,
    is_result_label,
    is_subtotal_label,
    is_total_row_label,
)
from ksdesk.core.budget_grid_header import one_line
from ksdesk.core.budget_grid_values import (
    NOTE_HEADER,
    YEAR,
    Grid,
    GridValue,
    as_text,
    is_unit_word,
    minus_first,
    reads_as_date,
    reads_as_number,
    squeezed,
)
from ksdesk.core.format import FormatError, format_date, parse_amount, parse_percent

_LEADING_ZERO_CODE = re.compile(r"^0[0-9]+$")
# A netto of the rows over it, in one word: "Skattenetto", "Finansnetto", "Räntenetto".
_NETTO_LABEL = re.compile(r"^\w+netto$", re.IGNORECASE)


# A figure as text: sign or bracket, digits with spaces, points or commas, a minus after, "%".
# Matched on `squeezed` text, with one optional space between the parts: a class of spaces
# followed by \s* and \s* again made a cell of many spaces take seconds (backtracking).
_FIGURE = re.compile(r"^[-\u2013\u2212(]? ?[0-9]+(?:[ .,]+[0-9]+)*[ .,]?\)? ?[-\u2013\u2212]? ?%?$")
_POINT_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_UNGROUPED = re.compile(r"[0-9]{4}")


# Columns of codes, whose points are no grouping ("1.100" is account 1.100): never read so.
_CODE_HEADER = re.compile(r"\b(?:konto|kod|ansvar|nr|nummer|id|objekt|projektnr)\b", re.I)


def looks_like_figure(text: str) -> bool:
    """Written as a figure ("190.057", "– 1 234", "12,5 %"), whether or not it reads as one."""
    return bool(re.search(r"[0-9]", text)) and bool(_FIGURE.match(squeezed(text.strip())))


# A footnote's mark after a figure: "94 133¹", "1 234*", "128 342 2)", "5,6 (3)".
_MARKED = re.compile(r"^(?P<figure>.*?\d)\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|\s\d\)|\s\(\d\))$")


def read_footnote_marks(grid: Grid, body: list[list[GridValue]], header: list[str]) -> None:
    """Figures with a footnote's mark after them read as the figure (the mark said in the
    report): left as text they were never summed, and a whole column of them was no column
    of amounts at all. The label column and code columns keep what they say."""
    codes = {c for c, text in enumerate(header) if c == 0 or _CODE_HEADER.search(text)}
    for row in body:
        for c, value in enumerate(row):
            if c in codes or not isinstance(value, str):
                continue
            marked = _MARKED.match(value.strip())
            if marked and _FIGURE.match(squeezed(marked.group("figure"))):
                grid.footnote_marks.append(value.strip())
                row[c] = marked.group("figure")


def read_point_groups(grid: Grid, body: list[list[GridValue]], header: list[str]) -> None:
    """Points between the thousands ("39.658", "1.329,0"), as some ledger exports write them,
    read as grouping when the table itself says so: two figures or more are grouped so, and
    none uses a point as a decimal sign ("12.5"), and fewer figures leave their thousands
    ungrouped ("1507" beside "190.057" and "1.166": Burlöv's socialnämnd writes a few so) than
    group them. A lone "1.373" stays text (and the check warns): it may be 1,373 just as well.
    The label column and columns headed as codes (Konto, Ansvar, Nr …) are left as they are."""
    grouped: list[tuple[list[GridValue], int]] = []
    ungrouped = 0
    codes = {c for c, text in enumerate(header) if c == 0 or _CODE_HEADER.search(text)}
    for row in body:
        for c, value in enumerate(row):
            if c in codes or not isinstance(value, str) or not _FIGURE.match(squeezed(value)):
                continue
            digits = re.sub(r"[^0-9.,\s\u00a0\u202f\u2009]", "", value).strip()
            if _POINT_GROUPED.fullmatch(digits):
                grouped.append((row, c))
            elif "." in digits:
                return  # a decimal point: not this table's way
            elif _UNGROUPED.search(digits.split(",")[0]):
                ungrouped += 1
    if len(grouped) < 2 or ungrouped >= len(grouped):
        return
    for row, c in grouped:
        row[c] = str(row[c]).replace(".", " ")
    grid.point_groups = len(grouped)


def column_kind(grid: Grid, body: list[list[GridValue]], body_at: int, c: int, header: str) -> str:
    values = [(r, row[c]) for r, row in enumerate(body, start=body_at) if row[c] is not None]
    # Unit words and nil dashes say nothing of the kind: a mostly "–" column is still amounts.
    values = [(r, v) for r, v in values if not is_unit_word(v) and not is_nil(v)]
    if NOTE_HEADER.match(header):
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
    numbers = [(r, v) for r, v in values if reads_as_number(v)]
    if numbers and len(numbers) * 2 >= len(values):
        percent = [
            1
            for r, v in numbers
            if (r, c) in grid.percent_cells or (isinstance(v, str) and "%" in v)
        ]
        by_header = is_percent_label(header)  # "Förändring %": never summed into kronor
        return "percent" if by_header or len(percent) == len(numbers) else "amount"
    if strings and all(reads_as_date(s) for s in strings) and len(strings) == len(values):
        return "date"
    return "text"


_YEAR_SPAN = re.compile(r"^(?:19|20)[0-9]{2}(?:\s*[-\u2013/]\s*(?:(?:19|20)?[0-9]{2}))?$")
_YEAR_HEADER = re.compile(r"\b(?:år|årtal|klar|klart|start|färdig|färdigt|tidplan)\b", re.I)


def _is_year_column(header: str, values: list[GridValue]) -> bool:
    """Every cell a year or a span of years, and the header or a span says so: a column of
    when, not of how much. Amounts that happen to lie between 1900 and 2099 have neither."""
    texts = [format(v, "f") if isinstance(v, Decimal) else v for v in values]
    if not texts or not all(isinstance(t, str) and _YEAR_SPAN.match(t.strip()) for t in texts):
        return False
    spans = any(not YEAR.match(str(t).strip()) for t in texts)
    return spans or bool(_YEAR_HEADER.search(header))


def sheet_row(grid: Grid, columns: list[Column], values: list[GridValue], r: int) -> Row:
    labels = [
        as_text(v) for v, col in zip(values, columns, strict=True) if col.kind in ("text", "code")
    ]
    label = next((t for t in labels if t), "")
    # What stands in the amount columns, unit words ("mnkr") aside: a row with nothing there
    # is a heading; text that is no amount ("1.373,5") keeps it a data row, so the check warns.
    numeric = [
        v
        for v, col in zip(values, columns, strict=True)
        if col.is_numeric and v is not None and not is_unit_word(v)
    ]
    if is_subtotal_label(label) or is_result_label(label) or _NETTO_LABEL.match(label):
        kind = "subtotal"  # "Delsumma", results ("Årets resultat"), nettos ("Skattenetto")
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
        # A label wrapped in the source ("Periodens\nresultat", a PDF's narrow cell carried
        # into the CSV) is one line, as a heading is: its row no longer twice as high.
        return one_line(value) if isinstance(value, str) else as_text(value)
    if column.kind == "date":
        return format_date(value) if isinstance(value, date) else as_text(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, date):
        return format_date(value)
    if is_nil(value):
        grid.nil_cells += 1
        return value.strip()  # shown as the board saw it; summed as nothing
    written = minus_first(value)
    try:
        if column.kind == "percent" or "%" in written:
            number = parse_percent(written)
        else:
            number = parse_amount(written)
    except FormatError:
        if value.strip().startswith("("):
            grid.bracketed += 1
        return value.strip()  # kept as written; the check warns about text among amounts
    if value.strip().startswith("("):
        grid.bracketed += 1
        grid.examples.setdefault("bracketed", (value.strip(), number))
    if written != value:
        grid.minus_after += 1
        grid.examples.setdefault("minus_after", (value.strip(), number))
    return number
