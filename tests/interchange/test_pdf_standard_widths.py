"""The widths a reader draws a standard font with when the file gives none: by AFM's metrics,
through the font's encoding and /Differences, also under the names Word gives the same fonts
(Arial, TimesNewRoman); none for an embedded font or one no reader has built in."""

from __future__ import annotations

import pikepdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_standard_widths import standard_widths


def _font(base: str, encoding: object = None) -> pikepdf.Dictionary:
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType)
    font.BaseFont = pikepdf.Name("/" + base)
    if encoding is not None:
        font.Encoding = encoding
    return font


def test_widths_by_encoding_differences_and_words_names() -> None:
    winansi = Font(_font("Arial,Bold", pikepdf.Name.WinAnsiEncoding))
    text = "Lärkvägen 4, tel 070-123 45 67"
    drawn = winansi.advance(text.encode("cp1252"))
    assert round(drawn, 6) == round(stringWidth(text, "Helvetica-Bold", 1), 6)
    # /Differences: code 65 draws "quoteright", not "A"; the rest as StandardEncoding says.
    differences = pikepdf.Dictionary(Differences=pikepdf.Array([65, pikepdf.Name.quoteright]))
    widths = standard_widths(_font("TimesNewRomanPSMT", differences))
    assert (widths[65], widths[66], widths[32]) == (333.0, 667.0, 250.0)  # ’, B, space


def test_no_widths_for_an_embedded_or_unknown_font() -> None:
    embedded = _font("Helvetica", pikepdf.Name.WinAnsiEncoding)
    embedded.FontDescriptor = pikepdf.Dictionary(FontFile2=pikepdf.Stream(pikepdf.new(), b""))
    assert standard_widths(embedded) == {}
    assert standard_widths(_font("Frutiger-Roman")) == {}
