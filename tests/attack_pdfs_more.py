"""More PDF bilagor that hide a personnummer: its parts drawn apart (table cells, strings drawn
out of order, digits one by one), and places of a PDF a reader may forget (marked-content
properties kept by name, a layer's name, a key of the page, the metadata of a form, text
painted by a tiling pattern, a font's name)."""

from __future__ import annotations

import io
import random

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from tests.attack_pdfs import _page, _with, dashed

# --- the parts of a number drawn apart ------------------------------------------------------


def _table(rows: list[list[str]]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Table(rows)])
    return out.getvalue()


def drawn_page(draw) -> bytes:
    return _page(draw, "Förteckning över sökande")


def cells_with_the_dash_alone(number: str) -> bytes:
    """A table row: name, date part, the dash in a cell of its own, the last four."""
    header = ["Namn", "Personnummer", "", ""]
    return _table([header, ["Anna Andersson", number[:6], "-", number[6:]]])


def cells_with_the_dash_at_the_end(number: str) -> bytes:
    return _table([["Namn", "Personnummer", ""], ["Anna Andersson", number[:6] + "-", number[6:]]])


def last_four_drawn_first(number: str) -> bytes:
    def draw(page) -> None:
        page.drawString(200, 700, number[6:])
        page.drawString(72, 700, "Anna Andersson")
        page.drawString(150, 700, number[:6] + "-")

    return drawn_page(draw)


def drawn_column_by_column(number: str) -> bytes:
    """A table whose generator draws every name, then every date part, then the last fours."""
    other = "7902022345"

    def draw(page) -> None:
        for row, _ in enumerate((number, other)):
            page.drawString(72, 700 - row * 16, ["Anna Andersson", "Bo Ek"][row])
        for row, each in enumerate((number, other)):
            page.drawString(200, 700 - row * 16, each[:6])
        for row, each in enumerate((number, other)):
            page.drawString(250, 700 - row * 16, "-" + each[6:])

    return drawn_page(draw)


def digits_drawn_in_any_order(number: str) -> bytes:
    """One positioned string per character, drawn in shuffled order."""
    form = dashed(number)

    def draw(page) -> None:
        places = list(enumerate(form))
        random.Random(number).shuffle(places)
        for index, char in places:
            page.drawString(150 + index * 7, 700, char)

    return drawn_page(draw)


def split_inside_a_group(number: str) -> bytes:
    """Two strings that touch, the first ending inside the date ("81121" + "8-9876"), the
    second drawn first."""

    def draw(page) -> None:
        first, rest = number[:5], f"{number[5]}-{number[6:]}"
        page.drawString(150 + page.stringWidth(first, "Helvetica", 11), 700, rest)
        page.drawString(72, 700, "Sökande")
        page.drawString(150, 700, first)

    return drawn_page(draw)


PARTS_APART = {
    "cells_with_the_dash_alone": cells_with_the_dash_alone,
    "cells_with_the_dash_at_the_end": cells_with_the_dash_at_the_end,
    "last_four_drawn_first": last_four_drawn_first,
    "drawn_column_by_column": drawn_column_by_column,
    "digits_drawn_in_any_order": digits_drawn_in_any_order,
    "split_inside_a_group": split_inside_a_group,
}
# Those a reading in drawing order finds already (a table drawn row by row, cell by cell).
IN_DRAWING_ORDER = {"cells_with_the_dash_alone", "cells_with_the_dash_at_the_end"}


# --- places of the file a reader may forget -------------------------------------------------


def _resources(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.pages[0].obj.Resources


def _draw_more(pdf: pikepdf.Pdf, content: bytes) -> None:
    pdf.pages[0].contents_add(pdf.make_stream(content), prepend=False)


def named_properties(number: str) -> bytes:
    """Marked content whose /ActualText (what a screen reader says, what copying gives) is
    kept in the page's /Properties and named in the content."""

    def change(pdf) -> None:
        text = pikepdf.Dictionary({"/ActualText": pikepdf.String(dashed(number))})
        _resources(pdf).Properties = pikepdf.Dictionary({"/MC9": text})
        _draw_more(pdf, b"/Span /MC9 BDC BT /F1 11 Tf 72 650 Td (Se ovan) Tj ET EMC")

    return _with(_page(lambda page: None), change)


def layer_name(number: str) -> bytes:
    """An optional content group (a layer) named with the number: viewers list the layers."""

    def change(pdf) -> None:
        name = pikepdf.String(f"Sökande {dashed(number)}")
        ocg = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.OCG, "/Name": name}))
        pdf.Root.OCProperties = pikepdf.Dictionary(
            {"/OCGs": [ocg], "/D": pikepdf.Dictionary({"/Order": [ocg]})}
        )
        _resources(pdf).Properties = pikepdf.Dictionary({"/OC1": ocg})
        _draw_more(pdf, b"/OC /OC1 BDC BT /F1 11 Tf 72 650 Td (Lager) Tj ET EMC")

    return _with(_page(lambda page: None), change)


def page_key(number: str) -> bytes:
    """A string under a key of the page that no standard names."""

    def change(pdf) -> None:
        pdf.pages[0].obj["/Anteckning"] = pikepdf.String(dashed(number))

    return _with(_page(lambda page: None), change)


def form_metadata(number: str) -> bytes:
    """XMP metadata of a Form XObject drawn on the page."""

    def change(pdf) -> None:
        xmp = pdf.make_stream(
            f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:description>{dashed(number)}'
            "</dc:description></x:xmpmeta>".encode(),
            Type=pikepdf.Name.Metadata,
            Subtype=pikepdf.Name.XML,
        )
        form = pdf.make_stream(
            b"BT /F1 11 Tf 72 650 Td (Bild) Tj ET",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 600, 800],
            Metadata=xmp,
            Resources=pikepdf.Dictionary({"/Font": _resources(pdf).Font}),
        )
        _resources(pdf).XObject = pikepdf.Dictionary({"/Fm9": form})
        _draw_more(pdf, b"q /Fm9 Do Q")

    return _with(_page(lambda page: None), change)


def tiling(pdf: pikepdf.Pdf, content: bytes, resources, width: int, height: int, **more):
    """A coloured tiling pattern of one tile `width` × `height` that `content` paints."""
    return pdf.make_stream(
        content,
        Type=pikepdf.Name.Pattern,
        PatternType=1,
        PaintType=1,
        TilingType=1,
        BBox=[0, 0, width, height],
        XStep=width,
        YStep=height,
        Resources=resources,
        **more,
    )


def pattern_text(number: str) -> bytes:
    """Text painted by a tiling pattern, hex-encoded: no digit in the file's bytes."""

    def change(pdf) -> None:
        shown = dashed(number).encode().hex().encode()
        content = b"BT /F1 11 Tf 2 10 Td <" + shown + b"> Tj ET"
        resources = pikepdf.Dictionary({"/Font": _resources(pdf).Font})
        _resources(pdf).Pattern = pikepdf.Dictionary(
            {"/P9": tiling(pdf, content, resources, 300, 30)}
        )
        _draw_more(pdf, b"q /Pattern cs /P9 scn 72 600 300 30 re f Q")

    return _with(_page(lambda page: None), change)


def font_name(number: str) -> bytes:
    """The number as the name of a font: viewers list a file's fonts."""

    def change(pdf) -> None:
        fonts = _resources(pdf).Font
        for key in list(fonts.keys()):
            fonts[key].BaseFont = pikepdf.Name("/" + dashed(number))

    return _with(_page(lambda page: page.drawString(72, 650, "Text")), change)


def lying_to_unicode(number: str) -> bytes:
    """The number drawn in a font whose ToUnicode map says letters for the digits (a-j):
    copied or extracted, the text reads "Sökande ibbcbi-jihg"; on the page it is the number.
    ReportLab draws ASCII characters with their own codes, as most fonts do."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ksdesk import paths

    pdfmetrics.registerFont(TTFont("Liberation", paths.fonts_dir() / "LiberationSans-Regular.ttf"))

    def draw(page) -> None:
        page.setFont("Liberation", 11)
        page.drawString(72, 650, f"Sökande {dashed(number)}")

    def lie(pdf) -> None:
        for font in _resources(pdf).Font.values():
            if "/ToUnicode" in font:
                cmap = font.ToUnicode.read_bytes()
                digits = {
                    f"<{0x30 + d:04X}>".encode(): f"<{0x61 + d:04X}>".encode() for d in range(10)
                }
                for true, false in digits.items():
                    cmap = cmap.replace(b" " + true, b" " + false)
                font.ToUnicode.write(cmap)

    return _with(drawn_page(draw), lie)


FORGOTTEN = {
    "named_properties": named_properties,
    "layer_name": layer_name,
    "page_key": page_key,
    "form_metadata": form_metadata,
    "pattern_text": pattern_text,
    "font_name": font_name,
}
