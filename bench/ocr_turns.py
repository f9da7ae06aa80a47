"""What reading a picture turned or mirrored costs (interchange.ocr_turns), and what it
finds: each picture is read by interchange.ocr as the public check reads it, once with the
other ways of turning it (ocr_turns.WAYS) and once without (the reading before session 21).
Wall time (Tesseract runs as a process of its own: CPU time of this one would not count
it), the median of three runs, no cache.

Run: `.venv/bin/python bench/ocr_turns.py` (needs tesseract-ocr and tesseract-ocr-swe)."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from bench.timing import median_seconds
from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, ocr_turns

FONT = str(paths.fonts_dir() / "LiberationSans-Regular.ttf")


def card(lines: list[str]) -> Image.Image:
    picture = Image.new("L", (900, 70 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(picture)
    for n, line in enumerate(lines):
        draw.text((20, 30 + 60 * n), line, fill=0, font=ImageFont.truetype(FONT, 44))
    return picture


def noise() -> Image.Image:
    rng = random.Random(21)
    return Image.frombytes("L", (600, 400), bytes(rng.choice((0, 255)) for _ in range(240_000)))


def blurred(picture: Image.Image, radius: float, specks: float) -> Image.Image:
    """A poor scan: blurred, with black and white specks over a share of its pixels."""
    rng = random.Random(3)
    picture = picture.filter(ImageFilter.GaussianBlur(radius))
    pixels = picture.load()
    for _ in range(int(picture.width * picture.height * specks)):
        pixels[rng.randrange(picture.width), rng.randrange(picture.height)] = rng.choice((0, 255))
    return picture


ID_CARD = card(["Pnr 811218-9876"])
LETTER = card(["Kopia av beslutet bifogas.", "Ansökan inkom i tid och", "har beretts."])
PICTURES = {
    **{f"id card, {way.name.lower()}": ID_CARD.transpose(way) for way in Image.Transpose},
    "id card upright": ID_CARD,
    "letter upside down (no number)": LETTER.transpose(Image.Transpose.ROTATE_180),
    "letter mirrored (no number)": ImageOps.mirror(LETTER),
    "letter upright, poor scan": blurred(LETTER, 2.5, 0.08),
    "id card upright, poor scan": blurred(ID_CARD, 1.5, 0.02),
    "noise (no text)": noise(),
    "gradient (no text)": Image.linear_gradient("L").resize((600, 400)),
}


def png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def outcome(result: ocr.PageOcr) -> str:
    if find_personnummer(result.text, ocr=True):
        return "number found"
    return "vouched" if result.vouched else "asked about"


def main() -> None:
    ways = ocr_turns.WAYS
    print(f"{'picture':<32} {'without turns':>26} {'with turns':>26}")
    for name, picture in PICTURES.items():
        data = png(picture)
        cells = []
        for turns in ((), ways):
            ocr_turns.WAYS = turns
            result = ocr._read_images([data])
            seconds = median_seconds(lambda data=data: ocr._read_images([data]), 3)
            cells.append(f"{outcome(result):>14} {seconds:6.2f} s")
        print(f"{name:<32} {cells[0]:>26} {cells[1]:>26}")
    ocr_turns.WAYS = ways


if __name__ == "__main__":
    main()
