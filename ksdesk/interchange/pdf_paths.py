"""The shapes a PDF page paints with path operators, placed on the page: what text turned
into outlines ("Rita text som kurvor", a vectorised scan, a flattened signature block, an
embedded EPS figure) is made of. No text extractor reads it, so interchange.pdf_outlines
finds the shapes that sit together like a line of text and has Tesseract read them.

Each painted path is one `Shape` (interchange.pdf_shape): its subpaths flattened to
polygons in page space (curves cut into short lines), its bounding box, whether it has
curves, and where its painting operator stands (the content stream and the index of the
operator), so that a shape can be taken out of the page again (interchange.outline_redact).
Form XObjects are walked with their matrix, as often as they are drawn; the glyphs of Type 3
fonts as the text places them (interchange.pdf_type3), each shape of a glyph named by the
code that draws it."""

from __future__ import annotations

from dataclasses import dataclass

import pikepdf

from ksdesk.interchange import pdf_stencils, pdf_type3
from ksdesk.interchange.pdf_content_text import CONTENT_ERRORS, TextPlacing
from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_matrix import IDENTITY, Matrix, applied, as_matrix, times
from ksdesk.interchange.pdf_painted_apart import painted_apart
from ksdesk.interchange.pdf_shape import PathBuilder, Shape

_FILL = {"f", "F", "f*", "B", "B*", "b", "b*"}
_STROKE = {"S", "s", "B", "B*", "b", "b*"}
_EVEN_ODD = {"f*", "B*", "b*"}
_MAX_DEPTH = 8  # forms inside forms
# A page that paints more (a detailed map, a plan drawing) is not walked to the end: it
# would take seconds a page; outline_ocr says it could not be searched.
MAX_SHAPES = 20_000


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    line_width: float = 1.0
    type3: object = None  # the font set by Tf, when it is a Type 3 font

    def saved(self) -> _State:
        return _State(self.ctm, self.line_width, self.type3)


class PageShapes(list):
    """The shapes found, the tiling patterns already walked (each once where it is placed:
    its tiles repeat the same paths), and the forms walked in this file, by where drawn.
    `unsearched`: why some of the page could not be walked ("" when all was), in Swedish:
    what a viewer draws from there may be text in outlines that nobody has read."""

    def __init__(self, forms: dict) -> None:
        super().__init__()
        self.patterns: set = set()
        self.forms = forms
        self.unsearched = ""


DAMAGED = "en del av sidans innehåll är skadat och kan inte sökas efter text ritad som kurvor"
TOO_DEEP = "sidan ritar figurer i figurer djupare än som kan sökas efter text ritad som kurvor"


def page_shapes(page: pikepdf.Page, forms: dict | None = None) -> PageShapes:
    """Every path the page fills or strokes, forms and tiling patterns included, in page
    space (a pattern's one tile where its matrix puts it). `forms`: one dictionary for the
    pages of one file, so that a letterhead drawn on every page is walked once. The list
    has `unsearched`: why a part of the page could not be walked, "" when all was."""
    shapes = PageShapes(forms if forms is not None else {})
    # In points, as a viewer shows them: a page of /UserUnit 10 drawing letters a unit tall
    # shows them ten points tall, and they are read as such.
    unit = user_unit(page)
    _read(page, page.obj.get("/Resources"), (unit, 0.0, 0.0, unit, 0.0, 0.0), shapes, 0)
    return shapes


def user_unit(page: pikepdf.Page) -> float:
    """How many points one unit of the page's space is (PDF 32000-1, 14.11.2: /UserUnit)."""
    try:
        unit = float(page.obj.get("/UserUnit", 1.0))
    except (TypeError, ValueError):
        return 1.0
    return unit if 0.0 < unit < 1e4 else 1.0


def rotation(page: pikepdf.Page) -> int:
    """The quarter turns, clockwise, a viewer turns the page by (/Rotate, inherited from
    the page tree), in degrees: 0, 90, 180 or 270."""
    node = page.obj
    for _level in range(64):  # a damaged page tree may loop
        if not isinstance(node, pikepdf.Dictionary):
            break
        if "/Rotate" in node:
            try:
                return int(node.get("/Rotate")) // 90 % 4 * 90
            except (TypeError, ValueError):
                return 0
        node = node.get("/Parent")
    return 0


def _read(holder, resources, ctm: Matrix, shapes: PageShapes, depth: int, glyph=None) -> None:
    """`glyph`: (holder, index, element, byte, gap) of the Type 3 glyph whose procedure this
    is, the outermost one: what it paints is that glyph's, shown by that instruction."""
    if len(shapes) >= MAX_SHAPES:
        return  # outline_ocr says the page could not be searched
    if depth > _MAX_DEPTH:
        shapes.unsearched = shapes.unsearched or TOO_DEEP
        return
    try:
        instructions = pikepdf.parse_content_stream(holder)
    except CONTENT_ERRORS:
        shapes.unsearched = shapes.unsearched or DAMAGED
        return
    state, stack, path = _State(ctm), [], PathBuilder()
    # Text is followed only where a Type 3 font may draw glyphs of paths.
    placing = TextPlacing(ctm) if _has_type3(resources) else None
    fonts: dict[str, Font] = {}

    def font_of(name: str) -> Font:
        if name not in fonts:
            fonts[name] = Font(_resource(resources, "/Font", name))
        return fonts[name]

    for index, instruction in enumerate(instructions):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            stencil = pdf_stencils.inline_stencil(instruction, glyph is not None)
            _picture(stencil, state.ctm, (holder, index, glyph), shapes)
            continue
        operator, operands = str(instruction.operator), instruction.operands
        values = _numbers(operands) if operator in _PATH_OPERATORS else []
        if values is None:
            continue
        if placing is not None:
            if not placing.apply(operator, operands, font_of):
                continue
            if operator == "Tf" and operands:
                font = _resource(resources, "/Font", operands[0])
                state.type3 = font if pdf_type3.is_type3(font) else None
            elif operator in _SHOW and state.type3 is None:
                pdf_type3.passed(placing, operator, operands)
            elif operator in _SHOW:
                for drawn in pdf_type3.glyphs(state.type3, placing, operator, operands, resources):
                    outer = glyph or (holder, index, drawn.element, drawn.byte, drawn.gap)
                    _read(drawn.proc, drawn.resources, drawn.matrix, shapes, depth + 1, outer)
        at, path.index = state.ctm, index
        if operator == "q":
            stack.append(state.saved())
        elif operator == "Q":
            state = stack.pop() if stack else state
        elif operator == "cm" and len(values) == 6:
            state.ctm = times(tuple(values), state.ctm)
        elif operator == "w" and values:
            state.line_width = values[0]
        elif operator == "m" and len(values) == 2:
            path.move(applied(at, *values))
        elif operator == "l" and len(values) == 2:
            path.line(applied(at, *values))
        elif operator == "c" and len(values) == 6:
            path.curve(
                applied(at, *values[:2]), applied(at, *values[2:4]), applied(at, *values[4:])
            )
        elif operator == "v" and len(values) == 4:
            path.curve(path.last(), applied(at, *values[:2]), applied(at, *values[2:]))
        elif operator == "y" and len(values) == 4:
            end = applied(at, *values[2:])
            path.curve(applied(at, *values[:2]), end, end)
        elif operator == "re" and len(values) == 4:
            x, y, w, h = values
            corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
            path.move(applied(at, *corners[0]))
            path.polygons[-1].extend(applied(at, *c) for c in corners[1:])
        elif operator in ("W", "W*"):
            path.clip = operator
        elif operator in _FILL or operator in _STROKE or operator == "n":
            if operator != "n":
                _painted(path, operator, state, (holder, index, glyph), shapes)
            elif path.clip:
                # Letters' outlines as a clipping path ("W n"), a picture, a shading or a
                # colour painted through them: what shows is the letters, filled.
                clipped = "f*" if path.clip == "W*" else "f"
                _painted(path, clipped, state, (holder, index, glyph), shapes)
            path = PathBuilder()
        elif operator == "Do" and operands:
            image = _resource(resources, "/XObject", operands[0])
            if isinstance(image, pikepdf.Stream) and image.get("/Subtype") == "/Image":
                stencil = pdf_stencils.xobject_stencil(image, glyph is not None)
                _picture(stencil, state.ctm, (holder, index, glyph), shapes)
            else:
                _form(resources, operands[0], state.ctm, shapes, depth, glyph)
        elif operator in ("scn", "SCN", "gs") and operands:
            # A tiling pattern or a soft mask's group paints its own content stream, outlines
            # too (pdf_painted_apart), placed by its matrix in the space that uses it.
            pattern = painted_apart(resources, operator, operands[-1])
            if pattern is not None:
                matrix = times(as_matrix(pattern.get("/Matrix")), ctm)
                placed = (pattern.objgen, matrix)  # once where it is placed (tiles repeat)
                if placed not in shapes.patterns:
                    shapes.patterns.add(placed)
                    inner = pattern.get("/Resources", resources)
                    _read(pattern, inner, matrix, shapes, depth + 1, glyph)


_PATH_OPERATORS = {"cm", "w", "m", "l", "c", "v", "y", "re"}
_SHOW = {"Tj", "TJ", "'", '"'}


def _painted(path: PathBuilder, operator: str, state: _State, where, shapes) -> None:
    holder, index, glyph = where
    polygons = tuple(tuple(p) for p in path.polygons)
    if not polygons or len(shapes) >= MAX_SHAPES:
        return
    ends = [*path.starts[1:], index]
    parts = tuple(range(start, end) for start, end in zip(path.starts, ends, strict=True))
    if glyph is not None:  # a glyph's paths are the glyph's: its code is what is shown
        holder, index, parts = glyph[0], glyph[1], ()
    xs = [x for polygon in polygons for x, _y in polygon]
    ys = [y for polygon in polygons for _x, y in polygon]
    stroked = operator in _STROKE
    # A stroke's width in page units: the line width scaled by the matrix (its mean scale).
    a, b, c, d = state.ctm[:4]
    width = state.line_width * (abs(a * d - b * c) ** 0.5) if stroked else 0.0
    half = width / 2
    shapes.append(
        Shape(
            polygons,
            (min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half),
            path.curved,
            operator in _FILL,
            max(width, 0.1) if stroked else 0.0,
            operator in _EVEN_ODD,
            holder,
            index,
            parts,
            None if glyph is None else glyph[2:],
        )
    )


def _picture(stencil, ctm: Matrix, where, shapes: PageShapes) -> None:
    """A stencil of a letter's size as a shape of its own (pdf_stencils)."""
    placed = pdf_stencils.placed(stencil, ctm) if len(shapes) < MAX_SHAPES else None
    if placed is not None:
        corners, box, ink = placed
        holder, index, glyph = where
        code = None if glyph is None else glyph[2:]
        if glyph is not None:
            holder, index = glyph[0], glyph[1]
        shapes.append(Shape((corners,), box, True, True, 0.0, False, holder, index, (), code, ink))


def _form(resources, name, ctm: Matrix, shapes: PageShapes, depth: int, glyph) -> None:
    xobject = _resource(resources, "/XObject", name)
    if not isinstance(xobject, pikepdf.Stream) or xobject.get("/Subtype") != "/Form":
        return
    inner = xobject.get("/Resources", resources)
    matrix = times(as_matrix(xobject.get("/Matrix")), ctm)
    # The same form drawn at the same place with the same resources paints the same shapes
    # (resources it borrows from the page count only when they are an object of their own).
    borrowed = None if "/Resources" in xobject else _identity(resources)
    if glyph is not None or not xobject.is_indirect or borrowed == ():
        _read(xobject, inner, matrix, shapes, depth + 1, glyph)
        return
    key = (xobject.objgen, matrix, borrowed)
    if key not in shapes.forms:
        # Its own patterns: what it walks is kept for every page that draws it, and a pattern
        # the page walked before it would be missing from them.
        walked = PageShapes(shapes.forms)
        _read(xobject, inner, matrix, walked, depth + 1, glyph)
        shapes.forms[key] = (list(walked), walked.unsearched)
    found, unsearched = shapes.forms[key]
    shapes.extend(found[: max(0, MAX_SHAPES - len(shapes))])
    shapes.unsearched = shapes.unsearched or unsearched


def _identity(resources) -> tuple:
    """The resources' object number, () for resources written into their page."""
    if isinstance(resources, pikepdf.Object) and resources.is_indirect:
        return resources.objgen
    return ()


def _resource(resources, kind: str, name):
    try:
        return resources.get(kind).get(str(name))
    except (AttributeError, pikepdf.PdfError):
        return None


def _has_type3(resources) -> bool:
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(fonts, pikepdf.Dictionary):
        return False
    return any(pdf_type3.is_type3(font) for font in fonts.values())


def _numbers(operands) -> list[float] | None:
    try:
        return [float(v) for v in operands]
    except (TypeError, ValueError):
        return None
