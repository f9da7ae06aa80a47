"""The ärendelistor of real_agendas_seventh.py imported row by row, and the shapes they
brought that were read wrong or refused: a portal's meeting page with the Dnr and förslag
under each ärende, a number with no space before its title, a kallelse's closing lines after
the list, and an ärendeförteckning whose titles run over two lines."""

from __future__ import annotations

import datetime as dt
import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_seventh import (
    BLEKINGE_RS_2017,
    HEBY_KF_2013,
    KYRKSLATT_KF_2023,
    SEVENTH_AGENDAS,
    TYRESO_KFN_2021,
)


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


@pytest.mark.parametrize("agenda", SEVENTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_seventh_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))


def test_the_portals_foerslag_is_read_and_its_description_reported() -> None:
    result = read_agenda(*build_fourth(TYRESO_KFN_2021))
    assert [i.proposal for i in result.items][:2] == [
        "- Informationen noteras",
        "- Informationen noteras.",
    ]
    # Item 3's att-satser, numbered from 1, stay in its förslag: no ärenden 1 and 2 again.
    assert result.items[2].proposal.startswith("1. Utökad investeringsbudget")
    assert "\n2. Den utökning av rambudget" in result.items[2].proposal
    assert result.meeting_date == dt.date(2021, 4, 26)
    dropped = [line.text for line in result.report.dropped]
    assert "Kultur- och fritidsnämnden informeras om digital fritidsgård" in dropped
    assert "Månadsrapport mars Kultur och Fritid.pdf" in dropped
    assert dropped.count("Beskrivning av ärendet") == 3


def test_an_aerende_left_out_of_a_portals_list_does_not_join_the_one_above() -> None:
    """A variant of Tyresö's page built here: item 2 left out (sekretess), item 3 follows."""
    lines = [*TYRESO_KFN_2021.rows[:20], *TYRESO_KFN_2021.rows[33:36]]
    result = read_agenda(*_pasted(*(line[0] for line in lines)))
    assert [(n, i.dnr) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (1, "2021/KFN 0002 001"),
        (3, "2017/KFN 0070 71"),
    ]


def test_a_number_without_space_before_its_title_is_read() -> None:
    result = read_agenda(*build_fourth(HEBY_KF_2013))
    assert (result.numbers[6], result.items[6].title) == (
        7,
        "Forts. Framtidens äldreomsorg i Heby kommun",
    )


def test_a_kallelses_closing_lines_are_reported_not_read_as_aerenden() -> None:
    result = read_agenda(*build_fourth(KYRKSLATT_KF_2023))
    assert result.meeting_date == dt.date(2023, 10, 9)
    closing = [line.text for line in result.report.dropped if "avslutning" in line.why]
    assert closing == [
        "Protokollet framlagt",
        "Det justerade protokollet från sammanträdet hålls framlagt på kommunens webbplats "
        "17.10.2023.",
        "Eva Lind",
        "kommunfullmäktiges ordförande",
    ]


def test_rows_after_the_last_number_stay_when_they_are_the_lists() -> None:
    """Delpunkter, a bilaga and a row of a table with its Dnr after the last number."""
    text = (
        "Ärende;Dnr\n1 Budget;KS 2020/1\n2 Taxor;\na) Taxa för bygglov;\n"
        "Bilaga 1: Taxetabell;\nÖvriga frågor;\nTillkommande ärende;KS 2020/9\n"
    )
    result = read_agenda(text.encode(), "lista.csv")
    assert [i.title for i in result.items][-2:] == ["Övriga frågor", "Tillkommande ärende"]
    assert result.items[2].bilagor[0].title == "Taxetabell"
    assert not result.report.dropped


def test_each_second_line_of_a_title_is_named_in_the_report() -> None:
    result = read_agenda(*build_fourth(BLEKINGE_RS_2017))
    joined = [line.text for line in result.report.changed if "fortsättning" in line.why]
    assert joined[:2] == ["Krösatågstrafik ... 5", "Karlskrona ... 6"]
    assert len(joined) == 8
    assert not result.report.dropped  # the ";" in a title no longer splits it into a column


def test_a_line_in_lower_case_under_a_title_without_page_goes_on_with_it() -> None:
    """A variant built here: a pasted list with no pages, one title broken in a sentence."""
    result = read_agenda(
        *_pasted("1 Upprop", "2 Svar på motion om", "cykelbanor i centrum", "3 Val")
    )
    assert [i.title for i in result.items] == [
        "Upprop",
        "Svar på motion om cykelbanor i centrum",
        "Val",
    ]
