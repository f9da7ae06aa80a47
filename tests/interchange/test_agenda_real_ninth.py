"""The ärendelistor of real_agendas_ninth.py imported row by row, and the shape they brought
that was read wrong: a kallelse's columns "Ärende Beteckning Förslag" pasted from its PDF,
the Dnr written "KFN/2014:380" and the förvaltning's förslag after it on the title's line.
The other three lists of the set are measured in bench/real_import_figures.py; what they
still get wrong is named there."""

from __future__ import annotations

import operator

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_ninth import ESKILSTUNA_KFN_2015


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


def test_each_row_of_eskilstuna_kfn_2015_is_read_right() -> None:
    assert operator.eq(*rows_read(ESKILSTUNA_KFN_2015, build_fourth(ESKILSTUNA_KFN_2015)))


def test_the_forslag_after_the_dnr_goes_to_its_field_and_is_reported() -> None:
    result = read_agenda(
        *_pasted(
            "Ärende Beteckning Förslag",
            "1. Internkontrollplan 2015 KFN/2014:495 Bifall",
            "2. Riktlinjer för nyttjanderättsavtal gällande reklam KFN/2014:494 Öppet",
        )
    )
    first, second = result.items
    assert (first.title, first.dnr, first.proposal) == (
        "Internkontrollplan 2015",
        "KFN/2014:495",
        "Bifall",
    )
    assert (second.dnr, second.proposal) == ("KFN/2014:494", "Öppet")
    assert any("förslaget ”Bifall”" in line.why for line in result.report.changed)


def test_who_is_proposed_after_the_title_is_the_forslag() -> None:
    result = read_agenda(
        *_pasted("1. Protokollsjustering. Per Dahl (S) föreslås", "2. Internkontrollplan 2015")
    )
    assert (result.items[0].title, result.items[0].proposal) == (
        "Protokollsjustering",
        "Per Dahl (S) föreslås",
    )


def test_a_title_ending_in_such_a_word_without_a_dnr_keeps_it() -> None:
    result = read_agenda(*_pasted("1. Ärenden för bifall", "2. Ärenden som noteras"))
    assert [item.title for item in result.items] == ["Ärenden för bifall", "Ärenden som noteras"]
    assert [item.proposal for item in result.items] == ["", ""]
