"""An imported delegationsordning in the web edition (its own column headings and widths,
sub-headings, extra column, marked points, its own header): tagged, and reading as paper."""

from __future__ import annotations

import copy
from collections import Counter

from ksdesk.core.delegation import display_nr
from ksdesk.reports.base import available_width
from ksdesk.reports.delegation_columns import print_columns
from ksdesk.reports.delegation_pdf import render_version
from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.html import escape, web_html
from ksdesk.reports.web.model import Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.reports.test_delegation_pdf_imported import imported  # noqa: F401 (fixture)
from tests.web_checks import (
    assert_web_edition,
    heading_outline,
    paper_text,
    squeezed,
    structure_text,
)


def test_imported_delegationsordning_reads_as_paper(imported, tmp_path) -> None:  # noqa: F811
    blocks = delegationsordning_blocks(imported, None, "", level=1)
    pdf = web_pdf(WebDocument("Delegationsordning Testby", "Testby kommun", [Part(tuple(blocks))]))
    facts = assert_web_edition(
        pdf, tmp_path, title="Delegationsordning Testby", tags={"H1", "Table", "TH", "TD"}
    )
    register_fonts()
    columns = print_columns(imported, available_width(), SANS, 8.5)
    assert facts.tags["Table"] == len(imported.chapters)
    # Each chapter's title is a heading above its table, its column headings the header row.
    assert facts.tags["TH"] == len(imported.chapters) * len(columns)
    headings = "".join(c.heading for c in columns)
    repeated = tuple(
        f"{chapter.title}{chapter.subtitle}{headings}" for chapter in imported.chapters
    )
    paper = paper_text(render_version(imported), 16, 15, repeated).replace("\x7f", "")
    web = squeezed(structure_text(pdf)).replace("•", "")
    # Paper may split a row over two pages and then draws the rest of every cell after the
    # break; the web edition reads a row cell by cell. So: the same characters, and every
    # point (number and ärende) in the same order.
    assert Counter(web) == Counter(paper)
    points = [squeezed(f"{display_nr(p.nr)}{p.arende}") for _, p in imported.all_points()]
    assert _in_order(web, points) and _in_order(paper, points)


def _in_order(text: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def test_a_part_title_is_a_heading_above_its_first_chapter(imported, tmp_path) -> None:  # noqa: F811
    """ "Del A Kommunstyrelsen" over the first chapter, "Del B Socialnämnden" over the rest:
    each an H2 under the ordning's H1, once, before its first chapter's table, in the tagged
    PDF (PDF/UA still passes, no heading level skipped) and in the HTML."""
    version = copy.deepcopy(imported)
    for chapter in version.chapters:
        chapter.part = "Del B Socialnämnden"
    version.chapters[0].part = "Del A Kommunstyrelsen"
    blocks = delegationsordning_blocks(version, None, "", level=1)
    document = WebDocument("Delegationsordning Testby", "Testby kommun", [Part(tuple(blocks))])
    pdf = web_pdf(document)
    facts = assert_web_edition(
        pdf, tmp_path, title="Delegationsordning Testby", tags={"H1", "H2", "Table", "TH"}
    )
    assert facts.tags["Table"] == len(version.chapters)
    parts = [(level, text) for level, text in heading_outline(pdf) if text.startswith("Del ")]
    assert parts == [(2, "Del A Kommunstyrelsen"), (2, "Del B Socialnämnden")]
    text = squeezed(structure_text(pdf))
    first, second = (squeezed(c.title) for c in version.chapters[:2])
    part_a, part_b = squeezed("Del A Kommunstyrelsen"), squeezed("Del B Socialnämnden")
    assert text.index(part_a) < text.index(first) < text.index(part_b) < text.index(second)
    page = web_html(document)
    assert page.count("<h2>Del A Kommunstyrelsen</h2>") == 1
    assert page.count("<h2>Del B Socialnämnden</h2>") == 1
    assert page.index("<h2>Del B Socialnämnden</h2>") < page.index(
        escape(version.chapters[1].title)
    )
