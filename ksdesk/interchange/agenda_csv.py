"""The records of an ärendelista saved as CSV, with line numbers, and a refusal in Swedish
for what would otherwise be silently misread.

An unbalanced quote is the classic: `1;"Budget 2025;KS 2024/1` opens a quoted field that
the csv module closes only at the next quote, rows later, and the rows between become one
ärende. A field that runs over several lines is allowed (a förslag till beslut in several
att-satser); one whose later lines look like rows of the file is refused, naming the line
where the quote opened."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.import_guard import decode_text

_ROW_START = r"^\s*\d+\.?\s*{delimiter}"


def csv_records(
    data: bytes, filename: str, max_rows: int, one_column: Callable[[str], bool] | None = None
) -> list[tuple[int, list[str]]]:
    """(row number as a spreadsheet counts it, cells) of every record. `one_column` tells a
    first line that is a whole rubrikrad by itself ("Ärende"): a list of one column."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(
            f"{filename} är ingen textfil. Spara listan som CSV eller Excel-arbetsbok (.xlsx) och "
            "välj den nya filen."
        )
    try:
        text = decode_text(data)  # a BOM decides (UTF-8, UTF-16), else UTF-8, else cp1252
    except InvalidInput as error:
        raise InvalidInput(f"{filename}: {error}") from None
    first_line = text.split("\n", 1)[0]
    if not (one_column and one_column(first_line)):
        first_line = _header_line(text)
    delimiter = max((";", ",", "\t"), key=first_line.count)
    if _one_column(text, first_line, delimiter, one_column):
        delimiter = _NO_DELIMITER  # "Svar på motion; Enzons busstrafik" is one title
    width = first_line.count(delimiter) + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise InvalidInput(_csv_error(filename, reader.line_num or start, error)) from None
        if reader.line_num > start:
            _refuse_runaway_quote(record, delimiter, width, filename, start, reader.line_num)
        records.append((len(records) + 1, record))
        if len(records) > max_rows + 1:
            raise InvalidInput(f"{filename} har fler än {max_rows} rader: är det rätt fil?")
    return records


# A list of one column is read a line a cell: a character no text holds (cleaned_cell takes
# control characters out of what the import reads).
_NO_DELIMITER = "\x1f"


def _one_column(
    text: str, first_line: str, delimiter: str, names_field: Callable[[str], bool] | None
) -> bool:
    """A list of one column: few lines have a delimiter (a ";" or "," inside a title, as
    Region Blekinge's "Svar på motion; Enzons busstrafik i Blekinge", or in a pasted page's
    lines above the list: "… i Stadshuset, måndagen den 26 april", "Eva Lind, ordförande"),
    and the first line is no rubrikrad split by it ("Nr;Ärende;Dnr")."""
    lines = [line for line in text.splitlines() if line.strip()]
    if delimiter in first_line:
        if names_field is None:
            return False  # nothing to tell a rubrikrad by: a first line split is a table's
        fields = next(csv.reader([first_line], delimiter=delimiter), [])
        if sum(1 for field in fields if field.strip() and names_field(field.strip())) >= 2:
            return False
    return sum(1 for line in lines if delimiter in line) * 4 < len(lines)


def _header_line(text: str) -> str:
    """The line the delimiter is read off: the first, unless two records running among the
    first few have more of one delimiter alike, as the rubrikrad and the rows under a
    document's own heading ("Kallelse till kommunstyrelsen, 11 maj") have. A record is read
    with its quotes minded, so that a cell of several lines (a Word table's "Föredragande:
    …" under the title) is one record. A comma counts only from two on: one comma a line is
    a title's, in a list of one column."""
    lines = [line for line in text.split("\n", 12)[:12] if line.strip()]
    first = lines[0] if lines else ""
    best, most = first, max(first.count(d) for d in ";,\t")
    runs = []
    for order, delimiter in enumerate(";\t,"):
        records = _leading_records(text, delimiter)
        least = 2 if delimiter == "," else 1
        runs += [
            (at, order, line, found)
            for (at, line, found), (_at, _line, after) in itertools.pairwise(records)
            if found >= least and found == after
        ]
    for _at, _order, line, found in sorted(runs):
        if found > most:
            best, most = line, found
    return best


def _leading_records(text: str, delimiter: str, count: int = 12) -> list[tuple[int, str, int]]:
    """(the line it starts on, that line, its delimiters) of each of the first `count`
    records that hold anything, read as the csv module reads them."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, str, int]] = []
    start = 0
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append((start, lines[start], len(record) - 1))
            start = reader.line_num
            if len(records) == count:
                break
    except csv.Error:
        pass  # an unbalanced quote: refused with its line when the file is read
    return records


def _refuse_runaway_quote(
    record: list[str], delimiter: str, width: int, filename: str, first: int, last: int
) -> None:
    row_start = re.compile(_ROW_START.format(delimiter=re.escape(delimiter)))
    # A line of many delimiters inside a cell looks like rows swallowed, unless the record
    # has the rubrikrad's cells all the same: a förslag listing dates ("7, 14 och 28 januari;
    # 4 och" over "25 februari; 4, 11 och 25 mars; …", Kungsbacka's) quoted as a sheet saves it.
    whole = len(record) == width
    for column, cell in enumerate(record, start=1):
        later_lines = cell.replace("\r\n", "\n").split("\n")[1:]
        if any(
            row_start.match(line) or (line.count(delimiter) >= max(1, width - 2) and not whole)
            for line in later_lines
        ):
            raise InvalidInput(
                f'{filename}, rad {first}: ett citattecken (") i fält {column} stängs inte på '
                f"samma rad, så raderna {first}–{last} skulle läsas som ett enda ärende. Ta bort "
                'citattecknet eller skriv det dubbelt ("") och försök igen.'
            )


def _csv_error(filename: str, line: int, error: csv.Error) -> str:
    message = str(error)
    if "field larger than field limit" in message:
        reason = "ett fält är orimligt långt (ett citattecken som aldrig stängs?)"
    elif "new-line character seen in unquoted field" in message:
        reason = "en radbrytning står mitt i ett fält utan citattecken"
    else:
        reason = "raden är inte giltig CSV (ett citattecken mitt i ett fält?)"
    return f"{filename}, rad {line}: {reason}. Rätta raden och försök igen."
