"""Reading a budget sheet from CSV: `;` or `,` (or tab) between fields, UTF-8 or Windows-1252,
numbers as Swedish text ("1 373", "−0,5") or as Excel writes them ("1373.5")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid import Grid, sheet_from_grid
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.os_errors import os_reason
from ksdesk.interchange.budget_paste import looks_pasted, sheet_from_pasted
from ksdesk.interchange.budget_report import clean_grid, report_grid
from ksdesk.interchange.import_guard import decode_text


def read_csv(path: Path, title: str, report: ImportReport | None = None) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Filen {path} kan inte läsas: {os_reason(error)}.") from error
    return sheet_from_csv_bytes(data, title, report, path.name)


def sheet_from_csv_bytes(
    data: bytes, title: str, report: ImportReport | None = None, filename: str = ""
) -> Sheet:
    text = decode(data, filename)
    if filename.lower().endswith(".txt") and looks_pasted(text):
        return sheet_from_pasted(text, title, report, filename)
    delimiter = guess_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    grid = Grid(cells=[list(row) for row in rows], filename=filename)
    clean_grid(grid, report)
    sheet = sheet_from_grid(grid, title)
    if report is not None:
        report_grid(sheet, grid, report)
    return sheet


def decode(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM) when it is valid, else Windows-1252 (Excel's "CSV" on a
    Swedish Windows): "Åskat" comes out right either way. Binary data (a renamed XLSX or
    PDF) is refused in Swedish rather than read as a sheet of gibberish."""
    return decode_text(data, name)


def guess_delimiter(text: str) -> str:
    """`;` when the lines use it (Swedish Excel does, because amounts carry decimal commas),
    else tab, else `,` (where Swedish amounts must then be quoted or written "1373.5")."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    for delimiter in (";", "\t"):
        if lines and sum(delimiter in line for line in lines) * 2 >= len(lines):
            return delimiter
    return ","
