"""A rubrikrad on two lines: "Före-" over "dragande", "Diarie-" over "nummer", as a narrow
column's heading breaks in a kallelse's table. Its headings were not recognised and its
second line was read as an ärende without title; in a PDF the second line repeated on each
page too."""

from __future__ import annotations

import dataclasses

import docx
from reportlab.lib.pagesizes import A4, landscape

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs import ruled_table
from tests.interchange.real_agenda_groups import as_word, saved
from tests.interchange.real_agendas_fourth import BEREDANDE_KS_2015

# The beredande kommunstyrelse's five columns, two headings broken in their narrow cells.
_BROKEN = dataclasses.replace(
    BEREDANDE_KS_2015, header=("Nr.", "Ärende", "Diarie-\nnummer", "Före-\ndragande", "Tid")
)


def _fields(read) -> list[tuple]:
    return [
        (n, i.title, i.dnr, i.presenter, i.time_slot)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]


_WANT = [(e.nr, e.title, e.dnr, e.presenter, e.time_slot) for e in _BROKEN.expected]


def test_a_pdf_tables_rubrikrad_on_two_lines_reads_every_column() -> None:
    data = ruled_table(_BROKEN, "KS", "2015-03-24", landscape(A4), grid=False)
    read = read_agenda(data, "kallelse.pdf")
    assert _fields(read) == _WANT
    changed = [(line.where, line.why) for line in read.report.changed]
    assert ("Sida 2, rad 3", "rubrikradens andra rad: lästes ihop med raden ovan") in changed
    repeated = [line.text for line in read.report.dropped if "upprepad" in line.why]
    assert repeated == ["Nr. Ärende Diarie- Före- Tid", "nummer dragande"]


def test_a_word_heading_broken_in_its_cell_is_whole() -> None:
    read = read_agenda(as_word(_BROKEN), "kallelse.docx")
    assert _fields(read) == _WANT
    assert read.report.changed[0].why == "rubriker brutna på två rader lästes ihop"


def test_a_word_tables_rubrikrad_on_two_rows_is_one() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=4)
    for row in (
        ("Nr", "Ärende", "Diarie-", "Före-"),
        ("", "", "nummer", "dragande"),
        ("1", "Val av justerare", "", ""),
        ("2", "Budget 2022", "KS 2021/12", "Anna Berg"),
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    read = read_agenda(saved(document), "kallelse.docx")
    assert [
        (n, i.title, i.dnr, i.presenter) for n, i in zip(read.numbers, read.items, strict=True)
    ] == [
        (1, "Val av justerare", "", ""),
        (2, "Budget 2022", "KS 2021/12", "Anna Berg"),
    ]
