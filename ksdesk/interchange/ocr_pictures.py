"""A picture as Tesseract is given it (interchange.ocr, and the pictures drawn edge to edge
that interchange.ocr_mosaic paints as one): grey, a soft mask's picture on white as the page
shows it, and which pictures are too small to hold text.

A picture under 16 pixels on a side is a rule or a bullet, unless it is a line: six pixels
high at least and three times as long. A screenshot of one line of a case system ("Pnr
811218-9876", 13 pixels high) is such a picture, which people read on the page and which
was never given to Tesseract, so the page was vouched for and published. Tesseract reads
nothing in a line so thin as it is; enlarged three times, with a margin, it reads it."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image, ImageOps

MIN_SIDE = 16  # pixels: smaller pictures are rules and bullets, not text ...
_LINE_SIDE = 6  # ... unless a line of text: at least this high
_LINE_LENGTH = 3  # and this many times as long
_ENLARGED = 3  # times: a thin line as Tesseract reads it
_MARGIN = 10  # pixels of white around an enlarged line: without, Tesseract read nothing


def may_show_text(width: int, height: int) -> bool:
    """Whether a picture of this size may hold text that a person reads."""
    short, long = min(width, height), max(width, height)
    if short >= MIN_SIDE:
        return True
    return short >= _LINE_SIDE and long >= _LINE_LENGTH * short


def as_read(image: pikepdf.PdfImage | None) -> Image.Image | None:
    """A picture as OCR reads it: grey; None when it cannot be decoded."""
    if image is None:
        return None
    try:
        pil = image.as_pil_image()
    except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
        return None
    if pil.mode in ("LA", "RGBA", "PA", "La", "RGBa"):
        # A picture with a soft mask shows where its mask lets it: on white, as on the page
        # (a compressed scan draws its text as a black picture shaped by its mask).
        shown = Image.new("RGBA", pil.size, "white")
        shown.alpha_composite(pil.convert("RGBA"))
        pil = shown
    return pil.convert("L")


def enlarged(image: Image.Image | None) -> Image.Image | None:
    """A thin line of text enlarged, with a margin, for Tesseract; any other as it is."""
    if image is None or min(image.size) >= MIN_SIDE:
        return image
    size = (image.width * _ENLARGED, image.height * _ENLARGED)
    grown = image.resize(size, Image.Resampling.LANCZOS)
    return ImageOps.expand(grown, border=_MARGIN, fill=255)


def picture(stream: pikepdf.Stream) -> Image.Image | None:
    """An image XObject as OCR reads it (`as_read`), or None."""
    try:
        return as_read(pikepdf.PdfImage(stream))
    except (pikepdf.PdfError, NotImplementedError, ValueError):
        return None


def png(image: Image.Image | None) -> bytes | None:
    """The picture as Tesseract is given it: a PNG file."""
    if image is None:
        return None
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
