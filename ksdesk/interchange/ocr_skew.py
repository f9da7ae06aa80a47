"""The angle a picture's lines of text run at, for Tesseract (interchange.ocr), which reads
lines that run across the page or nearly: a photograph of an ID card taken at a slant, a
stamp or a note written across a page at 20 to 135 degrees gave it no words at all, so the
picture was vouched for as one without text and published with the number on it.

The angle is the one at which the picture's dark pixels, turned so, gather into the fewest
rows (lines of text, and the gaps between them): measured on a small copy, every three
degrees and then every degree around the best, with Pillow alone."""

from __future__ import annotations

from PIL import Image, ImageOps

_SIDE = 320  # pixels: the small copy's longer side
_NEAR = 4  # degrees: a line this near to across (or to down) is Tesseract's to read as it is
_MIN_INK = 0.002  # share of dark pixels below which a picture holds no text to turn


def skew(picture: Image.Image) -> float:
    """The angle (degrees, counter-clockwise, -90 to 90) the picture's text lines run at, 0
    when they run across or nearly, or when it has too little ink to tell."""
    small = picture.convert("L")
    small.thumbnail((_SIDE, _SIDE))
    ink = ImageOps.autocontrast(ImageOps.invert(small)).point(lambda v: 255 if v > 128 else 0)
    dark = sum(ink.histogram()[255:]) / (ink.width * ink.height or 1)
    if dark < _MIN_INK or dark > 1 - _MIN_INK:
        return 0.0
    best = max(range(-87, 91, 3), key=lambda angle: _parted(ink, angle))
    best = max(range(best - 2, best + 3), key=lambda angle: _parted(ink, angle))
    return 0.0 if abs(best) <= _NEAR else float(best)


def _parted(ink: Image.Image, angle: int) -> float:
    """How closely the ink of `ink` turned by `angle` gathers into few rows (the sum of the
    squares of the rows' shares of it): lines of text turned to run across gather it into
    their rows, and a picture's size or the blank its turning adds does not count."""
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=True)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    total = sum(rows)
    return sum(row * row for row in rows) / (total * total) if total else 0.0


def straightened(picture: Image.Image, angle: float) -> Image.Image:
    """The picture turned by `angle` so that its lines run across, on white."""
    return picture.convert("L").rotate(angle, expand=True, fillcolor=255)
