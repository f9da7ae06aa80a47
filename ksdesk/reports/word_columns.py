"""Column widths that keep words whole. A list's columns are given in mm and scaled to the
page; a Swedish compound in a narrow column ("Barn- och utbildningsförvaltningen",
"Samhällsbyggnadsförvaltningens") was then cut inside the word, "utbildnin" / "gsförvaltningen".
Each column is widened to its longest word, the room taken from the columns that have some
to spare, in proportion; with too little room in all, the widths stay as they were."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ksdesk.reports.base import available_width

CELL_PADDING = 3  # points each side of a cell's text, as the lists set it


def word_fitted_widths(
    widths_mm: Sequence[float],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    cell: ParagraphStyle,
    bold: ParagraphStyle,
) -> list[float]:
    """The columns' widths in points, filling the page's text width."""
    scale = available_width() / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]

    def longest(texts: Sequence[str], style: ParagraphStyle) -> float:
        words = (word for text in texts for word in text.split())
        found = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
        return found + 2 * CELL_PADDING + 1

    needs = [
        max(longest([header], bold), longest([row[c] for row in rows], cell))
        for c, header in enumerate(headers)
    ]
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    if not short or sum(spare) < short:
        return widths
    give = short / sum(spare)
    return [
        max(need, width - room * give)
        for need, width, room in zip(needs, widths, spare, strict=True)
    ]
