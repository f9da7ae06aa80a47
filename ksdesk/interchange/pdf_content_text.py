"""The text a PDF page shows, read from its content streams with pikepdf (qpdf): every string
drawn by Tj, TJ, ' and ", decoded through its font's ToUnicode map (or the font's simple
encoding), Form XObjects followed, in drawing order. A new line or position starts a new line
of the result, so a number split over two lines or drawn digit by digit in boxes comes out as
groups joined by whitespace, which the personnummer scanner reads.

This is deliberately not the code that wrote the PDF (ReportLab lays out, pypdf merges), nor
pypdf's text extraction: the last check before a public PDF is written must not share their
blind spots. Text it cannot decode (a composite font without a ToUnicode map) is reported as
unreadable, never silently skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pikepdf

_NEW_LINE = {"Td", "TD", "T*", "Tm", "'", '"', "BT", "ET"}
_MAX_DEPTH = 12  # Form XObjects inside Form XObjects: deep enough for any real file
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")


@dataclass
class PageText:
    text: str = ""
    unreadable_fonts: set[str] = field(default_factory=set)
    images: int = 0  # image XObjects and inline images drawn on the page


class _Font:
    """Decodes the bytes of a string shown in one font."""

    def __init__(self, font: pikepdf.Object | None) -> None:
        self.width = 1
        self.map: dict[bytes, str] = {}
        self.readable = True
        if font is None:
            return
        composite = font.get("/Subtype") == "/Type0"
        if composite:
            self.width = 2
        to_unicode = font.get("/ToUnicode")
        if isinstance(to_unicode, pikepdf.Stream):
            self.width = _parse_cmap(to_unicode.read_bytes(), self.map) or self.width
        elif composite:
            self.readable = False

    def decode(self, data: bytes) -> str:
        if not self.map:
            return data.decode("cp1252", errors="replace") if self.readable else ""
        step, mapping = self.width, self.map
        out = []
        for index in range(0, len(data) - step + 1, step):
            code = data[index : index + step]
            text = mapping.get(code)
            if text is None:
                text = "\ufffd" if step > 1 else code.decode("cp1252", "replace")
            out.append(text)
        return "".join(out)


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


FontCache = dict  # (object number, generation) -> _Font, for one open file


def page_text(page: pikepdf.Page, fonts: FontCache | None = None) -> PageText:
    """`fonts`: fonts already read in this file (pages share them); one per open file."""
    result = PageText()
    parts: list[str] = []
    _read(page.obj, page.obj.get("/Resources"), parts, result, 0, set(), fonts)
    result.text = "".join(parts)
    return result


def stream_text(
    stream: pikepdf.Object, resources: pikepdf.Object | None, fonts: FontCache | None = None
) -> PageText:
    """The text of a Form XObject or an annotation's appearance stream."""
    result = PageText()
    parts: list[str] = []
    _read(stream, resources, parts, result, 0, set(), fonts)
    result.text = "".join(parts)
    return result


def _read(
    holder, resources, parts: list[str], result: PageText, depth: int, seen: set, cache=None
) -> None:
    if depth > _MAX_DEPTH:
        return
    fonts: dict[str, _Font] = {}
    font = _Font(None)
    try:
        instructions = pikepdf.parse_content_stream(holder)
    except pikepdf.PdfError:
        result.unreadable_fonts.add("(skadat innehåll)")
        return
    for instruction in instructions:
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            result.images += 1
            continue
        operator = str(instruction.operator)
        operands = instruction.operands
        if operator in _NEW_LINE:
            parts.append("\n")
        if operator == "Tf" and operands:
            font = _font(resources, str(operands[0]), fonts, result, cache)
        elif operator in ("Tj", "'", '"') and operands:
            parts.append(font.decode(bytes(operands[-1])))
        elif operator == "TJ" and operands:
            parts.append(_tj(operands[0], font))
        elif operator == "Do" and operands:
            _xobject(resources, str(operands[0]), parts, result, depth, seen, cache)
        elif operator in ("BDC", "DP") and len(operands) > 1:
            parts.append(_marked_texts(operands[1]))


def _marked_texts(properties) -> str:
    """The texts of marked content written into the stream (/ActualText, /Alt, …): a
    screen reader speaks them, so they are read like the drawn text, on lines of their own."""
    if not isinstance(properties, pikepdf.Dictionary):
        return ""  # a name: the properties are an object of the page, read with the file
    texts = [str(v) for v in properties.values() if isinstance(v, pikepdf.String)]
    return "\n" + "\n".join(texts) + "\n" if texts else ""


def _tj(array, font: _Font) -> str:
    out = []
    for element in array:
        if isinstance(element, pikepdf.String):
            out.append(font.decode(bytes(element)))
        elif float(element) < -200:  # a gap wider than a fifth of the font size: a space
            out.append(" ")
    return "".join(out)


def _font(resources, name: str, fonts: dict[str, _Font], result: PageText, cache=None) -> _Font:
    if name not in fonts:
        dictionary = _resource(resources, "/Font", name)
        key = dictionary.objgen if isinstance(dictionary, pikepdf.Object) else (0, 0)
        shared = cache is not None and key != (0, 0)
        fonts[name] = cache.get(key) if shared and key in cache else _Font(dictionary)
        if shared:
            cache[key] = fonts[name]
        if not fonts[name].readable:
            base = dictionary.get("/BaseFont") if dictionary is not None else None
            result.unreadable_fonts.add(str(base or name))
    return fonts[name]


def _xobject(
    resources, name: str, parts, result: PageText, depth: int, seen: set, cache=None
) -> None:
    xobject = _resource(resources, "/XObject", name)
    if not isinstance(xobject, pikepdf.Stream):
        return
    subtype = xobject.get("/Subtype")
    if subtype == "/Image":
        result.images += 1
    elif subtype == "/Form":
        key = xobject.objgen
        if key in seen and key != (0, 0):
            return
        seen.add(key)
        parts.append("\n")
        inner = xobject.get("/Resources", resources)
        _read(xobject, inner, parts, result, depth + 1, seen, cache)


def _resource(resources, kind: str, name: str):
    if resources is None:
        return None
    try:
        group = resources.get(kind)
        return group.get(name) if group is not None else None
    except (AttributeError, pikepdf.PdfError):
        return None


@dataclass
class DrawnPiece:
    """A piece of a page's text as drawn: a string operand (instruction and, in a TJ array,
    element index) or a line break between drawing operations (instruction None)."""

    text: str
    instruction: int | None = None
    element: int | None = None
    codes: list[bytes] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)  # per character: the index of its code

    def drop(self, instructions: list, keep: list[bool]) -> None:
        """Rewrite the string without the codes of the characters not kept."""
        dropped = {self.chars[i] for i, kept in enumerate(keep) if not kept}
        data = b"".join(c for i, c in enumerate(self.codes) if i not in dropped)
        assert self.instruction is not None
        old = instructions[self.instruction]
        operands = list(old.operands)
        if self.element is None:
            operands[-1] = pikepdf.String(data)
        else:
            array = [element for element in operands[0]]
            array[self.element] = pikepdf.String(data)
            operands[0] = pikepdf.Array(array)
        instructions[self.instruction] = pikepdf.ContentStreamInstruction(operands, old.operator)


def drawn_strings(instructions: list, resources) -> list[DrawnPiece]:
    """The page's own text, piece by piece, in the order `page_text` reads it (without the
    text of Form XObjects: a number found there is left for the check after masking)."""
    fonts: dict[str, _Font] = {}
    font = _Font(None)
    pieces: list[DrawnPiece] = []
    scratch = PageText()
    for index, instruction in enumerate(instructions):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        operator, operands = str(instruction.operator), instruction.operands
        if operator in _NEW_LINE:
            pieces.append(DrawnPiece("\n"))
        if operator == "Tf" and operands:
            font = _font(resources, str(operands[0]), fonts, scratch)
        elif operator in ("Tj", "'", '"') and operands:
            pieces.append(_piece(font, bytes(operands[-1]), index, None))
        elif operator == "TJ" and operands:
            for element_index, element in enumerate(operands[0]):
                if isinstance(element, pikepdf.String):
                    pieces.append(_piece(font, bytes(element), index, element_index))
                elif float(element) < -200:
                    pieces.append(DrawnPiece(" "))
    return pieces


def _piece(font: _Font, data: bytes, index: int, element: int | None) -> DrawnPiece:
    step = font.width if font.map else 1
    piece = DrawnPiece("", index, element)
    text = []
    for code_index, start in enumerate(range(0, len(data) - step + 1, step)):
        code = data[start : start + step]
        piece.codes.append(code)
        decoded = font.decode(code)
        text.append(decoded)
        piece.chars += [code_index] * len(decoded)
    piece.text = "".join(text)
    return piece
