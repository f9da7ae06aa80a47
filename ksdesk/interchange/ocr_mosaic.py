"""Pictures a page draws edge to edge, read by OCR as the one picture they show.

A print driver or a scanner often draws a scan as bands: strips a few pixels high or wide,
each an image of its own, laid edge to edge. Read one by one, no strip holds a whole line of
text. A strip under 16 pixels was not read at all, and a wider one gave Tesseract the top of
one line and the foot of another, or a few letters of each word it was sure of: an ID card
drawn in strips was vouched for, and published with its number on it.

Here the pictures drawn by the page's own content and its forms are placed where the matrix
in force puts them. Pictures that touch or overlap make a group; those of a group that each
cover less than three quarters of it are pieces, and pieces that touch are painted onto one
canvas as the page shows them, at the resolution of their finest. OCR reads that canvas
instead of its pieces (interchange.ocr). A picture that covers more of its group is a layer
(a compressed scan's picture under its text layer, a scanned page under a stamp) and is read
on its own, as before; so are pictures in a pattern, a soft mask's group or a Type 3 glyph."""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pikepdf
from PIL import Image

from ksdesk.interchange import ocr_pictures
from ksdesk.interchange.pdf_content_text import CONTENT_ERRORS
from ksdesk.interchange.pdf_matrix import IDENTITY, Matrix, applied, as_matrix, times
from ksdesk.interchange.pdf_text_state import operand_numbers

_MAX_DEPTH = 12  # forms inside forms
_TOUCHING = 1.0  # points: pieces this close are one picture (a driver's rounding leaves gaps)
_LAYER = 0.75  # of its group's box: a picture that covers more is a layer, not a piece
_MAX_PIXELS = 24_000_000  # a canvas larger is painted at a lower resolution

# A piece as OCR reads it (ocr_pictures.picture); None when it cannot be decoded.
Picture = Callable[[pikepdf.Stream], Image.Image | None]


@dataclass(frozen=True, eq=False)  # each placing is one: compared by identity
class _Placed:
    image: pikepdf.Stream
    ctm: Matrix  # maps the unit square onto the page

    def box(self) -> tuple[float, float, float, float]:
        corners = [applied(self.ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)


@dataclass
class Mosaics:
    """The page's groups of pictures drawn edge to edge."""

    groups: list[list[_Placed]] = field(default_factory=list)
    members: set[tuple[int, int]] = field(default_factory=set)  # drawn only in a group

    def key(self) -> bytes:
        """Where each piece is drawn: the same strips laid otherwise show another picture."""
        digest = hashlib.sha256()
        for group in self.groups:
            for placed in group:
                digest.update(repr((placed.image.objgen, placed.ctm)).encode())
            digest.update(b"|")
        return digest.digest()

    def pictures(self, picture: Picture = ocr_pictures.picture) -> list[Image.Image | None]:
        """Each group painted as one picture, as Tesseract is given it (a thin line
        enlarged); None for a group with a piece that cannot be decoded (the page is then
        not vouched for). A group too small to hold text is left out."""
        painted = [_painted(group, picture) for group in self.groups]
        return [
            ocr_pictures.enlarged(p)
            for p in painted
            if p is None or ocr_pictures.may_show_text(p.width, p.height)
        ]


def mosaics(page: pikepdf.Page) -> Mosaics:
    placed: list[_Placed] = []
    with contextlib.suppress(*CONTENT_ERRORS):
        _walk(page.obj, page.obj.get("/Resources"), IDENTITY, placed, 0, set())
    found = Mosaics()
    alone: set[tuple[int, int]] = set()
    for group in _touching(placed):
        pieces = _pieces(group) if len(group) > 1 else []
        for mosaic in _touching(pieces) if len(pieces) > 1 else []:
            if len(mosaic) > 1:
                found.groups.append(mosaic)
                found.members |= {p.image.objgen for p in mosaic}
        taken = {id(p) for p in pieces}
        alone |= {p.image.objgen for p in group if id(p) not in taken}
    found.members -= alone  # a piece also drawn on its own is read on its own too
    return found


def _pieces(group: list[_Placed]) -> list[_Placed]:
    """The pictures of a group that are pieces of a larger one: each covers less than
    three quarters of the group (a card cut in two halves is two pieces). One that covers
    more is a layer of its own, read on its own as before: a compressed scan's picture under
    its text layer, a whole scanned page under a stamp."""
    boxes = [p.box() for p in group]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    whole = (right - left) * (top - bottom)
    return [
        p
        for p, b in zip(group, boxes, strict=True)
        if (b[2] - b[0]) * (b[3] - b[1]) < whole * _LAYER
    ]


def _walk(holder, resources, ctm: Matrix, placed: list, depth: int, forms: set) -> None:
    if depth > _MAX_DEPTH:
        return
    stack: list[Matrix] = []
    for instruction in pikepdf.parse_content_stream(holder):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue  # the public copy has made every one it could an image object
        operator, operands = str(instruction.operator), instruction.operands
        if operator == "q":
            stack.append(ctm)
        elif operator == "Q":
            ctm = stack.pop() if stack else ctm
        elif operator == "cm" and (values := operand_numbers(operands)) and len(values) == 6:
            ctm = times(tuple(values), ctm)
        elif operator == "Do" and operands:
            xobject = _xobject(resources, operands[0])
            if xobject is None:
                continue
            if xobject.get("/Subtype") == "/Image":
                placed.append(_Placed(xobject, ctm))
            elif xobject.get("/Subtype") == "/Form" and xobject.objgen not in forms:
                inner = times(as_matrix(xobject.get("/Matrix")), ctm)
                within = xobject.get("/Resources", resources)
                _walk(xobject, within, inner, placed, depth + 1, forms | {xobject.objgen})


def _xobject(resources, name) -> pikepdf.Stream | None:
    try:
        found = resources.XObject.get(str(name))
    except (AttributeError, pikepdf.PdfError, TypeError):
        return None
    return found if isinstance(found, pikepdf.Stream) else None


def _touching(placed: list[_Placed]) -> list[list[_Placed]]:
    """The placed pictures in groups that touch or overlap, each in drawing order. Swept
    along the axis the pieces are thin in (bands: up the page), so a scan in a thousand
    bands compares each with its neighbours, not with every other."""
    boxes = [p.box() for p in placed]
    parent = list(range(len(placed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    wide = sum(b[2] - b[0] for b in boxes) > sum(b[3] - b[1] for b in boxes)
    axis = 1 if wide else 0  # sweep along y when the pieces are wider than high
    active: list[int] = []
    for i in sorted(range(len(boxes)), key=lambda k: boxes[k][axis]):
        start = boxes[i][axis]
        active = [j for j in active if boxes[j][axis + 2] + _TOUCHING >= start]
        for j in active:
            if _touch(boxes[i], boxes[j]):
                parent[root(i)] = root(j)
        active.append(i)
    groups: dict[int, list[_Placed]] = {}
    for i, p in enumerate(placed):
        groups.setdefault(root(i), []).append(p)
    return list(groups.values())


def _touch(a, b) -> bool:
    near = _TOUCHING
    return (
        a[0] <= b[2] + near and b[0] <= a[2] + near and a[1] <= b[3] + near and b[1] <= a[3] + near
    )


def _painted(group: list[_Placed], picture: Picture) -> Image.Image | None:
    """The group on a white canvas, each piece where and as the page draws it."""
    shown = []
    for placed in group:
        image = picture(placed.image)
        if image is None:
            return None
        shown.append((placed, image))
    boxes = [p.box() for p in group]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    scale = max(_density(p.ctm, image) for p, image in shown)
    area = max((right - left) * (top - bottom), 1e-6)
    scale = min(scale, math.sqrt(_MAX_PIXELS / area))
    width, height = max(1, round((right - left) * scale)), max(1, round((top - bottom) * scale))
    canvas = Image.new("L", (width, height), 255)
    for placed, image in shown:
        _paint(canvas, placed, image, (left, top, scale))
    return canvas


def _density(ctm: Matrix, image: Image.Image) -> float:
    """Pixels per point of the picture as drawn, along its coarser side (a band of one row
    of pixels drawn thinner than the rest of the scan would make the canvas huge)."""
    across, up = math.hypot(ctm[0], ctm[1]), math.hypot(ctm[2], ctm[3])
    return min(image.width / across if across else 0.0, image.height / up if up else 0.0)


def _paint(canvas: Image.Image, placed: _Placed, image: Image.Image, frame) -> None:
    """`image` drawn onto `canvas` through the unit square `placed.ctm` maps (PDF: the
    picture's first row at the square's top)."""
    left, top, scale = frame
    a, b, c, d, e, f = placed.ctm
    det = a * d - b * c
    if not det:
        return
    x0, y0, x1, y1 = placed.box()
    ox, oy = math.floor((x0 - left) * scale), math.floor((top - y1) * scale)
    width = min(canvas.width, math.ceil((x1 - left) * scale)) - ox
    height = min(canvas.height, math.ceil((top - y0) * scale)) - oy
    if width <= 0 or height <= 0:
        return

    def source(px: float, py: float) -> tuple[float, float]:
        """The picture's pixel under the canvas's pixel (px, py) of this region."""
        x, y = left + (ox + px) / scale, top - (oy + py) / scale
        u = (d * (x - e) - c * (y - f)) / det
        v = (a * (y - f) - b * (x - e)) / det
        return u * image.width, (1 - v) * image.height

    origin, along, down = source(0, 0), source(1, 0), source(0, 1)
    coefficients = (
        along[0] - origin[0],
        down[0] - origin[0],
        origin[0],
        along[1] - origin[1],
        down[1] - origin[1],
        origin[1],
    )
    piece = image.convert("LA").transform(
        (width, height),
        Image.Transform.AFFINE,
        coefficients,
        Image.Resampling.BILINEAR,
        fillcolor=(255, 0),
    )
    canvas.paste(piece.getchannel("L"), (ox, oy), piece.getchannel("A"))
