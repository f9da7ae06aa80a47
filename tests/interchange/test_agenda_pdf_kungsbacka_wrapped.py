"""Kungsbacka's kallelse written in Word and printed to PDF (walk29's finding 3): a table
without rules, its rows a paragraph's space apart, the number "1." in a narrow first
column, the hour and the föredragande on lines under the title, a Förslag often longer than
the title, "Val av justerare" and the headings without number. The PDF is read as the .docx
is, field by field (real_agendas_kungsbacka_wrapped: kommunstyrelsen, the nämnder for
Miljö & Hälsoskydd and Kultur & Fritid)."""

from __future__ import annotations

import dataclasses

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agenda_groups import as_word
from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_kungsbacka_wrapped import MILJO_2025_04, WRAPPED_KALLELSER


def _fields(read) -> list[tuple]:
    return [
        (n, i.title, i.dnr, i.is_section, i.time_slot, i.presenter, i.proposal, i.kind, i.secret)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]


@pytest.mark.parametrize(
    "agenda, organ, when", WRAPPED_KALLELSER, ids=[a.name for a, _o, _w in WRAPPED_KALLELSER]
)
def test_the_pdf_gives_what_the_word_document_gives(agenda: RealAgenda, organ, when) -> None:
    """Before, kommunstyrelsen's was refused ("sida 1, rad 9, kolumn Ärende: ärendet saknar
    rubrik": the justerare's second line), and without that row at page 2's "2025-02-01 till
    och med 2026-01-31." (a förslag's line under the title's last)."""
    word = read_agenda(as_word(agenda), "kallelse.docx")
    pdf = read_agenda(kungsbacka_table(agenda, organ, when, bare=True), "kallelse.pdf")
    assert _fields(pdf) == _fields(word)
    got = [
        (n, i.title, i.dnr, i.is_section, i.time_slot, i.presenter)
        for n, i in zip(pdf.numbers, pdf.items, strict=True)
    ]
    assert got == [
        (e.nr, e.title, e.dnr, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]
    # What either leaves out of the table's rows is the same ("4 st dokument"): no line lost.
    assert _left_out(pdf) == _left_out(word)


def _left_out(read) -> list[str]:
    """The texts left out of the rows, without the document's own lines around the list."""
    around = ("före rubrikraden", "efter listans", "sidhuvud", "upprepad på ny sida")
    lines = read.report.dropped
    return sorted(line.text for line in lines if not any(w in line.why for w in around))


def test_a_row_that_cannot_be_read_is_quoted() -> None:
    """Rows a cell's line apart (no padding): a förslag's line under its short heading, the
    title's one line above, cannot be told from a row. Before: "sida 1, rad 12, kolumn
    Ärende: ärendet saknar rubrik", naming a line the secretary could not find."""
    agenda = dataclasses.replace(MILJO_2025_04, rows=MILJO_2025_04.rows[4:])
    pdf = kungsbacka_table(agenda, "Nämnden", "den 10 april", bare=True, tight=True)
    with pytest.raises(InvalidInput) as refused:
        read_agenda(pdf, "kallelse.pdf")
    assert str(refused.value) == (
        "kallelse.pdf, sida 1, rad 12, kolumn Ärende: ”Nämnden för Miljö & Hälsoskydd "
        "godkänner redovisningen av yttranden fattade …” har ingen rubrik ovanför sig."
    )
