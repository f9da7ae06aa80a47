"""PDF bilagor that carry a personnummer in bytes the page draws from but does not show: a
comment in the content stream, an operator viewers skip (inside BX … EX), a marked-content
tag, the dictionary of an inline image, a resource named with the number (the content uses
the name), a Type 3 glyph named with it, and the metadata of a JPEG picture (EXIF, XMP, a
comment: what a camera or a scan station writes). Also a scanned ID card drawn as an inline
image (ReportLab's drawInlineImage, some scan software), which no image list names."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image

from tests.attack_pdfs import _page, _with, dashed, scanned_image
from tests.attack_pdfs_more import _draw_more, _resources

SHOWN = "Yttrande över detaljplan"  # what each page does show


def _drawing(content: bytes, change=None) -> bytes:
    def changed(pdf) -> None:
        if change is not None:
            change(pdf)
        _draw_more(pdf, content)

    return _with(_page(lambda page: page.drawString(72, 700, SHOWN)), changed)


def content_comment(number: str) -> bytes:
    return _drawing(f"% sökande {dashed(number)}\nBT /F1 11 Tf 72 650 Td (Ok) Tj ET".encode())


def skipped_operator(number: str) -> bytes:
    """An operator no viewer knows, allowed inside BX … EX, with the number as its operand."""
    return _drawing(f"BX ({dashed(number)}) /Anteckning notera EX".encode())


def tag_name(number: str) -> bytes:
    """Marked content tagged with a name that is the number."""
    return _drawing(f"/P{number} BMC BT /F1 11 Tf 72 650 Td (Ok) Tj ET EMC".encode())


def inline_image_dictionary(number: str) -> bytes:
    """A private key of an inline image's dictionary."""
    content = f"q 20 0 0 20 72 600 cm BI /W 1 /H 1 /BPC 8 /CS /G /Namn ({dashed(number)}) ID "
    return _drawing(content.encode() + b"\x80 EI Q")


def resource_name(number: str) -> bytes:
    """The page's font under a name that is the number, used so by the content."""

    def change(pdf) -> None:
        fonts = _resources(pdf).Font
        fonts[pikepdf.Name(f"/F{number}")] = fonts.F1

    return _drawing(f"BT /F{number} 11 Tf 72 650 Td (Ok) Tj ET".encode(), change)


def glyph_name(number: str) -> bytes:
    """A Type 3 font whose one glyph (a square) is named with the number."""

    def change(pdf) -> None:
        glyph = pikepdf.Name(f"/g{number}")
        square = pdf.make_stream(b"500 0 0 0 500 500 d1 0 0 500 500 re f")
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type3,
            FontBBox=[0, 0, 500, 500],
            FontMatrix=[0.001, 0, 0, 0.001, 0, 0],
            CharProcs=pikepdf.Dictionary({str(glyph): square}),
            Encoding=pikepdf.Dictionary(Differences=[65, glyph]),
            FirstChar=65,
            LastChar=65,
            Widths=[500],
            Resources=pikepdf.Dictionary(),
        )
        _resources(pdf).Font.T3 = pdf.make_indirect(font)

    return _drawing(b"BT /T3 11 Tf 72 650 Td (A) Tj ET", change)


def jpeg(number: str) -> bytes:
    """A grey picture whose EXIF description, XMP and comment carry the number."""
    exif = Image.Exif()
    exif[0x010E] = f"Sökande {dashed(number)}"  # ImageDescription
    out = io.BytesIO()
    Image.new("L", (64, 32), 180).save(
        out,
        format="JPEG",
        exif=exif.tobytes(),
        comment=f"pnr {number}".encode(),
        xmp=f"<x:xmpmeta xmlns:x='adobe:ns:meta/'>{dashed(number)}</x:xmpmeta>".encode(),
    )
    return out.getvalue()


def jpeg_metadata(number: str) -> bytes:
    def change(pdf) -> None:
        picture = pdf.make_stream(
            jpeg(number),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=64,
            Height=32,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.DCTDecode,
        )
        _resources(pdf).XObject = pikepdf.Dictionary({"/Im9": picture})

    return _drawing(b"q 128 0 0 64 72 560 cm /Im9 Do Q", change)


def inline_id_card(number: str) -> bytes:
    """The scanned ID card of attack_pdfs.scanned_image, drawn inline (BI … ID … EI)."""
    with pikepdf.open(io.BytesIO(scanned_image(number))) as pdf:
        pdf.pages[0].obj.Contents = pdf.make_stream(
            b"BT /F1 11 Tf 72 740 Td (Kopia av legitimation bifogas.) Tj ET\n"
            + _inline(pdf.pages[0])
        )
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _inline(page: pikepdf.Page) -> bytes:
    """The page's one image drawn inline, grey and hex-coded, where it stood."""
    ((_name, raw),) = page.get_images().items()
    grey = pikepdf.PdfImage(raw).as_pil_image().convert("L")
    head = f"BI /W {grey.width} /H {grey.height} /BPC 8 /CS /G /F /AHx ID ".encode()
    return b"q 400 0 0 133 72 450 cm " + head + grey.tobytes().hex().encode() + b"> EI Q"


UNDRAWN = {
    "content_comment": content_comment,
    "skipped_operator": skipped_operator,
    "tag_name": tag_name,
    "inline_image_dictionary": inline_image_dictionary,
    "resource_name": resource_name,
    "glyph_name": glyph_name,
    "jpeg_metadata": jpeg_metadata,
}
