"""The glyphs of a Type 3 font as a string draws them: each glyph is a small content stream
of its own (a CharProc) that paints paths, placed by the font's matrix and the text state.
A Type 3 font may name its glyphs anything, or carry a character map that lies, so its text
as extracted says nothing of what the glyphs show: interchange.pdf_paths walks the paths of
each glyph drawn, as it walks any other paths, so that a line of digits drawn so is read by
Tesseract like text drawn as outlines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

from ksdesk.interchange.pdf_content_text import TextPlacing
from ksdesk.interchange.pdf_matrix import Matrix, as_matrix, moved, times


@dataclass(frozen=True)
class DrawnGlyph:
    matrix: Matrix  # glyph space to page space
    proc: pikepdf.Stream  # the glyph's content stream
    resources: object  # what the glyph's stream draws with
    element: int | None  # in a TJ array, the string's place; None for Tj, ' and "
    byte: int  # the glyph's code's place in its string
    gap: float  # the glyph's advance as a TJ number (thousandths of the font size, negative)


def is_type3(font) -> bool:
    return isinstance(font, pikepdf.Dictionary) and font.get("/Subtype") == "/Type3"


def glyphs(font: pikepdf.Dictionary, placing: TextPlacing, operator: str, operands, resources):
    """Each glyph drawn by a text-showing operator in the Type 3 font; the text matrix of
    `placing` is moved past them as the string moves it."""
    if operator == "TJ" and operands and isinstance(operands[0], pikepdf.Array):
        for element, item in enumerate(operands[0]):
            if isinstance(item, pikepdf.String):
                yield from _string(font, placing, bytes(item), element, resources)
            else:
                try:
                    amount = float(item)
                except (TypeError, ValueError):
                    continue
                state = placing.state
                placing.tm = moved(placing.tm, -amount / 1000 * state.size * state.scale)
    elif operator in ("Tj", "'", '"') and operands and isinstance(operands[-1], pikepdf.String):
        yield from _string(font, placing, bytes(operands[-1]), None, resources)


def passed(placing: TextPlacing, operator: str, operands) -> None:
    """Move the text matrix past a string in another font (its glyphs are the text reader's):
    a Type 3 string after it on the same line starts where it ends."""
    state, font = placing.state, placing.state.font
    if operator == "TJ":
        items = list(operands[0]) if operands and isinstance(operands[0], pikepdf.Array) else []
    else:
        items = list(operands[-1:])
    for item in items:
        if isinstance(item, pikepdf.String):
            data = bytes(item)
            advance = font.advance(data) * state.size
            if font.width == 1:
                advance += state.char_spacing * len(data) + state.word_spacing * data.count(b" ")
            placing.tm = moved(placing.tm, advance * state.scale)
        else:
            amount = _number(item, 0.0)
            placing.tm = moved(placing.tm, -amount / 1000 * state.size * state.scale)


def _string(font, placing: TextPlacing, data: bytes, element, resources) -> Iterator[DrawnGlyph]:
    state = placing.state
    font_matrix = as_matrix(font.get("/FontMatrix"))
    procs = font.get("/CharProcs")
    names = _names(font)
    widths = font.get("/Widths")
    first = int(_number(font.get("/FirstChar"), 0))
    inner = font.get("/Resources", resources)
    size = (state.size * state.scale, 0.0, 0.0, state.size, 0.0, state.rise)
    for byte, code in enumerate(data):
        text_space = times(size, times(placing.tm, state.ctm))
        width = _number(widths[code - first], 0) if _within(widths, code - first) else 0.0
        advance = width * font_matrix[0] * state.size + state.char_spacing
        if code == 32:
            advance += state.word_spacing
        proc = procs.get(names.get(code, "")) if isinstance(procs, pikepdf.Dictionary) else None
        if isinstance(proc, pikepdf.Stream):
            gap = -1000 * advance / state.size if state.size else 0.0
            matrix = times(font_matrix, text_space)
            yield DrawnGlyph(matrix, proc, inner, element, byte, gap)
        placing.tm = moved(placing.tm, advance * state.scale)


def _names(font: pikepdf.Dictionary) -> dict[int, str]:
    """Code → glyph name, from the font's /Differences (a Type 3 font has no other)."""
    encoding = font.get("/Encoding")
    differences = encoding.get("/Differences") if isinstance(encoding, pikepdf.Dictionary) else None
    names, code = {}, 0
    for item in differences if isinstance(differences, pikepdf.Array) else []:
        if isinstance(item, pikepdf.Name):
            names[code] = str(item)
            code += 1
        else:
            code = int(_number(item, code))
    return names


def _within(array, index: int) -> bool:
    return isinstance(array, pikepdf.Array) and 0 <= index < len(array)


def _number(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default
