"""A word in a printed list (Uppföljning av beslut, Anmälan av delegationsbeslut) is never cut
in two: the Ansvarig column of
Marks kommun's barn- och utbildningsnämnd ("Barn- och utbildningsförvaltningen", the
förvaltning of the nämnd whose protokoll of 2016-12-15 is at http://docplayer.se/43222569-
Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html) printed "utbildnin" on one
line and "gsförvaltningen" on the next. The uppdrag itself is built."""

from __future__ import annotations

import io
from datetime import date, time

from pypdf import PdfReader

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.base import PageHeader
from ksdesk.reports.delegationsbeslut_pdf import render_anmalan
from ksdesk.reports.uppfoljning_pdf import Lista, ListDocument, render

HEADERS = ("Beslut", "Uppdrag", "Ansvarig", "Senast", "Status")
WIDTHS = (34, 66, 30, 24, 20)  # as services.uppdrag prints it


def _words(pdf: bytes) -> list[str]:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()


def _document(rows: list[list[str]]) -> ListDocument:
    return ListDocument(
        title="Uppföljning av beslut",
        intro="Barn- och utbildningsnämnden, sammanträdet torsdag 19 januari 2017.",
        lists=[Lista("Återrapporteras vid detta sammanträde", HEADERS, WIDTHS, rows)],
        header=PageHeader("Marks kommun · Barn- och utbildningsnämnden", "2017-01-19"),
        author="Marks kommun",
    )


def test_a_long_compound_in_a_narrow_column_stays_whole() -> None:
    row = [
        "Barn- och utbildningsnämnden 2016-12-15 § 107",
        "Ta fram en handlingsplan för synpunktshanteringen och återrapportera till nämnden "
        "senast den 31 mars 2017",
        "Barn- och utbildningsförvaltningen",
        "2017-03-31",
        "Pågår",
    ]
    words = _words(render(_document([row])))
    for word in ("utbildningsförvaltningen", "utbildningsnämnden", "synpunktshanteringen"):
        assert word in words, word
    assert "utbildnin" not in words


def test_words_wider_than_any_column_break_as_before_and_nothing_is_lost() -> None:
    """With no room to give, the columns stay as they were and every letter still prints."""
    giant = "q" * 150  # no other text of the page has a q
    words = _words(render(_document([[giant] * 5])))
    assert "".join(words).count("q") == 5 * 150


def test_the_delegat_of_a_delegationsbeslut_stays_whole() -> None:
    delegat = "Barn- och utbildningsförvaltningens verksamhetschef"
    beslut = Delegationsbeslut("BUN 2017/3", date(2017, 1, 16), delegat, punkt="1.5")
    beslut.beslut = "Tillförordnad rektor Strömskolan"
    pdf = render_anmalan(
        [beslut],
        Sammantrade(1, date(2017, 1, 19), time(8, 30)),
        Organ("Barn- och utbildningsnämnden", kommun="Marks kommun"),
        date(2017, 1, 11),
    )
    words = _words(pdf)
    assert "utbildningsförvaltningens" in words
    assert "Strömskolan" in words and "BUN" in words
