"""A list of delegationsbeslut in a PDF: the kallelse or protokoll as the kommun publishes it
("Anmälan av delegationsbeslut", its decisions as lettered points or a line each). The text is
read page by page (pypdf) into the lines beslut_text reads. A line at the top or foot of more
than one page, digits aside (the running header "Kallelse Idrottsnämnden Sida 2 (3)", the
footer with the address), is the page's, not the list's: it is reported for each page it
stands on, and never read into the decision it interrupts."""

from __future__ import annotations

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
    reader = open_pdf(data, filename)
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append((page.extract_text() or "").splitlines())
        except Exception:  # pypdf failing on a damaged page: the page cannot be read
            raise InvalidInput(
                f"{filename}: sidan {number} kan inte läsas. {DAMAGED_PDF_HELP}"
            ) from None
    if not any(line.strip() for page in pages for line in page):
        raise InvalidInput(
            f"{filename} har ingen text att läsa (en inskannad sida?). Kopiera listan till en "
            "textfil (.txt), eller registrera besluten ett och ett."
        )
    running = _running_lines(pages)
    lines = []
    for page_number, page in enumerate(pages, start=1):
        for row, text in enumerate(page, start=1):
            if text.strip() and page_key(text) in running:
                report.drop(line_where(row, page_number), text.strip(), "sidhuvud eller sidfot")
            else:
                lines.append(TextLine(row, text, page_number))
    return lines


def _running_lines(pages: list[list[str]]) -> set[str]:
    """The shapes of the lines that stand at the top or foot of two pages or more."""
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [line for line in page if line.strip()]
        seen.update({page_key(line) for line in filled[:_EDGE] + filled[-_EDGE:]})
    return {shape for shape, pages_with_it in seen.items() if pages_with_it >= 2}
