"""The shapes a PDF page paints with path operators, placed on the page: what text turned
into outlines ("Rita text som kurvor", a vectorised scan, a flattened signature block, an
embedded EPS figure) is made of. No text extractor reads it, so interchange.pdf_outlines
finds the shapes that sit together like a line of text and has Tesseract read them.

Each painted path is one `Shape`: its subpaths flattened to polygons in page space (curves
cut into short lines), its bounding box, whether it has curves, and where its painting
operator stands (the content stream and the index of the operator), so that a shape can be
taken out of the page again (pdf_outlines.black_out). Form XObjects are walked with their
matrix, as often as they are drawn."""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf

from ksdesk.interchange.pdf_matrix import IDENTITY, Matrix, applied, as_matrix, times

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page space

_FILL = {"f", "F", "f*", "B", "B*", "b", "b*"}
_STROKE = {"S", "s", "B", "B*", "b", "b*"}
_EVEN_ODD = {"f*", "B*", "b*"}
_MAX_DEPTH = 8  # forms inside forms
_MAX_SHAPES = 20_000  # a map or a vector drawing: enough to tell, not all of it
_CURVE_STEPS = 6


@dataclass(frozen=True)
class Shape:
    polygons: tuple[tuple[Point, ...], ...]
    box: Box
    curved: bool
    filled: bool
    line_width: float  # in page units; 0 when only filled
    even_odd: bool
    holder: object  # the page or Form XObject whose content stream paints it
    index: int  # the painting operator's place in that stream's instructions
    parts: tuple[range, ...]  # the instructions that build each polygon (a subpath)


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    line_width: float = 1.0


@dataclass
class _Path:
    polygons: list[list[Point]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the instruction each polygon starts at
    curved: bool = False
    index: int = 0  # the instruction being read

    def move(self, point: Point) -> None:
        self.polygons.append([point])
        self.starts.append(self.index)

    def line(self, point: Point) -> None:
        if not self.polygons:
            self.move(point)
        else:
            self.polygons[-1].append(point)

    def curve(self, c1: Point, c2: Point, end: Point) -> None:
        start = self.polygons[-1][-1] if self.polygons and self.polygons[-1] else c1
        self.curved = True
        for step in range(1, _CURVE_STEPS + 1):
            t = step / _CURVE_STEPS
            u = 1 - t
            self.line(
                (
                    u**3 * start[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * end[0],
                    u**3 * start[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * end[1],
                )
            )

    def last(self) -> Point:
        return self.polygons[-1][-1] if self.polygons and self.polygons[-1] else (0.0, 0.0)


def page_shapes(page: pikepdf.Page) -> list[Shape]:
    """Every path the page fills or strokes, forms included, in page space."""
    shapes: list[Shape] = []
    _read(page, page.obj.get("/Resources"), IDENTITY, shapes, 0)
    return shapes


def _read(holder, resources, ctm: Matrix, shapes: list[Shape], depth: int) -> None:
    if depth > _MAX_DEPTH or len(shapes) >= _MAX_SHAPES:
        return
    try:
        instructions = pikepdf.parse_content_stream(holder)
    except pikepdf.PdfError:
        return  # damaged content: the text reader reports it
    state, stack, path = _State(ctm), [], _Path()
    for index, instruction in enumerate(instructions):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        operator, operands = str(instruction.operator), instruction.operands
        values = _numbers(operands) if operator in _PATH_OPERATORS else []
        if values is None:
            continue
        at, path.index = state.ctm, index
        if operator == "q":
            stack.append(_State(state.ctm, state.line_width))
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
        elif operator in _FILL or operator in _STROKE or operator == "n":
            if operator != "n":
                _painted(path, operator, state, holder, index, shapes)
            path = _Path()
        elif operator == "Do" and operands:
            _form(resources, operands[0], state.ctm, shapes, depth)


_PATH_OPERATORS = {"cm", "w", "m", "l", "c", "v", "y", "re"}


def _painted(path: _Path, operator: str, state: _State, holder, index: int, shapes) -> None:
    polygons = tuple(tuple(p) for p in path.polygons)
    if not polygons or len(shapes) >= _MAX_SHAPES:
        return
    ends = [*path.starts[1:], index]
    parts = tuple(range(start, end) for start, end in zip(path.starts, ends, strict=True))
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
        )
    )


def _form(resources, name, ctm: Matrix, shapes: list[Shape], depth: int) -> None:
    try:
        xobject = resources.get("/XObject").get(str(name))
    except (AttributeError, pikepdf.PdfError):
        return
    if not isinstance(xobject, pikepdf.Stream) or xobject.get("/Subtype") != "/Form":
        return
    inner = xobject.get("/Resources", resources)
    _read(xobject, inner, times(as_matrix(xobject.get("/Matrix")), ctm), shapes, depth + 1)


def _numbers(operands) -> list[float] | None:
    try:
        return [float(v) for v in operands]
    except (TypeError, ValueError):
        return None
