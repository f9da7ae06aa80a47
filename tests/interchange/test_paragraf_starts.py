"""Which page of a protokoll begins which § (interchange.pdf_page_heading.paragraf_starts),
read off the pages as the last check reads them: the § number alone under the running
header, and under it the § heading's Dnr (or title). The demo's protokoll (the seed's
meeting, Ludvika kommun, kommunstyrelsen 2020-12-07) is rendered with one § whose text runs
on to further pages, each line of it reading like the heading of a later §."""

from __future__ import annotations

import io
from datetime import date

import pikepdf

from ksdesk.interchange.pdf_content_text import page_text
from ksdesk.interchange.pdf_layout import LINE_BREAK
from ksdesk.interchange.pdf_page_heading import paragraf_starts
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.protokoll_print import protokoll_document, protokoll_edition
from ksdesk.services.public_kept import line_under_number
from tests.services.test_protokoll_public import decide, recorded


def _top_lines(pdf: bytes) -> list[list[str]]:
    """The first lines under the running header of each page, as the last check reads them."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return [page_text(page).layout.split(LINE_BREAK)[2:4] for page in document.pages]


def test_each_paragraf_begins_the_page_that_says_so(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll = protokoll_service.start_protokoll(demo_store, meeting.id)
    long, later = protokoll.paragrafer[2], protokoll.paragrafer[4]
    long.beskrivning = "\n\n".join([f"§ {later.nr}"] * 120)
    protokoll_service.save_paragraf(demo_store, long)
    pdf = protokoll_document(demo_store, meeting.id)
    headings = [(p.nr, line_under_number(p)) for p in protokoll.paragrafer]
    begins = paragraf_starts(pdf, headings)
    assert list(begins) == [p.nr for p in protokoll.paragrafer]
    tops = _top_lines(pdf)
    for nr, under in headings:
        number, below = tops[begins[nr] - 1]
        assert number == f"§ {nr}" and under.startswith(below)
    run_on = tops[begins[long.nr] : begins[protokoll.paragrafer[3].nr] - 1]
    assert sum(top == [f"§ {later.nr}"] * 2 for top in run_on) >= 2  # begin nothing
    assert paragraf_starts(b"not a pdf", headings) == {}


def test_the_public_protokoll_with_a_secret_paragraf_too(demo_store) -> None:
    """A secret § of the public version prints its neutral title under its number, and
    no Dnr: it is found by that, as every other § is."""
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    edition = protokoll_edition(demo_store, meeting_id, public=True)
    headings = [(p.nr, line_under_number(p)) for p in edition.protokoll.paragrafer]
    assert (222, "Ärende som omfattas av sekretess") in headings
    pdf = protokoll_document(demo_store, meeting_id, public=True)
    assert list(paragraf_starts(pdf, headings)) == [nr for nr, _ in headings]
