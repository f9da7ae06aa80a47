"""Reading an ärendelista from CSV (";", "," or tab; UTF-8, UTF-16 or Windows-1252) or XLSX.

Columns are found by their heading, in any order and case, with the names kommuner use
(Beteckning, Diarienummer and Ärendenummer all mean Dnr) and near matches for typos; only
Ärende is required. A column that means nothing known is named in the report. The file's own
Nr is kept with each row (the service places the items so that they get those numbers). Time
and föredragande written inside the title cell ("Budgetuppföljning kl. 13.15 Anna Ek") are
read out of it when the file has no such columns.

Every refusal is an InvalidInput in Swedish naming the row (as the spreadsheet numbers it) and
the column, never a parser's English; nothing is returned half-read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError, format_time
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.core.meeting import Arende
from ksdesk.core.meeting_agenda import normalise_time_slot
from ksdesk.interchange.agenda_csv import csv_records
from ksdesk.interchange.column_map import ColumnMap
from ksdesk.interchange.import_guard import xlsx_text

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 500  # an ärendelista; anything longer is the wrong file

COLUMNS = ColumnMap(
    {
        "nr": ("nr", "nr.", "punkt", "§", "ärendepunkt", "löpnr"),
        "title": (
            "ärende",
            "ärenden",
            "rubrik",
            "ärendemening",
            "ärenderubrik",
            "titel",
            "ärende/rubrik",
            "dagordning",
            "ärendelista",
        ),
        "dnr": (
            "dnr",
            "dnr.",
            "diarienummer",
            "diarienr",
            "diarie nr",
            "beteckning",
            "ärendenummer",
            "ärendenr",
            "ärende nr",
        ),
        "presenter": ("föredragande", "föredragare", "föredras av", "presentatör"),
        "time_slot": ("tid", "klockslag", "kl", "kl.", "tidpunkt"),
        "proposal": ("förslag till beslut", "förslag", "beslutsförslag", "förslag till beslut"),
        "kind": ("typ", "ärendetyp", "typ av ärende"),
    }
)
LABELS = {
    "nr": "Nr",
    "title": "Ärende",
    "dnr": "Dnr",
    "presenter": "Föredragande",
    "time_slot": "Tid",
    "proposal": "Förslag till beslut",
    "kind": "Typ",
}
# "Beslut", "Beslutsärende", "Information", "Info", "Anmälan", "Anmälningsärende".
_KINDS = (("besl", "beslut"), ("info", "information"), ("anm", "anmalan"))
# "… kl. 13.15 Anna Ek", "… kl 13:15–13.45, Anna Ek (ekonomichef)" at the end of a title.
_TIME_IN_TITLE = re.compile(
    r"(?:^|[\s,;–-])\s*kl\.?\s*(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)"
    r"[\s,;–-]*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PRESENTER_IN_TITLE = re.compile(r"[\s,;–-]*föredragande:?\s*(.+)$", re.IGNORECASE | re.DOTALL)


@dataclass
class AgendaImport:
    items: list[Arende] = field(default_factory=list)
    numbers: list[int | None] = field(default_factory=list)  # the file's Nr of each item
    rows: list[int] = field(default_factory=list)  # the file's row of each item
    report: ImportReport = field(default_factory=lambda: ImportReport("dagordning", ""))

    @property
    def warnings(self) -> list[str]:
        return [line.sentence() for line in self.report.warnings]


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
        rows = csv_records(data, filename, MAX_ROWS)
    return _items(rows, filename)


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
    except Exception:  # openpyxl raises many kinds on a damaged sheet
        raise InvalidInput(
            f"{filename}, rad {len(rows) + 1}: raden kunde inte läsas (Excel-filen är skadad)."
        ) from None
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
    return xlsx_text(str(value))


def _header_map(header: list[str], row: int, filename: str, report: ImportReport) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = " ".join(cell.split())
        if not text:
            continue
        name, exact = COLUMNS.field_of(text)
        if name and name not in found:
            found[name] = index
            if not exact:
                report.change(f"Rad {row}", f"kolumnen ”{text}” lästes som {LABELS[name]}")
        else:
            why = "känns inte igen: dess innehåll läses inte in"
            if name:
                why = f"{LABELS[name]} finns redan i en kolumn före: läses inte in"
            report.unknown_column(f"Rad {row}", text, why)
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
    result = AgendaImport(report=ImportReport("dagordning", filename))
    report = result.report
    header_row, header = rows[0]
    columns = _header_map(header, header_row, filename, report)
    unknown = [i for i, c in enumerate(header) if c.strip() and i not in columns.values()]
    for number, record in rows[1:]:
        where = f"Rad {number}"
        record = [cleaned_cell(cell, report, where) for cell in record]
        values = {
            name: (record[index] if index < len(record) else "").strip()
            for name, index in columns.items()
        }
        item, nr = _item(values, number, filename, "nr" in columns, report)
        result.items.append(item)
        result.numbers.append(nr)
        result.rows.append(number)
        for warning in parse_dnr(item.dnr).warnings:
            report.warn(where, warning)
        for index in unknown:
            if index < len(record) and record[index].strip():
                report.drop(where, record[index], f"i kolumnen ”{header[index].strip()}”")
    if not result.items:
        raise InvalidInput(f"{filename} har en rubrikrad men inga ärenden.")
    sections = sum(1 for i in result.items if i.is_section)
    report.read.append(count(len(result.items) - sections, "ärende", "ärenden"))
    if sections:
        report.read.append(count(sections, "rubrikrad", "rubrikrader"))
    return result


def _item(
    values: dict[str, str], row: int, filename: str, has_nr: bool, report: ImportReport
) -> tuple[Arende, int | None]:
    def refuse(column: str, message: str) -> InvalidInput:
        return InvalidInput(f"{filename}, rad {row}, kolumn {LABELS[column]}: {message}")

    title = values.get("title", "").replace("\r\n", "\n").strip()
    if not title:
        raise refuse("title", "ärendet saknar rubrik.")
    nr_text = values.get("nr", "").rstrip(".").strip()
    if nr_text and not nr_text.isdigit():
        raise refuse("nr", f"”{nr_text}” är inget nummer.")
    title = _from_title(title, values, f"Rad {row}", report)
    try:
        slot = normalise_time_slot(values.get("time_slot", ""))
    except FormatError as error:
        raise refuse("time_slot", str(error)) from None
    dnr = " ".join(values.get("dnr", "").split())
    # In a numbered list, a row without number, Dnr or anything else is a heading row.
    section = (
        has_nr
        and not nr_text
        and not dnr
        and not any(values.get(k) for k in ("presenter", "time_slot", "proposal"))
    )
    typed = values.get("kind", "").strip().lower()
    kind = next((k for start, k in _KINDS if typed.startswith(start)), "")
    item = Arende(
        title=" ".join(title.split()),
        dnr=dnr,
        is_section=section,
        presenter=" ".join(values.get("presenter", "").split()),
        time_slot=slot,
        proposal=values.get("proposal", "").replace("\r\n", "\n").strip(),
    )
    if kind:
        item.kind = kind
    return item, int(nr_text) if nr_text else None


def _from_title(title: str, values: dict[str, str], where: str, report: ImportReport) -> str:
    """Time and föredragande written in the title cell go to their own fields (only when the
    file has nothing there already); the title keeps the rest."""
    if not values.get("time_slot"):
        match = _TIME_IN_TITLE.search(title)
        if match and match.start() > 0:
            values["time_slot"] = match.group(1)
            rest = match.group(2).strip(" ,;–-\n")
            if rest and not values.get("presenter"):
                values["presenter"] = " ".join(rest.split())
            report.change(where, title, "tid och föredragande lästes ur ärendecellen")
            title = title[: match.start()].strip(" ,;–-\n")
    if not values.get("presenter"):
        match = _PRESENTER_IN_TITLE.search(title)
        if match and match.start() > 0:
            values["presenter"] = " ".join(match.group(1).split())
            report.change(where, title, "föredragande lästes ur ärendecellen")
            title = title[: match.start()].strip(" ,;–-\n")
    return title
