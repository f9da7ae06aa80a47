"""What the bytes of a PDF string say, and how wide they are drawn: a font's ToUnicode map (or
its simple encoding) and its glyph widths. Read with pikepdf for interchange.pdf_content_text;
the widths let the page be read in the order it is seen (interchange.pdf_layout), where two
strings drawn apart in the file may stand side by side on the page."""

from __future__ import annotations

import re

import pikepdf

from ksdesk.interchange.pdf_standard_widths import standard_widths

_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
# A guess for a font with no widths in the file that is no standard one (a standard one is
# read by its AFM widths, interchange.pdf_standard_widths), by the name it resembles: the
# widths of what matters for reading numbers (digits, space, hyphen) and a typical letter,
# in thousandths of the size.
_STANDARD = {
    "Courier": (600, 600, 600, 600),
    "Helvetica": (556, 278, 333, 556),
    "Arial": (556, 278, 333, 556),
    "Times": (500, 250, 333, 500),
    "Symbol": (500, 250, 333, 600),
    "ZapfDingbats": (800, 278, 800, 800),
}
_DEFAULT = (500, 250, 333, 500)


class Font:
    """Decodes the bytes of a string shown in one font, and knows each code's width."""

    def __init__(self, font: pikepdf.Object | None) -> None:
        self.width = 1  # bytes per code
        self.map: dict[bytes, str] = {}
        self.readable = True
        self.widths: dict[int, float] = {}
        self.missing = 0.0  # width of a code with none of its own; 0: use the standard guess
        self.standard = _DEFAULT
        self.scale = 0.001  # glyph space to text space (Type 3 fonts say their own)
        self._advances: dict[bytes, float] = {}
        self._table: tuple[list[str], list[float]] | None = None
        self.name = ""  # /BaseFont: "ABCDEF+Calibri-Bold" tells a bold font
        if font is None:
            return
        self.name = str(font.get("/BaseFont", ""))
        composite = font.get("/Subtype") == "/Type0"
        if composite:
            self.width = 2
        to_unicode = font.get("/ToUnicode")
        if isinstance(to_unicode, pikepdf.Stream):
            width = _parse_cmap(to_unicode.read_bytes(), self.map)
            if composite:
                self.width = width or self.width
            else:
                _one_byte_codes(self.map)
        elif composite:
            self.readable = False
        try:
            self._read_widths(font, composite)
        except (pikepdf.PdfError, ValueError, TypeError, AttributeError):
            self.widths = {}  # a damaged width table: the standard guess below

    def decode(self, data: bytes) -> str:
        if self.width == 1 and self.readable:
            table = self._single_byte()[0]
            return "".join(map(table.__getitem__, data))
        return "".join(text for _code, text in self.codes(data))

    def codes(self, data: bytes) -> list[tuple[bytes, str]]:
        """(code, text) of each character code in `data`."""
        if self.width == 1 and self.readable:
            table = self._single_byte()[0]
            return [(_BYTES[b], table[b]) for b in data]
        if not self.readable:
            return []  # no map from codes to characters: reported as unreadable
        step, mapping = self.width, self.map
        out = []
        for index in range(0, len(data) - step + 1, step):
            code = data[index : index + step]
            out.append((code, mapping.get(code, "\ufffd")))
        return out

    def advance(self, data: bytes) -> float:
        """The width of the string `data` in text space units per unit of font size."""
        if self.width == 1 and self.readable:
            widths = self._single_byte()[1]
            return sum(map(widths.__getitem__, data))
        known = self._advances
        total = 0.0
        for code, text in self.codes(data):
            value = known.get(code)
            if value is None:
                value = known[code] = self._width_of(code, text)
            total += value
        return total

    def _width_of(self, code: bytes, text: str) -> float:
        value = self.widths.get(int.from_bytes(code, "big"))
        if value is None:
            value = self.missing or _guess(self.standard, text)
        return value * self.scale

    def _single_byte(self) -> tuple[list[str], list[float]]:
        """The text and the width of each of the 256 codes of a one-byte font."""
        if self._table is None:
            texts = [self.map.get(_BYTES[b], _CP1252[b]) for b in range(256)]
            self._table = (texts, [self._width_of(_BYTES[b], _CP1252[b]) for b in range(256)])
        return self._table

    def _read_widths(self, font: pikepdf.Object, composite: bool) -> None:
        base = str(font.get("/BaseFont", ""))
        self.standard = next((w for name, w in _STANDARD.items() if name in base), _DEFAULT)
        if composite:
            descendants = font.get("/DescendantFonts")
            cid = descendants[0] if isinstance(descendants, pikepdf.Array) else None
            if isinstance(cid, pikepdf.Dictionary):
                self.missing = float(cid.get("/DW", 1000))
                _cid_widths(cid.get("/W"), self.widths)
            return
        if font.get("/Subtype") == "/Type3" and isinstance(font.get("/FontMatrix"), pikepdf.Array):
            self.scale = abs(float(font.FontMatrix[0]))
        first = int(font.get("/FirstChar", 0))
        widths = font.get("/Widths")
        if isinstance(widths, pikepdf.Array):
            for offset, value in enumerate(widths):
                self.widths[first + offset] = float(value)
        elif font.get("/Subtype") in ("/Type1", "/TrueType"):
            # A standard font the file gives no widths for: the reader draws it by AFM's.
            self.widths = standard_widths(font)
        descriptor = font.get("/FontDescriptor")
        if isinstance(descriptor, pikepdf.Dictionary):
            self.missing = float(descriptor.get("/MissingWidth", 0))


_BYTES = [bytes([b]) for b in range(256)]
_CP1252 = [bytes([b]).decode("cp1252", "replace") for b in range(256)]


def _guess(standard: tuple[int, int, int, int], text: str) -> float:
    digit, space, hyphen, other = standard
    if text.isdigit():
        return digit
    if text.isspace():
        return space
    if text in "-\u2010\u2011\u2013":
        return hyphen
    return other


def _cid_widths(array, widths: dict[int, float]) -> None:
    """A CIDFont's /W: "c [w1 w2 …]" and "c_first c_last w" entries."""
    if not isinstance(array, pikepdf.Array):
        return
    items = list(array)
    index = 0
    while index + 1 < len(items):
        first = int(items[index])
        if isinstance(items[index + 1], pikepdf.Array):
            for offset, value in enumerate(items[index + 1]):
                widths[first + offset] = float(value)
            index += 2
        elif index + 2 < len(items):
            last, value = int(items[index + 1]), float(items[index + 2])
            if last - first <= 65535:
                for code in range(first, last + 1):
                    widths[code] = value
            index += 3
        else:
            break


def _parse_cmap(data: bytes, mapping: dict[bytes, str]) -> int:
    """Fill `mapping` from a ToUnicode CMap; returns the code width in bytes (0: unknown)."""
    width = 0
    space = re.search(rb"begincodespacerange(.*?)endcodespacerange", data, re.S)
    if space:
        codes = _HEX.findall(space.group(1))
        if codes:
            width = len(codes[0].strip()) // 2
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        codes = _HEX.findall(block)
        for src, dst in zip(codes[0::2], codes[1::2], strict=False):
            mapping[bytes.fromhex(src.decode())] = _utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in re.findall(
            rb"<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*(?:<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        ):
            _bfrange(line, mapping)
    return width


def _one_byte_codes(mapping: dict[bytes, str]) -> None:
    """A simple font's codes are one byte each, whatever its ToUnicode map's code space says.
    Acrobat's PDFMaker (Word's "Spara som Adobe PDF") writes <0000> <FFFF> over a one-byte
    TrueType font, with one-byte codes or two-byte codes under it: read two bytes at a time,
    every string of the page was garbage, and a personnummer in it went unseen. A two-byte
    code whose first byte is zero is the one-byte code it ends with."""
    for code, text in list(mapping.items()):
        if len(code) == 2 and code[0] == 0:
            mapping.setdefault(code[1:], text)


def _bfrange(line: bytes, mapping: dict[bytes, str]) -> None:
    codes = _HEX.findall(line)
    low, high = int(codes[0], 16), int(codes[1], 16)
    size = len(codes[0].strip()) // 2
    if high - low > 65535:
        return
    if b"[" in line:
        for offset, dst in enumerate(codes[2:]):
            mapping[(low + offset).to_bytes(size, "big")] = _utf16(dst)
        return
    start = bytes.fromhex(codes[2].decode())
    base = int.from_bytes(start, "big") if start else 0
    for offset in range(high - low + 1):
        value = (base + offset).to_bytes(max(len(start), 2), "big")
        mapping[(low + offset).to_bytes(size, "big")] = value.decode("utf-16-be", "replace")


def _utf16(hex_text: bytes) -> str:
    raw = bytes.fromhex(hex_text.decode())
    return raw.decode("utf-16-be", errors="replace") if len(raw) % 2 == 0 else raw.decode("latin-1")
