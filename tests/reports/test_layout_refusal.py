"""A story ReportLab cannot lay out is refused in Swedish, never with ReportLab's English
words and the flowable's address in memory."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph, Spacer

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
