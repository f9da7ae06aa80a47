"""The ärendelistor of real_agendas_ninth.py imported row by row, and the shapes they brought
that were refused or read wrong: a kallelse's columns "Ärende Beteckning Förslag" pasted from
its PDF, the Dnr written "KFN/2014:380" and the förvaltning's förslag after it on the title's
line; the rubrikrad pasted as one line ("Ärende Föredragande") with who presents each ärende
after its title or on the lines under it, the förslag on lines under an ärende, and the next
page's head (letterhead, "Forts.", the rubrikrad again) in the middle of the list. A Föredragande
column begun part-way down a pasted list ("Föredraganden" alone on its line), its names with
their titles at the lines' ends. The notes of a
kallelse's Anm column ("extra utskick", "dietist … informerar") and its page (Sid) at the end
of an ärende's line."""

from __future__ import annotations

import datetime as dt
import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_ninth import (
    ALINGSAS_KFNAU_2014,
    ESKILSTUNA_KFN_2015,
    LILLA_EDET_KFN_2017,
    LINDESBERG_SN_2014,
    OCKELBO_SN_2020,
)


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


@pytest.mark.parametrize(
    "agenda",
    [
        ESKILSTUNA_KFN_2015,
        OCKELBO_SN_2020,
        LILLA_EDET_KFN_2017,
        LINDESBERG_SN_2014,
        ALINGSAS_KFNAU_2014,
    ],
    ids=lambda a: a.name,
)
def test_each_row_of_a_ninth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))


def test_a_rubrikrad_pasted_as_one_line_heads_the_list_and_the_next_pages_head_is_reported() -> (
    None
):
    result = read_agenda(*build_fourth(OCKELBO_SN_2020))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    heads = [line.text for line in result.report.dropped if "nästa sida" in line.why]
    assert heads == ["Ockelbo kommun", "Datum", "2020-06-10", "Sida", "Ärende Föredragande"]
    moved = [line.text for line in result.report.changed if "föredragande i ärendet" in line.why]
    assert moved == ["Jonas Lind/", "Karin Sjö", "Nils Holm", "Jonas Lind"]


def test_the_forslag_under_an_aerende_and_the_forts_lines_of_a_new_page() -> None:
    result = read_agenda(*build_fourth(LINDESBERG_SN_2014))
    first = result.items[0]
    assert (first.title, first.proposal) == (
        "Val av justerare",
        "Förslag: Sara Lund (M)\nErsättare: Tove Ås (C)",
    )
    assert [i.title for i in result.items if i.is_section] == [
        "EKONOMI",
        "INDIVID OCH FAMILJ",
        "VÅRD OCH OMSORG",
        "FUNKTIONSSTÖD",
    ]
    dropped = [line.text for line in result.report.dropped if "nästa sida" in line.why]
    assert dropped == ["Forts. 1", "Forts. Föredragningslista", "Nr. Ärende Anm. Sid"]


def test_a_title_ending_in_two_capitalised_words_keeps_them_without_a_given_name() -> None:
    result = read_agenda(
        *_pasted(
            "Ärende Föredragande",
            "1. Samverkan med Västra Götaland",
            "2. Redovisning av meddelanden Jonas Lind",
        )
    )
    assert [(i.title, i.presenter) for i in result.items] == [
        ("Samverkan med Västra Götaland", ""),
        ("Redovisning av meddelanden", "Jonas Lind"),
    ]


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


def test_a_presenter_column_begun_in_the_list_and_the_pages_first_line_again() -> None:
    result = read_agenda(*build_fourth(LILLA_EDET_KFN_2017))
    assert [(i.title, i.presenter, i.time_slot) for i in result.items[3:5]] == [
        ("Verksamhetsinformation", "Ungdoms- och kultursamordnare Lisa Vik", "17.35"),
        ("Information medborgardialog", "Kommunpolis Jan Ek", "17.50"),
    ]
    dropped = {line.where: (line.text, line.why) for line in result.report.dropped}
    assert dropped["Rad 8"] == (
        "Föredraganden",
        "rubriken för kolumnen Föredragande: läses inte in",
    )
    assert dropped["Rad 19"][0] == "Kallelse Kultur- och fritidsnämnden"
    assert dropped["Rad 19"][1].startswith("sidhuvud på nästa sida")
    assert not [line for line in result.report.dropped if line.where.startswith("Kolumnen")]


def test_names_at_the_lines_end_without_a_presenter_heading_stay_in_the_title() -> None:
    result = read_agenda(*_pasted("1. Avtackning av förvaltningschef Anna Berg", "2. Val"))
    assert (result.items[0].title, result.items[0].presenter) == (
        "Avtackning av förvaltningschef Anna Berg",
        "",
    )


def test_the_meeting_date_is_the_one_on_the_line_of_the_meetings_time() -> None:
    """Ockelbo's kallelse is dated "Datum 2020-06-10" above "Tid: Onsdag 17 juni 2020"."""
    assert read_agenda(*build_fourth(OCKELBO_SN_2020)).meeting_date == dt.date(2020, 6, 17)


def test_the_anm_columns_notes_and_the_page_are_cut_off_each_with_a_line() -> None:
    result = read_agenda(*build_fourth(LINDESBERG_SN_2014))
    by_number = dict(zip(result.numbers, result.items, strict=True))
    assert by_number[3].title == "Budgetuppföljning"
    assert (by_number[11].title, by_number[11].presenter) == (
        "Rapport omfattande enkät Måltider på särskilt boende år 2014",
        "dietist Olof Berg",
    )
    whys = [line.why for line in result.report.changed]
    assert "anmärkningen ”extra utskick” (kolumnen Anm.) lästes inte in" in whys
    assert "anmärkningen ”handl på bordet” (kolumnen Anm.) lästes inte in" in whys
    assert "sidnumret efter rubriken (kolumnen Sid) togs bort" in whys


def test_a_title_ending_in_a_number_keeps_it_without_a_sid_column() -> None:
    result = read_agenda(*_pasted("Ärende Föredragande", "1. Upprop", "2. Ärende 12"))
    assert [item.title for item in result.items] == ["Upprop", "Ärende 12"]


def test_lettered_points_under_a_heading_above_the_list_are_read_not_left_out() -> None:
    result = read_agenda(*build_fourth(ALINGSAS_KFNAU_2014))
    assert [i.title for i in result.items[:3]] == [
        "Information och överläggningar",
        "Träff med Ungdomsrådet",
        "Ombyggnationen av Nolhagabadet",
    ]
    assert [line.text for line in result.report.dropped if line.why == "står före listan"] == [
        "Kallelse/Underrättelse",
        "Sammanträde med Kultur- och fritidsnämndens arbetsutskott",
        "Tid: Måndagen den 15 september 2014, kl",
        "Plats: Kungsgatan 9, sammanträdesrummet plan 2.",
    ]


def test_lettered_lines_without_a_heading_above_them_stay_above_the_list() -> None:
    result = read_agenda(
        *_pasted("A/ Kallelse", "Val av justerare", "1. Kor och får", "2. Internkontroll")
    )
    assert [i.title for i in result.items] == ["Val av justerare", "Kor och får", "Internkontroll"]


def test_the_meeting_date_written_with_ar_in_the_kallelse_sentence_is_read() -> None:
    """ "… torsdagen den 11 december år 2014 kl 14:00 i Leja" above Lindesberg's list."""
    assert read_agenda(*build_fourth(LINDESBERG_SN_2014)).meeting_date == dt.date(2014, 12, 11)
