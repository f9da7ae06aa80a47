"""PDFs whose lines are drawn in pieces as Acrobat's PDFMaker draws Word's lines, for the tests
and benches of the readers of PDF text.

tests/interchange/word_pdfs/skarpo_batplats_pdfmaker.pdf draws the "Me" of "Medlem" where it
stands, then goes back to the line's start (Tm) and on past it (Td) to draw "dlem i
Fastighetsägareföreningen": pypdf reads "Me dlem", a reader of the page as it is seen reads
"Medlem". `draw_in_pieces` draws a line so: its first word of four letters or more cut after
its second letter, the two letters first. The font is embedded (Liberation Sans), so the file
says each glyph's width as PDFMaker's files do."""

from __future__ import annotations

import io
import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ksdesk.reports.fonts import SANS, register_fonts

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def draw_in_pieces(sheet: Canvas, x: float, y: float, line: str, size: float = 10) -> None:
    """`line` at (x, y) in Liberation Sans, its first long word drawn in two pieces, the
    second letter's end first (a line without such a word is drawn whole)."""
    register_fonts()
    text = sheet.beginText()
    text.setFont(SANS, size)
    word = _LONG_WORD.search(line)
    if word is None:
        text.setTextOrigin(x, y)
        text.textOut(line)
    else:
        cut = word.start() + 2
        text.setTextOrigin(x + stringWidth(line[: word.start()], SANS, size), y)
        text.textOut(line[word.start() : cut])
        text.setTextOrigin(x, y)
        text.textOut(line[: word.start()])
        text.moveCursor(stringWidth(line[:cut], SANS, size), 0)
        text.textOut(line[cut:])
    sheet.drawText(text)


def pdf_in_pieces(pages: list[list[str]], header: str = "") -> bytes:
    """A PDF of `pages`, each a list of lines drawn in pieces 16 points apart, under the
    running header `header` (drawn whole) with "Sida n (m)" below it, when one is given."""
    out = io.BytesIO()
    sheet = Canvas(out)
    for number, page in enumerate(pages, start=1):
        if header:
            sheet.setFont("Helvetica", 10)
            sheet.drawString(60, 800, header)
            sheet.drawString(60, 786, f"Sida {number} ({len(pages)})")
        for at, line in enumerate(page):
            draw_in_pieces(sheet, 60, 740 - 16 * at, line)
        sheet.showPage()
    sheet.save()
    return out.getvalue()
