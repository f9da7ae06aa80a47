"""Importing a tjänsteskrivelse the handläggare sent as a PDF saved from Word (with its text).

The page's lines are read with their size and boldness (tjansteskrivelse_pdf_lines), made
into the blocks a Word file gives (tjansteskrivelse_pdf_blocks: the running header and footer
and page numbers out, paragraphs joined over lines and pages, tables by their columns) and
read by the same rules as Word's (tjansteskrivelse_read). A scanned PDF has no text to read:
it is refused with what to ask the handläggare for."""

from __future__ import annotations

from pathlib import Path

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.import_guard import MAX_IMPORT_BYTES, guarded
from ksdesk.interchange.tjansteskrivelse_docx import KIND, TjansteskrivelseRead
from ksdesk.interchange.tjansteskrivelse_pdf_blocks import pdf_blocks
from ksdesk.interchange.tjansteskrivelse_pdf_lines import pdf_lines
from ksdesk.interchange.tjansteskrivelse_read import read_blocks, summarise

PDF_MAGIC = b"%PDF-"
_ASK = "Be handläggaren om Word-filen, eller om en PDF sparad från Word (med text)."


def is_pdf(path: Path | str) -> bool:
    """Whether the file starts as a PDF does, whatever its name ends with."""
    try:
        with Path(path).open("rb") as file:
            return file.read(1024).lstrip().startswith(PDF_MAGIC)
    except OSError:
        return False  # the Word reader's check says why in Swedish


def read_file(path: Path | str) -> TjansteskrivelseRead:
    file = Path(path)
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise InvalidInput(
            f"Filen {file.name} är för stor för en tjänsteskrivelse "
            f"({file.stat().st_size // 1_000_000} MB). Är det rätt fil?"
        )
    return guarded(lambda: read_tjansteskrivelse(file), "PDF-fil", file.name)


def read_tjansteskrivelse(path: Path) -> TjansteskrivelseRead:
    """The PDF at `path` as a Tjansteskrivelse, and what the import did with it."""
    import pikepdf

    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError as error:
        raise InvalidInput(f"{path.name} är lösenordsskyddad och kan inte läsas. {_ASK}") from error
    with pdf:
        text = pdf_lines(pdf)
    pages = text.pages
    if not any(pages):
        raise InvalidInput(
            f"{path.name} har ingen text att läsa: den är troligen skannad (en bild av "
            f"papperet). {_ASK}"
        )
    report = ImportReport(KIND, path.name)
    for page, said in text.turned:
        report.drop(f"Sida {page}", said, "text som står på tvären (i marginalen): inte läst")
    for page, said in text.hidden:
        report.drop(f"Sida {page}", said, "osynlig text (som en skanners textlager): inte läst")
    parts = pdf_blocks(pages, report)
    ts = read_blocks(report, parts.headers, parts.blocks, parts.footers)
    summarise(ts, report)
    return TjansteskrivelseRead(ts, report)
