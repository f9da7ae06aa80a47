"""Letters drawn as little pictures: a Type 3 font whose glyphs are bitmaps (what a printer
driver or an old TeX writes for a font it cannot embed), or one stencil mask a letter. The
picture reader (interchange.ocr) would read each letter alone, which reads nothing; here
each such picture is a shape of its place, like the paths of text in outlines, so that
interchange.pdf_outlines finds the line and outline_picture draws the letters for
Tesseract.

Only stencil masks (1 bit a pixel, the colour painted where the mask says) of a letter's
size, and any picture inside a Type 3 glyph, are taken; a stencil compressed as a fax
(CCITT) or JBIG2, which qpdf does not decode, is left to the picture reader."""

from __future__ import annotations

import pikepdf
from PIL import Image, ImageOps

from ksdesk.interchange.pdf_matrix import Matrix, applied

_MAX_PIXELS = 250_000  # a letter's picture is small; a page's scan is the picture reader's
_ABBREVIATIONS = {"/IM": "/ImageMask", "/W": "/Width", "/H": "/Height", "/D": "/Decode"}
_ABBREVIATIONS.update({"/BPC": "/BitsPerComponent", "/F": "/Filter", "/DP": "/DecodeParms"})
_FILTERS = {"/AHx": "/ASCIIHexDecode", "/A85": "/ASCII85Decode", "/LZW": "/LZWDecode"}
_FILTERS.update({"/Fl": "/FlateDecode", "/RL": "/RunLengthDecode"})


def inline_stencil(instruction, in_glyph: bool) -> tuple[int, int, bytes, bool] | None:
    """(width, height, the mask's bytes, 1 is ink) of an inline image that is a stencil
    mask, or None (a picture, or a mask that cannot be decoded)."""
    image = instruction.iimage
    if not (image.image_mask or in_glyph) or image.bits_per_component != 1:
        return None
    # pikepdf gives the image's dictionary with its keys written out ("/Decode", not "/D").
    settings = {_ABBREVIATIONS.get(str(k), str(k)): v for k, v in image.obj.items()}
    filters = settings.get("/Filter")
    if filters is not None:
        names = filters if isinstance(filters, pikepdf.Array) else [filters]
        settings["/Filter"] = pikepdf.Array(
            [pikepdf.Name(_FILTERS.get(str(n), str(n))) for n in names]
        )
    coding = {k: v for k, v in settings.items() if k in ("/Filter", "/DecodeParms")}
    scratch = pikepdf.new()
    try:
        data = scratch.make_stream(image.read_raw_bytes(), **coding).read_bytes()
    except (pikepdf.PdfError, ValueError, TypeError):
        return None
    return image.width, image.height, data, _inverted(settings.get("/Decode"))


def xobject_stencil(image: pikepdf.Stream, in_glyph: bool) -> tuple[int, int, bytes, bool] | None:
    """The same for an image XObject."""
    if not (image.get("/ImageMask") or in_glyph) or image.get("/BitsPerComponent", 1) != 1:
        return None
    try:
        width, height = int(image.Width), int(image.Height)
        data = image.read_bytes()
    except (pikepdf.PdfError, AttributeError, ValueError, TypeError):
        return None
    return width, height, data, _inverted(image.get("/Decode"))


def ink(stencil: tuple[int, int, bytes, bool]) -> Image.Image | None:
    """The mask as a picture of its ink (mode "1", 1 where the letter is), top row first."""
    width, height, data, one_is_ink = stencil
    if width * height > _MAX_PIXELS or len(data) < ((width + 7) // 8) * height:
        return None
    bits = Image.frombytes("1", (width, height), data)  # a 1 bit is white to Pillow
    return bits if one_is_ink else ImageOps.invert(bits.convert("L")).convert("1")


def placed(stencil, ctm: Matrix):
    """(its unit square's corners, the box of its ink, its ink) where a stencil of a
    letter's size is drawn at `ctm`; None for another picture, one that cannot be decoded,
    or a space."""
    if stencil is None:
        return None
    corners = unit_square(ctm)
    xs, ys = [x for x, _y in corners], [y for _x, y in corners]
    if not 2.5 <= max(ys) - min(ys) <= 72 or max(xs) - min(xs) > 100:
        return None  # no letter: a rule, a scan, a stamp
    picture = ink(stencil)
    inked = picture.getbbox() if picture is not None else None
    if inked is None:
        return None
    inked_at = inked_corners(ctm, inked, picture.size)
    xs, ys = [x for x, _y in inked_at], [y for _x, y in inked_at]
    return corners, (min(xs), min(ys), max(xs), max(ys)), picture


def unit_square(ctm: Matrix) -> tuple:
    """Where a picture drawn at `ctm` lands: its corners (0,0), (1,0), (1,1), (0,1)."""
    return tuple(applied(ctm, x, y) for x, y in ((0, 0), (1, 0), (1, 1), (0, 1)))


def inked_corners(ctm: Matrix, inked: tuple[int, int, int, int], size: tuple[int, int]):
    """Where the ink's box (pixels: left, top, right, bottom) lands on the page."""
    left, top, right, bottom = inked
    width, height = size
    corners = ((left, bottom), (right, bottom), (right, top), (left, top))
    return tuple(applied(ctm, x / width, 1 - y / height) for x, y in corners)


def _inverted(decode) -> bool:
    """A stencil paints where its bit is 0, unless its /Decode is [1 0]."""
    try:
        return float(decode[0]) == 1
    except (TypeError, IndexError, ValueError, KeyError):
        return False
