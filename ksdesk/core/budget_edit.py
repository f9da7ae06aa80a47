"""Editing a budget sheet: every operation returns a NEW sheet (the old one is untouched), so
the tab can keep the snapshot before and after an edit for undo. Declared identities
(`Column.sums`) follow their columns when columns are added, removed or moved."""

from __future__ import annotations

import copy
import re
from decimal import Decimal

from ksdesk.core.budget import (
    COLUMN_KIND_LABELS,
    COLUMN_KINDS,
    NUMERIC_KINDS,
    ROW_KINDS,
    UNITS,
    Cell,
    Column,
    Row,
    Sheet,
    Term,
)
from ksdesk.core.budget_unit import unit_in
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import (
    FormatError,
    format_amount,
    format_date,
    format_percent,
    parse_amount,
    parse_date,
    parse_percent,
)


def new_sheet(title: str, key: str, unit: str = "tkr", decimals: int = 0) -> Sheet:
    """A small table to start from: a text column, one amount column, a row and a Summa."""
    _check_unit(unit, decimals)
    columns = [Column("Post", "text"), Column("Belopp", "amount")]
    rows = [Row("data", ["", None]), Row("total", ["Summa", None])]
    return Sheet(key=key, title=title, unit=unit, decimals=decimals, columns=columns, rows=rows)


def _copy(sheet: Sheet) -> Sheet:
    return copy.deepcopy(sheet)


# ---------------------------------------------------------------------------------------------
# Cells


def parse_cell(sheet: Sheet, r: int, c: int, text: str | None) -> Cell:
    """What typed text means in this cell; FormatError (a Swedish sentence) when it cannot be
    read. Amounts typed with fewer decimals than the sheet shows get them ("5" → 5,0)."""
    if text is None or not text.strip():
        return None
    row, column = sheet.rows[r], sheet.columns[c]
    if row.kind == "heading" or column.kind in ("text", "code"):
        return text.strip()
    if column.kind == "date":
        return format_date(parse_date(text))
    if column.kind == "percent" or row.percent:
        return parse_percent(text)
    value = parse_amount(text)
    assert value is not None
    _same_unit(sheet, text)
    return _pad(value, sheet.decimals)


def _same_unit(sheet: Sheet, text: str) -> None:
    """An amount typed with a unit ("12,5 mnkr", "1 000,-") in a sheet of another: refused,
    never stored as 12,5 tkr, a thousandth of what was meant."""
    typed = unit_in(text) or ("kr" if re.search(r"[:,]-\s*$", text) else None)
    if typed is not None and typed != sheet.unit:
        raise FormatError(
            f"”{text.strip()}” är skrivet i {typed}, men bladet räknar i {sheet.unit}. Skriv "
            f"beloppet i {sheet.unit} utan enhet, eller byt bladets enhet (knappen Rubrik och "
            "enhet…).",
            text,
        )


def _pad(value: Decimal, decimals: int) -> Decimal:
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent < decimals:
        return value.quantize(Decimal(1).scaleb(-decimals))
    return value


def cell_edit_text(sheet: Sheet, r: int, c: int) -> str:
    """The text an editor starts from: amounts without the no-break spaces of display."""
    value = sheet.cell(r, c)
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if sheet.columns[c].kind == "percent" or sheet.rows[r].percent:
            return format_percent(value, decimals=None).replace("\u00a0", " ")
        return format_amount(value).replace("\u00a0", " ")
    return value


def set_cell(sheet: Sheet, r: int, c: int, text: str | None) -> Sheet:
    value = parse_cell(sheet, r, c, text)
    result = _copy(sheet)
    result.rows[r].cells[c] = value
    return result


# ---------------------------------------------------------------------------------------------
# Rows


def insert_row(sheet: Sheet, at: int, kind: str = "data") -> Sheet:
    _check_row_kind(kind)
    result = _copy(sheet)
    result.rows.insert(at, Row(kind, [None] * len(result.columns)))
    return result


def remove_row(sheet: Sheet, r: int) -> Sheet:
    result = _copy(sheet)
    del result.rows[r]
    return result


def move_row(sheet: Sheet, r: int, to: int) -> Sheet:
    result = _copy(sheet)
    row = result.rows.pop(r)
    result.rows.insert(max(0, min(to, len(result.rows))), row)
    return result


def set_row_kind(sheet: Sheet, r: int, kind: str) -> Sheet:
    """A heading holds labels only: its amounts become text; leaving heading, text that
    reads as an amount becomes one again."""
    _check_row_kind(kind)
    result = _copy(sheet)
    row = result.rows[r]
    old, row.kind = row.kind, kind
    for c, column in enumerate(result.columns):
        value = row.cells[c]
        if not column.is_numeric:
            continue
        if kind == "heading" and isinstance(value, Decimal):
            row.cells[c] = cell_edit_text(sheet, r, c)
        elif old == "heading" and isinstance(value, str):
            row.cells[c] = _try_number(value, percent=column.kind == "percent" or row.percent)
    return result


def set_row_percent(sheet: Sheet, r: int, percent: bool) -> Sheet:
    result = _copy(sheet)
    result.rows[r].percent = percent
    return result


def _try_number(text: str, percent: bool) -> Cell:
    try:
        return (parse_percent if percent else parse_amount)(text)
    except FormatError:
        return text  # kept as typed; the check warns about text among amounts


# ---------------------------------------------------------------------------------------------
# Columns


def insert_column(sheet: Sheet, at: int, header: str = "", kind: str = "amount") -> Sheet:
    _check_column_kind(kind)
    result = _copy(sheet)
    result.columns.insert(at, Column(header, kind))
    for row in result.rows:
        row.cells.insert(at, None)
    _remap(result, lambda i: i + 1 if i >= at else i)
    return result


def remove_column(sheet: Sheet, c: int) -> Sheet:
    if len(sheet.columns) <= 1:
        raise InvalidInput("Bladet måste ha minst en kolumn.")
    result = _copy(sheet)
    del result.columns[c]
    for row in result.rows:
        del row.cells[c]
    _remap(result, lambda i: None if i == c else (i - 1 if i > c else i))
    return result


def move_column(sheet: Sheet, c: int, to: int) -> Sheet:
    to = max(0, min(to, len(sheet.columns) - 1))
    order = list(range(len(sheet.columns)))
    order.insert(to, order.pop(c))
    new_index = {old: new for new, old in enumerate(order)}
    result = _copy(sheet)
    result.columns = [result.columns[i] for i in order]
    for row in result.rows:
        row.cells = [row.cells[i] for i in order]
    _remap(result, new_index.get)
    return result


def rename_column(sheet: Sheet, c: int, header: str) -> Sheet:
    result = _copy(sheet)
    result.columns[c].header = header.strip()
    return result


def set_column_kind(sheet: Sheet, c: int, kind: str) -> Sheet:
    """Change what a column holds; every cell is converted or the change is refused."""
    _check_column_kind(kind)
    result = _copy(sheet)
    column = result.columns[c]
    for r, row in enumerate(result.rows):
        value = row.cells[c]
        if value is None or row.kind == "heading":
            continue
        text = cell_edit_text(sheet, r, c)
        try:
            row.cells[c] = _convert(text, kind, row.percent)
        except FormatError as error:
            label = row.label or f"rad {r + 1}"
            raise InvalidInput(
                f"Kolumnen ”{column.header}” kan inte bli {COLUMN_KIND_LABELS[kind].lower()}: "
                f"”{text}” ({label}) går inte att läsa så. {error}"
            ) from error
    column.kind = kind
    if kind != "amount":
        column.sums = ()
    if kind not in NUMERIC_KINDS:
        _remap(result, lambda i: None if i == c else i)
    return result


def _convert(text: str, kind: str, percent_row: bool) -> Cell:
    if kind == "amount":
        return parse_percent(text) if percent_row else parse_amount(text)
    if kind == "percent":
        return parse_percent(text)
    if kind == "date":
        return format_date(parse_date(text))
    return text


def set_column_sums(sheet: Sheet, c: int, terms: tuple[Term, ...]) -> Sheet:
    """Declare that column `c` equals the signed sum of `terms` in every row (() removes it)."""
    for term in terms:
        if term.column == c:
            raise InvalidInput("En kolumn kan inte summera sig själv.")
        if not sheet.columns[term.column].is_numeric:
            header = sheet.columns[term.column].header
            raise InvalidInput(f"Kolumnen ”{header}” har inga belopp att summera.")
    if terms and sheet.columns[c].kind != "amount":
        raise InvalidInput("Bara en beloppskolumn kan vara en summa av andra kolumner.")
    result = _copy(sheet)
    result.columns[c].sums = tuple(terms)
    return result


def _remap(sheet: Sheet, new_index) -> None:
    """Move every declared identity's terms to their columns' new places (None drops one)."""
    for column in sheet.columns:
        terms = []
        for term in column.sums:
            index = new_index(term.column)
            if index is not None:
                terms.append(Term(index, term.sign))
        column.sums = tuple(terms)


# ---------------------------------------------------------------------------------------------
# The sheet


def set_properties(
    sheet: Sheet, *, title: str, unit: str, decimals: int, caption: str = ""
) -> Sheet:
    if not title.strip():
        raise InvalidInput("Budgetbladet måste ha en rubrik.")
    _check_unit(unit, decimals)
    result = _copy(sheet)
    result.title, result.unit, result.decimals = title.strip(), unit, decimals
    result.caption = caption.strip()
    return result


def _check_unit(unit: str, decimals: int) -> None:
    if unit not in UNITS:
        raise InvalidInput(f"Okänd enhet ”{unit}”: välj bland {', '.join(UNITS)}.")
    if not 0 <= decimals <= 6:
        raise InvalidInput("Antalet decimaler ska vara mellan 0 och 6.")


def _check_row_kind(kind: str) -> None:
    if kind not in ROW_KINDS:
        raise InvalidInput(f"Okänd radtyp ”{kind}”.")


def _check_column_kind(kind: str) -> None:
    if kind not in COLUMN_KINDS:
        raise InvalidInput(f"Okänd kolumntyp ”{kind}”.")
