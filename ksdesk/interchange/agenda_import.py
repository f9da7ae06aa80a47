"""Reading an ärendelista from CSV (";" or ",", UTF-8 or Windows-1252) or XLSX.

Columns Nr, Ärende, Dnr, Föredragande, Tid and Förslag till beslut are found by their header,
in any order and case; only Ärende is required. Every refusal is an InvalidInput naming the row
(as the spreadsheet numbers it) and the column, and nothing is returned half-read: the caller
writes all rows or none."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError, format_time
from ksdesk.core.meeting import AgendaItem
from ksdesk.core.meeting_agenda import normalise_time_slot

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 500  # an ärendelista; anything longer is the wrong file

FIELDS = {
    "nr": "nr",
    "ärende": "title",
    "rubrik": "title",
    "dnr": "dnr",
    "diarienummer": "dnr",
    "föredragande": "presenter",
    "tid": "time_slot",
    "förslag till beslut": "proposal",
    "förslag": "proposal",
}
LABELS = {
    "nr": "Nr",
    "title": "Ärende",
    "dnr": "Dnr",
    "presenter": "Föredragande",
    "time_slot": "Tid",
    "proposal": "Förslag till beslut",
}


@dataclass
class AgendaImport:
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_agenda_file(path: Path | str) -> AgendaImport:
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file.name} är för stor för att vara en ärendelista.")
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Kunde inte läsa {file}: {error.strerror or error}.") from None
    return read_agenda(data, file.name)


def read_agenda(data: bytes, filename: str = "filen") -> AgendaImport:
    """Parse the bytes of a CSV or XLSX file into agenda items (InvalidInput on any problem)."""
    if not data.strip():
        raise InvalidInput(f"{filename} är tom.")
    if data[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm")):
        rows = _xlsx_rows(data, filename)
    else:
        rows = _csv_rows(data, filename)
    return _items(rows, filename)


def _csv_rows(data: bytes, filename: str) -> list[tuple[int, list[str]]]:
    if b"\x00" in data:
        raise InvalidInput(f"{filename} är ingen textfil: spara ärendelistan som CSV eller XLSX.")
    text = _decode(data, filename)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for record in reader:
            rows.append((reader.line_num, record))
            if len(rows) > MAX_ROWS + 1:
                raise InvalidInput(f"{filename} har fler än {MAX_ROWS} rader: är det rätt fil?")
    except csv.Error as error:
        raise InvalidInput(f"{filename}, rad {reader.line_num}: felaktig CSV ({error}).") from None
    return _renumber_csv(rows)


def _renumber_csv(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    # csv's line_num is the line where a record ends; a spreadsheet counts records from 1.
    return [(index, record) for index, (_line, record) in enumerate(rows, start=1)]


def _decode(data: bytes, filename: str) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(
        f"{filename} har en teckenkodning som inte går att läsa: spara som CSV (UTF-8)."
    )


def _xlsx_rows(data: bytes, filename: str) -> list[tuple[int, list[str]]]:
    from ksdesk.interchange.xlsx_open import open_xlsx  # only when an Excel file is read

    # Streaming and within caps (xlsx_open): a file that claims to be huge is refused.
    book = open_xlsx(data, "ärendelista", name=filename)
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, [_cell_text(v) for v in values]))
            if len(rows) > MAX_ROWS + 1:
                raise InvalidInput(f"{filename} har fler än {MAX_ROWS} rader: är det rätt fil?")
    except InvalidInput:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged sheet
        raise InvalidInput(f"{filename} kunde inte läsas som Excel-fil (xlsx): {error}.") from None
    finally:
        book.close()
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(" ")
    if isinstance(value, dt.time):
        return format_time(value)
    return str(value)


def _header_map(header: list[str], row: int, filename: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = re.sub(r"[\s\u00a0]+", " ", cell).strip().strip(":.").lower()
        name = FIELDS.get(key)
        if name and name not in found:
            found[name] = index
    if "title" not in found:
        raise InvalidInput(
            f"{filename}, rad {row}: kolumnen Ärende saknas. Rubrikraden ska ha kolumnerna "
            "Nr, Ärende, Dnr, Föredragande, Tid, Förslag till beslut (bara Ärende krävs)."
        )
    return found


def _items(rows: list[tuple[int, list[str]]], filename: str) -> AgendaImport:
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidInput(f"{filename} innehåller inga rader.")
    header_row, header = rows[0]
    columns = _header_map(header, header_row, filename)
    result = AgendaImport()
    for number, record in rows[1:]:
        values = {
            name: (record[index] if index < len(record) else "").strip()
            for name, index in columns.items()
        }
        result.items.append(_item(values, number, filename, "nr" in columns))
        result.warnings += [f"Rad {number}: {w}" for w in parse_dnr(values.get("dnr", "")).warnings]
    if not result.items:
        raise InvalidInput(f"{filename} har en rubrikrad men inga ärenden.")
    return result


def _item(values: dict[str, str], row: int, filename: str, has_nr: bool) -> AgendaItem:
    def refuse(column: str, message: str) -> InvalidInput:
        return InvalidInput(f"{filename}, rad {row}, kolumn {LABELS[column]}: {message}")

    title = " ".join(values.get("title", "").split())
    if not title:
        raise refuse("title", "ärendet saknar rubrik.")
    nr = values.get("nr", "").rstrip(".")
    if nr and not nr.isdigit():
        raise refuse("nr", f"”{nr}” är inget nummer.")
    try:
        slot = normalise_time_slot(values.get("time_slot", ""))
    except FormatError as error:
        raise refuse("time_slot", str(error)) from None
    dnr = " ".join(values.get("dnr", "").split())
    # In a numbered list, a row without number, Dnr or anything else is a heading row.
    section = (
        has_nr
        and not nr
        and not dnr
        and not any(values.get(k) for k in ("presenter", "time_slot", "proposal"))
    )
    return AgendaItem(
        title=title,
        dnr=dnr,
        is_section=section,
        presenter=" ".join(values.get("presenter", "").split()),
        time_slot=slot,
        proposal=values.get("proposal", "").replace("\r\n", "\n").strip(),
    )
