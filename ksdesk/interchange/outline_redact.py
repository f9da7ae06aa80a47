"""A personnummer drawn as outlines, blacked out of a public copy: the paths that draw it
are taken out of the content (the subpaths under the box; a painting operator left with no
path becomes `n`, which paints nothing), so no viewer or editor brings them back by moving
a box, and an opaque black box is drawn over the place: the page shows where something was
removed, as a redacted paper does. A glyph of a Type 3 font is taken out of the string that
shows it (its procedure draws the same glyph everywhere else), replaced by its advance.

The page's own content is wrapped in q … Q first, with a Q too many in it dropped (viewers
ignore one that has nothing to restore; here it would undo the wrapping), so the box is
drawn in the page's own coordinates whatever the content left set."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf

from ksdesk.interchange.pdf_paths import page_shapes, user_unit
from ksdesk.interchange.pdf_removal_marks import moves_before
from ksdesk.interchange.pdf_shape import Box

_COVERED = 0.5  # the share of a shape's box under a black box that takes it out


def black_out(data: bytes, boxes: dict[int, list[Box]]) -> bytes:
    """`data` with each box of `boxes` (by page number from 1, page space) painted black and
    the paths mostly under it taken out."""
    if not any(boxes.values()):
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number, page_boxes in sorted(boxes.items()):
            if page_boxes and 1 <= number <= len(pdf.pages):
                _black_out_page(pdf, pdf.pages[number - 1], page_boxes)
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()


@dataclass
class _Cuts:
    """What is taken out of one content stream: instructions that build or paint paths, and
    the codes of Type 3 glyphs in the strings of text-showing instructions."""

    holder: object
    indices: set[int] = field(default_factory=set)
    codes: dict[int, set[tuple[int | None, int, float]]] = field(default_factory=dict)

    def rewritten(self, instructions: list) -> list:
        kept = []
        for index, instruction in enumerate(instructions):
            if index in self.codes:
                kept.extend(_without_glyphs(instruction, self.codes[index]))
            elif index not in self.indices:
                kept.append(instruction)
            elif str(getattr(instruction, "operator", "")) in _PAINTING:
                # The path it would paint is gone, and so is the clip it may set.
                kept.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("n")))
        return kept


def _black_out_page(pdf: pikepdf.Pdf, page: pikepdf.Page, boxes: list[Box]) -> None:
    cuts: dict[tuple, _Cuts] = {}
    for shape in page_shapes(page):
        if shape.glyph is not None:  # a Type 3 glyph: its code goes from the string
            if any(_covered(shape.box, box) >= _COVERED for box in boxes):
                cut = cuts.setdefault(_key(shape.holder), _Cuts(shape.holder))
                cut.codes.setdefault(shape.index, set()).add(shape.glyph)
            continue
        if shape.picture is not None:  # a letter drawn as a stencil: the picture goes
            if any(_covered(shape.box, box) >= _COVERED for box in boxes):
                cuts.setdefault(_key(shape.holder), _Cuts(shape.holder)).indices.add(shape.index)
            continue
        under = [
            part
            for polygon, part in zip(shape.polygons, shape.parts, strict=True)
            if any(_covered(_box(polygon), box) >= _COVERED for box in boxes)
        ]
        if under:
            cut = cuts.setdefault(_key(shape.holder), _Cuts(shape.holder))
            cut.indices.update(i for part in under for i in part)
            if len(under) == len(shape.parts):
                cut.indices.add(shape.index)  # nothing of the path is left to paint
    for key, cut in cuts.items():
        if key != ("page",):  # a figure's own content (a Form XObject)
            instructions = list(pikepdf.parse_content_stream(cut.holder))
            cut.holder.write(pikepdf.unparse_content_stream(cut.rewritten(instructions)))
    instructions = list(pikepdf.parse_content_stream(page))
    instructions = cuts.get(("page",), _Cuts(page)).rewritten(instructions)
    depth, kept = 0, []
    for instruction in instructions:
        operator = getattr(instruction, "operator", None)
        if operator == pikepdf.Operator("Q"):
            if depth == 0:
                continue  # restores nothing in a viewer; here it would end our wrapping
            depth -= 1
        elif operator == pikepdf.Operator("q"):
            depth += 1
        kept.append(instruction)
    drawn = b"q\n" + pikepdf.unparse_content_stream(kept) + b"\n" + b"Q\n" * (depth + 1)
    unit = user_unit(page)  # the boxes are in points, the content in the page's units
    black = " ".join(
        f"{x0 / unit:.4f} {y0 / unit:.4f} {(x1 - x0) / unit:.4f} {(y1 - y0) / unit:.4f} re"
        for x0, y0, x1, y1 in boxes
    )
    drawn += f"q 0 g {black} f Q\n".encode()
    page.obj.Contents = pdf.make_stream(drawn)


def _without_glyphs(instruction, gone: set[tuple[int | None, int, float]]) -> list:
    """A text-showing instruction as a TJ whose strings lack the codes `gone` (element,
    byte, advance): each is replaced by its advance, so what follows stays where it was."""
    operator, operands = str(instruction.operator), list(instruction.operands)
    make = pikepdf.ContentStreamInstruction
    if operator == "TJ":
        array = []
        for element, item in enumerate(operands[0]):
            if isinstance(item, pikepdf.String):
                array += _split(bytes(item), {b: g for e, b, g in gone if e == element})
            else:
                array.append(item)
        return [make([pikepdf.Array(array)], pikepdf.Operator("TJ"))]
    shown = _split(bytes(operands[-1]), {b: g for _e, b, g in gone})
    return [*moves_before(instruction), make([pikepdf.Array(shown)], pikepdf.Operator("TJ"))]


def _split(data: bytes, gaps: dict[int, float]) -> list:
    pieces, run = [], bytearray()
    for place, code in enumerate(data):
        if place in gaps:
            if run:
                pieces.append(pikepdf.String(bytes(run)))
                run = bytearray()
            pieces.append(gaps[place])
        else:
            run.append(code)
    if run:
        pieces.append(pikepdf.String(bytes(run)))
    return pieces


# "n" too: it ends a clipping path ("W n"), which may be letters' outlines a picture shows
# through; the W stays, with no path left to clip to, and hides what would show.
_PAINTING = {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n"}


def _box(points) -> Box:
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _key(holder) -> tuple:
    if isinstance(holder, pikepdf.Page):
        return ("page",)
    return ("form", *holder.objgen) if holder.is_indirect else ("form", id(holder))


def _covered(part: Box, box: Box) -> float:
    """How much of a part's box lies under `box` (0 to 1)."""
    x0, y0, x1, y1 = part
    width = max(0.0, min(x1, box[2]) - max(x0, box[0]))
    height = max(0.0, min(y1, box[3]) - max(y0, box[1]))
    area = (x1 - x0) * (y1 - y0)
    return width * height / area if area > 0 else float(_inside_point(part, box))


def _inside_point(shape_box: Box, box: Box) -> bool:
    return box[0] <= shape_box[0] <= box[2] and box[1] <= shape_box[1] <= box[3]
