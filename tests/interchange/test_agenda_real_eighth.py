"""The ärendelistor of real_agendas_eighth.py imported row by row, and the shapes they
brought that were refused or read wrong: events of the meeting without number between the
numbered points, and one number written twice."""

from __future__ import annotations

import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_eighth import EIGHTH_AGENDAS, HEBY_KF_2013_DECEMBER
from tests.interchange.real_agendas_fourth import build_fourth


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


@pytest.mark.parametrize("agenda", EIGHTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_an_eighth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))


def test_events_between_numbered_points_are_named_in_the_report() -> None:
    result = read_agenda(*build_fourth(HEBY_KF_2013_DECEMBER))
    events = [
        (line.where, line.text) for line in result.report.changed if "utan nummer" in line.why
    ]
    assert events == [
        ("Rad 5", "Fullmäktige ajournerar sig för Information från Vit Jul IOGT- NTO"),
        ("Rad 7", "Justering av närvarolistan"),
    ]
    assert "mellan nr 4 och nr 5" in result.report.changed[1].why


def test_a_number_twice_for_two_parts_of_one_aerende_is_read_as_one_and_reported() -> None:
    result = read_agenda(*build_fourth(HEBY_KF_2013_DECEMBER))
    assert result.numbers.count(13) == 1
    assert result.numbers[-1] == 21  # the points after it keep their numbers
    joined = [line for line in result.report.changed if line.where == "Rad 16"]
    assert "lästes ihop till ett ärende" in joined[0].why
    assert "utan delens nummer" in joined[1].why


def test_a_number_twice_for_two_aerenden_keeps_both_and_warns() -> None:
    """A variant built here: "13" written twice before two different ärenden."""
    result = read_agenda(*_pasted("12 Val", "13 Taxor 2014", "13 Budget 2014", "14 Avsägelser"))
    assert [(n, i.title) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (12, "Val"),
        (13, "Taxor 2014"),
        (14, "Budget 2014"),
        (15, "Avsägelser"),
    ]
    assert [line.where for line in result.report.warnings] == ["Rad 3"]
    assert "numret står två gånger" in result.report.warnings[0].why


def test_a_list_of_lines_mostly_without_number_is_still_no_numbered_list() -> None:
    """Many unnumbered lines between two numbers: the text is not taken for a list."""
    lines = ["1 Upprop", "Information om skolan", "Ny förskola", "Taxor", "Val", "2 Avslutning"]
    with pytest.raises(Exception, match="kolumnen Ärende saknas"):
        read_agenda(*_pasted(*lines))
