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

from collections import Counter

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.beslut_item_dnr import item_dnrs
from ksdesk.interchange.beslut_period import date_by_list_period
from ksdesk.interchange.beslut_rows import KIND, BeslutList, line_where
from ksdesk.interchange.beslut_text import TextLine, read_text_list
from ksdesk.interchange.beslut_year import head_date, list_head
from ksdesk.interchange.pdf_page_reading import read_pages

_EDGE = 3  # lines at the top and at the foot of a page where a running header or footer stands


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def read_pdf_list(data: bytes, filename: str) -> BeslutList:
    """The decisions of the list in the PDF, and the report; InvalidInput (Swedish) for a PDF
    that cannot be read, has no text, or holds no such list."""
    result = BeslutList(report=ImportReport(KIND, filename))
    lines = pdf_lines(data, filename, result.report)
    rows = read_text_list(lines, filename, result.report)
    if rows is None:
        raise InvalidInput(
            f"{filename}: ingen lista över delegationsbeslut hittades i PDF-filen. Listan ska "
            "stå under en rubrik som ”Anmälan av delegationsbeslut”, med besluten som punkter "
            "(A., B. …) eller en rad för varje med diarienumret först."
        )
    result.rows = rows
    date_by_list_period(lines, rows, result.report)
    result.head_date, result.item_dnrs = head_date(head := list_head(lines)), item_dnrs(head)
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


def _page_texts(data: bytes, filename: str, report: ImportReport) -> list[str]:
    """Each page's text as it is seen (pdf_page_reading: pypdf's where ksdesk's reader
    cannot read a font, or cannot open the file; pypdf then says why in Swedish)."""
    from ksdesk.interchange.pdf_content_text import seen_text

    return [
        seen_text(page.pieces) if page.pieces is not None else page.text
        for page in read_pages(data, filename, report, "besluten")
    ]


def running_lines(pages: list[list[str]]) -> set[str]:
    """The shapes of the lines that stand at the top or foot of two pages or more."""
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [line for line in page if line.strip()]
        seen.update({page_key(line) for line in filled[:_EDGE] + filled[-_EDGE:]})
    return {shape for shape, pages_with_it in seen.items() if pages_with_it >= 2}
