"""Small PDFs for tests and reading text back out of the PDFs ksdesk writes."""

from __future__ import annotations

import io

import pikepdf
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def make_pdf(pages: int, text: str = "Bilaga", rotate: int = 0) -> bytes:
    """A plain PDF (Helvetica) with `text` and the page number on each page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 400, f"{text} sida {page}")  # inside portrait and landscape
        if rotate:
            canvas.setPageRotation(rotate)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pages_text(pdf: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def outline_titles(pdf: bytes) -> list[str]:
    """Every bookmark title, depth first."""
    reader = PdfReader(io.BytesIO(pdf))

    def walk(items) -> list[str]:
        titles: list[str] = []
        for entry in items:
            if isinstance(entry, list):
                titles += walk(entry)
            else:
                titles.append(entry.title)
        return titles

    return walk(reader.outline)


def unpacked(data: bytes) -> bytes:
    """The file's bytes with every stream unpacked but its pictures (a JPEG stays a JPEG,
    with its metadata) and no object streams: what anyone who opens the file can read."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
        )
        return out.getvalue()


def text_pdf(pages: list[str]) -> bytes:
    """A PDF as an author attaches it: one text per page, a line per line of the text."""
    out = io.BytesIO()
    drawing = Canvas(out)
    for text in pages:
        for index, line in enumerate(text.splitlines()):
            drawing.drawString(60, 780 - 16 * index, line)
        drawing.showPage()
    drawing.save()
    return out.getvalue()
