"""Kungsbacka's real lists of delegationsbeslut (round 3) read right, and what is no decision
in them (the page's running head, a group's heading, a section's heading row) in the report."""

from __future__ import annotations

import pytest

from ksdesk.interchange.beslut_list import read_beslut_list
from tests.interchange.real_beslut_lists import pdf_variant, text_file
from tests.interchange.real_beslut_lists_third_kungsbacka import (
    IFO_2025_10,
    SERVICE_2025_01,
    SERVICE_HEADER,
    SERVICE_PAGES,
    TEKNIK_2025_10,
    TEKNIK_HEADER,
    TEKNIK_ROWS,
    VO_2025_01,
    printed_table,
    word_table,
)


def _read(listed, data, name):
    result = read_beslut_list(data, name)
    got = [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in result.rows]
    assert got == [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]
    return result


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_ifo_list_in_a_tjansteskrivelse_reads_every_decision(kind):
    data = text_file(IFO_2025_10) if kind == "txt" else pdf_variant(IFO_2025_10, 40)
    result = _read(IFO_2025_10, data, f"lista.{kind}")
    dropped = {d.text: d.why for d in result.report.dropped}
    assert "sidhuvud" in dropped["KUNGSBACKA KOMMUN"] or "sidhuvud" in dropped.get(
        "KUNGSBACKA  KOMMUN", ""
    )
    assert "underrubrik" in dropped["Övrigt"]
    assert "beslutsunderlag" in dropped["Beslutsunderlag"]


def test_teknik_table_per_point_reads_undated_and_reports_the_section_row():
    result = _read(TEKNIK_2025_10, word_table(TEKNIK_HEADER, (TEKNIK_ROWS,)), "lista.docx")
    assert all(row.date is None for row in result.rows)
    assert any("utan datum" in c.why for c in result.report.changed)
    assert any("avsnitt" in d.why and "Anställa" in d.text for d in result.report.dropped)
    # The table's own words are kept: the point's omfattning in the beskrivning.
    assert "Godkännande av trafikanordningsplan" in result.rows[0].beskrivning


def test_service_table_keeps_the_lagrum_written_with_the_point():
    result = _read(SERVICE_2025_01, word_table(SERVICE_HEADER, SERVICE_PAGES), "lista.docx")
    assert "Dataskyddsförordningen GDPR, Artikel 33 och 34" in result.rows[0].beskrivning
    assert "2.2.17" in result.rows[-1].beskrivning  # the second point of "2.2.16 / 2.2.17"


def test_vo_lex_sarah_dnr_alone_take_their_heading_as_text():
    """Two Dnr a line, no text, under "Lex Sarah": a decision each, "Lex Sarah" what it is
    (said in the report), and the empty cell "-" no decision."""
    result = _read(VO_2025_01, text_file(VO_2025_01), "lista.txt")
    named = [c for c in result.report.changed if "underrubriken ”Lex Sarah”" in c.why]
    assert [c.text for c in named] == [r.dnr for r in result.rows[:5]]


@pytest.mark.parametrize(
    ("listed", "header", "pages"),
    [
        (TEKNIK_2025_10, TEKNIK_HEADER, (TEKNIK_ROWS,)),
        (SERVICE_2025_01, SERVICE_HEADER, SERVICE_PAGES),
    ],
    ids=["teknik", "service"],
)
def test_the_printed_table_reads_its_rows_of_several_lines(listed, header, pages):
    """As the protokoll prints it: a rubrikrad over two lines, every cell of several lines
    (the point over its lagrum, "personuppgifts-" over "incident"), two points in one cell,
    the table on over a page without its rubrikrad."""
    result = _read(listed, printed_table(header, pages), "protokoll.pdf")
    assert any("rubrikraden fortsätter" in m.why for m in result.report.merged)
