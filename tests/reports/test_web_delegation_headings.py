"""A delegationsordning's web edition has a heading outline a screen reader can walk: the
title an H1; the introduction's sections, the parts and Förkortningar H2; each chapter an H3
under its part, or an H2 where it is in no part. The tagged PDF (Typst) and the HTML page
have the same outline."""

from __future__ import annotations

import copy
import html
import re

from ksdesk.core.delegation import Version, document_title
from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.model import Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.reports.test_delegation_pdf_imported import imported  # noqa: F401 (fixture)
from tests.web_checks import assert_headings, heading_outline, squeezed

PART_A, PART_B = "Del A Kommunstyrelsen", "Del B Socialnämnden"


def _html_outline(page: str) -> list[tuple[int, str]]:
    found = re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", page, flags=re.S)
    return [(int(level), html.unescape(re.sub(r"<[^>]+>", "", text))) for level, text in found]


def _expected(version: Version) -> list[tuple[int, str]]:
    outline = [(1, document_title(version))]
    outline += [(2, s.heading.strip()) for s in version.intro if s.heading.strip()]
    outline += [(2, "Förkortningar")] if version.abbreviations else []
    part = ""
    for chapter in version.chapters:
        if chapter.part and chapter.part != part:
            outline.append((2, chapter.part))
        part = chapter.part
        outline.append((3 if part else 2, chapter.title.strip()))
    return outline


def test_parts_hold_their_chapters_in_pdf_and_html(imported) -> None:  # noqa: F811
    version = copy.deepcopy(imported)
    first, *middle, last = version.chapters
    first.part = PART_A
    for chapter in middle:
        chapter.part = PART_B
    last.part = ""  # a chapter after the parts, in none of them
    blocks = delegationsordning_blocks(version, None, "", level=1)
    document = WebDocument("Delegationsordning Testby", "Testby kommun", [Part(tuple(blocks))])
    pdf = web_pdf(document)

    expected = _expected(version)
    assert (2, PART_A) in expected and (3, first.title) in expected and (2, last.title) in expected
    assert len([1 for level, _ in expected if level == 3]) == 1 + len(middle)
    squeezed_expected = [(level, squeezed(text)) for level, text in expected]
    assert [(level, squeezed(text)) for level, text in heading_outline(pdf)] == squeezed_expected
    assert_headings(pdf)  # one H1, no level skipped
    page = web_html(document)
    assert [(level, squeezed(text)) for level, text in _html_outline(page)] == squeezed_expected


def test_without_parts_the_chapters_are_sections_of_the_document(imported) -> None:  # noqa: F811
    # Testby's "2 Delegeringar" is the part of its chapters: left out here.
    version = copy.deepcopy(imported)
    for chapter in version.chapters:
        chapter.part = ""
    blocks = delegationsordning_blocks(version, None, "", level=1)
    document = WebDocument("Delegationsordning Testby", "Testby kommun", [Part(tuple(blocks))])
    expected = [(level, squeezed(text)) for level, text in _expected(version)]
    assert all(level <= 2 for level, _ in expected)
    outline = heading_outline(web_pdf(document))
    assert [(level, squeezed(text)) for level, text in outline] == expected
    page = web_html(document)
    assert [(level, squeezed(text)) for level, text in _html_outline(page)] == expected
