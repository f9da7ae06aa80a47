"""A shape a PDF page paints, as interchange.pdf_paths finds it: its polygons in page space,
its box and where its painting operator stands; and the path being built from the path
operators, its curves cut into short lines so that every shape is polygons."""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page space, in points (/UserUnit)

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
    # Drawn by a Type 3 glyph: (TJ element or None, byte in the string, advance as a TJ
    # number) of the glyph's code, shown by the instruction `index` of `holder`.
    glyph: tuple[int | None, int, float] | None = None
    # A letter drawn as a picture (pdf_stencils): its ink, drawn over its one polygon.
    picture: object = None


@dataclass
class PathBuilder:
    polygons: list[list[Point]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the instruction each polygon starts at
    curved: bool = False
    index: int = 0  # the instruction being read
    clip: str = ""  # "W" or "W*" when the path clips what is painted after it

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
