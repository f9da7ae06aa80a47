"""The delegation points as a spreadsheet (XLSX) or CSV, one row per point, under the column
names delegation_tabular reads: Kapitel | Nr | Ärende | Lagrum | Delegat | Ersättare |
[Med rätt att vidaredelegera] | Anmärkning. Roles stand one per line in their cell.

CSV is written the way Excel on a Swedish Windows opens it directly: UTF-8 with a byte-order
mark, semicolons between fields, every field quoted (cells hold commas and line breaks), and
a cell that a spreadsheet would run as a formula written as text (interchange/csv_cells.py)."""

from __future__ import annotations

import csv
import io

from ksdesk.core.delegation import POINT_COLUMNS, VIDARE_COLUMN, Point, Version
from ksdesk.interchange.csv_cells import escape_cell

CHAPTER_COLUMN = "Kapitel"
SHEET_TITLE = "Delegationsordning"
# Excel column widths (characters) by column name.
XLSX_WIDTHS = {
    CHAPTER_COLUMN: 24,
    "Nr": 7,
    "Ärende": 60,
    "Lagrum": 24,
    "Delegat": 32,
    "Ersättare": 32,
    VIDARE_COLUMN: 22,
    "Anmärkning": 40,
}


def columns(version: Version) -> list[str]:
    names = [CHAPTER_COLUMN, *POINT_COLUMNS]
    if any(p.vidaredelegation for _, p in version.all_points()):
        names.insert(names.index("Anmärkning"), VIDARE_COLUMN)
    return names


def _cells(chapter_title: str, point: Point, names: list[str]) -> list[str]:
    values = {
        CHAPTER_COLUMN: chapter_title,
        "Nr": point.nr,
        "Ärende": point.arende,
        "Lagrum": point.lagrum,
        "Delegat": "\n".join(point.delegat),
        "Ersättare": "\n".join(point.ersattare),
        VIDARE_COLUMN: point.vidaredelegation,
        "Anmärkning": point.anmarkning,
    }
    return [values[name] for name in names]


def rows(version: Version) -> list[list[str]]:
    """The header row, then one row per point."""
    names = columns(version)
    return [names, *(_cells(c.title, p, names) for c, p in version.all_points())]


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
    sheet.freeze_panes = "C2"  # the header and the chapter and number stay in view
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = version.header.get("Dokumentnamn") or version.name
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
