"""The widths of a standard font a PDF names without giving them: the 14 fonts every reader
has (Helvetica, Times, Courier with their bold and italic, Symbol, ZapfDingbats) may be used
without /Widths, and ReportLab, FPDF and many small tools write them so. A reader then draws
each glyph as wide as Adobe's AFM metrics say; ksdesk reads the same metrics (ReportLab's
copy of them), so that where a string's letters stand is known and not guessed: the box on
what the public copy took out lands on the gap (interchange.pdf_removal_marks), and the
layout reading of the page sees the words where they are (interchange.pdf_fonts).

A font whose program is embedded, or whose name is no standard font's, gets nothing here: its
widths are not these (the reader guesses them as before)."""

from __future__ import annotations

from functools import cache

import pikepdf
from reportlab.pdfbase import pdfmetrics

_STANDARD = frozenset(
    {
        "Courier",
        "Courier-Bold",
        "Courier-Oblique",
        "Courier-BoldOblique",
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-Oblique",
        "Helvetica-BoldOblique",
        "Times-Roman",
        "Times-Bold",
        "Times-Italic",
        "Times-BoldItalic",
        "Symbol",
        "ZapfDingbats",
    }
)
# The other names the PDF reference lets a file give them (Arial is drawn with Helvetica's
# widths, to which its own are equal), as Word and older tools write them unembedded.
_FAMILIES = {"Arial": "Helvetica", "TimesNewRoman": "Times", "CourierNew": "Courier"}
_STYLES = {
    "Helvetica": {"": "", "Bold": "-Bold", "Italic": "-Oblique", "BoldItalic": "-BoldOblique"},
    "Courier": {"": "", "Bold": "-Bold", "Italic": "-Oblique", "BoldItalic": "-BoldOblique"},
    "Times": {"": "-Roman", "Bold": "-Bold", "Italic": "-Italic", "BoldItalic": "-BoldItalic"},
}
# A font's own encoding when the file names none: the symbol fonts have theirs.
_BUILT_IN = {"Symbol": "SymbolEncoding", "ZapfDingbats": "ZapfDingbatsEncoding"}
_ENCODINGS = ("WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding")


def standard_widths(font: pikepdf.Dictionary) -> dict[int, float]:
    """Each one-byte code's width (thousandths of the size) in the standard font `font`
    names, by its encoding and /Differences; {} for a font that is not one, or is embedded."""
    name = standard_name(str(font.get("/BaseFont", "")).lstrip("/"))
    descriptor = font.get("/FontDescriptor")
    if name is None or _embedded(descriptor):
        return {}
    names = list(_vector(_base_encoding(font.get("/Encoding"), name)))
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Dictionary):
        _apply_differences(encoding.get("/Differences"), names)
    widths = _glyph_widths(name)
    return {code: float(widths[glyph]) for code, glyph in enumerate(names) if glyph in widths}


def standard_name(base: str) -> str | None:
    """The standard font `base` names ("Arial,Bold" is Helvetica-Bold), or None."""
    if base in _STANDARD:
        return base
    family, _comma, style = base.replace("-", ",").partition(",")
    family = family.removesuffix("MT").removesuffix("PS")  # ArialMT, TimesNewRomanPSMT
    style = style.removesuffix("MT")
    standard = _FAMILIES.get(family)
    if standard is None or style not in _STYLES[standard]:
        return None
    return standard + _STYLES[standard][style]


def _embedded(descriptor: object) -> bool:
    if not isinstance(descriptor, pikepdf.Dictionary):
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _base_encoding(encoding: object, name: str) -> str:
    if isinstance(encoding, pikepdf.Dictionary):
        encoding = encoding.get("/BaseEncoding")
    named = str(encoding).lstrip("/") if isinstance(encoding, pikepdf.Name) else ""
    if name in _BUILT_IN:  # a symbol font keeps its own whatever the file says
        return _BUILT_IN[name]
    return named if named in _ENCODINGS else "StandardEncoding"


def _apply_differences(differences: object, names: list[str | None]) -> None:
    """/Differences: a code, then the glyph names from that code on."""
    if not isinstance(differences, pikepdf.Array):
        return
    code = 0
    for item in differences:
        if isinstance(item, pikepdf.Name):
            if 0 <= code < len(names):
                names[code] = str(item).lstrip("/")
            code += 1
        else:
            try:
                code = int(item)
            except (TypeError, ValueError):
                return  # a damaged array: what was read so far stands


@cache
def _vector(encoding: str) -> tuple[str | None, ...]:
    return tuple(pdfmetrics.getEncoding(encoding).vector)


@cache
def _glyph_widths(name: str) -> dict[str, int]:
    return dict(pdfmetrics.getTypeFace(name).glyphWidths)
