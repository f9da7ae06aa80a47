"""The ärendelistor of real_agendas_eighth.py imported row by row, and the shapes they
brought that were refused or read wrong: events of the meeting without number between the
numbered points, one number written twice, groups numbered from 1 each, a list under its
heading far down a pasted page, links' labels, a group without numbers after the list,
delpunkter with who presents them on the line under, pages after titles without dot leader."""

from __future__ import annotations

import datetime as dt
import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_eighth import (
    EIGHTH_AGENDAS,
    HEBY_KF_2013_DECEMBER,
    JAKOBSTAD_STST_2015,
    LIDINGO_KF_2021,
    NORDMALING_SN_2009,
    NYKARLEBY_STST_2014,
    RJL_RF_2017,
    SORMLAND_RS_2018,
)
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
    assert len(joined) == 1
    assert joined[0].why.endswith(
        "lästes ihop till ett ärende, ”Utvärdering av den politiska organisationen”, utan "
        "delarnas nummer"
    )


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


def test_groups_numbered_from_one_go_on_in_one_run_and_say_so() -> None:
    result = read_agenda(*build_fourth(LIDINGO_KF_2021))
    restart = [line for line in result.report.changed if "börjar om på 1" in line.why]
    assert [(line.where, line.text) for line in restart] == [("Rad 12", "”Ärenden”")]
    assert "nr 5 och framåt" in restart[0].why
    # The sentence above the list, with its comma, is no column of a table.
    assert result.report.dropped[0].text.startswith("Kommunfullmäktige i Lidingö kallas")


def test_a_pages_links_and_the_group_after_its_list_are_read_and_reported() -> None:
    result = read_agenda(*build_fourth(RJL_RF_2017))
    links = [line.text for line in result.report.dropped if "hör till webbsidan" in line.why]
    assert links == [
        "Protokoll (pdf-dokument)",
        "Bilagor(pdf-dokument)",
        "Kungörelse(pdf-dokument)",
        "PM(pdf-dokument)",
    ]
    assert any("länken" in line.why for line in result.report.changed)
    closing = [line.text for line in result.report.dropped if "avslutning" in line.why]
    assert closing == ["Övrigt"]


def test_a_line_indented_under_a_delpunkt_names_who_presents_it() -> None:
    result = read_agenda(*build_fourth(SORMLAND_RS_2018))
    named = [line.text for line in result.report.changed if "föredragande" in line.why]
    assert "Maja Strand, strateg" in named
    assert any(line.text == "Kommentarer till beslutsärendena" for line in result.report.changed)
    # The list's own heading is no ärende; the day's hålltider above it are reported.
    assert result.items[0].title == "Sammanträdet öppnas"
    dropped = [line.text for line in result.report.dropped]
    assert "12.00 ca Lunch" in dropped and "Dagordning" in dropped


def test_pages_after_titles_without_dot_leader_are_cut_and_reported() -> None:
    result = read_agenda(*build_fourth(NYKARLEBY_STST_2014))
    paged = [line.text for line in result.report.changed if "sidnumret" in line.why]
    assert paged[0] == "56 Sammanträdets laglighet och beslutförhet 4"
    assert len(paged) == 7


def test_numbers_at_the_end_of_titles_that_go_down_are_no_pages() -> None:
    """A variant built here: titles that end in numbers, not ascending as pages do."""
    result = read_agenda(
        *_pasted("1 Val av ledamot i valnämnd 3", "2 Taxa för lokaler 2", "3 Detaljplan Kv 1")
    )
    assert [i.title for i in result.items] == [
        "Val av ledamot i valnämnd 3",
        "Taxa för lokaler 2",
        "Detaljplan Kv 1",
    ]


def test_a_line_indented_under_an_aerende_with_a_digit_stays_its_own_row() -> None:
    """A variant built here: the line under is a sentence with a date, no föredragande."""
    lines = (" 1. Budget", "      Beslut 2021-05-01.", " 2. Taxor", " 3. Val", " 4. Avgifter")
    result = read_agenda(*_pasted(*lines))
    assert not result.items[0].presenter


def test_a_kallelses_stamped_paragraphs_give_their_foerslag_and_report_the_rest() -> None:
    result = read_agenda(*build_fourth(JAKOBSTAD_STST_2015))
    assert result.meeting_date == dt.date(2015, 1, 22)
    assert [i.proposal for i in result.items][1:3] == [
        "Stadsstyrelsen utser Karin Berg och Olof Sand till protokolljusterare.",
        "Stadsstyrelsen antecknar ärendet för kännedom.",
    ]
    stamps = [line.text for line in result.report.changed if "paragrafens rad" in line.why]
    assert len(stamps) == 5
    text = [line.text for line in result.report.dropped if "under paragrafen" in line.why]
    assert "Bilaga § 7 A" in text and "Stfm 30.1.2012 § 10" in text
    # The kallelse's own page (stamped § -2) is the document's heading, not an ärende.
    above = [line.text for line in result.report.dropped if "före listan" in line.why]
    assert above[0] == "§ -2, STST 2015-01-22 16:00"


def test_a_stamped_paragraphs_dnr_is_read_in_any_shape_a_diarium_prints_alone() -> None:
    """Under the stamp, a Dnr with its year first ("CFV 2015/49") is the paragraph's Dnr as
    "CFV: 49/2015" is; a number with a year no diarium has is the title's line."""
    lines = [row[0] for row in JAKOBSTAD_STST_2015.rows]
    lines[lines.index("CFV: 49/2015")] = "CFV 2015/49"
    lines[lines.index("CFV: 113/2012")] = "CFV: 113/1912"
    text = "\r\n".join(lines) + "\r\n"
    result = read_agenda(text.encode(), "jakobstad.txt")
    assert [(i.title[:20], i.dnr) for i in result.items][3:] == [
        ("ÖVERTAGANDE AV ÄREND", "CFV 2015/49"),
        ("CFV: 113/1912", ""),
    ]


def test_a_line_indented_under_a_title_that_names_no_one_is_the_titles_rest() -> None:
    """A variant built here of Sörmland's list: item 9's title broken by a hanging indent,
    and who presents item 5 indented under it in a list written from the margin."""
    lines = (
        "5. Delårsbokslut per den 31 augusti 2018",
        "    Eva Rask, regiondirektör",
        "6. Revidering av dokumenthanteringsplan för regionförbundets",
        "    Lednings- och stödprocesser",
        "7. Avslutning",
    )
    result = read_agenda(*_pasted(*lines))
    assert [(i.title, i.presenter) for i in result.items] == [
        ("Delårsbokslut per den 31 augusti 2018", "Eva Rask, regiondirektör"),
        (
            "Revidering av dokumenthanteringsplan för regionförbundets Lednings- och stödprocesser",
            "",
        ),
        ("Avslutning", ""),
    ]


def test_a_run_of_paragraphs_on_one_line_is_one_secret_aerende_each_said_once() -> None:
    result = read_agenda(*build_fourth(NORDMALING_SN_2009))
    assert result.numbers[2:31] == list(range(244, 273))
    assert all(item.secret for item in result.items[2:31])
    assert not result.items[31].secret  # "13 kap 2 § SoL" inside a title marks nothing
    run = [line for line in result.report.changed if "paragrafer på en rad" in line.why]
    assert [(line.where, line.text) for line in run] == [("Rad 4", "§ 244-272 Sekretessärenden 5")]
    assert [line.where for line in result.report.warnings] == ["Rad 4"]  # no OSL paragraph
