"""Reading delegation points from CSV and XLSX files (delegation_rows does the reading of
rows; delegation_docx feeds it the tables of a Word document).

The header row is recognised by its column names, in the wordings kommuner use and with
typos (delegation_layout); a header repeated on each page is skipped; a row spanning the table
is a chapter heading; a row with an empty Nr continues the previous point or is a sub-heading.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from ksdesk.core.delegation import OUR_HEADINGS, Chapter, Version
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.csv_cells import unescape_cell
from ksdesk.interchange.delegation_cells import normal_nr
from ksdesk.interchange.delegation_number_column import as_nr, numbers_as_nr
from ksdesk.interchange.delegation_rows import RowReader
from ksdesk.interchange.delegation_table_row import Row
from ksdesk.interchange.delegation_titles import DEFAULT_CHAPTER
from ksdesk.interchange.import_guard import decode_text, read_import_file, xlsx_text

__all__ = ["DEFAULT_CHAPTER", "normal_nr", "read_csv", "read_rows", "read_xlsx", "summarise"]


def read_rows(
    rows: Iterable[list[str]], title: str | None = None, report: ImportReport | None = None
) -> list[Chapter]:
    reader = RowReader(report)
    reader.start_table(title)
    for number, row in enumerate(rows, start=1):
        reader.add_row(Row(list(row), where=f"Rad {number}"))
    return _finish(reader).chapters


def _finish(reader: RowReader) -> Version:
    chapters = reader.finish()
    for row in reader.leftover:
        reader.report.drop(row.where, " | ".join(row.distinct()), "står före rubrikraden")
    version = Version(key="", name="", chapters=chapters)
    version.column_headings = _own_headings(reader.column_headings)
    version.extra_columns = list(reader.extra_columns)
    summarise(version, reader)
    return version


def _own_headings(headings: dict[str, str]) -> dict[str, str]:
    """Only the headings that differ from ours: "Ärende" need not be remembered."""
    ours = OUR_HEADINGS
    return {
        name: text
        for name, text in headings.items()
        if name in ours and search_key(text) != search_key(ours[name])
    }


def summarise(version: Version, reader: RowReader) -> None:
    """The "read" lines of the report: what the file gave."""
    report = reader.report
    points = len(version.all_points())
    report.read.append(f"{count(points, 'punkt', 'punkter')} i {len(version.chapters)} kapitel")
    subtitles = sum(1 for c in version.chapters if c.subtitle)
    marked = sum(1 for _, p in version.all_points() if p.marked)
    for number, one, many in (
        (reader.headings_read, "underrubrik", "underrubriker"),
        (subtitles, "kapitel med underrubrik", "kapitel med underrubrik"),
        (marked, "punkt markerad som ny eller ändrad", "punkter markerade som nya eller ändrade"),
        (len(version.extra_columns), "extra kolumn", "extra kolumner"),
    ):
        if number:
            report.read.append(count(number, one, many))


def read_csv(path: Path, report: ImportReport | None = None) -> Version:
    # UTF-8, UTF-16 or Excel's Windows-1252 on a Swedish Windows; binary data refused.
    text = decode_text(read_import_file(path, "delegationsordning"), path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = RowReader(report)
    # ksdesk's own export wrote "'=…" for a cell that would be a formula (csv_cells.py).
    records = [
        [unescape_cell(cell) for cell in record]
        for record in csv.reader(io.StringIO(text, newline=""), dialect)
    ]
    _add_rows(reader, records, lambda number: f"Rad {number}")
    return _finish(reader)


def _add_rows(reader: RowReader, rows: list[list[str]], where: Callable[[int], str]) -> None:
    """A file's (or sheet's) rows to the reader, a column of point numbers under a heading
    that is not Nr's read as Nr, as in a Word table (delegation_number_column)."""
    numbers = numbers_as_nr(rows, reader.report, where)
    for number, cells in enumerate(rows, start=1):
        if numbers is not None:
            cells = as_nr(cells, rows[numbers[0]], numbers[1])
        reader.add_row(Row(cells, where=where(number)))


def read_xlsx(path: Path, report: ImportReport | None = None) -> Version:
    from ksdesk.interchange.xlsx_open import open_xlsx

    # Streaming and within caps (xlsx_open): a file that claims to be huge is refused.
    workbook = open_xlsx(Path(path), "delegationsordning")
    reader = RowReader(report)
    try:
        for sheet in workbook.worksheets:
            reader.start_table(None)
            rows = [[_xlsx_text(v) for v in values] for values in sheet.iter_rows(values_only=True)]
            _add_rows(reader, rows, lambda number, title=sheet.title: f"Blad {title}, rad {number}")
    finally:
        workbook.close()
    return _finish(reader)


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed as 12 reads back as 12.0
    return xlsx_text(str(value))
