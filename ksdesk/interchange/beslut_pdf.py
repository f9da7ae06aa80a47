"""A list of delegationsbeslut in a PDF: the kallelse or protokoll as the kommun publishes it
("Anmälan av delegationsbeslut", its decisions as lettered points or a line each). Each page is
read as it is seen, by ksdesk's own reader of content streams (interchange.pdf_content_text,
as the search index reads a PDF bilaga), into the lines beslut_text reads: pypdf read a word
that Acrobat's PDFMaker draws in pieces in two ("Me dlem"), and a decision's text so. A page
whose font that reader cannot read (a composite font without a ToUnicode map) is read by
pypdf, with a warning in the report naming the page. A line at the top or foot of more
than one page, digits aside (the running header "Kallelse Idrottsnämnden Sida 2 (3)", the
footer with the address), is the page's, not the list's: it is reported for each page it
stands on, and never read into the decision it interrupts."""

from __future__ import annotations

import io
from collections import Counter

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.beslut_rows import KIND, BeslutList, line_where
from ksdesk.interchange.beslut_text import TextLine, read_text_list
from ksdesk.pdf_input import DAMAGED_PDF_HELP, open_pdf

_EDGE = 3  # lines at the top and at the foot of a page where a running header or footer stands


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def read_pdf_list(data: bytes, filename: str) -> BeslutList:
    """The decisions of the list in the PDF, and the report; InvalidInput (Swedish) for a PDF
    that cannot be read, has no text, or holds no such list."""
    result = BeslutList(report=ImportReport(KIND, filename))
    rows = read_text_list(pdf_lines(data, filename, result.report), filename, result.report)
    if rows is None:
        raise InvalidInput(
            f"{filename}: ingen lista över delegationsbeslut hittades i PDF-filen. Listan ska "
            "stå under en rubrik som ”Anmälan av delegationsbeslut”, med besluten som punkter "
            "(A., B. …) eller en rad för varje med diarienumret först."
        )
    result.rows = rows
    return result


def pdf_lines(data: bytes, filename: str, report: ImportReport) -> list[TextLine]:
    """The PDF's lines, numbered on their page, without the running header and footer."""
    pages = [text.splitlines() for text in _page_texts(data, filename, report)]
    if not any(line.strip() for page in pages for line in page):
        raise InvalidInput(
            f"{filename} har ingen text att läsa (en inskannad sida?). Kopiera listan till en "
            "textfil (.txt), eller registrera besluten ett och ett."
        )
    running = running_lines(pages)
    lines = []
    for page_number, page in enumerate(pages, start=1):
        for row, text in enumerate(page, start=1):
            if text.strip() and page_key(text) in running:
                report.drop(line_where(row, page_number), text.strip(), "sidhuvud eller sidfot")
            else:
                lines.append(TextLine(row, text, page_number))
    return lines


# pypdf's reading, where it stood in: it may split a word in two ("Me dlem").
_OTHER_READER = "lästes på ett annat sätt, som kan dela ett ord i två: granska besluten"


def _page_texts(data: bytes, filename: str, report: ImportReport) -> list[str]:
    """Each page's text as it is seen (pdf_content_text.seen_lines); pypdf's where that
    reader cannot read a font, or cannot open the file (pypdf then says why in Swedish)."""
    import pikepdf

    from ksdesk.interchange.pdf_content_text import seen_lines

    try:
        # An empty password opens a file "protected" against printing or copying only.
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception:  # a password, or a damaged file: pypdf refuses it in Swedish, or reads it
        reader = open_pdf(data, filename)
        texts = [pypdf_page(reader, number, filename) for number in range(1, len(reader.pages) + 1)]
        report.warn("Filen", "ksdesk:s läsare kan inte öppna filen", f"texten {_OTHER_READER}")
        return texts
    with pdf:
        fonts: dict = {}
        texts = []
        reader = None  # pypdf's, opened for the first page ksdesk's reader cannot read
        for number, page in enumerate(pdf.pages, start=1):
            try:
                text, unreadable = seen_lines(page, fonts)
            except Exception:  # a damaged object the reader meets: pypdf's turn
                text, unreadable = "", {"(skadat innehåll)"}
            if unreadable:
                reader = reader or open_pdf(data, filename)
                text = pypdf_page(reader, number, filename)
                report.warn(
                    f"Sida {number}",
                    f"ksdesk:s läsare kan inte läsa {unread_said(unreadable)}",
                    f"sidans text {_OTHER_READER} på sidan",
                )
            texts.append(text)
    return texts


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


def running_lines(pages: list[list[str]]) -> set[str]:
    """The shapes of the lines that stand at the top or foot of two pages or more."""
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [line for line in page if line.strip()]
        seen.update({page_key(line) for line in filled[:_EDGE] + filled[-_EDGE:]})
    return {shape for shape, pages_with_it in seen.items() if pages_with_it >= 2}
