"""A picture turned a quarter, a half or three quarters, or mirrored (a scan fed in sideways
or upside down, a photograph of an ID card taken through the back of a window, a page
printed on a transparency): Tesseract reads text that runs across the right way, and read
as it is such a picture gave a few words it was unsure of. The page was then one nobody
could read ("oläslig"), for the secretary to decide on, though the number on it is plain
to anyone who turns the paper.

Worse, an ID card upside down was read as garbage Tesseract was fairly sure of ("9/86-8TZTT8
IUd", 66 of 100): the picture was vouched for and published with the number on it.

Where a picture's words were read less than very surely (VERY_SURE; clear text the right
way up reads 88 to 96), it is read again turned the other ways a sheet can lie (WAYS: a
half turn and the two mirror images; Tesseract turns a quarter turn itself), until one reads
very surely: the readings sure of their words (two at least) are the picture's too, and what
they hold is found (the number masked, the page left out with the reason) or vouched for.
Where none is sure, the picture is asked about as before. The cost falls only on pictures
read less than very surely: up to three readings more, each about as long as the first
(bench/ocr_turns.py measures it)."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image

# The other ways a sheet lies, as Tesseract needs them: it turns lines that run down the
# picture itself (a quarter turn reads as the sheet upright or upside down), so a half turn
# and the two mirror images reach every one of the eight ways (bench/ocr_turns.py: from each
# of the eight, one of the four readings reads the card 88 to 96 sure). The ways read as
# garbage Tesseract is fairly sure of (upside down, upside down and mirrored) come first.
WAYS = (
    Image.Transpose.ROTATE_180,
    Image.Transpose.FLIP_TOP_BOTTOM,
    Image.Transpose.FLIP_LEFT_RIGHT,
)
_LEAST_WORDS = 2  # a sure reading of one word may be a turned picture's marks read as letters
# A reading this sure ends the search: a picture the wrong way round read as garbage was at
# most 69 sure of it (a card upside down and mirrored, "bUL 8ITST8-38Ae"), the right way 88.
VERY_SURE = 80.0

Reader = Callable[[bytes], tuple[str, "float | None"]]


def read_turned(
    picture: Image.Image, read: Reader, confidence: float | None, sure: float
) -> tuple[str, float] | None:
    """(text, confidence) of the ways of turning `picture` that `read` (Tesseract: text and
    mean confidence, -1 when it failed) reads with a confidence of `sure` or more and two
    words at least: their texts, all of them (a way read as garbage, sure of it, may come
    before the right one, and the number is looked for in each), and the best confidence.
    None when no way is read so, or when the picture read as it is (with `confidence`) was
    very sure of its words or had none: it lies the right way, or holds no text."""
    if confidence is None or not 0 <= confidence < VERY_SURE:
        return None
    texts, best = [], 0.0
    for way in WAYS:
        buffer = io.BytesIO()
        picture.transpose(way).save(buffer, format="PNG")
        text, turned = read(buffer.getvalue())
        if turned is None or turned < sure or len(text.split()) < _LEAST_WORDS:
            continue
        texts.append(text)
        best = max(best, turned)
        if turned >= VERY_SURE:
            break
    return ("\n".join(texts), best) if texts else None
