"""The bundled fonts every printed document uses (Liberation Sans and Serif, embedded, so
å, ä, ö copy out and every machine prints the same), and DejaVu Sans for the signs
Liberation lacks (reports.printable)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ksdesk import paths
from ksdesk.reports.printable import FALLBACK, FALLBACK_BOLD

SANS, SANS_BOLD, SANS_ITALIC = "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"
SERIF, SERIF_BOLD = "LiberationSerif", "LiberationSerif-Bold"

_FONT_FILES = {
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
    SANS_ITALIC: "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}


def register_fonts() -> None:
    """Register the bundled Liberation fonts once (embedded TrueType: å, ä, ö copy out)."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.fonts_dir() / filename)))
    pdfmetrics.registerFontFamily(
        SANS,
        normal=SANS,
        bold=SANS_BOLD,
        italic=SANS_ITALIC,
        boldItalic="LiberationSans-BoldItalic",
    )
    # Signs Liberation lacks (reports/printable.py sets them in it); no italic of its own.
    for name, filename in ((FALLBACK, "DejaVuSans.ttf"), (FALLBACK_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(paths.fonts_dir() / filename)))
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK, boldItalic=FALLBACK_BOLD
    )
    pdfmetrics.registerFontFamily(
        SERIF,
        normal=SERIF,
        bold=SERIF_BOLD,
        italic="LiberationSerif-Italic",
        boldItalic="LiberationSerif-BoldItalic",
    )
