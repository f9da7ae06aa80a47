"""The shared report machinery: fonts embedded, text extractable, pages numbered."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from ksdesk.reports.base import PageHeader, build_pdf, stylesheet


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_swedish_text_is_extractable_and_pages_are_numbered() -> None:
    styles = stylesheet()
    story = [
        Paragraph("Kallelse till sammanträde – åäö ÅÄÖ", styles["Title"]),
        PageBreak(),
        Paragraph("Beslutsärenden", styles["H1"]),
    ]
    pdf = build_pdf(story, title="Prov", header=PageHeader("Ludvika kommun", "2020-12-07"))
    pages = _text(pdf)
    assert len(pages) == 2
    assert "åäö ÅÄÖ" in pages[0]
    assert "Sida 1 av 2" in pages[0]
    assert "Sida 2 av 2" in pages[1]
    assert "Ludvika kommun" in pages[1]  # running header from page 2
    assert "Ludvika kommun" not in pages[0]


def test_numbering_can_continue_a_larger_packet() -> None:
    pdf = build_pdf(
        [Paragraph("x", stylesheet()["Normal"])], title="t", first_page=5, total_pages=12
    )
    assert "Sida 5 av 12" in _text(pdf)[0]


def test_fonts_are_embedded() -> None:
    pdf = build_pdf([Paragraph("å", stylesheet()["Normal"])], title="t")
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert any("LiberationSans" in name for name in names)
