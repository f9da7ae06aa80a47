"""The text of a stored bilaga, for the search index (services/search.py): a PDF's pages as
they are seen, read by ksdesk's own reader of content streams (interchange.pdf_content_text,
the reader of the public check); plain text decoded; anything else (or a scanned PDF without
a text layer) gives None: its content is unknown, not empty.

pypdf's text extraction splits words that Acrobat's PDFMaker draws in pieces ("Me dlem" for
"Medlem" in tests/interchange/word_pdfs), so a search for the word missed the file. It is
still asked where ksdesk's reader cannot read the text: a composite font without a
ToUnicode map, damaged content, a file pikepdf will not open. What it gives there is what
the index held before, never less."""

from __future__ import annotations

import io
from functools import lru_cache

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.import_guard import decode_text

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
    seen = _seen_text(content)
    text = seen if seen is not None else pypdf_text(content)
    return _known(text)


def _seen_text(content: bytes) -> str | None:
    """The pages as they are seen, one after another; None where ksdesk's reader
    cannot read all of it (pypdf is asked instead)."""
    import pikepdf

    from ksdesk.interchange.pdf_content_text import seen_lines

    try:
        # An empty password opens a file "protected" against printing or copying only.
        with pikepdf.open(io.BytesIO(content)) as pdf:
            fonts: dict = {}
            pages = []
            for page in pdf.pages:
                text, unreadable = seen_lines(page, fonts)
                if unreadable:
                    return None
                pages.append(text)
    except Exception:  # pikepdf refusing the file, or a damaged object in it: pypdf's turn
        return None
    return "\n".join(pages) if pages else None


def pypdf_text(content: bytes) -> str | None:
    """pypdf's text of the file, in drawing order ("" for pages without characters)."""
    from ksdesk.pdf_input import open_pdf

    try:
        reader = open_pdf(content)  # decrypted when "protected" with an empty password
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # refused by open_pdf, or pypdf failing on a damaged page: unknown
        return None


# A control character a font maps a glyph to (the PDFMaker form's check boxes are U+0000 in
# both readings): a space in the index, not a box in the excerpt the search shows.
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F], " ")


def _known(text: str | None) -> str | None:
    # Pages but no characters: a scan. Its content is unknown, not empty.
    return text.translate(_CONTROLS) if text and text.strip() else None
