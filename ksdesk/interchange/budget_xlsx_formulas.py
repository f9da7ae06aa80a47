"""The few formulas a budget sheet needs in Excel: writing them, reading them back, computing
them when no cached value exists, and caching the stated totals in the written file."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.utils import column_index_from_string, get_column_letter

from ksdesk.core.budget import Term

_REF = r"\$?([A-Z]{1,3})\$?([0-9]+)"
_RANGE = re.compile(rf"^{_REF}(?::{_REF})?$")
_SUM = re.compile(r"^=\s*(?:SUM|SUMMA|SUBTOTAL\(\s*9\s*,)\s*\(?(.*?)\)\s*$", re.IGNORECASE)
_SIGNED = re.compile(rf"([+-]?)\s*{_REF}")


def down_formula(column: int, excel_rows: list[int]) -> str:
    """=SUM(C5:C9,C11): consecutive rows as ranges, the rest one by one."""
    letter = get_column_letter(column + 1)
    if not excel_rows:
        return "=0"
    parts, start, previous = [], excel_rows[0], excel_rows[0]
    for row in [*excel_rows[1:], None]:
        if row is not None and row == previous + 1:
            previous = row
            continue
        parts.append(
            f"{letter}{start}" if start == previous else f"{letter}{start}:{letter}{previous}"
        )
        if row is not None:
            start = previous = row
    return f"=SUM({','.join(parts)})"


def across_formula(excel_row: int, terms: list[Term] | tuple[Term, ...]) -> str:
    """=SUM(D7:H7) for consecutive added columns, else =D7+E7-F7."""
    if not terms:
        return "=0"
    columns = [t.column for t in terms]
    consecutive = columns == list(range(columns[0], columns[-1] + 1))
    if all(t.sign > 0 for t in terms) and consecutive and len(columns) > 2:
        first, last = get_column_letter(columns[0] + 1), get_column_letter(columns[-1] + 1)
        return f"=SUM({first}{excel_row}:{last}{excel_row})"
    text = ""
    for i, term in enumerate(terms):
        sign = "-" if term.sign < 0 else ("+" if i else "")
        text += f"{sign}{get_column_letter(term.column + 1)}{excel_row}"
    return "=" + text


def cells_formula(cells: list[tuple[int, int, int]]) -> str:
    """=E7-F7 (an Avvikelse), =-B7+C7: (excel row, column, sign) added in order."""
    text = ""
    for i, (row, column, sign) in enumerate(cells):
        text += ("-" if sign < 0 else "+" if i else "") + f"{get_column_letter(column + 1)}{row}"
    return "=" + (text or "0")


@dataclass(frozen=True)
class Parsed:
    kind: str  # "down" (one column, several rows) or "across" (one row, several columns)
    cells: tuple[tuple[int, int, int], ...]  # (grid row, grid column, sign), 0-based

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(Term(c, s) for _, c, s in self.cells)

    def evaluate(self, grid: list[list]) -> Decimal | None:
        total = Decimal(0)
        for r, c, sign in self.cells:
            value = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
            if isinstance(value, Decimal):
                total += value if sign > 0 else -value
        return total


def parse_formula(text: str) -> Parsed | None:
    """=SUM(C5:C9,C11), =SUBTOTAL(9,C5:C9), =D7+E7-F7, =SUM(D7:H7); None for anything else."""
    cells: list[tuple[int, int, int]] = []
    match = _SUM.match(text.replace(";", ","))
    if match:
        for part in match.group(1).split(","):
            refs = _RANGE.match(part.strip().upper())
            if not refs:
                return None
            c1, r1 = column_index_from_string(refs.group(1)) - 1, int(refs.group(2)) - 1
            c2 = column_index_from_string(refs.group(3)) - 1 if refs.group(3) else c1
            r2 = int(refs.group(4)) - 1 if refs.group(4) else r1
            cells += [(r, c, 1) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
    else:
        body = text.lstrip("=").replace(" ", "").upper()
        if not body or _SIGNED.sub("", body):
            return None  # something other than added and subtracted cells
        for sign, letters, digits in _SIGNED.findall(body):
            column = column_index_from_string(letters) - 1
            cells.append((int(digits) - 1, column, -1 if sign == "-" else 1))
    if not cells:
        return None
    rows = {r for r, _, _ in cells}
    columns = {c for _, c, _ in cells}
    if len(columns) == 1 and (len(rows) > 1 or match):
        return Parsed("down", tuple(cells))
    if len(rows) == 1:
        return Parsed("across", tuple(cells))
    return None


def with_cached_values(xlsx: bytes, cached: dict[str, Decimal]) -> bytes:
    """Put each stated total into its formula cell's cached value (<v>) in the first
    worksheet: openpyxl writes formulas without one."""
    if not cached:
        return xlsx
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    target_buffer = io.BytesIO()
    with zipfile.ZipFile(target_buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = _fill(data.decode("utf-8"), cached).encode("utf-8")
            target.writestr(item, data)
    return target_buffer.getvalue()


def _fill(xml: str, cached: dict[str, Decimal]) -> str:
    def replace(match: re.Match) -> str:
        value = cached.get(match.group(2))
        if value is None:
            return match.group(0)
        return f"{match.group(1)}<f>{match.group(3)}</f><v>{format(value, 'f')}</v></c>"

    pattern = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v>\s*</v>)?</c>')
    return pattern.sub(replace, xml)
