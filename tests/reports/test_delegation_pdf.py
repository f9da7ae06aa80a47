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
    # Förkortningar before the tables that use them.
    assert text.index("Offentlighets- och sekretesslagen") < text.index("Allmänna ärenden")
    assert "Sida 1 av" in pages[0]


def test_a_part_title_is_printed_once_above_its_first_chapter(demo_store) -> None:
    """ "Del A Kommunstyrelsen" over the first three chapters, "Del B Personalutskottet" over
    the next two: each part's title once, just before its first chapter's title."""
    from ksdesk.services import delegation_document

    draft = delegation.resolve(demo_store, "reviderad-2020-11-26")
    parts = ["Del A Kommunstyrelsen"] * 3 + ["Del B Personalutskottet"] * 2
    for index, part in enumerate(parts):
        delegation_document.set_chapter_part(demo_store, draft.id, index, part)
    text = "\n".join(_pages(delegation.version_pdf(demo_store, draft.key)))
    assert text.count("Del A Kommunstyrelsen") == 1
    assert text.count("Del B Personalutskottet") == 1
    titles = [c.title for c in draft.chapters]
    part_a = text.index("Del A Kommunstyrelsen")
    part_b = text.index("Del B Personalutskottet")
    assert part_a < text.index(titles[0]) < text.index(titles[2]) < part_b
    assert part_b < text.index(titles[3])
    before = text[part_a:].split("\n")
    assert before[1].startswith(titles[0])
