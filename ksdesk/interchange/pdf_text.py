"""The text of a stored bilaga, for checks such as the personnummer scan before a public
copy. PDF through pypdf; plain text decoded; anything else (or a scanned PDF without a text
layer) gives None: its content cannot be checked, and the caller must treat it as unknown."""

from __future__ import annotations

from functools import lru_cache

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.import_guard import decode_text
from ksdesk.pdf_input import open_pdf

PDF_MAGIC = b"%PDF-"
_TEXT_SUFFIXES = (".txt", ".csv", ".md")


def bilaga_text(filename: str, content: bytes | None) -> str | None:
    """Text of a bilaga file, or None when it cannot be read as text."""
    if not content:
        return ""
    if content.startswith(PDF_MAGIC):
        return _pdf_text(content)
    if filename.lower().endswith(_TEXT_SUFFIXES):
        try:
            return decode_text(content)
        except InvalidInput:
            return None
    return None


@lru_cache(maxsize=64)
def _pdf_text(content: bytes) -> str | None:
    try:
        reader = open_pdf(content)  # decrypted when "protected" with an empty password
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # refused by open_pdf, or pypdf failing on a damaged page: unknown
        return None
    # Pages but no characters: a scan. Its content is unknown, not empty.
    return text if text.strip() or not reader.pages else None
