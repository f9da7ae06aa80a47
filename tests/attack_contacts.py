"""PDF bilagor that carry a private person's contact data (street and number, postnummer and
ort, mobile, e-mail: core.contact_data) ONLY in a place no page shows, as tests/attack_pdfs*.py
hide a personnummer: an outline, the document info and XMP, a comment, a link's "mailto:",
a form field, an attached file's name and description, text drawn white or off the page,
a tagged figure's alt text, marked content's /ActualText, a layer's name. Each page shows
only "Bilaga till ärendet" and a line of harmless text."""

from __future__ import annotations

import pikepdf

from tests.attack_pdfs import _annotate, _page, _with
from tests.attack_pdfs_more import _draw_more, _resources

# Karin Berg's, as a citizen's letter would give them (no such person is known).
STREET, POSTORT = "Kvarngatan 7", "784 33 Borlänge"
MOBILE, EMAIL = "073-987 65 43", "karin.berg@hotmail.com"
PIECES = (STREET, POSTORT, MOBILE, EMAIL)
ALL = f"Karin Berg, {STREET}, {POSTORT}, {MOBILE}, {EMAIL}"
# The values core.contact_data compares them by (what a "maskera" decision stores).
VALUES = frozenset({"kvarngatan 7", "78433 borlänge", "0739876543", "karin.berg@hotmail.com"})


def _blank() -> bytes:
    return _page(lambda page: page.drawString(72, 700, "Synpunkt på skolskjutsen."))


def outline() -> bytes:
    def change(pdf) -> None:
        with pdf.open_outline() as tree:
            tree.root.append(pikepdf.OutlineItem(ALL, 0))

    return _with(_blank(), change)


def info() -> bytes:
    def change(pdf) -> None:
        pdf.docinfo["/Author"] = f"Karin Berg, {STREET}"
        pdf.docinfo["/Subject"] = f"{POSTORT}, {MOBILE}"
        pdf.docinfo["/Keywords"] = EMAIL

    return _with(_blank(), change)


def xmp() -> bytes:
    def change(pdf) -> None:
        with pdf.open_metadata() as meta:
            meta["dc:description"] = ALL

    return _with(_blank(), change)


def comment() -> bytes:
    def change(pdf) -> None:
        _annotate(
            pdf,
            {
                "/Type": pikepdf.Name.Annot,
                "/Subtype": pikepdf.Name.Text,
                "/Rect": [72, 600, 90, 618],
                "/Contents": pikepdf.String(ALL),
                "/T": pikepdf.String("Karin Berg"),
            },
        )

    return _with(_blank(), change)


def mailto() -> bytes:
    def change(pdf) -> None:
        uri = pikepdf.String(f"mailto:{EMAIL}")
        _annotate(
            pdf,
            {
                "/Type": pikepdf.Name.Annot,
                "/Subtype": pikepdf.Name.Link,
                "/Rect": [72, 695, 300, 712],
                "/A": pikepdf.Dictionary({"/S": pikepdf.Name.URI, "/URI": uri}),
            },
        )

    return _with(_blank(), change)


def form_field() -> bytes:
    def draw(page) -> None:
        page.drawString(72, 700, "Synpunkt på skolskjutsen.")
        page.acroForm.textfield(name="kontakt", value=ALL, x=72, y=600, width=400)

    return _page(draw)


def attached_file() -> bytes:
    def change(pdf) -> None:
        spec = pikepdf.AttachedFileSpec(pdf, b"Synpunkt\n", description=ALL, mime_type="text/plain")
        pdf.attachments[f"{EMAIL} {MOBILE}.txt"] = spec

    return _with(_blank(), change)


def white_text() -> bytes:
    def draw(page) -> None:
        page.drawString(72, 700, "Synpunkt på skolskjutsen.")
        page.setFillColorRGB(1, 1, 1)
        page.drawString(72, 650, ALL)

    return _page(draw)


def off_the_page() -> bytes:
    def draw(page) -> None:
        page.drawString(72, 700, "Synpunkt på skolskjutsen.")
        page.drawString(72, -400, ALL)

    return _page(draw)


def invisible_text() -> bytes:
    """Render mode 3: drawn invisible, as a scanner's OCR layer is."""

    def change(pdf) -> None:
        text = pikepdf.String(ALL).unparse()
        _draw_more(pdf, b"BT 3 Tr /F1 11 Tf 72 650 Td " + text + b" Tj ET")

    return _with(_blank(), change)


def actual_text() -> bytes:
    """Marked content whose /ActualText (what a screen reader says, what copying gives) is
    kept in the page's /Properties and named in the content."""

    def change(pdf) -> None:
        text = pikepdf.Dictionary({"/ActualText": pikepdf.String(ALL)})
        _resources(pdf).Properties = pikepdf.Dictionary({"/MC9": text})
        _draw_more(pdf, b"/Span /MC9 BDC BT /F1 11 Tf 72 650 Td (Se ovan) Tj ET EMC")

    return _with(_blank(), change)


def layer_name() -> bytes:
    def change(pdf) -> None:
        name = pikepdf.String(ALL)
        ocg = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.OCG, "/Name": name}))
        pdf.Root.OCProperties = pikepdf.Dictionary(
            {"/OCGs": [ocg], "/D": pikepdf.Dictionary({"/Order": [ocg]})}
        )
        _resources(pdf).Properties = pikepdf.Dictionary({"/OC1": ocg})
        _draw_more(pdf, b"/OC /OC1 BDC BT /F1 11 Tf 72 650 Td (Lager) Tj ET EMC")

    return _with(_blank(), change)


def figure_alt() -> bytes:
    """A tagged file: a figure whose alternate text (/Alt) gives the contact data, and a
    paragraph whose /ActualText and /T (title) do."""

    def change(pdf) -> None:
        page = pdf.pages[0]
        _draw_more(pdf, b"/Figure <</MCID 0>> BDC 72 500 100 50 re f EMC")
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        figure = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem,
                S=pikepdf.Name.Figure,
                P=root,
                Pg=page.obj,
                K=0,
                Alt=pikepdf.String(f"Karta till {STREET}, {POSTORT}"),
                T=pikepdf.String(MOBILE),
                E=pikepdf.String(EMAIL),
            )
        )
        document = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem,
                S=pikepdf.Name.Document,
                P=root,
                K=pikepdf.Array([figure]),
                ActualText=pikepdf.String(EMAIL),
            )
        )
        figure.P = document
        root.K = pikepdf.Array([document])
        root.ParentTree = pikepdf.Dictionary(Nums=pikepdf.Array([0, pikepdf.Array([figure])]))
        page.obj.StructParents = 0
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)

    return _with(_blank(), change)


def font_name() -> bytes:
    """The contact data as the name of a font: viewers list a file's fonts."""

    def change(pdf) -> None:
        fonts = _resources(pdf).Font
        for key in list(fonts.keys()):
            fonts[key].BaseFont = pikepdf.Name(f"/{ALL}")

    return _with(_blank(), change)


PLACES = {
    "bokmärke": outline,
    "dokumentinformation": info,
    "XMP-metadata": xmp,
    "kommentar": comment,
    "länk mailto:": mailto,
    "formulärfält": form_field,
    "bifogad fil (namn, beskrivning)": attached_file,
    "vit text": white_text,
    "text utanför sidan": off_the_page,
    "osynlig text (Tr 3)": invisible_text,
    "ActualText i sidans innehåll": actual_text,
    "lagrets namn": layer_name,
    "figurens alt-text (taggad)": figure_alt,
    "typsnittets namn": font_name,
}
