"""Text drawn as outlines: where on a page many small painted shapes sit in a row like the
letters of a line (interchange.pdf_paths), and a picture of just those lines for Tesseract.

Reading every page with OCR costs about three seconds of CPU a page (rendering and
Tesseract), a minute or more for a packet; most pages draw their text with fonts and no
outlines at all. So only the lines found here are read: glyph-sized shapes (between a small
footnote's and a big heading's height, no wider than a wide letter), at least four of them
on one line close together, some of them curved or of many corners (letters and digits;
table rules, bars and check boxes are upright rectangles), of more than one size (a row of
chart markers is the same shape again). A chart's bars, a table's lines, a logo's few big
shapes, a page of pictures are no line; a logo with its name in outlines is one, and is read
like any other.

interchange.outline_picture draws the lines found for Tesseract."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ksdesk.interchange.outline_specks import MAX_SPECKS, speck_letters
from ksdesk.interchange.pdf_shape import Box, Shape

# A personnummer has ten digits, but a line may break at its dash: "811022-" and "7017".
MIN_GLYPHS = 4
_MIN_HEIGHT = 2.5  # points: smaller is a dot, a hairline, a speck
_MAX_HEIGHT = 72.0  # points: larger is a picture's shape, not a letter
_MAX_WIDTH = 1.6  # times the height: wider is a rule, a bar, a box
_PIXEL = 10.0  # points: a filled upright rectangle no bigger may be a bitmap letter's pixel
# Times the line's height: the widest space between two letters of a line. Wide, as a form
# spaces a number's digits apart ("8 1 1 0 2 2 - 7 0 1 7", one to a box), or groups it.
_GAP = 2.5
_MAX_LINES = 400  # a page of a vector drawing: enough lines to tell
_LEAST_SKEW = 0.5  # degrees: less is read as it stands
_SKEW_SAMPLES = 8  # neighbours at least to tell a skew by


@dataclass(frozen=True)
class Glyph:
    box: Box
    shaped: bool  # curved, or a polygon other than an upright rectangle (a 1, a 4, a 7)
    form: int = 0  # what it looks like, roughly: the same for the same letter or marker
    specks: bool = False  # made of specks: a bitmap font drawn a square per pixel


@dataclass(frozen=True)
class Line:
    """Shapes that sit together like a line of text, and the box around them."""

    box: Box
    glyphs: tuple[Glyph, ...]


def glyphs_of(shapes: list[Shape]) -> list[Glyph]:
    """The letter-sized parts of the shapes: each subpath with the subpaths inside it (the
    holes of an o, a 0, an 8), a path that draws a whole word split into its letters, and
    the letters of a bitmap font drawn a square per pixel (interchange.outline_specks)."""
    found, pixels = [], []
    for shape in shapes:
        pad = shape.line_width / 2
        boxes = {box_around(polygon): polygon for polygon in shape.polygons}
        if shape.picture is not None:  # a letter drawn as a stencil: the box of its ink
            boxes = {shape.box: ()}
        for box in outer_boxes(list(boxes)):
            shaped = shape.curved or not _upright_rectangle(boxes[box], box)
            glyph = Glyph(_grown(box, pad), shaped, _form(shape, boxes[box], box))
            height, width = _size(glyph.box)
            speck = height < _MIN_HEIGHT and width < _MIN_HEIGHT
            if shape.filled and (speck or (not shaped and max(height, width) <= _PIXEL)):
                pixels.append(glyph)  # a speck, or a square: maybe a pixel of a letter
            elif _letter_sized(glyph.box):
                found.append(glyph)
    letters, alone = speck_letters([glyph.box for glyph in pixels])
    for box, shaped, form in letters:
        if _letter_sized(box) or len(pixels) > MAX_SPECKS:  # too many: counted, not read
            found.append(Glyph(box, shaped, form, specks=True))
    found += [pixels[i] for i in alone if _letter_sized(pixels[i].box)]  # a square itself
    return found


def _grown(box: Box, pad: float) -> Box:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _size(box: Box) -> tuple[float, float]:
    return box[3] - box[1], box[2] - box[0]


def _letter_sized(box: Box) -> bool:
    height, width = _size(box)
    return _MIN_HEIGHT <= height <= _MAX_HEIGHT and width <= _MAX_WIDTH * height


def text_lines(shapes: list[Shape]) -> list[Line]:
    """The lines of text drawn as outlines among `shapes`, top of the page first."""
    return lines_of(glyphs_of(shapes))


def lines_of(glyphs: list[Glyph], angle: float = 0.0) -> list[Line]:
    """The lines the glyphs make, seen turned `angle` degrees clockwise (90: text that runs
    up the page, as in a margin or on a landscape page; 270: down; a degree or two: a
    skewed scan, see `skew`); the lines' boxes are in that frame (unturned_box gives them
    on the page), their glyphs as they are on the page."""
    on_page = {turned_box(g.box, angle): g for g in glyphs}
    glyphs = [Glyph(box, g.shaped, g.form) for box, g in on_page.items()]
    glyphs.sort(key=lambda g: (_middle(g.box), g.box[0]))
    rows: list[list[Glyph]] = []
    for glyph in glyphs:
        height = glyph.box[3] - glyph.box[1]
        for row in reversed(rows[-8:]):  # glyphs come by height on the page: look nearby
            row_height = max(g.box[3] - g.box[1] for g in row)
            near = abs(_middle(glyph.box) - _middle(row[0].box)) < 0.35 * max(height, row_height)
            if near and 0.3 < height / row_height < 3.0:
                row.append(glyph)
                break
        else:
            rows.append([glyph])
    lines = [line for row in rows for line in _runs(row)]
    lines.sort(key=lambda line: (-line.box[3], line.box[0]))
    return [Line(line.box, tuple(on_page[g.box] for g in line.glyphs)) for line in lines][
        :_MAX_LINES
    ]


def skew(glyphs: list[Glyph], angle: float = 0.0) -> float:
    """How many degrees (clockwise) the lines stand askew in the frame `angle`: the median
    slope from each letter to its neighbour on the right (a vectorised scan is seldom
    straight). 0 when under half a degree or when there are too few letters to tell."""
    boxes = [turned_box(g.box, angle) for g in glyphs]
    if len(boxes) < _SKEW_SAMPLES:
        return 0.0
    cell = sorted(b[3] - b[1] for b in boxes)[len(boxes) // 2] or 1.0
    grid: dict[tuple[int, int], list[Box]] = {}
    for box in boxes:
        grid.setdefault((int(_centre(box) // cell), int(_middle(box) // cell)), []).append(box)
    slopes = []
    for box in boxes:
        height, column, row = box[3] - box[1], int(_centre(box) // cell), int(_middle(box) // cell)
        near = [
            o for dx in range(4) for dy in (-1, 0, 1) for o in grid.get((column + dx, row + dy), ())
        ]
        pairs = [
            (_centre(o) - _centre(box), _middle(o) - _middle(box))
            for o in near
            if 0.3 * height < _centre(o) - _centre(box) <= 3 * height
            and 0.7 < (o[3] - o[1]) / height < 1.4
            and abs(_middle(o) - _middle(box)) <= 0.5 * (_centre(o) - _centre(box))
        ]
        if pairs:
            run, rise = min(pairs)
            slopes.append(math.degrees(math.atan2(rise, run)))
    if len(slopes) < _SKEW_SAMPLES:
        return 0.0
    median = sorted(slopes)[len(slopes) // 2]
    return median if abs(median) >= _LEAST_SKEW else 0.0


def _runs(row: list[Glyph]) -> list[Line]:
    """The row cut where letters stand too far apart, kept where the run looks like text."""
    row = sorted(row, key=lambda g: g.box[0])
    height = max(g.box[3] - g.box[1] for g in row)
    runs, current, right = [], [row[0]], row[0].box[2]
    for glyph in row[1:]:
        if glyph.box[0] - right > _GAP * height:
            runs.append(current)
            current, right = [], glyph.box[2]
        current.append(glyph)
        right = max(right, glyph.box[2])
    runs.append(current)
    return [
        Line(_padded(_around([g.box for g in run])), tuple(run)) for run in runs if _like_text(run)
    ]


def _like_text(run: list[Glyph]) -> bool:
    if len(run) < MIN_GLYPHS or sum(g.shaped for g in run) < 3:
        return False
    return len({g.form for g in run}) > 1  # a row of markers or bullets: one shape again


def _form(shape: Shape, polygon, box: Box) -> int:
    """Its size and its corners' count, or its picture: two 1s are alike, a 1 and a 7 not
    (even where their boxes are the same, as a bitmap font's can be)."""
    size = (round(box[2] - box[0], 1), round(box[3] - box[1], 1))
    if shape.picture is not None:
        return hash((size, shape.picture.tobytes()))
    return hash((size, len(polygon)))


def box_around(points) -> Box:
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    return (min(xs), min(ys), max(xs), max(ys))


def turned_point(point, angle: float) -> tuple[float, float]:
    """The point turned `angle` degrees clockwise about the origin."""
    x, y = point
    if angle % 90 == 0:  # exactly, as a quarter turn is (no rounding of sin and cos)
        for _ in range(int(angle // 90) % 4):
            x, y = y, -x
        return x, y
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return x * cos + y * sin, -x * sin + y * cos


def turned_box(box: Box, angle: float) -> Box:
    """The box around `box` turned `angle` degrees clockwise."""
    if not angle:
        return box
    corners = ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3]))
    return box_around([turned_point(corner, angle) for corner in corners])


def unturned_box(box: Box, angle: float) -> Box:
    """The box around a box of a turned frame, back on the page."""
    return turned_box(box, -angle)


def _upright_rectangle(polygon, box: Box) -> bool:
    """Every corner of the polygon on a corner of its box: a bar, a cell, a check box."""
    corners = {(box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])}
    return all(point in corners for point in polygon)


def outer_boxes(boxes: list[Box]) -> list[Box]:
    """The boxes not inside another (a letter's holes are inside the letter), found by a
    sweep from left to right: a box is compared with the boxes still open where it starts."""
    found, open_boxes = [], []
    for box in sorted(boxes, key=lambda b: (b[0], -b[2])):
        open_boxes = [o for o in open_boxes if o[2] >= box[0]]
        if not any(o[1] <= box[1] and o[2] >= box[2] and o[3] >= box[3] for o in open_boxes):
            found.append(box)
        open_boxes.append(box)
    return found


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _centre(box: Box) -> float:
    return (box[0] + box[2]) / 2


def _middle(box: Box) -> float:
    return (box[1] + box[3]) / 2


def _padded(box: Box) -> Box:
    """A line's box with room for what sticks out of its letters (accents, the dots of
    ö and i, which are too small to count as letters)."""
    pad = 0.2 * (box[3] - box[1])
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _around(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
