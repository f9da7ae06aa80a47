"""Reading delegation points from rows of cells: CSV and XLSX files, and (through
delegation_docx) the tables of a Word document.

The header row is recognised by its column names, in the wordings kommuner use (Nr, Ärende /
Delegeringens omfattning, Lagrum / Lagrum/stöd, Delegat / Delegerat till, Ersättare, Med rätt
att vidaredelegera, Anmärkning / Anmärkning/villkor; optionally Kapitel). A header repeated on
each page is skipped; a row spanning the table (a merged cell) is a chapter heading; a row with
an empty Nr continues the previous point (a page break in Word) and is merged into it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from ksdesk.core.delegation import Chapter, Point
from ksdesk.core.errors import InvalidInput
from ksdesk.core.lookalike import search_key
from ksdesk.interchange.csv_cells import unescape_cell
from ksdesk.interchange.import_guard import decode_text, read_import_file

COLUMN_NAMES = {
    "nr": ("nr", "nr.", "punkt", "nummer", "punkt nr"),
    "arende": ("ärende", "delegeringens omfattning", "ärendetyp", "beslut", "ärende/beslut"),
    "lagrum": ("lagrum", "lagrum/stöd", "lagstöd", "lagrum/lagstöd", "stöd"),
    "delegat": ("delegat", "delegerat till", "delegater", "delegat/beslutsfattare"),
    "ersattare": ("ersättare", "ersättare för delegat"),
    "vidaredelegation": (
        "med rätt att vidaredelegera",
        "rätt att vidaredelegera",
        "vidaredelegation",
        "vidaredelegering",
    ),
    "anmarkning": ("anmärkning", "anmärkning/villkor", "anmärkningar", "kommentar", "villkor"),
    "kapitel": ("kapitel", "avsnitt"),
}
_LOOKUP = {search_key(name): field for field, names in COLUMN_NAMES.items() for name in names}
ROLE_FIELDS = ("delegat", "ersattare")
DEFAULT_CHAPTER = "Delegationspunkter"


def _normal(text: str) -> str:
    return search_key(re.sub(r"\s*/\s*", "/", text)).rstrip(":").strip()


def column_of(text: str) -> tuple[str | None, str]:
    """(field, chapter title) of a header cell: "Mark- och planering Ärende" → ("arende",
    "Mark- och planering"), as the seed's last chapters print it."""
    key = _normal(text)
    if key in _LOOKUP:
        return _LOOKUP[key], ""
    for name, field in _LOOKUP.items():
        if field == "arende" and key.endswith(" " + name):
            return field, text.strip()[: -len(name)].strip()
    return None, ""


def normal_nr(text: str) -> str:
    """ "1." → "1" (the seed prints a full stop after plain numbers); others as typed."""
    text = " ".join(text.split())
    return text[:-1] if text.endswith(".") and text[:-1].isdigit() else text


class RowReader:
    """Turns rows of cell texts into chapters of points. Feed tables with `start_table` and
    rows with `add_row`, then take `chapters`."""

    def __init__(self) -> None:
        self.chapters: list[Chapter] = []
        self.columns: dict[int, str] | None = None
        self.pending_title: str | None = None
        self.rows_read = 0

    # Tables and headers ------------------------------------------------------------------

    def start_table(self, title: str | None = None) -> None:
        self.columns = None
        if title:
            self.pending_title = title

    def _header(self, cells: list[str]) -> tuple[dict[int, str], str] | None:
        columns, title, unknown = {}, "", []
        for i, cell in enumerate(cells):
            field, embedded = column_of(cell) if cell.strip() else (None, "")
            if field and field not in columns.values():
                columns[i] = field
                title = title or embedded
            elif cell.strip():
                unknown.append(i)
        if "nr" not in columns.values() or len(columns) < 3:
            return None
        if "arende" not in columns.values():
            # "Nr | Livsmedel/kost | Lagrum | …": the chapter title stands in the Ärende column.
            nr_col = next(i for i, f in columns.items() if f == "nr")
            if nr_col + 1 in unknown:
                columns[nr_col + 1] = "arende"
                title = cells[nr_col + 1].strip()
            else:
                return None
        return columns, title

    def _chapter(self, title: str | None) -> Chapter:
        wanted = title or self.pending_title
        current = self.chapters[-1] if self.chapters else None
        if current is not None and (not wanted or search_key(wanted) == search_key(current.title)):
            return current
        chapter = Chapter(title=wanted or DEFAULT_CHAPTER)
        self.chapters.append(chapter)
        return chapter

    # Rows ---------------------------------------------------------------------------------

    def add_row(self, cells: list[str]) -> None:
        cells = [c if isinstance(c, str) else ("" if c is None else str(c)) for c in cells]
        filled = [c.strip() for c in cells if c.strip()]
        if not filled:
            return
        header = self._header(cells)
        if header is not None:
            self.columns, title = header
            if title:
                self.pending_title = title
                self._chapter(title)
            return
        if self._is_heading(cells, filled):
            self.pending_title = filled[0]
            if self.columns is not None:
                self._chapter(filled[0])
            return
        if self.columns is None:
            return  # a table that is not a delegation table (the document header, …)
        self._data_row(cells)

    def _is_heading(self, cells: list[str], filled: list[str]) -> bool:
        if len(set(filled)) != 1 or len(cells) < 2:
            return False
        spans_row = len(filled) == len(cells)  # a merged cell repeats its text in each column
        # Only the first cell, and no digit in it: a chapter row, not a point numbered "B1.1".
        first_only = bool(cells[0].strip()) and len(filled) == 1
        return spans_row or (first_only and not any(ch.isdigit() for ch in filled[0]))

    def _data_row(self, cells: list[str]) -> None:
        values = {f: cells[i] if i < len(cells) else "" for i, f in self.columns.items()}
        chapter_title = values.pop("kapitel", "").strip() or None
        nr = normal_nr(values.pop("nr", ""))
        if not nr:
            self._continue(values)
            return
        chapter = self._chapter(chapter_title)
        point = Point(nr=nr, arende="")
        for field, text in values.items():
            if field in ROLE_FIELDS:
                setattr(point, field, split_cell_roles(text))
            else:
                setattr(point, field, _clean_text(text))
        chapter.points.append(point)
        self.rows_read += 1

    def _continue(self, values: dict[str, str]) -> None:
        point = self.chapters[-1].points[-1] if self.chapters and self.chapters[-1].points else None
        if point is None:
            raise InvalidInput(
                "En rad utan nummer står först i tabellen: den kan inte fortsätta någon punkt."
            )
        for field, text in values.items():
            if not text.strip():
                continue
            if field in ROLE_FIELDS:
                setattr(point, field, merge_roles(getattr(point, field), split_cell_roles(text)))
            else:
                before = getattr(point, field)
                setattr(point, field, f"{before} {_clean_text(text)}".strip())


def _clean_text(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def split_cell_roles(text: str) -> list[str]:
    return [" ".join(x.split()) for x in re.split(r"[\n;]", text) if x.strip()]


def merge_roles(before: list[str], more: list[str]) -> list[str]:
    """A role cut by a page break goes on in lower case ("… eller" / "styrelsens 2:e …")."""
    merged = list(before)
    for role in more:
        if merged and role[:1].islower():
            merged[-1] = f"{merged[-1]} {role}"
        else:
            merged.append(role)
    return merged


def read_rows(rows: Iterable[list[str]], title: str | None = None) -> list[Chapter]:
    reader = RowReader()
    reader.start_table(title)
    for row in rows:
        reader.add_row(row)
    return finish(reader)


def finish(reader: RowReader) -> list[Chapter]:
    chapters = [c for c in reader.chapters if c.points]
    if not chapters:
        raise InvalidInput(
            "Filen innehåller ingen tabell med delegationspunkter. Tabellen behöver en rubrikrad "
            "med kolumnerna Nr, Ärende och Delegat."
        )
    return chapters


def read_csv(path: Path) -> list[Chapter]:
    # UTF-8 or Excel's Windows-1252 on a Swedish Windows; binary data refused in Swedish.
    text = decode_text(read_import_file(path, "delegationsordning"))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    # ksdesk's own export wrote "'=…" for a cell that would be a formula (csv_cells.py).
    return read_rows([unescape_cell(cell) for cell in row] for row in rows)


def read_xlsx(path: Path) -> list[Chapter]:
    from ksdesk.interchange.xlsx_open import open_xlsx

    # Streaming and within caps (xlsx_open): a file that claims to be huge is refused.
    workbook = open_xlsx(Path(path), "delegationsordning")
    reader = RowReader()
    for sheet in workbook.worksheets:
        reader.start_table(None)
        for row in sheet.iter_rows(values_only=True):
            reader.add_row([_xlsx_text(v) for v in row])
    workbook.close()
    return finish(reader)


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed as 12 reads back as 12.0
    return str(value)
