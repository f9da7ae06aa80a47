"""PDF bilagor built the way an attacker (or a careless scan station) hides a personnummer:
in a form field, a FreeText annotation, a note, a link, an attached file, a line split in two,
digit boxes, a soft hyphen, the metadata, an outline, JavaScript, and a scanned image."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ksdesk import paths
from ksdesk.core.personnummer import luhn_ok


def personnummer(start: int = 0) -> Iterator[str]:
    """Distinct valid ten-digit numbers (ÅÅMMDDNNNN), born on different days."""
    serial = start
    while True:
        serial += 1
        nine = (
            f"{60 + serial % 30:02d}{1 + serial % 12:02d}{1 + serial % 28:02d}{serial % 1000:03d}"
        )
        yield nine + next(str(d) for d in range(10) if luhn_ok(nine + str(d)))


def dashed(number: str) -> str:
    return f"{number[:6]}-{number[6:]}"


def _page(draw, heading: str = "Bilaga till ärendet") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", 11)
    page.drawString(72, 790, heading)
    draw(page)
    page.showPage()
    page.save()
    return out.getvalue()


def form_field(number: str) -> bytes:
    def draw(page) -> None:
        page.acroForm.textfield(name="pnr", value=dashed(number), x=72, y=700, width=200)

    return _page(draw)


def split_line(number: str) -> bytes:
    def draw(page) -> None:
        page.drawString(72, 700, f"Sökandens nummer är {number[:6]}-")
        page.drawString(72, 686, f"{number[6:]} enligt ansökan.")

    return _page(draw)


def digit_boxes(number: str) -> bytes:
    def draw(page) -> None:
        for index, digit in enumerate(number):
            x = 72 + index * 18 + (10 if index >= 6 else 0)
            page.rect(x - 3, 696, 16, 18)
            page.drawString(x + 1, 700, digit)

    return _page(draw)


def soft_hyphen(number: str) -> bytes:
    def draw(page) -> None:
        page.drawString(72, 700, f"Nummer {number[:6]}\u00ad{number[6:]}")

    return _page(draw)


def _with(data: bytes, change) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    change(pdf)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _annotate(pdf: pikepdf.Pdf, annot: dict) -> None:
    page = pdf.pages[0]
    annots = page.obj.get("/Annots")
    if annots is None:
        page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        annots = page.obj.Annots
    annots.append(pdf.make_indirect(pikepdf.Dictionary(annot)))


def free_text(number: str) -> bytes:
    def change(pdf) -> None:
        _annotate(
            pdf,
            {
                "/Type": pikepdf.Name.Annot,
                "/Subtype": pikepdf.Name.FreeText,
                "/Rect": [72, 600, 300, 640],
                "/Contents": pikepdf.String(f"Anteckning: {dashed(number)}"),
                "/DA": pikepdf.String("/Helv 12 Tf 0 g"),
            },
        )

    return _with(_page(lambda page: None), change)


def link(number: str) -> bytes:
    def change(pdf) -> None:
        uri = f"https://example.invalid/arende?pnr={number}"
        _annotate(
            pdf,
            {
                "/Type": pikepdf.Name.Annot,
                "/Subtype": pikepdf.Name.Link,
                "/Rect": [72, 600, 300, 640],
                "/A": pikepdf.Dictionary({"/S": pikepdf.Name.URI, "/URI": pikepdf.String(uri)}),
            },
        )

    return _with(_page(lambda page: page.drawString(72, 620, "Se ärendet")), change)


def attachment(number: str) -> bytes:
    def change(pdf) -> None:
        spec = pikepdf.AttachedFileSpec(
            pdf, f"Sökande;{dashed(number)}\n".encode(), mime_type="text/csv"
        )
        pdf.attachments["sokande.csv"] = spec

    return _with(_page(lambda page: None), change)


def hidden_places(number: str) -> bytes:
    """The metadata, an outline and JavaScript: no page shows them."""

    def change(pdf) -> None:
        pdf.docinfo["/Author"] = f"Handläggare {dashed(number)}"
        with pdf.open_metadata() as meta:
            meta["dc:description"] = f"Ärende för {dashed(number)}"
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem(f"Sökande {dashed(number)}", 0))
        pdf.Root.OpenAction = pikepdf.Dictionary(
            {"/S": pikepdf.Name.JavaScript, "/JS": pikepdf.String(f"var p='{number}';")}
        )

    return _with(_page(lambda page: None), change)


def scanned_image(number: str, with_text: bool = True) -> bytes:
    """A page with some real text and a picture of an ID card carrying the number."""
    image = Image.new("L", (1200, 400), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 64)
    ImageDraw.Draw(image).text((40, 60), "ID-KORT", fill=0, font=font)
    ImageDraw.Draw(image).text((40, 200), dashed(number), fill=0, font=font)
    png = io.BytesIO()
    image.save(png, format="PNG")

    def draw(page) -> None:
        from reportlab.lib.utils import ImageReader

        if with_text:
            page.drawString(72, 740, "Kopia av legitimation bifogas.")
        page.drawImage(ImageReader(io.BytesIO(png.getvalue())), 72, 450, width=400, height=133)

    return _page(draw)


ATTACKS = {
    "form_field": form_field,
    "free_text": free_text,
    "link": link,
    "attachment": attachment,
    "split_line": split_line,
    "digit_boxes": digit_boxes,
    "soft_hyphen": soft_hyphen,
    "hidden_places": hidden_places,
}
