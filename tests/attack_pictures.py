"""PDF bilagor whose picture of an ID card is drawn the ways a compressed or bitonal scan
draws it, not as a plain image on the page: as a stencil mask (1-bit text painted in the
fill colour), as a black picture shaped by its soft mask (the text layer of a mixed-raster
scan), and painted by a tiling pattern."""

from __future__ import annotations

import pikepdf
from PIL import Image, ImageDraw, ImageFont, ImageOps

from ksdesk import paths
from tests.attack_pdfs import dashed
from tests.attack_pdfs_more import _resources, tiling
from tests.attack_pdfs_undrawn import _drawing


def card(number: str) -> Image.Image:
    """Black text on white, 1200 × 400 pixels."""
    image = Image.new("L", (1200, 400), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 64)
    ImageDraw.Draw(image).text((40, 60), "ID-KORT", fill=0, font=font)
    ImageDraw.Draw(image).text((40, 200), dashed(number), fill=0, font=font)
    return image


def grey_image(pdf: pikepdf.Pdf, image: Image.Image) -> pikepdf.Stream:
    return pdf.make_stream(
        image.tobytes(),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=image.width,
        Height=image.height,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
    )


_DRAWN = b"q 400 0 0 133 72 400 cm /Im9 Do Q"


def stencil_mask(number: str) -> bytes:
    def change(pdf) -> None:
        bits = card(number).point(lambda v: 255 if v > 128 else 0).convert("1")
        stencil = pdf.make_stream(
            bits.tobytes(),  # 0 is painted: the text
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=bits.width,
            Height=bits.height,
            ImageMask=True,
            BitsPerComponent=1,
        )
        _resources(pdf).XObject = pikepdf.Dictionary({"/Im9": stencil})

    return _drawing(b"q 0 g 400 0 0 133 72 400 cm /Im9 Do Q", change)


def soft_mask(number: str) -> bytes:
    def change(pdf) -> None:
        shaped = grey_image(pdf, Image.new("L", (1200, 400), 0))
        shaped.SMask = grey_image(pdf, ImageOps.invert(card(number)))  # opaque where the text is
        _resources(pdf).XObject = pikepdf.Dictionary({"/Im9": shaped})

    return _drawing(_DRAWN, change)


def pattern(number: str) -> bytes:
    def change(pdf) -> None:
        images = pikepdf.Dictionary({"/Im1": grey_image(pdf, card(number))})
        resources = pikepdf.Dictionary({"/XObject": images})
        content = b"q 400 0 0 133 0 0 cm /Im1 Do Q"
        tile = tiling(pdf, content, resources, 400, 133, Matrix=[1, 0, 0, 1, 72, 400])
        _resources(pdf).Pattern = pikepdf.Dictionary({"/P9": tile})

    return _drawing(b"q /Pattern cs /P9 scn 72 400 400 133 re f Q", change)


PICTURES = {"stencil_mask": stencil_mask, "soft_mask": soft_mask, "pattern": pattern}
