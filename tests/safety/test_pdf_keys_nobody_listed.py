"""A PDF bilaga that keeps a picture of a personnummer, or a drawing of it in hex-coded text,
under a key of the catalog, the page tree or a page that no standard names ("/Extra"): no
viewer shows it, no reader of the review or the last check reads it, and the public copy
carried it, since the stripping removed a list of known keys. Now the catalog, the page
tree and the pages keep only the keys that serve drawing the pages, and every picture or
drawing no page draws (kept in a font, say) is emptied (interchange.pdf_unreached)."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from ksdesk import paths
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf
from tests.attack_pdfs import _page, _with, dashed, personnummer
from tests.attack_pictures import grey_image
from tests.pdf_helpers import pages_text

NUMBERS = personnummer(950)


def _picture(pdf: pikepdf.Pdf, number: str) -> pikepdf.Stream:
    image = Image.new("L", (500, 80), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 40)
    ImageDraw.Draw(image).text((10, 20), dashed(number), fill=0, font=font)
    return grey_image(pdf, image)


def _drawing(pdf: pikepdf.Pdf, number: str) -> pikepdf.Stream:
    shown = dashed(number).encode().hex().encode()
    return pdf.make_stream(
        b"BT /F1 24 Tf 72 600 Td <" + shown + b"> Tj ET",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 600, 800],
        Resources=pikepdf.Dictionary({"/Font": pdf.pages[0].obj.Resources.Font}),
    )


PLACES = {
    "catalog": lambda pdf: pdf.Root,
    "page tree": lambda pdf: pdf.Root.Pages,
    "page": lambda pdf: pdf.pages[0].obj,
    "font": lambda pdf: next(iter(pdf.pages[0].obj.Resources.Font.values())),
}


def _bilaga(place: str, make, number: str) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        PLACES[place](pdf)["/Extra"] = make(pdf, number)

    return _with(_page(lambda page: page.drawString(72, 700, "Ansökan")), change)


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("make", [_picture, _drawing], ids=["bild", "ritning"])
def test_the_public_copy_does_not_carry_it(place: str, make) -> None:
    number = next(NUMBERS)
    data = _bilaga(place, make, number)
    published = public_pdf.public_content(hashlib.sha256(data).hexdigest(), data, frozenset())
    with pikepdf.open(io.BytesIO(published)) as pdf:
        streams = [o for o in pdf.objects if isinstance(o, pikepdf.Stream)]
        pictures = [s for s in streams if s.get("/Subtype") in ("/Image", "/Form")]
        assert [s for s in pictures if s.read_raw_bytes()] == []  # the page draws none
        assert "/Extra" not in pdf.Root and "/Extra" not in pdf.Root.Pages
        assert "/Extra" not in pdf.pages[0].obj
    assert "Ansökan" in " ".join(pages_text(published))  # the page itself is kept
    assert audit_pdf(published).clean
