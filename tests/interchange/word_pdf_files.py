"""The real PDFs written from Microsoft Word in tests/interchange/word_pdfs (its README names
each source), and the same file with a person written into it the way its producer writes
text, for the test and for bench/real_word_pdf_figures.py."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

WORD_PDFS = Path(__file__).parent / "word_pdfs"
KALLELSE = WORD_PDFS / "skarpo_kallelse_pdfmaker.pdf"
BATPLATS = WORD_PDFS / "skarpo_batplats_pdfmaker.pdf"
STADGAR = WORD_PDFS / "torskumlet_stadgar_word365.pdf"
ALL = (KALLELSE, BATPLATS, STADGAR)
NUMBER, NAME = "19811218-9876", "Anna Berglund"


def with_a_person(path: Path) -> bytes:
    """The real file with a line written on its first page the way Word and PDFMaker write
    text: a marked-content span, the page's own first simple font, the string kerned apart."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        font = next(
            name
            for name, value in page.Resources.Font.items()
            if value.get("/Subtype") in ("/TrueType", "/Type1")
        )
        line = (
            b"BT /Span <</Lang (sv-SE)/MCID 900 >>BDC " + font.encode() + b" 1 Tf "
            b"11 0 0 11 72 60 Tm [(Anna Ber)-3 (glund, 19811)4 (218-98)-2 (76)]TJ EMC ET"
        )
        page.contents_add(pdf.make_stream(line), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def with_pdfmakers_code_space(path: Path) -> bytes:
    """The PDF at `path` with each font's ToUnicode map given the code space Acrobat's
    PDFMaker writes over one-byte fonts (skarpo_kallelse_pdfmaker.pdf): <0000> <FFFF> where
    the file says <00> <FF>. Nothing else changes: the same codes map to the same text."""
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                cmap = font.get("/ToUnicode")
                if isinstance(cmap, pikepdf.Stream):
                    data = cmap.read_bytes().replace(b"<00> <FF>", b"<0000> <FFFF>")
                    cmap.write(data)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
