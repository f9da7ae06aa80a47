"""A story ReportLab cannot lay out is refused in Swedish, never with ReportLab's English
words and the flowable's address in memory."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph, Spacer, Table

from ksdesk.core.errors import InvalidInput
from ksdesk.reports.base import build_pdf, stylesheet
from ksdesk.reports.printable import escape


def test_a_block_taller_than_a_page_is_refused_in_swedish() -> None:
    story = [Paragraph(escape("Inledning"), stylesheet()["Normal"]), Spacer(10, 2000)]
    with pytest.raises(InvalidInput) as refused:
        build_pdf(story, title="Prov")
    message = str(refused.value)
    assert message == (
        "Dokumentet kan inte skrivas ut: en text på sida 2 är för lång för att få plats på en "
        "sida. Korta texten och försök igen."
    )


def test_a_story_laid_out_again_forgets_what_the_first_layout_moved_on() -> None:
    """A heading too tall to repeat on every page has the story laid out again without
    repeating it; a block the first layout moved on to the next page is moved again, not
    refused as too large."""
    styles = stylesheet()
    heading = [Paragraph("Rubrik " + "lång " * 3000, styles["Normal"]), "B"]
    rows = [[Paragraph(f"rad {i}", styles["Normal"]), "x"] for i in range(40)]
    table = Table([heading, *rows], colWidths=[300, 100], repeatRows=1)
    pdf = build_pdf([Spacer(1, 600), Spacer(1, 200), table], title="Prov")
    assert pdf.startswith(b"%PDF")
