"""A personnummer drawn in a bitmap font, one small filled square per pixel (the way a label
printer's or terminal's font, or a dot-matrix print, comes out of a converter): no text
layer, and each square is a speck, far smaller than a letter. Also what must not be taken
for letters made of specks: the dots of ä and ö, a dotted leader, a row of full stops, a
stippled area of a map."""

from __future__ import annotations

import random

from tests import attack_outlines

# A 5 × 7 bitmap font, rows from the top.
FONT = {
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
}


def pixel_ops(text: str, x: float, y: float, pixel: float, one_path: bool = False) -> bytes:
    """`text` a square per pixel at (x, y): each square filled on its own, or all of them as
    the subpaths of one path."""
    ops = []
    for char in text:
        for row, bits in enumerate(FONT.get(char, ["00000"] * 7)):
            for column, bit in enumerate(bits):
                if bit == "1":
                    square = f"{x + column * pixel:.2f} {y + (6 - row) * pixel:.2f} "
                    ops.append(square + f"{pixel:.2f} {pixel:.2f} re" + ("" if one_path else " f"))
        x += 6 * pixel
    if one_path:
        ops.append("f")
    return ("0 g\n" + "\n".join(ops) + "\n").encode()


def pixel_number(number: str, pixel: float = 1.2, one_path: bool = False) -> bytes:
    """ "ÅÅMMDD-NNNN" in the bitmap font on a page of ordinary text."""
    dashed = f"{number[:6]}-{number[6:]}"
    return attack_outlines._with_content(pixel_ops(dashed, 72, 690, pixel, one_path))


def _square(x: float, y: float, size: float) -> str:
    return f"{x:.2f} {y:.2f} {size:.2f} {size:.2f} re f"


def not_letters() -> bytes:
    """Specks that make no letter: the two dots over an ä (a dot apart), a dotted leader
    of a table of contents, a row of full stops, a plan's dotted raster (prickmark), and
    3 000 dots stippling a map's area."""
    ops = []
    for place in range(12):  # the dots of twelve ä in a row, in outlines
        x = 72 + 9 * place
        ops += [_square(x, 600, 1.2), _square(x + 2.4, 600, 1.2)]
    ops += [_square(72 + 3.0 * i, 560, 0.8) for i in range(60)]  # a dotted leader
    ops += [_square(72 + 2.6 * i, 540, 1.3) for i in range(12)]  # "............"
    # A detaljplan's prickmark: "raster med prickar" (Boverket, PBL-kunskapsbanken,
    # Begränsning av markens utnyttjande), a strip of dots along a street, on a grid.
    ops += [_square(72 + 3.0 * i, 400 + 3.0 * j, 0.7) for i in range(60) for j in range(4)]
    dots = random.Random(7)
    ops += [_square(300 + dots.random() * 200, 200 + dots.random() * 200, 0.9) for _ in range(3000)]
    return attack_outlines._with_content(("0 g\n" + "\n".join(ops) + "\n").encode())


def stippled(count: int = 20_000) -> bytes:
    """A dense stipple (a map's sand or gravel): `count` dots of 0.9 points strewn over a
    square of 400 points, as the subpaths of one path. Dots clump into groups of a letter's
    size, and some of those stand in rows: only that they are on no grid tells them apart
    from a bitmap's pixels."""
    dots = random.Random(3)
    ops = [
        f"{100 + dots.random() * 400:.2f} {200 + dots.random() * 400:.2f} 0.9 0.9 re"
        for _ in range(count)
    ]
    return attack_outlines._with_content(("0 g\n" + "\n".join(ops) + "\nf\n").encode())
