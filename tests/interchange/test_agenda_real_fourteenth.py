"""The fourteenth round's ärendelistor (Kungsbacka's kallelser, real_agendas_fourteenth*.py)
read row by row from Word and from the kallelse's PDF, and the shapes they brought: a Tid
column of minutes (the whole import was refused), a Word table whose first heading is empty
and whose cells run over several lines (read as one column of text lines), a Dnr broken
after its dash, the föredragande and the hour after the Dnr, the number of documents and
the minutes under the title, names under an hour, and the rows a numbered list leaves
without number."""

from __future__ import annotations

import operator

import docx
import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agenda_groups import as_word, saved
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourteenth import BYGG_AU_2024_02
from tests.interchange.real_agendas_fourteenth_ks import KS_2025_01, KS_AU_2025_01
from tests.interchange.real_agendas_fourteenth_kultur_october import KULTUR_2025_10
from tests.interchange.real_agendas_fourteenth_more import (
    FOURTEENTH_KALLELSER,
    SERVICE_2025_01,
    TEKNIK_2025_05,
)
from tests.interchange.real_agendas_fourteenth_namnder import KULTUR_2025_02

_AGENDAS = [agenda for agenda, _organ, _when in FOURTEENTH_KALLELSER]


def _word(agenda: RealAgenda):
    return read_agenda(as_word(agenda), f"{agenda.name}.docx")


@pytest.mark.parametrize("agenda", _AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_kungsbacka_kallelse_in_word_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, (as_word(agenda), f"{agenda.name}.docx")))


@pytest.mark.parametrize(("agenda", "organ", "when"), FOURTEENTH_KALLELSER, ids=lambda a: "")
def test_each_row_of_a_kungsbacka_kallelse_as_pdf_is_read_right(
    agenda: RealAgenda, organ: str, when: str
) -> None:
    assert operator.eq(*rows_read(agenda, (kungsbacka_table(agenda, organ, when), "k.pdf")))


def test_minutes_and_documents_under_a_title_are_no_list_numbers() -> None:
    """A kallelse PDF without the table's grid: "10 min" and "2 st dokument" under a title at
    a line's start were taken for the list's numbers, page 2's "4." then did not follow "10",
    and the list was read as ending on page 1 (3 of 16 ärenden, the rest only a warning)."""
    when = "onsdagen den 22 oktober 2025 kl. 17.00"
    pdf = kungsbacka_table(KULTUR_2025_10, "Nämnden för Kultur & Fritid", when, ruled=False)
    read = read_agenda(pdf, "k.pdf")
    assert [n for n in read.numbers if n is not None] == list(range(1, 17))
    assert not any("lästes inte in" in line.text for line in read.report.warnings)


def test_a_tid_column_of_minutes_is_reported_not_refused() -> None:
    """Before, "1 min" in the Tid column refused the whole list ("Ogiltig tid")."""
    read = _word(BYGG_AU_2024_02)
    assert not any(item.time_slot for item in read.items)
    dropped = {line.text: line.why for line in read.report.dropped}
    assert "ärendets längd" in dropped["30 min"]  # "30" over "min" in its cell


def test_a_word_table_with_an_empty_first_heading_and_cells_of_several_lines() -> None:
    """Before, the rubrikrad ("", Ärende, Beteckning, Förslag) was not found among the
    lines of the cells that run over several lines, and every line of the table became an
    ärende of its own."""
    document = docx.Document()
    document.add_paragraph("KALLELSE/UNDERRÄTTELSE")
    table = document.add_table(rows=0, cols=4)
    for row in (("", "Ärende", "Beteckning", "Förslag"), *SERVICE_2025_01.rows):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    read = read_agenda(saved(document), "kallelse.docx")
    assert [i.title for i in read.items][2:4] == [
        "Projektinformation januari 2025",
        "Hyreskontrakt Furubergsvägen 12 (Bukärrsgården)",
    ]
    assert len(read.items) == len(SERVICE_2025_01.expected)


def test_the_dnr_and_the_titles_numbers_broken_after_a_dash_are_one_word() -> None:
    """ "BN-2020-" over "00017" in the Beteckning cell, "(KS 2024-" over "00740)" in the
    title: before, "BN-2020- 00017" and "(KS 2024- 00740)"."""
    assert _word(BYGG_AU_2024_02).items[4].dnr == "BN-2020-00017"
    assert _word(KULTUR_2025_02).items[1].title.endswith("(KS 2024-00740)")


def test_documents_and_minutes_under_the_title_are_no_part_of_the_foredragande() -> None:
    read = _word(KULTUR_2025_02)
    assert read.items[1].presenter == "Karl Persson, förvaltningschef"
    dropped = {line.text: line.why for line in read.report.dropped}
    assert "antalet handlingar" in dropped["5 st dokument"]
    assert read.items[3].title == "PAUS 15 min"  # a numbered row of its own, kept whole


def test_the_foredragande_and_the_hour_after_the_dnr() -> None:
    """Teknik's "TE-2025-00369, Föredragande: Fanny Nilsson – (Ernst & Young) 17:00 –
    17:35": before, the whole cell was the Dnr, with a warning of an unknown format."""
    item = _word(TEKNIK_2025_05).items[1]
    assert (item.dnr, item.presenter, item.time_slot) == (
        "TE-2025-00369",
        "Fanny Nilsson – (Ernst & Young)",
        "17.00–17.35",
    )


def test_the_names_each_on_a_line_under_the_hour_are_a_list() -> None:
    item = _word(KS_AU_2025_01).items[1]
    assert (item.time_slot, item.presenter) == ("08.30–09.15", "Sven-Erik Bergström, Anders Lund")


def test_the_rows_a_numbered_list_leaves_without_number() -> None:
    """ "Information" over "1. Information om samråd …" is the heading of that group; a study
    visit above "Val av justerare" is the meeting's first ärende, no heading."""
    ks = _word(KS_2025_01).items
    assert [i.title for i in ks if i.is_section] == ["Information", "Beslutsärenden"]
    service = _word(SERVICE_2025_01)
    assert not service.items[0].is_section
    assert service.items[0].title == "Studiebesök Duvehed omlastningsstation"
