"""Reading the list of delegationsbeslut an ärendehanteringssystem exports (Public 360,
Ciceron, W3D3, Evolution, Lex): CSV (";", "," or tab; UTF-8 with or without BOM, UTF-16 or
Windows-1252), XLSX, a Word table (docx_as_text) or the report printed to PDF
(beslut_pdf_table), one row per decision.

The rubrikrad is found among the first rows, below the export's own title and period lines
("Delegationsbeslut 2020-11-01 – 2020-11-30"), which are reported, not read. Columns are
found by their heading in the wordings the systems use (Diarienummer, Dnr, Ärendenummer …)
and near matches for typos (column_map). A column that means nothing known is not lost: its
cells are kept in the decision's beskrivning, and the report says so. Dates are read by
core.written_dates in every form people write them (2020-11-26, 26.11.2020, 26/11/2020,
20201126, 26 nov. 2020 …), and here also as exports add to them (2020-11-26 14:32, an Excel
date cell or its serial number).

What is saved, skipped or warned about is decided in services.delegationsbeslut_import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ksdesk.core.dnr import without_label
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.interchange.beslut_cells import point_number, read_date
from ksdesk.interchange.beslut_columns import COLUMNS, LABELS
from ksdesk.interchange.beslut_counts import summary_row
from ksdesk.interchange.beslut_item_dnr import item_dnrs
from ksdesk.interchange.beslut_pdf import is_pdf, read_pdf_list
from ksdesk.interchange.beslut_pdf_table import table_records
from ksdesk.interchange.beslut_period import date_by_list_period
from ksdesk.interchange.beslut_rows import KIND, BeslutList, BeslutRow, line_where
from ksdesk.interchange.beslut_table_rows import (
    SECTION_HEADING,
    UNDATED,
    more_than_point,
    one_line,
    section_row,
    starts_row,
    word_records,
)
from ksdesk.interchange.beslut_text import (
    REPEATED_HEADER,
    delegat_group,
    layout_row,
    numbered_lines,
    read_text_list,
    text_lines,
)
from ksdesk.interchange.beslut_text_date import read_text_date
from ksdesk.interchange.beslut_year import head_date, list_head
from ksdesk.interchange.column_map import heading_key, map_headings
from ksdesk.interchange.docx_as_text import docx_as_text, is_docx
from ksdesk.interchange.import_guard import read_import_file
from ksdesk.interchange.sheet_records import is_xlsx, list_records

MAX_ROWS = 20_000  # several years of one förvaltning's decisions
_HEADER_SEARCH = 10  # the rubrikrad is looked for in this many first rows

# Headings that name some date of the document, not necessarily the decision's.
_GENERIC_DATES = frozenset({"datum", "dokumentdatum"})
# The heading must name at least two of these to be the rubrikrad (a title line names none).
_HEADER_FIELDS = frozenset({"dnr", "date", "rubrik", "beslut", "delegat", "punkt"})
# A printed table's rubrikrad names the decision's date, or the point of the delegations-
# ordning each row reports on (a förvaltning's list per point, its dates in the text).
_DATED = frozenset({"date", "punkt"})


def read_beslut_file(path: Path | str) -> BeslutList:
    file = Path(path)
    data = read_import_file(file, "lista över delegationsbeslut", reads_pdf=True)
    return read_beslut_list(data, file.name)


def read_beslut_list(data: bytes, filename: str = "filen") -> BeslutList:
    """Parse the bytes of a list (InvalidInput, Swedish, on what cannot be read)."""
    if is_pdf(data):  # the export printed as a table, or the list as a kallelse publishes it
        return _read_pdf(data, filename)
    result = BeslutList(report=ImportReport(KIND, filename))
    if word := is_docx(data):  # the list as a kallelse in Word has it: as Word saves text
        data = docx_as_text(data, filename, result.report)
    other_sheets: list[str] = []
    if word and b"\t" in data:  # a Word table: a cell's paragraphs are lines inside it
        records = word_records(data)
    else:
        records = list_records(
            data, filename, "lista över delegationsbeslut", MAX_ROWS, other_sheets=other_sheets
        )
    records = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    if not records:
        raise InvalidInput(f"{filename} innehåller inga rader.")
    for name in other_sheets:
        result.report.drop(f"Blad {name}", name, "bara arbetsbokens första blad läses in")
    try:
        at = _header_at(records, filename, result.report)
    except InvalidInput:  # no table: perhaps the list as a kallelse writes it, in text
        sheet = word or is_xlsx(data, filename)
        lines = text_lines(records) if sheet else numbered_lines(data)
        written = read_text_list(lines, filename, result.report)
        if written is None:
            raise
        result.rows = written
        date_by_list_period(lines, written, result.report)
        result.head_date, result.item_dnrs = head_date(head := list_head(lines)), item_dnrs(head)
        return result
    return _read_table(records, at, filename, result)


def _read_pdf(data: bytes, filename: str) -> BeslutList:
    """The PDF's table (beslut_pdf_table), its rows named by page and line; a PDF with no
    rubrikrad is read as the text of a kallelse (beslut_pdf)."""
    result = BeslutList(report=ImportReport(KIND, filename))
    dated = lambda cells: _is_header(cells, dated=True)  # noqa: E731
    table = table_records(data, filename, result.report, dated, starts_row)
    if table is None:
        return read_pdf_list(data, filename)
    records, places = table
    _read_table(records, _header_at(records, filename, result.report), filename, result)
    result.report.rename_rows([line_where(row, page) for page, row in places])
    for row in result.rows:  # the import names them as the page does, as the reader did
        row.page, row.row = places[row.row - 1]
    return result


def _read_table(
    records: list[tuple[int, list[str]]], at: int, filename: str, result: BeslutList
) -> BeslutList:
    """The decisions of the rows under the rubrikrad at `at`."""
    header_row, header = records[at]
    result.head_date = head_date(" ".join(cells) for _, cells in records[:at])
    columns = _header_map(header, header_row, filename, result.report)
    delegat = ""  # named by a sub-heading row, for the rows under it that name none
    for number, cells in records[at + 1 :]:
        if (layout := layout_row(cells, header)) is not None:
            delegat = _layout_line(number, cells, layout, delegat, result.report)
            continue
        if section_row(cells, columns):  # "10.1 | LAS, AB §§ 3-5 | Anställa": a heading
            text = " ".join(" ".join(c.split()) for c in cells if c.strip())
            result.report.drop(f"Rad {number}", text, SECTION_HEADING)
            continue
        row = _row(number, cells, header, columns, result.report)
        row.delegat = row.delegat or delegat
        read_text_date(row, result.report)  # "…, TE-2025-00540, datum 2025-07-01"
        if "date" in columns or summary_row(row, result.report):  # a list per point: counts
            result.rows.append(row)
    result.report.read.append(count(len(result.rows), "rad", "rader") + " med beslut")
    return result


def _layout_line(
    number: int, cells: list[str], layout: str, delegat: str, report: ImportReport
) -> str:
    """Report a row of the list's layout; the delegat for the rows under it."""
    text = " ".join(c.strip() for c in cells if c.strip())
    if layout == REPEATED_HEADER:
        report.drop(f"Rad {number}", text, "rubrikraden upprepas (ny sida): ingen rad med beslut")
    elif who := delegat_group(text):
        report.change(f"Rad {number}", text, f"delegat för raderna under: {who}")
        return who
    else:
        report.drop(f"Rad {number}", text, "underrubrik i listan: ingen rad med beslut")
    return delegat


def _header_at(records: list[tuple[int, list[str]]], filename: str, report: ImportReport) -> int:
    """The first row that names two of the decision's columns; the rows above it (the
    export's title, its period) go into the report."""
    for at, (_, cells) in enumerate(records[:_HEADER_SEARCH]):
        if _is_header(cells):
            for number, above in records[:at]:
                text = " ".join(c.strip() for c in above if c.strip())
                report.drop(f"Rad {number}", text, "står före rubrikraden")
            return at
    raise InvalidInput(
        f"{filename}: ingen rubrikrad hittades bland de första {_HEADER_SEARCH} raderna. "
        "Listan ska ha kolumner som Diarienummer, Beslutsdatum, Rubrik och Beslutsfattare."
    )


LAGRUM_NOTE = "visas under Med stöd av i anmälan och sparas i beskrivningen"


def _is_header(cells: list[str], dated: bool = False) -> bool:
    """Whether the row names two of the decision's columns (`dated`: one its date)."""
    named = {COLUMNS.field_of(c)[0] for c in cells if c.strip()}
    return len(named & _HEADER_FIELDS) >= 2 and (not dated or bool(named & _DATED))


def _header_map(header: list[str], row: int, filename: str, report: ImportReport) -> dict[str, int]:
    def unread(name: str | None) -> str:
        if name:
            return f"{LABELS[name]} finns redan i en kolumn före: innehållet sparas i beskrivningen"
        return "okänd kolumn: innehållet sparas i beslutets beskrivning"

    found = map_headings(header, row, _field_of(header), LABELS, report, unread)
    if "date" not in found and "punkt" in found and {"rubrik", "beslut"} & found.keys():
        report.change(f"Rad {row}", "rubrikraden", UNDATED)
        return found
    if "date" not in found or not {"rubrik", "beslut"} & found.keys():
        raise InvalidInput(
            f"{filename}, rad {row}: rubrikraden saknar "
            + ("kolumnen Beslutsdatum" if "date" not in found else "en kolumn för Rubrik/Beslut")
            + ". Listan ska ha kolumnerna Diarienummer, Beslutsdatum, Rubrik och "
            "Beslutsfattare (Delegationspunkt om den finns)."
        )
    if "delegat" not in found and "handlaggare" in found:
        report.change(f"Rad {row}", "kolumnen Handläggare", "lästes som beslutsfattare (delegat)")
    if "lagrum" in found:  # walk37 #9: the report said nothing of where it went
        report.change(f"Rad {row}", "kolumnen Lagrum", LAGRUM_NOTE)
    return found


def _field_of(header: list[str]) -> Callable[[str], tuple[str | None, bool]]:
    """COLUMNS.field_of, except that a plain "Datum" beside a column that names the decision's
    date ("Beslutsdatum") is not the decision's date, wherever it stands (it is often the day
    the document was registered): it is kept in the beskrivning as an unknown column is."""
    dates = {heading_key(c) for c in header if COLUMNS.field_of(c) == ("date", True)}
    generic = dates & _GENERIC_DATES
    if not generic or not dates - generic:  # no column names the decision's date itself
        return COLUMNS.field_of

    def field_of(heading: str) -> tuple[str | None, bool]:
        return (None, False) if heading_key(heading) in generic else COLUMNS.field_of(heading)

    return field_of


def _row(
    number: int, cells: list[str], header: list[str], columns: dict[str, int], report: ImportReport
) -> BeslutRow:
    where = f"Rad {number}"
    cells = [cleaned_cell(cell, report, where) for cell in cells]

    def value(name: str) -> str:
        index = columns.get(name)
        return one_line(cells[index]) if index is not None and index < len(cells) else ""

    row = BeslutRow(number, dnr=without_label(value("dnr")), date_text=value("date"))
    if row.dnr != value("dnr"):  # "Dnr KS 2020/12": the number is what is registered
        report.change(where, value("dnr"), "beteckningen framför diarienumret togs bort")
    row.date = read_date(row.date_text)
    row.received_text = value("received")
    row.received = read_date(row.received_text)
    rubrik, beslut = value("rubrik"), value("beslut")
    row.text = (
        f"{rubrik} – {beslut}" if rubrik and beslut and rubrik != beslut else beslut or rubrik
    )
    row.handlaggare = value("handlaggare")
    row.delegat = value("delegat") or row.handlaggare
    row.organ, row.forvaltning = value("organ"), value("forvaltning")
    lagrum, written_point = value("lagrum"), value("punkt")
    row.punkt = point_number(written_point) or point_number(lagrum)
    kept = [f"Lagrum: {lagrum}"] if lagrum else []
    if written_point and not point_number(written_point):
        # "SoL 4:1", "4 kap. 1 § SoL": a socialnämnd's list cites the law, not the point.
        kept.append(f"{header[columns['punkt']].strip()}: {written_point}")
        report.change(where, written_point, "inget punktnummer: sparas i beskrivningen")
    elif more_than_point(
        written_point, row.punkt
    ):  # "2.1.10 Dataskyddsförordningen GDPR, Artikel 33 …"
        kept.append(f"{one_line(header[columns['punkt']])}: {written_point}")
    for index, cell in enumerate(cells):
        if index in columns.values() or not cell.strip():
            continue
        heading = " ".join(header[index].split()) if index < len(header) else ""
        kept.append(f"{heading or 'Kolumn utan rubrik'}: {' '.join(cell.split())}")
    row.beskrivning = "\n".join(kept)
    return row
