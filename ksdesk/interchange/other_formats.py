"""Files an importer cannot read, recognised by their bytes, with what the secretary does.

A secretary picks the file she has: the delegationsordning Word saved in its old format, a
budget workbook with a password, the kallelse from LibreOffice, the PDF from the web site.
Each is refused with its own reason and the step that makes it readable, not with "not in
Office format": the old formats are compound files (OLE2) and the streams inside name what
they hold; a password-protected Word or Excel file is a compound file with EncryptionInfo;
OpenDocument is a zip whose first entry says its kind. A picture (a photographed or scanned
page) and a file whose content is not what its name ending says (.docx, .xlsx, .pdf) are
named too: read as text, they gave a missing column or an unknown encoding."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEAD_BYTES = 4096  # enough for every kind but a compound file
_ZIP_MAGIC = b"PK\x03\x04"


def _stream(name: str) -> bytes:
    """A stream's name as a compound file's directory writes it (UTF-16LE)."""
    return name.encode("utf-16-le")


_ENCRYPTED = (
    "lösenordsskyddad. Öppna den i Word eller Excel med lösenordet, ta bort det "
    "(Arkiv → Info → Skydda) och spara filen igen, eller spara en kopia utan lösenord"
)
_OLD_WORD = (
    "i Words äldre format (Word 97–2003, .doc). Öppna den i Word och spara den som "
    "Word-dokument (.docx)"
)
_OLD_EXCEL = (
    "i Excels äldre format (Excel 97–2003, .xls). Öppna den i Excel och spara den som "
    "Excel-arbetsbok (.xlsx)"
)
_OLD_OFFICE = "i ett äldre Office-format. Öppna den och spara den som .docx eller .xlsx"
_OPEN_DOCUMENT = (
    "i OpenDocument-format (LibreOffice, .odt/.ods). Spara den i LibreOffice som "
    "Word (.docx) eller Excel (.xlsx)"
)
_PDF = (
    "en PDF-fil. Importera originalet i Word (.docx) eller Excel (.xlsx); en PDF kan "
    "bifogas som bilaga till ett ärende"
)
_RTF = "i RTF-format. Öppna den i Word och spara den som Word-dokument (.docx)"


def format_problem(data: bytes) -> str:
    """What the file is and how to make it readable, when it is a kind no importer reads;
    "" for a file that may be an OOXML file or a text file. `data` may be the file's first
    bytes (HEAD_BYTES), except for a compound file, whose directory can stand anywhere."""
    if data.startswith(OLE_MAGIC):
        if _stream("EncryptionInfo") in data or _stream("EncryptedPackage") in data:
            return _ENCRYPTED
        if _stream("WordDocument") in data:
            return _OLD_WORD
        if _stream("Workbook") in data or _stream("Book") in data:
            return _OLD_EXCEL
        return _OLD_OFFICE
    if data.startswith(b"%PDF"):
        return _PDF
    if data.startswith(b"{\\rtf"):
        return _RTF
    if data.startswith(_ZIP_MAGIC) and _open_document(data):
        return _OPEN_DOCUMENT
    return ""


def _open_document(data: bytes) -> bool:
    """OpenDocument's first zip entry is "mimetype", stored and without extras (as the
    standard requires), so its name and kind stand at fixed places at the file's start."""
    return data[30:38] == b"mimetype" and data[38:].startswith(
        b"application/vnd.oasis.opendocument"
    )


# A picture's first bytes, and the name a secretary knows it by.
_PICTURES = (
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
)
_PICTURE = (
    "en bild ({kind}), inte ett dokument med text att läsa in. Välj dokumentet i Word, "
    "Excel eller som PDF med text; en inskannad sida kan bifogas som bilaga"
)
# What a name ending promises, and the words for what the content is instead.
_PROMISED = {
    ".docx": ("inget Word-dokument", _ZIP_MAGIC),
    ".xlsx": ("ingen Excel-fil", _ZIP_MAGIC),
    ".pdf": ("ingen PDF-fil", b"%PDF"),
}


def refuse_other_format(data: bytes, name: str) -> None:
    """InvalidInput, in Swedish, naming the file, when it is of a kind `format_problem` knows,
    a picture, or not what its name ending says (a damaged file, or one renamed by hand):
    read as text, it would give a report of gibberish or a missing column."""
    problem = format_problem(data)
    if problem:
        raise InvalidInput(f"{name} är {problem}.")
    for magic, kind in _PICTURES:
        if data.startswith(magic):
            raise InvalidInput(f"{name} är {_PICTURE.format(kind=kind)}.")
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in _PROMISED and not data.lstrip().startswith(_PROMISED[suffix][1]):
        raise InvalidInput(
            f"{name} är {_PROMISED[suffix][0]} fast namnet slutar på {suffix}: innehållet är "
            "något annat (filen kan vara skadad eller ha bytt namn). Öppna originalet i "
            "programmet det kommer från, spara det igen och importera den nya filen."
        )
