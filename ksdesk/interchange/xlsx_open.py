"""Opening an XLSX to import, safely: every importer (budget, agenda, delegation) opens its
workbook here and nowhere else.

An XLSX is a zip of XML, and what it claims costs nothing to write: 4.7 KB can declare a
sheet of A1:XFD1048576 (17 billion cells, which openpyxl then pads every row to), 1 MB can
unpack to a 1 GiB text cell. So before openpyxl sees the file, every part is unpacked as a
stream (never whole) and read by a streaming XML parser that counts: the bytes unpacked, the
characters of each cell, the rows and columns that hold something. Past a cap the file is
refused in Swedish within seconds, having used a few MB. Then openpyxl opens it read-only
(streaming rows, `read_only=True`) with each sheet's size set to what the scan found, not to
what the file declares.

The caps sit far above any real agenda, budget sheet or delegationsordning and below what
would make the import slow or large (bench/xlsx_caps.py measures both). The scan is
interchange.xlsx_scan."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.import_guard import ZIP_MAGIC, not_word, read_import_file
from ksdesk.interchange.xlsx_scan import Refused, scan_xlsx
from ksdesk.logs import logger


def open_xlsx(source: Path | bytes, what: str, *, data_only: bool = True, name: str = "") -> Any:
    """An openpyxl workbook opened read-only from a file or its bytes (then `name` is the
    file's name), after the scan; the caller closes it. InvalidInput (Swedish, naming the
    file and the reason) for a file that is no XLSX, is damaged, or is beyond a cap."""
    import openpyxl  # only when an Excel file is read

    name = source.name if isinstance(source, Path) else (name or "Excel-filen")
    data = read_import_file(source, what) if isinstance(source, Path) else source
    if not data.startswith(ZIP_MAGIC):
        raise InvalidInput(f"{name} är ingen Excel-fil (.xlsx): den är inte i Office-format.")
    try:
        extents = scan_xlsx(data)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Refused as error:
        raise InvalidInput(f"{name} kan inte läsas in som {what}: {error}") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError) as error:
        logger("import").warning("%s: %s: %s", name, type(error).__name__, error)
        if name.lower().endswith(".docx"):  # a zip that is neither: said as what it claims
            raise InvalidInput(not_word(name)) from None
        raise InvalidInput(
            f"{name} kan inte läsas som Excel-fil (.xlsx): den är skadad eller ingen "
            "Excel-arbetsbok. Öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx)."
        ) from None
    for sheet in workbook.worksheets:
        extent = extents.get(str(getattr(sheet, "_worksheet_path", "")).lstrip("/"))
        _set_area(sheet, extent.read_area() if extent else None)
    return workbook


def _set_area(sheet: Any, area: tuple[int, int, int, int] | None) -> None:
    """The read-only sheet reads (and pads rows to) this area, not the declared dimension."""
    if area is None:
        sheet._min_column = sheet._min_row = sheet._max_column = sheet._max_row = 1
        return
    sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = area
