"""The first page's lines of an attached PDF, each with its size: what core.bilaga_title
finds the heading a new bilaga is named by in. Read by the same reading of the content
streams as a tjänsteskrivelse's PDF (tjansteskrivelse_pdf_lines), the first page only."""

from __future__ import annotations

import io

_LINES = 40  # the heading stands among the first lines; the body's size is told by these


def first_page_lines(data: bytes) -> list[tuple[str, float]]:
    """The first page's lines, top to bottom, as (text, size); none when the page cannot be
    read (a scan, a font without a map to letters, a damaged file): a title is a courtesy,
    the file's name is then taken."""
    import pikepdf

    from ksdesk.interchange.tjansteskrivelse_pdf_lines import pdf_lines

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            del pdf.pages[1:]  # in memory only: the file itself is stored as it came
            lines = pdf_lines(pdf).pages[0]
    except Exception:  # pikepdf's or the reader's own words: the title falls back, no more
        return []
    return [(line.text, line.size) for line in lines[:_LINES]]
