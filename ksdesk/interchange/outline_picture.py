"""A picture of the lines of text drawn as outlines (interchange.pdf_outlines) for
Tesseract: the lines one above the other, each scaled to a height Tesseract reads best,
black on white; only the shapes' letter-sized subpaths, never the page's pictures, fonts or
big shapes."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from ksdesk.interchange.pdf_outlines import (
    Line,
    box_around,
    outer_boxes,
    overlaps,
    turned_box,
    turned_point,
)
from ksdesk.interchange.pdf_shape import Box, Shape

_LINE_PIXELS = 48  # a line's height in the picture Tesseract reads
_MARGIN = 24  # white pixels around and between the lines
# A subpath taller than this many line heights, or wider, is no letter of the line.
_LETTER = 1.6
_WIDE = 3.0
_BOLD = 64  # of 255: where a stencil scaled up smoothly counts as ink
# A line wider than this in the picture (a line across an A3 page in landscape, in 7-point
# print, is some 8 000 pixels) is drawn in pieces one under the other: the picture is as wide
# as its widest line, and one line of thousands of shapes would make it too big to read.
MAX_WIDTH = 8_000
# Shapes two pieces of a line both have: a personnummer (13 characters with the century and
# the dash) is whole in one of them, wherever the line is cut.
_OVERLAP = 16
# The largest picture drawn for Tesseract, in pixels: a page of small print in two columns
# (some 170 lines) makes a third of it. Larger, the page is said to be unread, not drawn.
MAX_PIXELS = 64_000_000


def line_picture(
    shapes: list[Shape], lines: list[Line], angle: float = 0.0
) -> tuple[Image.Image, list[Box]]:
    """The lines drawn one above the other, black on white, and where each line stands in
    the picture (pixels, top-left origin): what Tesseract reads and where its words are.
    `angle`: the frame the lines were found in (lines_of)."""
    placed, top, widest = [], _MARGIN, 0
    for line in lines:
        height = line.box[3] - line.box[1]
        scale = _LINE_PIXELS / height
        width = round((line.box[2] - line.box[0]) * scale)
        placed.append((line, scale, top, width))
        widest = max(widest, width)
        top += _LINE_PIXELS + 2 * _MARGIN
    picture = Image.new("L", (widest + 2 * _MARGIN, max(top, 1)), 255)
    where, near = [], _Near(shapes, angle)
    for line, scale, line_top, width in placed:
        _draw(picture, near.of(line.box), line, scale, (_MARGIN, line_top), angle)
        where.append((_MARGIN, line_top, _MARGIN + width, line_top + _LINE_PIXELS))
    return picture, where


def pieces(lines: list[Line], angle: float = 0.0) -> list[Line]:
    """The lines, each one wider than MAX_WIDTH pixels drawn cut into pieces that overlap
    by _OVERLAP shapes (each piece read as a line of its own)."""
    found = []
    for line in lines:
        scale = _LINE_PIXELS / (line.box[3] - line.box[1])
        if (line.box[2] - line.box[0]) * scale <= MAX_WIDTH:
            found.append(line)
            continue
        turned = sorted(((turned_box(g.box, angle), g) for g in line.glyphs), key=_left)
        pad = 0.2 * (line.box[3] - line.box[1]) / 1.4  # as the line's own (pdf_outlines)
        start = 0
        while True:
            end = start + 1
            while end < len(turned) and (turned[end][0][2] - turned[start][0][0]) * scale <= (
                MAX_WIDTH - 2 * pad * scale
            ):
                end += 1
            left, right = turned[start][0][0], max(box[2] for box, _g in turned[start:end])
            box = (left - pad, line.box[1], right + pad, line.box[3])
            found.append(Line(box, tuple(g for _box, g in turned[start:end])))
            if end == len(turned):
                break
            start = max(start + 1, end - _OVERLAP)
    return found


def _left(placed: tuple) -> float:
    return placed[0][0]


def picture_pixels(lines: list[Line]) -> int:
    """How many pixels line_picture would draw for `lines`."""
    if not lines:
        return 0
    widest = max((ln.box[2] - ln.box[0]) * _LINE_PIXELS / (ln.box[3] - ln.box[1]) for ln in lines)
    return round(widest + 2 * _MARGIN) * (len(lines) * (_LINE_PIXELS + 2 * _MARGIN) + _MARGIN)


class _Near:
    """The shapes by the bands of the frame's height they reach into, so that the shapes
    under a line are found without looking at every shape of the page for every line."""

    band = 12.0  # points

    def __init__(self, shapes: list[Shape], angle: float) -> None:
        self.bands: dict[int, list[tuple[Box, Shape]]] = {}
        for shape in shapes:
            box = turned_box(shape.box, angle)
            for band in range(int(box[1] // self.band), int(box[3] // self.band) + 1):
                self.bands.setdefault(band, []).append((box, shape))

    def of(self, line: Box) -> list[Shape]:
        found: dict[int, Shape] = {}
        for band in range(int(line[1] // self.band), int(line[3] // self.band) + 1):
            for box, shape in self.bands.get(band, ()):
                if overlaps(box, line):
                    found[id(shape)] = shape
        return list(found.values())


def _draw(picture: Image.Image, shapes: list[Shape], line: Line, scale: float, at, angle) -> None:
    """The shapes' letter-sized subpaths as they fill and stroke, black, cut to the line's
    box. A subpath painted over another is taken out of it (even-odd), which is how a
    letter's holes show under either rule in the fonts and converters that draw them.
    Bigger subpaths are left out whatever their colour: a white page-sized rectangle under
    the text, a cell's shading, a banner behind white letters, the area a pattern fills or
    a table's rules would cover the letters or cross them (the letters of white text on a
    dark banner are drawn black, and read)."""
    x0, y1 = line.box[0], line.box[3]
    left, top = at
    size = (round((line.box[2] - line.box[0]) * scale), _LINE_PIXELS)
    ink = Image.new("1", size, 0)
    pen = ImageDraw.Draw(ink)

    def pixel(point) -> tuple[float, float]:
        x, y = turned_point(point, angle)
        return ((x - x0) * scale, (y1 - y) * scale)

    for shape in shapes:
        drawn = []
        for polygon in shape.polygons:
            points = [pixel(p) for p in polygon]
            box = box_around(points)
            if (
                box[3] - box[1] <= _LETTER * _LINE_PIXELS
                and box[2] - box[0] <= _WIDE * _LINE_PIXELS
                and box[2] >= 0  # on the line's part of the picture (a path of a page of
                and box[0] <= size[0]  # pixels is one shape: only its line's are drawn)
                and box[3] >= 0
                and box[1] <= size[1]
            ):
                drawn.append(points)
        if shape.picture is not None and drawn:  # a letter drawn as a stencil
            ink = ImageChops.logical_or(ink, _stencil(shape.picture, drawn[0], size))
        elif shape.filled and drawn:
            _fill(ink, [points for points in drawn if len(points) > 2])
        if shape.line_width and drawn:
            width = max(1, round(shape.line_width * scale))
            for points in drawn:
                pen.line(points, fill=1, width=width)
    if sum(glyph.specks for glyph in line.glyphs) * 2 >= len(line.glyphs):
        ink = _smoothed(ink)
    picture.paste(0, (left, top, left + size[0], top + size[1]), ink)


def _smoothed(ink: Image.Image) -> Image.Image:
    """A line of a bitmap font's letters (squares on a grid) with soft grey edges, as a
    printed letter's are when scanned: drawn sharp, Tesseract read "811022-7017" as
    "Sl1022-781r7" and a slashed 0 as an 8; blurred by a sixteenth of the line's height and
    left grey, it read all of 36 numbers in three sizes right (cut back to black and white,
    29)."""
    return ink.convert("L").filter(ImageFilter.GaussianBlur(_LINE_PIXELS / 16))


def _fill(ink: Image.Image, polygons: list) -> None:
    """A filled path's subpaths: each painted, and each inside another (a letter's hole)
    taken out of what the path paints around it. Subpaths side by side are painted both,
    also where they touch (a bitmap font's squares drawn as one path)."""
    boxes = [box_around(points) for points in polygons]
    outer = set(outer_boxes(boxes))
    mask, taken = Image.new("1", ink.size, 0), Image.new("1", ink.size, 0)
    pen = ImageDraw.Draw(mask)
    for points, box in zip(polygons, boxes, strict=True):
        if box in outer:
            pen.polygon(points, fill=1)
        else:  # a hole in a hole (the island of an ®) is painted again
            one = Image.new("1", ink.size, 0)
            ImageDraw.Draw(one).polygon(points, fill=1)
            taken = ImageChops.logical_xor(taken, one)
    mask = ImageChops.logical_xor(mask, ImageChops.logical_and(mask, taken))
    ink.paste(ImageChops.logical_or(ink, mask))


def _stencil(picture: Image.Image, corners: list, size: tuple[int, int]) -> Image.Image:
    """The stencil's ink where its unit square lands in the picture (`corners`: (0,0),
    (1,0), (1,1), (0,1) in pixels); its top row is the square's top edge. A letter's small
    bitmap is scaled up smoothly and cut a little bold: cut at the middle grey, Tesseract
    read the thin bar of a bitmap 7 as a 1."""
    (x00, y00), (x10, y10), _one, (x01, y01) = corners
    width, height = picture.size
    # A pixel (i, j) of the stencil lands at corner (0,1) + i/W · (right) - j/H · (up).
    a, b = (x10 - x00) / width, -(x01 - x00) / height
    c, d = (y10 - y00) / width, -(y01 - y00) / height
    det = a * d - b * c
    if abs(det) < 1e-9:
        return Image.new("1", size, 0)
    p, q, r, t = d / det, -b / det, -c / det, a / det  # the inverse: picture to stencil
    matrix = (p, q, -(p * x01 + q * y01), r, t, -(r * x01 + t * y01))
    grey = picture.convert("L").transform(size, Image.AFFINE, matrix, Image.BILINEAR, fillcolor=0)
    return grey.point(lambda v: 255 if v >= _BOLD else 0).convert("1")
