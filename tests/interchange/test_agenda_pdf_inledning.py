"""A kallelse whose list starts after an inledning of pages: the pages before it are not
read into the list, but the meeting's date on page 1 ("Tid: 2020-01-01 kl. 13.00") is, as
it is when the list stands on page 1."""

from __future__ import annotations

import datetime as dt

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.long_kallelse_pdfs import long_kallelse
from tests.interchange.real_agendas_more import STOCKHOLM_ALDRE_2013


def test_the_meeting_date_on_page_1_is_read_when_the_list_starts_later() -> None:
    result = read_agenda(long_kallelse(STOCKHOLM_ALDRE_2013, 3, 6), "kallelse.pdf")
    assert result.meeting_date == dt.date(2020, 1, 1)
    assert len(result.items) == len(STOCKHOLM_ALDRE_2013.expected)
    assert "sammanträdesdatum i filen: 2020-01-01" in result.report.read
    dropped = [(line.where, line.text) for line in result.report.dropped]
    assert ("Sida 1, rad 4", "Tid: 2020-01-01 kl. 13.00") in dropped
    warned = [(line.where, line.text) for line in result.report.warnings]
    assert ("Sidorna 1–2", "lästes inte in") in warned


def test_a_date_in_the_inlednings_prose_is_not_the_meetings() -> None:
    """Only a line that gives the meeting's time, or the first page's heading, dates it."""
    from ksdesk.interchange.agenda_pdf_pages import Page, _dated, _plain

    lines = _plain("\n".join(["Inledning"] * 11 + ["Nämnden beslutade den 12 maj 2019."]))
    for row, line in enumerate(lines, start=1):
        line.row = row
    assert _dated([Page(1, lines)]) is None
    lines[0] = _plain("Datum 2020-06-10")[0]
    lines[0].row = 1
    assert _dated([Page(1, lines)]) == (Page(1, lines), lines[0])
