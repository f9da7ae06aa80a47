"""The ärendelistor of real_agendas_thirteenth*.py (regions, a kommunalförbund and nämnder no
earlier round read) imported row by row, pasted and as Word, the plain lists also from a
kallelse's PDF in each layout, and the shapes they brought: a föredragningslista writing the
förslag under each ärende as a sentence or as att-satser numbered from 1 (read as the
ärende's förslag, its description reported, not read as ärenden), who informs on the line
under an ärende, an ärende's bilagor named on one line, standing ärenden without number
above the first, and a title broken after a comma on a portal's page."""

from __future__ import annotations

import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange import kallelse_pdfs
from tests.interchange.real_agenda_groups import as_word
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_thirteenth import (
    HALLAND_2014_PROPOSALS,
    NORRBOTTEN_BILAGOR,
    REGIONS,
    VASTMANLAND_PROPOSALS,
)
from tests.interchange.real_agendas_thirteenth_tables import NAMNDER, TABLES

THIRTEENTH_AGENDAS = (*REGIONS, *NAMNDER, *TABLES)
# The lists a föredragningslista prints as paragraphs, what stands under each ärende broken
# at the page's width: "… anse" over "motionen besvarad.", "… 18" over "september, …".
_PRINTED = [a for a in (*REGIONS, NAMNDER[1]) if a.kind == "paste"]


def _paragraphs_pdf(agenda: RealAgenda) -> bytes:
    return kallelse_pdfs.paragraphs(agenda, "Regionstyrelsen", "2014-03-26")


def _read(name: str):
    agenda = next(a for a in THIRTEENTH_AGENDAS if a.name == name)
    return read_agenda(*build_fourth(agenda))


@pytest.mark.parametrize("agenda", THIRTEENTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_thirteenth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))
    assert operator.eq(*rows_read(agenda, (as_word(agenda), f"{agenda.name}.docx")))


@pytest.mark.parametrize("layout", ["ruled_table", "tab_stops", "numbered_list"])
@pytest.mark.parametrize("agenda", TABLES, ids=lambda a: a.name)
def test_each_thirteenth_list_is_read_right_from_a_kallelse_pdf(
    agenda: RealAgenda, layout: str
) -> None:
    data = getattr(kallelse_pdfs, layout)(agenda, "Miljö- och byggnadsnämnden", "2018-04-26")
    assert operator.eq(*rows_read(agenda, (data, "kallelse.pdf")))


@pytest.mark.parametrize("agenda", _PRINTED, ids=lambda a: a.name)
def test_a_lists_lines_broken_at_the_pdfs_width_are_read_whole(agenda: RealAgenda) -> None:
    """Before, a sentence's second line ("motionen besvarad.") was read as a line of its own
    and a line starting with a number ("18 september, …", "ÖLA 12 träffad …") as the next
    ärende."""
    assert operator.eq(*rows_read(agenda, (_paragraphs_pdf(agenda), "kallelse.pdf")))


def test_a_forslag_broken_at_the_pdfs_width_is_the_whole_forslag() -> None:
    halland = next(a for a in REGIONS if a.name == "halland-rs-2014-03")
    read = read_agenda(_paragraphs_pdf(halland), "kallelse.pdf")
    assert tuple(i.proposal for i in read.items if not i.is_section) == HALLAND_2014_PROPOSALS


def test_the_forslag_under_each_arende_is_its_forslag_till_beslut() -> None:
    """Region Halland writes it as one sentence, Region Västmanland as att-satser numbered
    from 1: before, every line of either list was read as an ärende without number."""
    halland = _read("halland-rs-2014-03").items
    assert tuple(i.proposal for i in halland if not i.is_section) == HALLAND_2014_PROPOSALS
    earlier = _read("halland-rs-2012-08").items
    assert tuple(i.proposal for i in earlier) == HALLAND_2014_PROPOSALS[:3]
    assert tuple(i.proposal for i in _read("vastmanland-rf-2018-06").items) == (
        VASTMANLAND_PROPOSALS
    )


def test_what_stands_under_an_arende_besides_is_reported_not_lost() -> None:
    """The description and the list of skrivelser under item 3 (numbered past the list's own
    numbers in 2012): each line in the report."""
    for name, lines in (("halland-rs-2014-03", 9), ("halland-rs-2012-08", 8)):
        read = _read(name)
        under = [line.text for line in read.report.dropped if "under ärendet" in line.why]
        assert len(under) == lines, name
        # A kallelse's own lines above its list: no web page's.
        assert not any("webbsidan" in line.why for line in read.report.dropped), name
    dropped = " ".join(line.text for line in _read("halland-rs-2014-03").report.dropped)
    assert "4. Regionkontoret Internkontrollplan" in dropped


def test_the_bilagor_named_on_a_line_under_an_arende_are_its_bilagor() -> None:
    read = _read("norrbottens-kommuner-styrelsen-2015-03")
    got = {
        n: [b.title for b in i.bilagor]
        for n, i in zip(read.numbers, read.items, strict=True)
        if i.bilagor
    }
    assert got == NORRBOTTEN_BILAGOR
    assert [b.nr for b in read.items[5].bilagor] == ["a", "b", "c"]


def test_a_heading_under_a_point_that_ends_without_full_stop_stays_a_heading() -> None:
    """The skrivelser under Region Halland's item 3 end in their diarienummer, as the
    kallelse prints them ("… nämnder. RS130503", ours): the line was taken as going on
    under "Regional tillväxt", and the heading read as description."""
    halland = next(a for a in REGIONS if a.name == "halland-rs-2014-03")
    lines = [row[0] + (" RS130503" if row[0][:2] == "4." else "") for row in halland.rows]
    read = read_agenda("\n".join(lines).encode(), "lista.txt")
    assert [i.title for i in read.items if i.is_section] == ["Regional tillväxt"]


def test_the_lists_own_heading_above_it_is_no_arende_left_out() -> None:
    """ "Utsänd föredragningslista" names the list: before, the list was refused ("kolumnen
    Ärende saknas"), then the secretary was asked whether it was its first ärende."""
    read = _read("norrbottens-kommuner-styrelsen-2015-03")
    why = {line.text: line.why for line in read.report.dropped}
    assert why["Utsänd föredragningslista"] == "står före listan"
