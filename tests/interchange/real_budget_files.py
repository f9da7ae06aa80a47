"""Writing the real budget tables (real_budget_results.py, real_budget_drift.py) as the
secretary receives them: XLSX (numbers as numbers or as text, result rows as formulas with cached
values, merged cells over the years of a two-line header, a nämnd's =SUM of the rows under it)
and CSV (semicolons, decimal commas, UTF-8 with BOM or Windows-1252, grouping by space, U+00A0,
U+202F or point, minus signs as −, (1 234) or 1 234-). No binary fixtures: every file is made
here. And what an import of each should give: headers, labels and figures, one figure changed.

A table is the lines of a semicolon file as printed (minus signs, spaces and dashes as the
source wrote them). `header_rows` is how many lines from the top the title and header take.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from ksdesk.interchange.budget_xlsx_formulas import with_cached_values


@dataclass(frozen=True)
class Table:
    name: str
    source: str
    unit: str
    lines: tuple[str, ...]
    # Rows (by label) that are checked as sums down the columns and hold on the real figures.
    checked: tuple[str, ...] = ()
    # (label, column header, new figure as printed, row label of the finding it must give)
    change: tuple[str, str, str, str] | None = None
    merged: tuple[tuple[int, int, int], ...] = field(default=())  # (line, first col, last col)
    above: int = 1  # lines above the column header: the title, a unit line
    codes: tuple[str, ...] = ()  # headers of columns that hold no amounts (besides "Not")
    # (row label, column header) of each fel the published table itself has: a figure
    # misprinted at the source, found by the checks (kept as published, never corrected).
    published_errors: tuple[tuple[str, str], ...] = ()
    # (row label, column header) of each avrundning the published figures carry.
    published_rounding: tuple[tuple[str, str], ...] = ()
    # (row label, column header) of the further fel the changed figure causes: an Avvikelse
    # or Netto on the same row no longer fits.
    change_also: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------------------------------------
# Figures as printed → numbers


_MINUS = "-\u2013\u2212"
_SPACES = " \u00a0\u202f\u2009"


def printed_number(text: str) -> Decimal | None:
    """The figure a printed cell shows ("– 1 329,0" → -1329.0), None for text and dashes."""
    body = text.strip()
    negative = False
    if body[:1] in _MINUS:
        negative, body = True, body[1:].strip()
    if body.endswith("%"):
        return None
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    if body.endswith("-"):
        negative, body = True, body[:-1]
    body = "".join(ch for ch in body if ch not in _SPACES).replace(",", ".")
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", body):
        return None
    value = Decimal(body)
    return -value if negative else value


def cells(table: Table) -> list[list[str]]:
    return [line.split(";") for line in table.lines]


def header_rows(table: Table) -> int:
    """Lines before the first body row: the title and the header line(s)."""
    return table.above + (2 if table.merged else 1)


# ---------------------------------------------------------------------------------------------
# Writers


def write_csv(
    table: Table, path: Path, encoding: str = "utf-8-sig", spaces: str = " ", minus: str = ""
) -> Path:
    """A semicolon file; `spaces` replaces the grouping spaces (U+00A0, U+202F, "."),
    `minus` the minus signs ("()" puts a negative in brackets, "after" writes 1 234-); line
    breaks inside a header cell are kept in quotes."""
    out = io.StringIO()
    for row in cells(table):
        fields = []
        for value in row:
            if printed_number(value) is not None:
                value = re.sub(r"(?<=\d) (?=\d{3}\b)", spaces, value)
                negative = re.match(rf"^[{_MINUS}]\s*(.*)$", value)
                if negative and minus == "()":
                    value = f"({negative.group(1)})"
                elif negative and minus == "after":
                    value = f"{negative.group(1)}-"
                elif negative and minus:
                    value = minus + negative.group(1)
            if "\n" in value or ";" in value or '"' in value:
                value = '"' + value.replace('"', '""') + '"'
            fields.append(value)
        out.write(";".join(fields) + "\r\n")
    text = out.getvalue()
    if encoding == "cp1252":  # what Excel on a Swedish Windows can save: − as -, U+202F as U+00A0
        text = text.replace("\u2212", "-").replace("\u202f", "\u00a0")
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(
    table: Table,
    path: Path,
    numbers: str = "number",
    formulas: bool = False,
    parents: tuple[tuple[int, int, int], ...] = (),
) -> Path:
    """`numbers`: "number" (stored as numbers, "#,##0.0" or "#,##0"), "text" (as the PDF's text
    pasted). `formulas`: every checked row a SUM of the rows above, with the printed figure as
    its cached value. `parents`: (line, first, last) lines whose figures are =SUM of the lines
    first..last under them (0-based, as in `Table.lines`)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    cached: dict[str, Decimal] = {}
    rows = cells(table)
    first_body = header_rows(table)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value == "":
                continue
            cell = ws.cell(r, c)
            number = printed_number(value) if r > first_body else None
            if number is not None and _is_note(table, c) and "," in value:
                number = None  # "4,5" in a Not column: notes 4 and 5, kept as text
            if number is not None and numbers == "number":
                cell.value = float(number) if number != number.to_integral() else int(number)
                places = -number.as_tuple().exponent
                cell.number_format = "#,##0" + ("." + "0" * places if places else "")
            elif value.endswith("%") and numbers == "number":
                cell.value = float(printed_number(value[:-1]) or 0) / 100
                cell.number_format = "0.0%"
            else:
                cell.value = value
                cell.data_type = "s"
    for line, first, last in table.merged:
        ws.merge_cells(
            start_row=line + 1, start_column=first + 1, end_row=line + 1, end_column=last + 1
        )
    if formulas:
        _write_formulas(ws, table, rows, first_body, cached)
    for line, first, last in parents:
        for c, value in enumerate(rows[line], start=1):
            number = printed_number(value) if c > 1 else None
            if number is not None:
                letter = get_column_letter(c)
                ws[f"{letter}{line + 1}"] = f"=SUM({letter}{first + 1}:{letter}{last + 1})"
                cached[f"{letter}{line + 1}"] = number
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(with_cached_values(buffer.getvalue(), cached))
    return path


def _write_formulas(ws, table: Table, rows, first_body: int, cached: dict) -> None:
    """Each checked row as the economist writes it: the previous result plus the rows since
    (=C7+C8+C9), or a block's sum after a heading (=SUM(C4:C9))."""
    anchor: int | None = None
    since: list[int] = []
    blocks = any(label.lower().startswith("summa") for label in table.checked)
    for r, row in enumerate(rows, start=1):
        if r <= first_body:
            continue
        label = row[0].strip()
        numbers = [printed_number(v) for v in row[1:]]
        if label in table.checked:
            for c, value in enumerate(row, start=1):
                number = printed_number(value) if c > 1 else None
                if number is None or _is_note(table, c):
                    continue
                letter = get_column_letter(c)
                terms = ([anchor] if anchor else []) + since
                if not terms:  # the total first, its parts under it
                    last = _last_row_under(rows, r, first_body)
                    formula = f"=SUM({letter}{r + 1}:{letter}{last})"
                elif blocks:
                    formula = f"=SUM({letter}{since[0]}:{letter}{since[-1]})"
                else:
                    formula = "=" + "+".join(f"{letter}{t}" for t in terms)
                ws[f"{letter}{r}"] = formula
                cached[f"{letter}{r}"] = number
            anchor, since = r, []
        elif label and not any(n is not None for n in numbers):
            if blocks:
                anchor, since = None, []
        elif label and not label.lower().startswith("varav"):
            since.append(r)


def _last_row_under(rows: list[list[str]], r: int, first_body: int) -> int:
    """The (1-based) last line of the rows with figures straight under line `r`."""
    last = r
    for line in range(r, len(rows)):  # rows[r] is the line under the 1-based line r
        if not any(printed_number(v) is not None for v in rows[line][1:]):
            break
        last = line + 1
    return last


def _is_note(table: Table, c: int) -> bool:
    """A column of note numbers, years or codes: never amounts."""
    header = expected_headers(table)[c - 1]
    return header.lower().startswith("not") or header in table.codes


# ---------------------------------------------------------------------------------------------
# What an import should give


def expected_rows(table: Table) -> list[tuple[str, list[Decimal | None]]]:
    """(label, figures of the amount and percent columns) of every non-empty body row."""
    rows = cells(table)
    first_body = header_rows(table)
    result = []
    for row in rows[first_body:]:
        if not any(v.strip() for v in row):
            continue
        figures = []
        for c, value in enumerate(row[1:], start=2):
            if _is_note(table, c):
                continue
            text = value.strip()
            if text.endswith("%"):
                figures.append(printed_number(text[:-1].strip()))
            else:
                figures.append(printed_number(text))
        result.append((row[0].strip(), figures))
    return result


def findings_of(result) -> set[tuple[str, str, str]]:
    """(row label, column header, severity) of every finding of a check."""
    return {(f.row_label, f.column_header, f.severity.value) for f in result.findings}


def published_fel(table: Table) -> set[tuple[str, str, str]]:
    return {(label, header, "fel") for label, header in table.published_errors}


def published_findings(table: Table) -> set[tuple[str, str, str]]:
    rounding = {(label, header, "avrundning") for label, header in table.published_rounding}
    return published_fel(table) | rounding


def changed(table: Table) -> Table:
    """The table with one figure changed (`Table.change`)."""
    assert table.change is not None
    label, header, figure, _ = table.change
    rows = cells(table)
    first_body = header_rows(table)
    headers = expected_headers(table)
    c = headers.index(header)
    lines = list(table.lines)
    for i, row in enumerate(rows):
        if i >= first_body and row[0].strip() == label:
            row[c] = figure
            lines[i] = ";".join(row)
            break
    return dataclasses.replace(table, lines=tuple(lines), change=None)


def _headers(rows: list[list[str]], merged: tuple[tuple[int, int, int], ...]) -> list[str]:
    """The column headers a reader should make: the two header lines joined, a merged cell's
    text carried over the columns it spans (and no further: Kramfors' second Not column,
    between KOMMUNEN's years and KONCERNEN's, is "Not"), line breaks as spaces."""
    # A word broken with a hyphen at a line end ("Kost-\nnader") is one word.
    bottom = [" ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", v).split()) for v in rows[-1]]
    if not merged:
        return bottom
    spans = [range(first + 1, last + 1) for _line, first, last in merged]
    top, carried = [], ""
    for c, value in enumerate(rows[-2]):
        inside = any(c in span for span in spans)  # not the label column, nor past a span
        carried = value.strip() or (carried if inside else "")
        top.append(carried)
    return [f"{t} {b}".strip() if t else b for t, b in zip(top, bottom, strict=True)]


def expected_headers(table: Table) -> list[str]:
    return _headers(cells(table)[: header_rows(table)], table.merged)
