"""The printed delegationsordning: every point, the chapter header on every page, å/ä/ö
extractable, and yellow marks when compared with another version."""

from __future__ import annotations

import io

from pypdf import PdfReader

from ksdesk.services import delegation


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_version_pdf_prints_every_chapter_with_its_header_on_every_page(demo_store) -> None:
    pdf = delegation.version_pdf(demo_store, "reviderad-2020-11-26")
    pages = _pages(pdf)
    text = "\n".join(pages)
    assert text.count("Nr") >= 6
    for title in ("Allmänna ärenden", "Livsmedel/kost", "Styrelsen som personalorgan"):
        assert title in text
    # Every page after the introduction that shows points starts with its chapter row.
    for page in pages[2:]:
        if "Ärende" in page:
            assert "Lagrum" in page and "Delegat" in page and "Ersättare" in page
    assert "Kommunstyrelsens delegationsordning" in pages[0]
    assert "KS 2020-XX-XX § XX" in pages[0]
    assert "Offentlighets- och sekretesslagen" in pages[-1]
    assert "Sida 1 av" in pages[0]
