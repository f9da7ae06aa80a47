"""Which characters the bundled fonts can draw, read from their cmap tables.

Read with struct, not with ReportLab or Typst: the check before printing (core.glyphs) asks
only when a text holds a character outside the ranges every bundled font has, and that
check runs in the window, where ReportLab is not loaded. Formats 4 (the Basic Multilingual
Plane) and 12 (all of Unicode) are the ones TrueType fonts carry for Unicode."""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

from ksdesk import paths

MAIN_FONT = "LiberationSans-Regular.ttf"  # the text of every PDF
FALLBACK_FONT = "DejaVuSans.ttf"  # signs the main font lacks: ☐ ✓ ➢ ❖ …


@cache
def main_font() -> frozenset[int]:
    """The code points Liberation Sans draws."""
    return font_code_points(paths.fonts_dir() / MAIN_FONT)


@cache
def fallback_font() -> frozenset[int]:
    """The code points DejaVu Sans draws (the PDFs take from it what the main font lacks)."""
    return font_code_points(paths.fonts_dir() / FALLBACK_FONT)


class Printable:
    """What the PDFs can draw: a container of code points that reads the fonts on first use."""

    def __contains__(self, code_point: object) -> bool:
        return code_point in main_font() or code_point in fallback_font()


PRINTABLE = Printable()


def font_code_points(path: Path) -> frozenset[int]:
    """Every code point that the font's Unicode cmap maps to a glyph other than .notdef."""
    data = path.read_bytes()
    tables = _tables(data)
    cmap = tables[b"cmap"]
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    formats = {}  # the Unicode subtables by format: 12 holds all of Unicode, 4 the BMP
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        if (platform, encoding) in ((3, 1), (3, 10)) or platform == 0:
            (found_format,) = struct.unpack_from(">H", data, cmap + offset)
            formats[found_format] = cmap + offset
    if 12 in formats:
        return _format_12(data, formats[12])
    if 4 in formats:
        return _format_4(data, formats[4])
    return frozenset()


def _tables(data: bytes) -> dict[bytes, int]:
    (count,) = struct.unpack_from(">H", data, 4)
    found = {}
    for i in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        found[tag] = offset
    return found


def _format_4(data: bytes, offset: int) -> frozenset[int]:
    (segments_x2,) = struct.unpack_from(">H", data, offset + 6)
    n = segments_x2 // 2
    ends = struct.unpack_from(f">{n}H", data, offset + 14)
    starts = struct.unpack_from(f">{n}H", data, offset + 16 + segments_x2)
    deltas = struct.unpack_from(f">{n}h", data, offset + 16 + 2 * segments_x2)
    range_base = offset + 16 + 3 * segments_x2
    range_offsets = struct.unpack_from(f">{n}H", data, range_base)
    points = set()
    for i in range(n):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if range_offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = range_base + 2 * i + range_offsets[i] + 2 * (code - starts[i])
                (glyph,) = struct.unpack_from(">H", data, at)
                if glyph:
                    glyph = (glyph + deltas[i]) & 0xFFFF
            if glyph:
                points.add(code)
    return frozenset(points)


def _format_12(data: bytes, offset: int) -> frozenset[int]:
    (groups,) = struct.unpack_from(">I", data, offset + 12)
    points = set()
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, offset + 16 + 12 * i)
        points.update(range(start, end + 1) if glyph else range(start + 1, end + 1))
    return frozenset(points)
