"""What every importer shares so that a bad file never crashes ksdesk and never half-writes.

An importer reads the whole file into core dataclasses first (nothing touches the database),
refusing with a Swedish message that names row and column (core.errors.RowError); only a
fully parsed file is then written, inside one transaction (services.imports.import_atomically).

    data = read_import_file(path, "budgetbladet")           # size, emptiness, existence
    text = decode_text(data)                                # UTF-8, UTF-16, Windows-1252
    rows = guarded(lambda: parse_csv(text), "budgetbladet")  # any parser crash -> InvalidInput
    raise RowError("beloppet ”12,3,4” är inget belopp", row=12, column=column_name(2))
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ksdesk.core.chosen_file import empty, folder, missing, unreadable
from ksdesk.core.errors import InvalidInput, KsdeskError, RowError
from ksdesk.interchange.other_formats import HEAD_BYTES, OLE_MAGIC, refuse_other_format
from ksdesk.logs import logger

T = TypeVar("T")

MAX_IMPORT_BYTES = 50 * 1000 * 1000  # far above any real agenda, budget or delegationsordning
MAX_ROWS = 100_000
ZIP_MAGIC = b"PK\x03\x04"
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_log = logger("import")
_SAVE_AGAIN = "Öppna den i programmet den kommer från, spara den igen och importera den nya filen."


def check_chosen(path: Path | str) -> Path:
    """The chosen file, or InvalidInput saying it is missing, a folder or empty."""
    file = Path(path)
    try:
        if file.is_dir():
            raise InvalidInput(folder(file))
        if not file.exists():
            raise InvalidInput(missing(file))
        size = file.stat().st_size
    except OSError as error:  # a name too long, a network drive gone
        raise InvalidInput(unreadable(file, error)) from None
    if size == 0:
        raise InvalidInput(empty(file))
    return file


def read_chosen(path: Path | str) -> bytes:
    """The bytes of the chosen file, refused as check_chosen says or as the computer says."""
    file = check_chosen(path)
    try:
        return file.read_bytes()
    except OSError as error:
        raise InvalidInput(unreadable(file, error)) from None


def check_import_file(
    path: Path | str,
    what: str = "filen",
    max_bytes: int = MAX_IMPORT_BYTES,
    reads_pdf: bool = False,
) -> Path:
    """Refuse (InvalidInput) a file to import that is missing, a folder, empty or too large,
    before any parser spends memory on it, or one of a kind no importer reads
    (interchange.other_formats); a PDF passes where `reads_pdf` says this import reads it."""
    file = check_chosen(path)  # missing, a folder, empty: said the same everywhere
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InvalidInput(
                f"Filen {file.name} är för stor för {what} ({size // 1_000_000} MB; högst "
                f"{max_bytes // 1_000_000} MB). Är det rätt fil?"
            )
        with file.open("rb") as opened:
            # An old .doc, a password-protected workbook, LibreOffice's or a PDF: its own
            # reason and what to do, whatever the file's name ends with. The start tells,
            # but for a compound file (then refused anyway): its directory names its kind.
            head = opened.read(HEAD_BYTES)
            if head.startswith(OLE_MAGIC):
                head += opened.read()
            if not (reads_pdf and head.lstrip().startswith(b"%PDF-")):
                refuse_other_format(head, file.name)
    except OSError as error:
        raise InvalidInput(unreadable(file, error)) from error
    return file


def not_word(name: str) -> str:
    """A file named .docx that Word's reader cannot open (a zip of something else, a damaged
    or half-copied document): what it is and what to do, for every import that reads Word."""
    return (
        f"{name} kan inte läsas som ett Word-dokument (.docx): den är skadad eller inget "
        "Word-dokument. Öppna den i Word och spara den igen som Word-dokument (.docx)."
    )


def open_word(source: Path | bytes, name: str) -> Any:
    """The Word document at `source` (its path or its bytes) as python-docx reads it, or
    InvalidInput saying `name` is no Word document and what to do."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        raise InvalidInput(not_word(name)) from None


def read_import_file(
    path: Path | str,
    what: str = "filen",
    max_bytes: int = MAX_IMPORT_BYTES,
    reads_pdf: bool = False,
) -> bytes:
    """The bytes of a file to import, or InvalidInput: missing, a folder, empty, too large
    (or a kind no importer reads, as check_import_file says)."""
    file = check_import_file(path, what, max_bytes, reads_pdf)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(unreadable(file, error)) from error
    return data


def decode_text(data: bytes, name: str = "") -> str:
    """Text of a CSV or text file: a BOM decides; else UTF-8; else Windows-1252 (what Excel
    on a Swedish Windows saves). Binary data is refused rather than read as gibberish; the
    refusal names the file when `name` is given (a secretary may import several)."""
    subject = name or "Filen"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InvalidInput(_encoding_message(error, subject)) from error
    if b"\x00" in data[:8192] or data.startswith(ZIP_MAGIC) or data.startswith(b"%PDF"):
        raise InvalidInput(
            f"{subject} är ingen textfil (den innehåller binärdata). Spara den som CSV "
            "(semikolonavgränsad, UTF-8) eller välj Excel-filen (.xlsx)."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        unknown = f"Teckenkodningen i {name}" if name else "Filens teckenkodning"
        raise InvalidInput(
            f"{unknown} känns inte igen (varken UTF-8 eller Windows-1252). Spara den som CSV "
            "UTF-8 och försök igen."
        )
    return text


def _encoding_message(error: UnicodeDecodeError, subject: str) -> str:
    return (
        f"{subject} kan inte läsas som {error.encoding.upper()} (fel vid byte {error.start}). "
        "Spara den som CSV UTF-8 och försök igen."
    )


def read_csv_rows(text: str, max_rows: int = MAX_ROWS) -> list[list[str]]:
    """Rows of a CSV text; the delimiter (; , or tab) is sniffed, ";" when unsure (Swedish
    Excel). Row numbers in errors are 1-based file lines, as a spreadsheet shows them."""
    sample = text[:4096]
    delimiter = ";"
    with contextlib.suppress(csv.Error):  # too little to tell: Swedish Excel's ";"
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > max_rows:
                raise InvalidInput(f"Filen har fler än {max_rows} rader: är det rätt fil?")
    except csv.Error as error:
        _log.warning("CSV: %s", error)
        raise RowError(
            f"raden kan inte läsas som CSV ({_csv_reason(error)})", row=reader.line_num
        ) from error
    return rows


def require_zip(data: bytes, what: str) -> None:
    """XLSX and DOCX are zip files: say so plainly when a file is not one."""
    if not data.startswith(ZIP_MAGIC):
        raise InvalidInput(f"Filen är ingen {what} (den är inte i Office-format).")


# The csv module's English, for what a secretary can do about it.
_CSV_REASONS = (
    ("nul", "raden innehåller ett nolltecken: filen är nog inte en textfil"),
    ("field limit", "en cell är längre än 131 072 tecken"),
    ("new-line", "en radbrytning står i en cell utan citattecken"),
    ("end of data", "ett citattecken öppnas men stängs aldrig"),
    ("expected after", "ett citattecken står mitt i en cell"),
)


def _csv_reason(error: Exception) -> str:
    said = str(error).lower()
    return next((why for key, why in _CSV_REASONS if key in said), "raden är felaktigt uppdelad")


def guarded(parse: Callable[[], T], what: str = "filen", name: str = "") -> T:
    """Run a parser; a KsdeskError passes through, anything else it throws on a bad file
    (zip, XML, openpyxl, docx, csv, decoding errors) becomes one Swedish InvalidInput,
    naming the file when `name` is given."""
    subject = name or "Filen"
    try:
        return parse()
    except KsdeskError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        _log.warning("%s: %s: %s", what, type(error).__name__, error)
        raise InvalidInput(
            f"{subject} kan inte läsas som {what}: den är skadad. {_SAVE_AGAIN}"
        ) from error
    except RecursionError as error:
        deep = f"{subject} kan inte läsas som {what}: den är för djupt nästlad."
        raise InvalidInput(deep) from error
    except MemoryError as error:
        raise InvalidInput(f"{subject} är för stor för att läsas som {what}.") from error
    except Exception as error:  # a third-party parser's every failure on a bad file
        # The parser's words (English) to the log, for whoever helps; Swedish to the user.
        _log.warning("%s: %s: %s", what, type(error).__name__, error)
        raise InvalidInput(
            f"{subject} kan inte läsas som {what}: den är skadad eller inte en sådan fil. "
            + _SAVE_AGAIN
        ) from error


_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def xlsx_text(value: str) -> str:
    """A string cell as Excel meant it: Excel writes a character XML cannot hold (a control
    character) as "_x0007_", and openpyxl hands that on as it is."""
    return _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def column_name(index: int) -> str:
    """Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
