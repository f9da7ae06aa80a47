"""The rows of the first sheet of an XLSX file as text, numbered as the spreadsheet numbers
them: what the list imports (ärendelista, delegationsbeslut) read a workbook into, the same
shape as agenda_csv.csv_records gives for a CSV file; `list_records` takes either."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_time
from ksdesk.interchange.agenda_csv import csv_records
from ksdesk.interchange.import_guard import xlsx_text


def list_records(
    data: bytes,
    filename: str,
    what: str,
    max_rows: int,
    one_column: Callable[[str], bool] | None = None,
    other_sheets: list[str] | None = None,
) -> list[tuple[int, list[str]]]:
    """The records of a list saved as XLSX or as CSV (agenda_csv.csv_records, `one_column`
    as there); InvalidInput for an empty file. `other_sheets` gets the names of a workbook's
    later sheets that hold anything (only the first is read)."""
    if not data.strip():
        raise InvalidInput(f"{filename} är tom.")
    if is_xlsx(data, filename):
        return xlsx_records(data, filename, what, max_rows, other_sheets)
    return csv_records(data, filename, max_rows, one_column)


def is_xlsx(data: bytes, filename: str) -> bool:
    """Whether the bytes are a workbook (a zip), or named as one."""
    return data[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm"))


def xlsx_records(
    data: bytes, filename: str, what: str, max_rows: int, other_sheets: list[str] | None = None
) -> list[tuple[int, list[str]]]:
    """(row number, cells as text) of every row of the first sheet; InvalidInput (Swedish)
    for a damaged file or one longer than `max_rows`. `other_sheets`: as list_records."""
    from ksdesk.interchange.xlsx_open import open_xlsx  # only when an Excel file is read

    # Streaming and within caps (xlsx_open): a file that claims to be huge is refused.
    book = open_xlsx(data, what, name=filename)
    rows: list[tuple[int, list[str]]] = []
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, [cell_text(v) for v in values]))
            if len(rows) > max_rows + 1:
                raise InvalidInput(f"{filename} har fler än {max_rows} rader: är det rätt fil?")
        if other_sheets is not None:
            other_sheets += [o.title for o in book.worksheets[1:] if _holds_anything(o)]
    except InvalidInput:
        raise
    except Exception:  # openpyxl raises many kinds on a damaged sheet
        raise InvalidInput(
            f"{filename}, rad {len(rows) + 1}: raden kunde inte läsas (Excel-filen är skadad)."
        ) from None
    finally:
        book.close()
    return rows


def _holds_anything(sheet: object) -> bool:
    # A look at the first rows is enough to tell an empty "Blad2" from a sheet of data.
    rows = sheet.iter_rows(max_row=50, values_only=True)  # type: ignore[attr-defined]
    return any(value not in (None, "") for row in rows for value in row)


def cell_text(value: object) -> str:
    """A cell as text: a whole number without ".0", a date cell as ÅÅÅÅ-MM-DD (with its time
    when it has one), a time as TT.MM."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return format_time(value)
    return xlsx_text(str(value))
