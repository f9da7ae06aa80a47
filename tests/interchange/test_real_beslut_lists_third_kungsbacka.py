"""Kungsbacka's real lists of delegationsbeslut (rounds 3 and 4) read right, and what is no decision
in them (the page's running head, a group's heading, a section's heading row) in the report."""

from __future__ import annotations

import pytest

from ksdesk.interchange.beslut_list import read_beslut_list
from tests.interchange.real_beslut_lists import pdf_variant, text_file
from tests.interchange.real_beslut_lists_fourth_kungsbacka import (
    TEKNIK_2025_12,
    TEKNIK_ROWS_2025_12,
)
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
    got = [(r.dnr, r.date, r.text, r.delegat, r.punkt, r.antal) for r in result.rows]
    assert got == [(e.dnr, e.date, e.text, e.delegat, e.punkt, e.antal) for e in listed.expected]
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


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_teknik_rows_that_count_decisions_are_one_summary_each(kind):
    """A row reporting "Beviljade: 31 / Avslagna: 5" is one decision with its number, no Dnr
    (said in the report, the number in the beskrivning); "0 st beslut" is no decision; the
    ärende a row's text names ("i ärende: TE-2025-01035") is its Dnr."""
    rows = (TEKNIK_ROWS_2025_12,)
    build = word_table if kind == "docx" else printed_table
    result = _read(TEKNIK_2025_12, build(TEKNIK_HEADER, rows), f"lista.{kind}")
    parking = next(row for row in result.rows if row.punkt == "2.4.16")
    assert parking.beskrivning.endswith("Antal beslut: 36")
    said = {(c.text, c.why) for c in result.report.changed}
    assert (
        parking.text,
        "en sammanställning av 36 beslut utan diarienummer: läses som ett beslut, antalet "
        "sparas i beskrivningen",
    ) in said
    assert ("TE-2025-01035", "diarienumret i texten lästes som beslutets") in said
    zero = [d for d in result.report.dropped if d.text.startswith("0 st beslut")]
    assert [d.why for d in zero] == ["0 beslut under punkten: ingen rad med beslut"]
