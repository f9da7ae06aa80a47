"""The streaming scan of an XLSX before openpyxl sees it (interchange.xlsx_open): every part
unpacked as a stream and read by expat, counting the bytes unpacked, the characters of each
cell and the rows and columns that hold something; past a cap the scan stops at once with
the reason in Swedish (Refused). What it finds of each sheet (SheetExtent) is the area
openpyxl then reads."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from ksdesk.core.format import format_amount
from ksdesk.interchange.import_guard import column_name

MAX_UNPACKED_BYTES = 20 * 1000 * 1000  # all parts together, unpacked
MAX_PARTS = 2_000
MAX_CELL_CHARS = 32_767  # what Excel itself allows in one cell
MAX_ROWS = 50_000
MAX_COLUMNS = 500
MAX_CELLS = 250_000  # rows × columns of the area a sheet is read as (10 000 × 25, say)
MAX_TOKEN_BYTES = 1_000_000  # one tag or attribute: expat holds it whole until it ends
_CHUNK = 64 * 1024
_EXCEL_ROWS, _EXCEL_COLUMNS = 1_048_576, 16_384
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


class Refused(Exception):
    """Raised inside the scan; becomes one InvalidInput naming the file."""


@dataclass
class SheetExtent:
    """Where a sheet's cells are: any cell (styled or not), and cells holding something."""

    min_row: int = 0
    min_col: int = 0
    max_row: int = 0
    max_col: int = 0
    max_value_row: int = 0
    max_value_col: int = 0

    def add(self, row: int, col: int) -> None:
        # Plain comparisons: this runs for every cell of the file.
        if not self.min_row or row < self.min_row:
            self.min_row = row
        if not self.min_col or col < self.min_col:
            self.min_col = col
        if row > self.max_row:
            self.max_row = row
        if col > self.max_col:
            self.max_col = col

    def add_value(self, row: int, col: int) -> None:
        """A cell holding something; the scan stops here when it lies beyond a cap."""
        if row > self.max_value_row or col > self.max_value_col:
            self.max_value_row = max(self.max_value_row, row)
            self.max_value_col = max(self.max_value_col, col)
            _check_value_area(self)

    def read_area(self) -> tuple[int, int, int, int] | None:
        """(min_col, min_row, max_col, max_row) to read: every cell when that fits the caps,
        else only as far as cells hold something (what lies beyond is empty formatting);
        None for a sheet without cells."""
        if not self.max_row:
            return None
        if _fits(self.min_row, self.min_col, self.max_row, self.max_col):
            return self.min_col, self.min_row, self.max_col, self.max_row
        rows, cols = max(self.max_value_row, self.min_row), max(self.max_value_col, self.min_col)
        return self.min_col, self.min_row, cols, rows


def _fits(min_row: int, min_col: int, max_row: int, max_col: int) -> bool:
    rows, cols = max_row - min_row + 1, max_col - min_col + 1
    return max_row <= MAX_ROWS and max_col <= MAX_COLUMNS and rows * cols <= MAX_CELLS


def _count(number: int) -> str:
    return format_amount(number, 0)


_ROWS_READ = f"högst {_count(MAX_ROWS)} rader läses"
_COLUMNS_READ = f"högst {_count(MAX_COLUMNS)} kolumner läses"
_CELLS_READ = f"högst {_count(MAX_CELLS)} celler läses"


def scan_xlsx(data: bytes) -> dict[str, SheetExtent]:
    """Unpack and read every part as a stream, within the caps; the extent of every part
    that holds sheet rows, by its name in the zip. Raises Refused."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise Refused(f"filen har {_count(len(parts))} delar (högst {_count(MAX_PARTS)}).")
        budget = _Budget()
        extents: dict[str, SheetExtent] = {}
        for part in parts:
            if part.is_dir():
                continue
            with archive.open(part) as stream:
                if part.filename.endswith((".xml", ".rels", ".vml")):
                    extent = _XmlScan(budget).read(stream)
                    if extent.max_row:
                        extents[part.filename] = extent
                else:
                    budget.drain(stream)
    return extents


@dataclass
class _Budget:
    """The unpacked bytes left for the whole file."""

    left: int = MAX_UNPACKED_BYTES

    def take(self, chunk: bytes) -> bytes:
        self.left -= len(chunk)
        if self.left < 0:
            limit = format_amount(MAX_UNPACKED_BYTES // 1_000_000, 0, "MB")
            raise Refused(f"uppackad är filen större än {limit}: det är inget vanligt blad.")
        return chunk

    def drain(self, stream: Any) -> None:
        while self.take(stream.read(_CHUNK)):
            pass


@dataclass
class _XmlScan:
    """One XML part through expat, in chunks. Sheet rows and cells are located from their
    start tags alone; a cell with a value beyond a cap stops the scan at once. Text is
    counted where it can be long (shared and inline strings); anywhere else a run of text
    or a tag without any element starting within MAX_TOKEN_BYTES is refused. Few callbacks
    per cell: the scan of an ordinary sheet costs about as much as openpyxl's own reading."""

    budget: _Budget
    extent: SheetExtent = field(default_factory=SheetExtent)
    _parser: Any = None
    _text: int = 0
    _fed_since_event: int = 0
    _row: int = 0
    _col: int = 0
    _cell: tuple[int, int] | None = None
    _count_text: bool = True

    def read(self, stream: Any) -> SheetExtent:
        self._parser = parser = expat.ParserCreate()
        parser.buffer_text = False  # text arrives in pieces: counted, never held whole
        parser.StartElementHandler = self._start
        parser.CharacterDataHandler = self._characters
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        try:
            while chunk := self.budget.take(stream.read(_CHUNK)):
                parser.Parse(chunk, False)
                self._fed_since_event += len(chunk)
                if self._fed_since_event > MAX_TOKEN_BYTES:
                    raise Refused(
                        "filen innehåller en XML-tagg eller en text på över en miljon tecken."
                    )
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise Refused(f"filen är skadad (XML-fel på rad {error.lineno}).") from None
        finally:
            self._parser = None
        return self.extent

    def _doctype(self, *_args: Any) -> None:
        raise Refused("filen innehåller XML-deklarationer som Excel aldrig skriver (DOCTYPE).")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        self._fed_since_event = 0
        if ":" in name:  # a prefixed tag (x:c), as some programs write them
            name = name.rpartition(":")[2]
        if name == "c":
            if self._row:
                row, self._col = _reference(attributes.get("r"), self._row, self._col + 1)
                self._cell = (row, self._col)
                self.extent.add(row, self._col)
                self._counting(False)
        elif name in ("v", "f", "is"):
            if self._cell is not None:
                self.extent.add_value(*self._cell)
                self._counting(name == "is")
        elif name == "row":
            self._row = _number(attributes.get("r"), self._row + 1, _EXCEL_ROWS)
            self._col, self._cell = 0, None
            self._counting(False)  # sheet data: numbers, counted only in inline strings
        elif name == "si":
            self._counting(True)

    def _counting(self, on: bool) -> None:
        self._text = 0
        if on != self._count_text:
            self._count_text = on
            self._parser.CharacterDataHandler = self._characters if on else None

    def _characters(self, text: str) -> None:
        self._fed_since_event = 0
        self._text += len(text)
        if self._text > MAX_CELL_CHARS:
            raise Refused(
                f"en cell har mer än {_count(MAX_CELL_CHARS)} tecken, mer än Excel själv "
                "tillåter: det är inget vanligt blad."
            )


def _check_value_area(extent: SheetExtent) -> None:
    """Stop the scan as soon as a value lies beyond a cap (no need to read further)."""
    row, col = extent.max_value_row, extent.max_value_col
    if _fits(extent.min_row, extent.min_col, max(row, extent.min_row), max(col, extent.min_col)):
        return
    if row > MAX_ROWS:
        raise Refused(f"ett blad har innehåll på rad {_count(row)}; {_ROWS_READ}.")
    if col > MAX_COLUMNS:
        raise Refused(f"ett blad har innehåll i kolumn {column_name(col - 1)}; {_COLUMNS_READ}.")
    cells = (row - extent.min_row + 1) * (col - extent.min_col + 1)
    raise Refused(f"ett blad är minst {_count(cells)} celler stort; {_CELLS_READ}.")


def _number(text: str | None, default: int, highest: int) -> int:
    if text is None:
        return default
    try:
        number = int(float(text))
    except ValueError:
        raise Refused(f"filen är skadad (radnumret ”{text[:20]}”).") from None
    if not 1 <= number <= highest:
        raise Refused(f"filen är skadad (radnumret {text[:20]} finns inte i Excel).")
    return number


def _reference(text: str | None, row: int, col: int) -> tuple[int, int]:
    """(row, column) of a cell: its reference (A1) when it has one, else the next column."""
    if text is None:
        return row, col
    match = _CELL_REF.match(text)
    if match is None:
        raise Refused(f"filen är skadad (cellen ”{text[:20]}”).")
    letters, digits = match.groups()
    col = _COLUMNS.get(letters) or _column_number(letters)
    row = int(digits)
    if not (1 <= row <= _EXCEL_ROWS and 1 <= col <= _EXCEL_COLUMNS):
        raise Refused(f"filen är skadad (cellen {text} finns inte i Excel).")
    return row, col


_COLUMNS: dict[str, int] = {}


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    _COLUMNS[letters] = number
    return number
