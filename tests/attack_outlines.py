"""PDF bilagor with a personnummer drawn as outlines, the way "Rita text som kurvor" in
InDesign or Illustrator, a print shop's export, a vectorising scanner or an embedded EPS
figure draws text: filled paths traced from a font's glyphs (fontTools reads the outlines of
Liberation Sans), no text layer for the number at all. The page around it has ordinary text.

Also the pages that must not be taken for text: a chart (bars, a line with round markers, a
pie, labels in a font), a logo of a few big shapes, a table's lines."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ksdesk import paths
from tests.attack_pdfs import _page, _with, dashed
from tests.attack_pdfs_more import tiling

SHOWN = "Ansökan om bygglov"


def _font():
    from fontTools.ttLib import TTFont

    return TTFont(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"))


def _glyph_ops(font, char: str, x: float, y: float, scale: float) -> tuple[list[str], float]:
    """The path operators that draw `char` at (x, y), and its advance, at `scale`."""
    from fontTools.pens.basePen import BasePen

    glyphs = font.getGlyphSet()
    name = font.getBestCmap()[ord(char)]
    out: list[str] = []

    class Pen(BasePen):
        def _at(self, point) -> str:
            return f"{x + point[0] * scale:.2f} {y + point[1] * scale:.2f}"

        def _moveTo(self, point) -> None:
            out.append(f"{self._at(point)} m")

        def _lineTo(self, point) -> None:
            out.append(f"{self._at(point)} l")

        def _curveToOne(self, one, two, three) -> None:
            out.append(f"{self._at(one)} {self._at(two)} {self._at(three)} c")

        def _closePath(self) -> None:
            out.append("h")

    glyphs[name].draw(Pen(glyphs))
    return out, glyphs[name].width * scale


def outline_ops(text: str, x: float, y: float, size: float, per_glyph: bool = True) -> bytes:
    """`text` as filled paths at (x, y): one fill per letter, or one for the whole line
    (a compound path, as some converters write a word)."""
    font = _font()
    scale = size / font["head"].unitsPerEm
    out: list[str] = []
    for char in text:
        ops, advance = _glyph_ops(font, char, x, y, scale)
        out += ops
        if per_glyph and out and out[-1] != "f":
            out.append("f")
        x += advance
    if out and out[-1] != "f":
        out.append("f")
    return ("0 g\n" + "\n".join(out) + "\n").encode()


def type3_letters(number: str) -> bytes:
    """A Type 3 font whose glyphs draw the digits and the dash but are named and encoded as
    the letters a to k (what a PDF printer writes for a font it could not embed): the text
    reads "Sökande: bjbbcc-hbbi", the page shows the number."""
    font = _font()
    units = font["head"].unitsPerEm
    chars, names = _DIGITS, _LETTERS
    procs, widths = {}, []

    def change(pdf) -> None:
        for char, name in zip(chars, names, strict=True):
            ops, advance = _glyph_ops(font, char, 0, 0, 1)
            drawing = "\n".join([f"{advance:.0f} 0 d0", *ops, "f"])
            procs[f"/{name}"] = pdf.make_stream(drawing.encode())
            widths.append(round(advance))
        _show_in_type3(pdf, procs, widths, 1 / units, number, 11)

    return _with(_page(_shown), change)


_DIGITS, _LETTERS = "0123456789-", "abcdefghijk"  # what the glyphs show, what they are called


def _show_in_type3(pdf, procs: dict, widths: list, unit: float, number: str, size: int) -> None:
    """A Type 3 font of `procs` (named a to k, drawing 0 to 9 and the dash) on the page, and
    "Sokande: " in Helvetica followed by the number in it."""
    type3 = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type3,
        FontBBox=[0, -300, 1000, 1000],
        FontMatrix=[unit, 0, 0, unit, 0, 0],
        CharProcs=pikepdf.Dictionary(procs),
        Encoding=pikepdf.Dictionary(Differences=[97, *(pikepdf.Name(f"/{n}") for n in _LETTERS)]),
        FirstChar=97,
        LastChar=97 + len(_LETTERS) - 1,
        Widths=widths,
        Resources=pikepdf.Dictionary(),
    )
    page = pdf.pages[0]
    page.obj.Resources.Font.T3 = pdf.make_indirect(type3)
    coded = dashed(number).translate(str.maketrans(_DIGITS, _LETTERS))
    shown = f"BT /F1 11 Tf 72 690 Td (Sokande: ) Tj /T3 {size} Tf ({coded}) Tj ET"
    page.contents_add(pdf.make_stream(shown.encode()), prepend=False)


def _shown(page) -> None:
    page.drawString(72, 740, SHOWN)
    page.drawString(72, 720, "Handläggaren har tagit emot ansökan och bifogar den här.")


def _with_content(content: bytes, form: bool = False) -> bytes:
    def change(pdf) -> None:
        page = pdf.pages[0]
        if form:  # an embedded figure (EPS, AI) is a Form XObject of its own
            figure = pdf.make_stream(
                content,
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form,
                BBox=[0, 0, 595, 842],
                Resources=pikepdf.Dictionary(),
            )
            page.obj.Resources.XObject = pikepdf.Dictionary({"/Fig1": figure})
            content_drawn = b"q /Fig1 Do Q"
        else:
            content_drawn = b"q\n" + content + b"Q\n"
        page.contents_add(pdf.make_stream(content_drawn), prepend=False)

    return _with(_page(_shown), change)


def outlined_line(number: str) -> bytes:
    """ "Sökande: ÅÅMMDD-NNNN" in outlines, one filled path a letter."""
    return _with_content(outline_ops(f"Sökande: {dashed(number)}", 72, 690, 11))


def outlined_compound(number: str) -> bytes:
    """The same line as one compound path (a converter that joins a word's letters)."""
    return _with_content(outline_ops(f"Personnummer {dashed(number)}", 72, 690, 11, False))


def outlined_figure(number: str) -> bytes:
    """The number in outlines inside an embedded figure (a Form XObject), scaled down."""
    content = b"0.5 0 0 0.5 72 300 cm\n" + outline_ops(dashed(number), 0, 0, 24)
    return _with_content(content, form=True)


def nested_forms(content: bytes, depth: int) -> bytes:
    """`content` drawn by a Form XObject inside `depth` - 1 others, the page ordinary text."""

    def change(pdf) -> None:
        fonts = pdf.pages[0].obj.Resources.Font  # the innermost may show text in them
        inner, resources = content, pikepdf.Dictionary({"/Font": fonts})
        for _level in range(depth):  # the innermost first
            form = pdf.make_stream(
                inner,
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form,
                BBox=[0, 0, 595, 842],
                Resources=resources,
            )
            inner = b"/Fx Do"
            resources = pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Fx": form})})
        page = pdf.pages[0]
        page.obj.Resources.XObject = resources.XObject
        page.contents_add(pdf.make_stream(b"q /Fx Do Q"), prepend=False)

    return _with(_page(_shown), change)


def margin_up(number: str) -> bytes:
    """The number in outlines running up the right margin (a document system's stamp, or
    the text of a landscape page shown turned by /Rotate)."""
    drawn = outline_ops(f"Dnr KS 2020/434 Sökande {dashed(number)}", 0, 0, 9)
    return _with_content(b"q 0 1 -1 0 560 300 cm\n" + drawn + b"Q\n")


def margin_down(number: str) -> bytes:
    """The same running down the left margin."""
    drawn = outline_ops(f"Dnr KS 2020/434 Sökande {dashed(number)}", 0, 0, 9)
    return _with_content(b"q 0 -1 1 0 40 600 cm\n" + drawn + b"Q\n")


def clipped_letters(number: str) -> bytes:
    """The line's outlines as a clipping path ("W n") and a grey rectangle painted through
    it: no path is filled or stroked in the letters' shape, yet the letters show."""
    drawn = outline_ops(f"Sökande: {dashed(number)}", 72, 690, 11, per_glyph=False)
    clip = drawn.removeprefix(b"0 g\n").rstrip(b"\n").removesuffix(b"f") + b"W n\n"
    return _with_content(clip + b"0.2 g 60 680 300 30 re f\n")


def margins_both_ways(up: str, down: str) -> bytes:
    """One number running up the right margin, another down the left."""
    up_drawn = outline_ops(f"Dnr KS 2020/434 Sökande {dashed(up)}", 0, 0, 9)
    down_drawn = outline_ops(f"Dnr KS 2020/434 Sökande {dashed(down)}", 0, 0, 9)
    return _with_content(
        b"q 0 1 -1 0 560 300 cm\n" + up_drawn + b"Q\nq 0 -1 1 0 40 600 cm\n" + down_drawn + b"Q\n"
    )


def skewed_scan(number: str) -> bytes:
    """The line as a vectorising scanner draws it from a page fed three degrees askew."""
    drawn = outline_ops(f"Sökande: {dashed(number)} enligt ansökan", 0, 0, 10)
    return _with_content(b"q 0.9986 0.0523 -0.0523 0.9986 72 600 cm\n" + drawn + b"Q\n")


def outlined_pattern(number: str) -> bytes:
    """The number's outlines in the one tile of a tiling pattern that fills its place."""

    def change(pdf) -> None:
        drawn = outline_ops(f"Sökande: {dashed(number)}", 2, 4, 11)
        tile = tiling(pdf, drawn, pikepdf.Dictionary(), 200, 16, Matrix=[1, 0, 0, 1, 72, 600])
        pdf.pages[0].obj.Resources.Pattern = pikepdf.Dictionary({"/P9": tile})
        shown = b"q /Pattern cs /P9 scn 72 600 200 16 re f Q"
        pdf.pages[0].contents_add(pdf.make_stream(shown), prepend=False)

    return _with(_page(_shown), change)


def on_shaded_cells(number: str) -> bytes:
    """The number in outlines over a page-sized white rectangle and a grey cell shading,
    drawn first (as many converters and form tools draw a page): painted black in the
    picture for Tesseract, they hid the letters."""

    def change(pdf) -> None:
        ground = b"q 1 g 0 0 595 842 re f 0.85 g 60 684 220 20 re f Q\n"
        pdf.pages[0].contents_add(pdf.make_stream(ground), prepend=True)
        drawn = outline_ops(f"Sökande: {dashed(number)}", 72, 690, 11)
        pdf.pages[0].contents_add(pdf.make_stream(b"q\n" + drawn + b"Q\n"), prepend=False)

    return _with(_page(_shown), change)


def broken_at_the_dash(number: str) -> bytes:
    """The number broken over two lines at its dash, as a layout program breaks a line."""
    first = outline_ops(f"Ansökan från sökande med personnummer {number[:6]}-", 72, 690, 11)
    return _with_content(first + outline_ops(f"{number[6:]}, inkommen i oktober.", 72, 676, 11))


def type3_bitmaps(number: str) -> bytes:
    """A Type 3 font whose glyphs are little stencil bitmaps of the digits (a printer
    driver's or an old TeX's font it could not embed), named and encoded as letters."""
    chars, names = _DIGITS, _LETTERS
    face = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 30)

    def change(pdf) -> None:
        procs = {}
        for char, name in zip(chars, names, strict=True):
            glyph = Image.new("L", (18, 24), 255)
            ImageDraw.Draw(glyph).text((1, -4), char, fill=0, font=face)
            bits = glyph.point(lambda v: 255 if v > 128 else 0).convert("1").tobytes()
            drawn = b"600 0 0 0 600 800 d1 q 600 0 0 800 0 0 cm BI /IM true /W 18 /H 24 /BPC 1"
            procs[f"/{name}"] = pdf.make_stream(drawn + b" ID " + bits + b" EI Q")
        _show_in_type3(pdf, procs, [600] * len(names), 0.001, number, 12)

    return _with(_page(_shown), change)


def stencil_letters(number: str) -> bytes:
    """Each digit a stencil mask of its own, drawn where it stands (what some scan software
    writes for text it keeps as pictures): no text, and each picture one letter."""
    face = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 30)

    def change(pdf) -> None:
        masks, drawn = {}, []
        for place, char in enumerate(dashed(number)):
            glyph = Image.new("L", (18, 24), 255)
            ImageDraw.Draw(glyph).text((1, -4), char, fill=0, font=face)
            bits = glyph.point(lambda v: 255 if v > 128 else 0).convert("1")
            name = f"/L{place}"
            masks[name] = pdf.make_stream(
                bits.tobytes(),
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Image,
                Width=18,
                Height=24,
                ImageMask=True,
                BitsPerComponent=1,
            )
            drawn.append(f"q 7.2 0 0 9.6 {124 + 7.2 * place:.1f} 690 cm {name} Do Q")
        pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(masks)
        content = "q 0 g BT /F1 11 Tf 72 690 Td (Sokande: ) Tj ET " + " ".join(drawn) + " Q"
        pdf.pages[0].contents_add(pdf.make_stream(content.encode()), prepend=False)

    return _with(_page(_shown), change)


def _whole_page(data: bytes, matrix: bytes, **page_keys) -> bytes:
    """The page's content drawn under `matrix`, and `page_keys` set on the page."""

    def change(pdf) -> None:
        page = pdf.pages[0]
        page.contents_coalesce()
        page.obj.Contents.write(b"q " + matrix + b" cm\n" + page.obj.Contents.read_bytes() + b"\nQ")
        for key, value in page_keys.items():
            page.obj[f"/{key}"] = value

    return _with(data, change)


def upside_down_page(number: str) -> bytes:
    """A page drawn upside down in its own space and turned right by /Rotate 180 (a scan fed
    the wrong way round, put right in the viewer): Tesseract read the number upside down."""
    return _whole_page(outlined_line(number), b"-1 0 0 -1 595 842", Rotate=180)


def user_unit_page(number: str) -> bytes:
    """A page of /UserUnit 10 (a big drawing's unit): its letters are a unit tall, too small
    to be letters until the unit is counted."""
    shrunk = pikepdf.Array([0, 0, 59.5, 84.2])
    return _whole_page(outlined_line(number), b"0.1 0 0 0.1 0 0", UserUnit=10, MediaBox=shrunk)


OUTLINED = {
    "outlined_line": outlined_line,
    "outlined_compound": outlined_compound,
    "outlined_figure": outlined_figure,
    "type3_letters": type3_letters,
    "margin_up": margin_up,
    "margin_down": margin_down,
    "skewed_scan": skewed_scan,
    "outlined_pattern": outlined_pattern,
    "on_shaded_cells": on_shaded_cells,
    "broken_at_the_dash": broken_at_the_dash,
    "type3_bitmaps": type3_bitmaps,
    "stencil_letters": stencil_letters,
    "upside_down_page": upside_down_page,
    "user_unit_page": user_unit_page,
    "clipped_letters": clipped_letters,
}


def chart_page() -> bytes:
    """A budget chart page: bars, a line with round markers, a pie, labels in a font, and
    a logo of a few big shapes; nothing in it is text drawn as outlines."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", 11)
    page.drawString(72, 800, "Driftbudget 2021 per verksamhet (tkr)")
    page.circle(520, 805, 18, fill=1)  # the logo: a disc, a ring and a bar
    page.circle(520, 805, 10, fill=0)
    page.rect(500, 780, 40, 4, fill=1)
    bars = Drawing(450, 200)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, 380, 160
    chart.data = [[120, 340, 90, 410, 230, 300, 180, 260], [100, 310, 120, 380, 250, 280, 170, 240]]
    chart.categoryAxis.categoryNames = ["KS", "BUN", "SN", "SBN", "KFN", "MN", "VN", "ÖF"]
    bars.add(chart)
    bars.drawOn(page, 72, 560)
    lines = Drawing(450, 200)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 20, 380, 160
    plot.data = [[(year, 100 + 7 * (year % 5) + year) for year in range(2010, 2026)]]
    plot.lines[0].symbol = makeMarker("FilledCircle", size=5)
    lines.add(plot)
    lines.drawOn(page, 72, 330)
    pie_drawing = Drawing(200, 200)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 20, 160, 160
    pie.data = [35, 25, 20, 12, 8]
    pie.labels = ["Skola", "Omsorg", "Teknik", "Kultur", "Övrigt"]
    pie_drawing.add(pie)
    pie_drawing.drawOn(page, 72, 100)
    for row in range(12):  # a table's rules
        page.line(300, 100 + row * 14, 540, 100 + row * 14)
    page.showPage()
    page.save()
    return out.getvalue()
