"""The delegation points as a spreadsheet (XLSX) or CSV, one row per point, under the column
names delegation_tabular reads: [Del] | Kapitel | Nr | Ärende | Lagrum | Delegat | Ersättare |
[Med rätt att vidaredelegera] | Anmärkning. Roles stand one per line in their cell; the Del
column (the chapter's part, "Del A Kommunstyrelsen") only when a chapter is in a part.

CSV is written the way Excel on a Swedish Windows opens it directly: UTF-8 with a byte-order
mark, semicolons between fields, every field quoted (cells hold commas and line breaks), and
a cell that a spreadsheet would run as a formula written as text (interchange/csv_cells.py)."""

from __future__ import annotations

import csv
import io

from ksdesk.core.delegation import (
    VIDARE_COLUMN,
    Point,
    Version,
    document_title,
    point_value,
    version_columns,
)
from ksdesk.interchange.csv_cells import escape_cell

CHAPTER_COLUMN = "Kapitel"
NOTE_COLUMN = "Text under kapitlet"  # only when a chapter has one; read back by the import
PART_COLUMN = "Del"
SHEET_TITLE = "Delegationsordning"
# Excel column widths (characters) by column name.
XLSX_WIDTHS = {
    PART_COLUMN: 24,
    CHAPTER_COLUMN: 24,
    NOTE_COLUMN: 40,
    "Nr": 7,
    "Ärende": 60,
    "Lagrum": 24,
    "Delegat": 32,
    "Ersättare": 32,
    VIDARE_COLUMN: 22,
    "Anmärkning": 40,
}


def _with_parts(version: Version) -> bool:
    return any(chapter.part.strip() for chapter in version.chapters)


def _with_notes(version: Version) -> bool:
    return any(chapter.note.strip() for chapter in version.chapters)


def columns(version: Version) -> list[str]:
    parts = [PART_COLUMN] if _with_parts(version) else []
    notes = [NOTE_COLUMN] if _with_notes(version) else []
    chapter = [CHAPTER_COLUMN, *notes]
    return [*parts, *chapter, *(heading for _, heading in version_columns(version))]


def _cells(point: Point, keys: list[str]) -> list[str]:
    values = [point_value(point, key) for key in keys]
    if point.marked and keys[1:2] == ["arende"]:
        # The import reads "NY:" back as the mark it was ("new in this version").
        values[1] = f"{'NY' if point.marked == 'ny' else 'ÄNDRAD'}: {values[1]}"
    return values


def _heading_cells(text: str, keys: list[str]) -> list[str]:
    """A sub-heading (or a chapter's sub-title) as the import reads one: text in the Ärende
    column, no Nr."""
    return [text if key == "arende" else "" for key in keys]


def rows(version: Version) -> list[list[str]]:
    """The header row, then one row per point (and per sub-heading before a point), each
    starting with its chapter's part (when there are parts), title and the text under its
    table (when a chapter has one)."""
    keys = [key for key, _ in version_columns(version)]
    table = [columns(version)]
    with_parts, with_notes = _with_parts(version), _with_notes(version)
    for chapter in version.chapters:
        lead = [chapter.part] if with_parts else []
        lead += [chapter.title, chapter.note] if with_notes else [chapter.title]
        for i, point in enumerate(chapter.points):
            if i == 0 and chapter.subtitle:
                table.append([*lead, *_heading_cells(chapter.subtitle, keys)])
            if point.heading:
                table.append([*lead, *_heading_cells(point.heading, keys)])
            table.append([*lead, *_cells(point, keys)])
    return table


def write_csv(version: Version) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([escape_cell(cell) for cell in row] for row in rows(version))
    return out.getvalue().encode("utf-8-sig")


def write_xlsx(version: Version) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    table = rows(version)
    for row in table:
        # Text cells throughout: "1" and "2.10" stay point numbers, never numbers or dates.
        sheet.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            cell.data_type = "s"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E6E6E6")
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    for i, name in enumerate(table[0], start=1):
        sheet.column_dimensions[get_column_letter(i)].width = XLSX_WIDTHS.get(name, 20)
    # The header and the part, chapter and number stay in view.
    sheet.freeze_panes = "D2" if _with_parts(version) else "C2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = document_title(version)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
