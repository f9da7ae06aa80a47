"""A picture whose text is small in pixels, read again enlarged (interchange.ocr).

Tesseract reads text whose letters stand some 20 pixels high; people read much smaller. An
ID card photographed and sent small, or a screenshot of a case system, writes its number in
letters 6 to 10 pixels high: Tesseract found no words in them (a font of 8 pixels: none in
four cards of four), so the picture was vouched for and published with the number, or it
read a digit wrong or dropped one, sure of it (9 and 11 pixels: one card in four).

The height of the picture's lines of text is measured from its rows of ink (the runs of
rows that hold dark pixels, 3 rows at least: a rule is thinner). Where their median is under
SMALL pixels the picture is read again three times as large, with a white margin: read so,
letters of 9 pixels and more read right in every card of ten, of 8 pixels in four (the
others misread 8 as 9, the birth date too), of 7 pixels in five. The text of that reading is the
picture's too, and where it is sure of its words (two at least) its confidence counts as
the turned readings' does (interchange.ocr_turns); an unsure one changes nothing but the
text searched, so no picture read before as sure is asked about now."""

from __future__ import annotations

import io
import statistics
from collections.abc import Callable

from PIL import Image, ImageOps

SMALL = 10  # pixels: the median height of a line's ink under which the text is small
_LEAST_ROWS = 3  # a run of inked rows thinner than this is a rule, not a line of text
_TIMES = 3
_MARGIN = 10  # pixels of white around the enlarged picture
_MAX_PIXELS = 30_000_000  # enlarged less, or not at all, beyond this
_LEAST_WORDS = 2

Reader = Callable[[bytes], tuple[str, "float | None"]]


def line_heights(picture: Image.Image) -> list[int]:
    """The heights of the runs of rows that hold ink (a dark pixel), top to bottom."""
    grey = picture.convert("L")
    ink = ImageOps.autocontrast(ImageOps.invert(grey)).point(lambda v: 255 if v > 128 else 0)
    rows = ink.resize((1, ink.height), Image.Resampling.BOX).tobytes()
    runs, run = [], 0
    for row in rows:
        if row:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return [*runs, run] if run else runs


def is_small(picture: Image.Image) -> bool:
    lines = [h for h in line_heights(picture) if h >= _LEAST_ROWS]
    return bool(lines) and statistics.median(lines) < SMALL


def read_closer(
    picture: Image.Image, read: Reader, confidence: float | None, sure: float
) -> tuple[str, float | None] | None:
    """(text, confidence) of the picture read enlarged, when its text is small: the text of
    that reading, and its confidence where it is `sure` or more with two words at least
    (else `confidence`, as before); -1 when Tesseract failed. None when the text is not
    small, or the picture too large to enlarge."""
    times = min(_TIMES, (_MAX_PIXELS / max(1, picture.width * picture.height)) ** 0.5)
    if times < 1.5 or not is_small(picture):
        return None
    size = (round(picture.width * times), round(picture.height * times))
    grown = picture.convert("L").resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    ImageOps.expand(grown, border=_MARGIN, fill=255).save(buffer, format="PNG")
    text, closer = read(buffer.getvalue())
    if closer == -1:
        return text, -1
    if closer is not None and closer >= sure and len(text.split()) >= _LEAST_WORDS:
        return text, max(closer, confidence or 0.0)
    return text, confidence
