"""User text drawn straight on a canvas (a running header's line), as the Paragraphs print
it: measured and drawn run by run, what the main font lacks in DejaVu Sans, and cut short
with "…" to fit."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ksdesk.reports.fonts import SANS_BOLD
from ksdesk.reports.printable import FALLBACK, FALLBACK_BOLD, font_runs


def _fallback_of(font: str) -> str:
    return FALLBACK_BOLD if font == SANS_BOLD else FALLBACK


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of user text, a sign the main font lacks measured in DejaVu Sans."""
    fallback = _fallback_of(font)
    return sum(
        pdfmetrics.stringWidth(run, fallback if other else font, size)
        for run, other in font_runs(text)
    )


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """User text on the canvas as the Paragraphs print it: Word's symbols as their signs,
    invisible characters left out, what the main font lacks in DejaVu Sans, the rest as �
    (drawn in one font, ☐ and ✓ would come out as empty boxes)."""
    fallback = _fallback_of(font)
    for run, other in font_runs(text):
        canvas.setFont(fallback if other else font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, fallback if other else font, size)


def elided(text: str, font: str, size: float, room: float) -> str:
    """`text` as it fits in `room` points, cut short with "…" (nothing when not even that fits)."""
    if text_width(text, font, size) <= room:
        return text
    low, high = 0, len(text)  # the longest start of the text that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""
