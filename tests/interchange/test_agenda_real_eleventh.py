"""The ärendelistor of real_agendas_eleventh.py imported row by row, pasted, as Word and as
a kallelse's PDF, and the shapes they brought: a portal's page copied without any line of
the page itself (each ärende's Dnr, förslag and description under it), and Tyresö's
diarienummer ("2019/ÄON 0186 001") alone on the line under a title in a numbered list."""

from __future__ import annotations

import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange import kallelse_pdfs
from tests.interchange.real_agenda_groups import as_word
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_eleventh import ELEVENTH_AGENDAS
from tests.interchange.real_agendas_fourth import build_fourth

_TABLES = [a for a in ELEVENTH_AGENDAS if a.kind == "csv"]
_PASTED = {a.name: a for a in ELEVENTH_AGENDAS if a.kind == "paste"}


@pytest.mark.parametrize("agenda", ELEVENTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_an_eleventh_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))
    assert operator.eq(*rows_read(agenda, (as_word(agenda), f"{agenda.name}.docx")))


@pytest.mark.parametrize("layout", ["ruled_table", "tab_stops", "numbered_list"])
@pytest.mark.parametrize("agenda", _TABLES, ids=lambda a: a.name)
def test_each_eleventh_list_is_read_right_from_a_kallelse_pdf(
    agenda: RealAgenda, layout: str
) -> None:
    """The numbered list writes Tyresö's Dnr alone under the title: it was joined to the
    title ("Anmälan av nya motioner 2018/KS 0043") and the Dnr left empty."""
    data = getattr(kallelse_pdfs, layout)(agenda, "Kommunfullmäktige", "2018-11-22")
    assert operator.eq(*rows_read(agenda, (data, "kallelse.pdf")))


def test_a_portal_page_copied_without_its_own_lines_is_read_with_its_details() -> None:
    """Copied from "Sammanträde 2018-11-22" down, without Insyn's "Din position" line, the
    page was refused for "kolumnen Ärende saknas". Now each Dnr is read, the förslag's
    numbered att-satser ("1 Kommunfullmäktige väljer revisorer …") are the förslag, not
    ärenden, and the description is named in the report."""
    result = read_agenda(*build_fourth(_PASTED["tyreso-kf-2018-11-22"]))
    assert result.numbers == [1, 2, 3, 4, 5]
    assert result.items[4].dnr == "2018/KS 0336 001"
    assert result.items[4].proposal.startswith("1 Kommunfullmäktige väljer revisorer")
    dropped = [(line.text, line.why) for line in result.report.dropped]
    assert ("Beskrivning av ärendet", "webbsidans del av ärendet, läses inte in") in dropped
    assert ("Inga frågor har lämnats in till sammanträdet.", _DESCRIPTION) in dropped


_DESCRIPTION = "beskrivning under ärendet på webbsidan, läses inte in"


def test_a_numbered_list_with_the_dnr_under_each_title_is_no_portal_page() -> None:
    """Without the page's headings of förslag or description under the ärenden, a numbered
    list with a Dnr under each title keeps being read as a list: its lettered delpunkt is
    a part of the ärende above (agenda_parts.py), not a web page's description."""
    lines = (
        "1 Budget 2021",
        "Dnr KS 2020/434",
        "2 Delpunkter",
        "Dnr KS 2020/435",
        "a) Anmälan av protokoll",
    )
    result = read_agenda(("\n".join(lines) + "\n").encode(), "lista.txt")
    assert [i.title for i in result.items] == [
        "Budget 2021",
        "Delpunkter a) Anmälan av protokoll",
    ]


def test_a_last_page_of_signatures_is_not_called_the_handlingar() -> None:
    """Tyresö's numbered list fills page 1; page 2 holds the signatures only, which the
    report called "kallelsens handlingar"."""
    agenda = next(a for a in _TABLES if a.name == "tyreso-kf-2023-06-21-tabell")
    data = kallelse_pdfs.numbered_list(agenda, "Kommunfullmäktige", "2023-06-21")
    said = [(w.where, w.text, w.why) for w in read_agenda(data, "k.pdf").report.warnings]
    why = "står efter ärendelistan: kallelsens sista sida, utan ärenden"
    assert said == [("Sida 2", "lästes inte in", why)]
