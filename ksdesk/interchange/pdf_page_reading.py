"""A PDF's pages read one at a time, as the importers of a list out of a kallelse or a
protokoll read them (beslut_pdf, agenda_pdf_pages): each page as it is seen, by ksdesk's own
reading of its content streams (pdf_content_text.seen_pieces, the search index's reader), so
that a word Acrobat's PDFMaker draws in pieces is whole. A page whose font that reader cannot
read (a composite font without a ToUnicode map), or whose content it cannot parse, is read
by pypdf, with a warning in the report naming the page; a file that reader cannot open at
all is read by pypdf page by page (a warning for the file), or refused in Swedish."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.pdf_drawn import DrawnPiece
from ksdesk.pdf_input import DAMAGED_PDF_HELP, open_pdf

# pypdf's reading, where it stood in: it may split a word in two ("Me dlem").
_OTHER_READER = "lästes på ett annat sätt, som kan dela ett ord i två: granska {}"


@dataclass
class ReadPage:
    number: int  # from 1
    of: int  # the file's pages
    pieces: list[DrawnPiece] | None  # the own reader's strings; None where pypdf read it
    text: str = ""  # pypdf's text of the page, where pypdf read it
    page: Any = None  # the pikepdf page (its drawn rules), where the own reader read it


def read_pages(
    data: bytes, filename: str, report: ImportReport, review: str, locked: str = ""
) -> Iterator[ReadPage]:
    """The file's pages in order, read when asked for (a caller may stop early). `review`:
    what to look over where pypdf read ("ärendena"); `locked`: what to do with a file that
    needs a password (else pypdf's refusal of it)."""
    import pikepdf

    from ksdesk.interchange.pdf_content_text import seen_pieces

    try:
        # An empty password opens a file "protected" against printing or copying only.
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        if locked:
            said = f"{filename} är lösenordsskyddad och kan inte läsas. {locked}"
            raise InvalidInput(said) from None
        pdf = None
    except Exception:  # damaged: pypdf refuses it in Swedish, or reads it
        pdf = None
    if pdf is None:
        reader = open_pdf(data, filename)
        report.warn("Filen", "ksdesk:s läsare kan inte öppna filen", _said(review, "texten"))
        for number in range(1, len(reader.pages) + 1):
            yield ReadPage(number, len(reader.pages), None, pypdf_page(reader, number, filename))
        return
    with pdf:
        fonts: dict = {}
        reader = None  # pypdf's, opened for the first page ksdesk's reader cannot read
        for number, page in enumerate(pdf.pages, start=1):
            try:
                pieces, unreadable = seen_pieces(page, fonts)
            except Exception:  # a damaged object the reader meets: pypdf's turn
                pieces, unreadable = [], {"(skadat innehåll)"}
            if not unreadable:
                yield ReadPage(number, len(pdf.pages), pieces, page=page)
                continue
            reader = reader or open_pdf(data, filename)
            text = pypdf_page(reader, number, filename)
            report.warn(
                f"Sida {number}",
                f"ksdesk:s läsare kan inte läsa {unread_said(unreadable)}",
                _said(review, "sidans text"),
            )
            yield ReadPage(number, len(pdf.pages), None, text)


def _said(review: str, what: str) -> str:
    return f"{what} {_OTHER_READER.format(review)}"


def unread_said(unreadable: set[str]) -> str:
    """ "typsnittet ABCDEF+Nameless", "skadat innehåll": what pdf_content_text could not read
    (a font by its name, else what it met in parentheses)."""
    fonts = sorted(name.lstrip("/") for name in unreadable if not name.startswith("("))
    said = [name.strip("()") for name in sorted(unreadable) if name.startswith("(")]
    if fonts:
        said.insert(0, ("typsnitten " if len(fonts) > 1 else "typsnittet ") + ", ".join(fonts))
    return " eller ".join(said)


def pypdf_page(reader, number: int, filename: str) -> str:
    """pypdf's text of page `number`; InvalidInput (Swedish) where it cannot read it."""
    try:
        return reader.pages[number - 1].extract_text() or ""
    except Exception:  # pypdf failing on a damaged page: the page cannot be read
        raise InvalidInput(
            f"{filename}: sidan {number} kan inte läsas. {DAMAGED_PDF_HELP}"
        ) from None
