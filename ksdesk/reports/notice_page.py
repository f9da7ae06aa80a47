"""The page that stands in a public bilaga for a page left out of it: the same size, its
reason in words, in the bundled Liberation Sans (embedded, so the page reads the same
everywhere and meets PDF/A and PDF/UA, which Helvetica by name does not)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from ksdesk.reports.fonts import SANS, register_fonts

LEFT, TOP, SIZE, LEADING = 56, 72, 11, 16  # points from the left and the top edge


def notice_page_pdf(width: float, height: float, lines: list[str]) -> bytes:
    """A one-page PDF of `width` × `height` points with `lines` from the top left; a line
    too long for the page is wrapped at spaces."""
    register_fonts()
    out = io.BytesIO()
    # The initial font named too: ReportLab's default (Helvetica, not embedded) would
    # otherwise be set at the top of the page.
    canvas = Canvas(
        out,
        pagesize=(width, height),
        pageCompression=1,
        initialFontName=SANS,
        initialFontSize=SIZE,
        initialLeading=LEADING,
    )
    text = canvas.beginText(LEFT, height - TOP)
    text.setFont(SANS, SIZE, LEADING)
    for line in lines:
        for part in _wrapped(line, width - 2 * LEFT):
            text.textLine(part)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _wrapped(line: str, room: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    parts, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, SANS, SIZE) > room:
            parts.append(current)
            current = word
        else:
            current = candidate
    return [*parts, current]
