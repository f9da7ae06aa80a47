"""The text a PDF page shows, read from its content streams with pikepdf (qpdf): every string
drawn by Tj, TJ, ' and ", decoded through its font's ToUnicode map (or the font's simple
encoding), Form XObjects and tiling patterns followed, in drawing order, and the texts of
marked content (/ActualText, /Alt). A new line or position starts a new line
of the result, so a number split over two lines or drawn digit by digit in boxes comes out as
groups joined by whitespace, which the personnummer scanner reads.

Each string is also placed where it is drawn (the text and graphics matrices followed, its
width from the font), so the page can be read a second way, as it is seen: line by line, left
to right (interchange.pdf_layout). A number whose parts a file draws apart, the last four
before the date, a table drawn column by column or digits drawn in shuffled order, is whole
in that reading.

This is deliberately not the code that wrote the PDF (ReportLab lays out, pypdf merges), nor
pypdf's text extraction: the last check before a public PDF is written must not share their
blind spots. Text it cannot decode (a composite font without a ToUnicode map) is reported as
unreadable, never silently skipped.

What it gives is in interchange.pdf_drawn (PageText, DrawnPiece); the text state it follows
in interchange.pdf_text_state (TextPlacing, also used by the readers of glyphs and paths)."""

from __future__ import annotations

import math

import pikepdf

from ksdesk.interchange import pdf_layout
from ksdesk.interchange.pdf_drawn import DrawnPiece, PageText, TextSetting
from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_matrix import IDENTITY, Matrix, applied, as_matrix, moved, times
from ksdesk.interchange.pdf_painted_apart import painted_apart
from ksdesk.interchange.pdf_text_state import INVISIBLE_MODES, TextPlacing, operand_numbers

_NEW_LINE = {"Td", "TD", "T*", "Tm", "'", '"', "BT", "ET"}
_MAX_DEPTH = 12  # Form XObjects inside Form XObjects: deep enough for any real file

FontCache = dict  # (object number, generation) -> Font, for one open file
# What parsing a damaged content stream raises: qpdf's errors, and pikepdf's own refusal of
# some objects it meets there (a TypeError).
CONTENT_ERRORS = (pikepdf.PdfError, TypeError, ValueError)


def page_text(page: pikepdf.Page, fonts: FontCache | None = None) -> PageText:
    """`fonts`: fonts already read in this file (pages share them); one per open file."""
    return _text_of(page.obj, page.obj.get("/Resources"), fonts)


def stream_text(
    stream: pikepdf.Object, resources: pikepdf.Object | None, fonts: FontCache | None = None
) -> PageText:
    """The text of a Form XObject or an annotation's appearance stream."""
    return _text_of(stream, resources, fonts)


def _text_of(holder, resources, fonts: FontCache | None) -> PageText:
    result = PageText()
    walker = _Walker(result, fonts)
    walker.read(holder, resources, 0, IDENTITY)
    result.text = "".join(piece.text for piece in walker.pieces)
    result.layout = pdf_layout.reading_order(walker.pieces)[0]
    codes = "".join(_as_codes(piece) for piece in walker.pieces)
    result.codes = codes if codes != result.text else ""
    if any(piece.hidden for piece in walker.pieces):
        # The invisible strings with the line breaks and gaps between them, nothing else.
        result.hidden = "".join(
            piece.text
            for piece in walker.pieces
            if piece.hidden or (piece.font is None and not piece.text.strip())
        )
    return result


def seen_lines(page: pikepdf.Page, fonts: FontCache | None = None) -> tuple[str, set[str]]:
    """The page's text as it is seen, its lines top to bottom joined by line breaks, each
    word once (no second reading by columns), and the fonts it could not read: what the
    search index keeps of a PDF. Only what this needs is worked out (not the drawing-order
    text or the codes): reading a file when it is attached must cost the edit little."""
    pieces, unreadable = seen_pieces(page, fonts)
    return seen_text(pieces), unreadable


def seen_pieces(
    page: pikepdf.Page, fonts: FontCache | None = None
) -> tuple[list[DrawnPiece], set[str]]:
    """The strings the page draws, each placed, and the fonts it could not read."""
    result = PageText()
    walker = _Walker(result, fonts)
    walker.read(page.obj, page.obj.get("/Resources"), 0, IDENTITY)
    return walker.pieces, result.unreadable_fonts


def seen_text(pieces: list[DrawnPiece]) -> str:
    """The pieces' text as it is seen, line by line (seen_lines)."""
    text = pdf_layout.reading_order(pieces, columns=False)[0]
    return text.replace(pdf_layout.LINE_BREAK, "\n")


def _as_codes(piece: DrawnPiece) -> str:
    one_byte = piece.font is not None and piece.font.width == 1
    return piece.data.decode("latin-1") if one_byte else piece.text


def drawn_strings(
    instructions: list, resources, fonts: FontCache | None = None, result: PageText | None = None
) -> list[DrawnPiece]:
    """The page's text, piece by piece, in the order `page_text` reads it; the pieces drawn
    by the page's own `instructions` can be rewritten (DrawnPiece.drop), those of its Form
    XObjects cannot (a number found there is left for the check after masking). `result`
    gets what else the reading met (the fonts it could not read)."""
    walker = _Walker(result if result is not None else PageText(), fonts)
    walker.read(None, resources, 0, IDENTITY, instructions)
    return walker.pieces


class _Walker:
    def __init__(self, result: PageText, cache: FontCache | None) -> None:
        self.result, self.cache = result, cache
        self.pieces: list[DrawnPiece] = []
        self.seen: set = set()

    def read(self, holder, resources, depth: int, ctm: Matrix, instructions=None) -> None:
        if depth > _MAX_DEPTH:  # a viewer draws it all the same: unread, so a person looks
            self.result.unreadable_fonts.add("(för djupt nästlade figurer)")
            return
        if instructions is None:
            try:
                instructions = pikepdf.parse_content_stream(holder)
            except CONTENT_ERRORS:
                self.result.unreadable_fonts.add("(skadat innehåll)")
                return
        own = depth == 0 and holder is None
        fonts: dict[str, Font] = {}
        placing = TextPlacing(ctm)

        def font_of(name: str) -> Font:
            return self._font(resources, name, fonts)

        for index, instruction in enumerate(instructions):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                self._picture(placing.state.ctm)
                self.result.inline_images += 1
                continue
            operator, operands = str(instruction.operator), instruction.operands
            if operator in _NEW_LINE:
                self.pieces.append(DrawnPiece("\n"))
            elif operator == "Ts" and operand_numbers(operands) != [placing.state.rise]:
                # A raised or lowered run (a footnote mark, an exponent) is read apart: a
                # reader sees "811218-9876¹", not the eleven digits "811218-98761".
                self.pieces.append(DrawnPiece(" "))
            if not placing.apply(operator, operands, font_of):
                continue
            # A string or an array where the operator wants one: any other operand is a
            # damaged file's, and shows nothing.
            if operator in ("Tj", "'", '"') and operands:
                if isinstance(operands[-1], pikepdf.String):
                    shown = bytes(operands[-1])
                    placing.tm = self._show(placing, shown, index if own else None, None)
            elif operator == "TJ" and operands and isinstance(operands[0], pikepdf.Array):
                placing.tm = self._show_array(placing, operands[0], index if own else None)
            elif operator == "Do" and operands:
                self._xobject(resources, str(operands[0]), depth, placing.state.ctm)
            elif operator in ("BDC", "DP") and len(operands) > 1:
                self._marked(resources, operands[1])
            elif operator in ("scn", "SCN", "gs") and operands:
                painted = painted_apart(resources, operator, operands[-1])
                if painted is not None:
                    self._painted_apart(painted, resources, depth, placing.state.ctm)

    def _picture(self, ctm: Matrix) -> None:
        """An image drawn: it fills the unit square mapped by `ctm`."""
        self.result.images += 1
        area = abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])
        self.result.picture_area = max(self.result.picture_area, area)

    def _marked(self, resources, properties) -> None:
        if isinstance(properties, pikepdf.Name):
            properties = _resource(resources, "/Properties", str(properties))
        marked = _marked_texts(properties)
        if marked:
            self.pieces.append(DrawnPiece(marked))

    def _show(self, placing: TextPlacing, data: bytes, index, element) -> Matrix:
        """Add the string `data` shown at the text matrix; the matrix after it."""
        state, tm = placing.state, placing.tm
        font = state.font
        piece = DrawnPiece(font.decode(data), index, element, data, font)
        advance = font.advance(data) * state.size
        if state.char_spacing or state.word_spacing:
            spaces = data.count(b" ") if font.width == 1 else 0
            advance += state.char_spacing * (len(data) // font.width) + state.word_spacing * spaces
        advance *= state.scale
        full = times(tm, state.ctm)
        piece.x, piece.y = applied(full, 0.0, state.rise)
        piece.end = piece.x + advance * full[0]
        piece.size = abs(state.size) * math.hypot(full[2], full[3])
        piece.upright = full[0] > 0 and abs(full[1]) <= 0.05 * full[0] and full[3] > 0
        piece.hidden = state.render in INVISIBLE_MODES
        piece.setting = TextSetting(
            full, state.size, state.char_spacing, state.word_spacing, state.scale, state.rise
        )
        self.pieces.append(piece)
        return moved(tm, advance)

    def _show_array(self, placing: TextPlacing, array, index) -> Matrix:
        state = placing.state
        for element_index, element in enumerate(array):
            if isinstance(element, pikepdf.String):
                placing.tm = self._show(placing, bytes(element), index, element_index)
                continue
            try:
                amount = float(element)
            except (TypeError, ValueError):
                continue
            if amount < -200:  # a gap wider than a fifth of the font size: a space
                self.pieces.append(DrawnPiece(" "))
            placing.tm = moved(placing.tm, -amount / 1000 * state.size * state.scale)
        return placing.tm

    def _font(self, resources, name: str, fonts: dict[str, Font]) -> Font:
        if name not in fonts:
            dictionary = _resource(resources, "/Font", name)
            key = dictionary.objgen if isinstance(dictionary, pikepdf.Object) else (0, 0)
            shared = self.cache is not None and key != (0, 0)
            fonts[name] = self.cache[key] if shared and key in self.cache else Font(dictionary)
            if shared:
                self.cache[key] = fonts[name]
            if not fonts[name].readable:
                base = dictionary.get("/BaseFont") if dictionary is not None else None
                self.result.unreadable_fonts.add(str(base or name))
        return fonts[name]

    def _painted_apart(self, pattern: pikepdf.Stream, resources, depth: int, ctm: Matrix) -> None:
        """A tiling pattern or a soft mask's group paints its own content stream, text too
        (interchange.pdf_painted_apart): read once, in drawing order only (a pattern's tiles
        repeat, so it has no one place on the page)."""
        if pattern.objgen in self.seen and pattern.objgen != (0, 0):
            return
        self.seen.add(pattern.objgen)
        inner = _Walker(self.result, self.cache)
        inner.seen = self.seen
        inner.read(pattern, pattern.get("/Resources", resources), depth + 1, ctm)
        text = "".join(piece.text for piece in inner.pieces)
        if text.strip():
            self.pieces.append(DrawnPiece(f"\n{text}\n"))

    def _xobject(self, resources, name: str, depth: int, ctm: Matrix) -> None:
        xobject = _resource(resources, "/XObject", name)
        if not isinstance(xobject, pikepdf.Stream):
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self._picture(ctm)
        elif subtype == "/Form":
            key = xobject.objgen
            if key in self.seen and key != (0, 0):
                return
            self.seen.add(key)
            self.pieces.append(DrawnPiece("\n"))
            inner = xobject.get("/Resources", resources)
            self.read(xobject, inner, depth + 1, times(as_matrix(xobject.get("/Matrix")), ctm))


def _marked_texts(properties) -> str:
    """The texts of marked content (/ActualText, /Alt, …), written into the stream or kept
    in the page's /Properties under a name: a screen reader speaks them, so they are read
    like the drawn text, on lines of their own."""
    if not isinstance(properties, pikepdf.Dictionary):
        return ""
    texts = [str(v) for v in properties.values() if isinstance(v, pikepdf.String)]
    return "\n" + "\n".join(texts) + "\n" if texts else ""


def _resource(resources, kind: str, name: str):
    if resources is None:
        return None
    try:
        group = resources.get(kind)
        return group.get(name) if group is not None else None
    except (AttributeError, pikepdf.PdfError):
        return None
