"""The ärendelistor of real_agendas_fourth.py imported row by row, and the shapes they brought
that were read wrong: a list pasted without rubrikrad, the diarium's unit after the löpnummer,
a justering's time and place inside a title, a sekretess mark naming the law first."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import (
    ALE_KS_INNEHALL,
    ALINGSAS_VON_2019,
    FOURTH_AGENDAS,
    HASSLEHOLM_BUN,
    HULTSFRED_KF_2018,
    LJUNGBY_KF_2011,
    build_fourth,
)


@pytest.mark.parametrize("agenda", FOURTH_AGENDAS, ids=lambda a: a.name)
def test_every_row_of_a_fourth_real_agenda_is_read_as_its_kommun_meant_it(
    agenda: RealAgenda,
) -> None:
    got, expected = rows_read(agenda, build_fourth(agenda))
    assert got == expected


def test_a_list_pasted_without_rubrikrad_reports_the_heading_lines_above_it() -> None:
    """Hässleholm's "Behandlade ärenden" pasted as text: the two lines above the first
    numbered one are the document's heading, named in the report, never ärenden."""
    result = read_agenda(*build_fourth(HASSLEHOLM_BUN))
    dropped = [(line.where, line.text, line.why) for line in result.report.dropped]
    assert dropped == [
        ("Rad 1", "BARN- OCH UTBILDNINGSNÄMNDEN", "står före listan"),
        ("Rad 2", "BEHANDLADE ÄRENDEN", "står före listan"),
    ]
    said = [line.sentence() for line in result.report.changed]
    assert said == ["Filen: ingen rubrikrad (läses som en lista med numret först i raden)"]


def test_a_pasted_line_that_is_no_numbered_list_is_still_refused() -> None:
    text = "Kallelse till kommunstyrelsen\nBudget 2025\nTaxor och avgifter\n"
    with pytest.raises(InvalidInput, match="kolumnen Ärende saknas"):
        read_agenda(text.encode(), "x.txt")


def test_the_time_of_the_justering_inside_a_title_stays_in_the_title() -> None:
    """Ljungby's item 2 names when the protokoll is justerat ("kl. 15.30 på
    kommunledningskontoret"): a place follows the time, not who presents the ärende."""
    result = read_agenda(*build_fourth(LJUNGBY_KF_2011))
    second = result.items[1]
    assert second.title.endswith("kl. 15.30 på kommunledningskontoret.")
    assert (second.time_slot, second.presenter) == ("", "")
    text = "Nr;Ärende\n1;Budgetuppföljning kl. 13.15 Anna Ek\n"
    item = read_agenda(text.encode(), "t.csv").items[0]
    assert (item.title, item.time_slot, item.presenter) == ("Budgetuppföljning", "13.15", "Anna Ek")


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ("Placering enligt LVU, sekretess enligt OSL 26 kap. 1 §", ""),
        ("Placering enligt LVU (Sekretess enligt OSL 26 kap. 1 §)", ""),
        ("Placering enligt LVU", "Sekretess enligt OSL 26 kap. 1 §"),
        ("Placering enligt LVU", "OSL 26:1"),
        ("Placering enligt LVU", "26:1 OSL"),
    ],
)
def test_a_mark_naming_the_law_first_is_read_with_its_paragraph(cell: str, column: str) -> None:
    """The law before its paragraph ("OSL 26 kap. 1 §", "OSL 26:1"), as kommuner also write
    it: the item is secret with its paragraph, no warning to fill one in. A variant of
    Tyresö's list (ours: Tyresö's has no secret item)."""
    text = f"Nr;Ärende;Sekretess\n1;Informationsärende;\n2;{cell};{column}\n"
    result = read_agenda(text.encode("utf-8"), "s.csv")
    item = result.items[1]
    assert (item.title, item.secret, item.secrecy_ref) == (
        "Placering enligt LVU",
        True,
        "26 kap. 1 § OSL",
    )
    assert not any("utan paragraf" in line.sentence() for line in result.report.warnings)


@pytest.mark.parametrize(
    ("column", "ref"),
    [
        ("26:1 osl", "26 kap. 1 § OSL"),
        ("26:1 offentlighets- och sekretesslagen", "26 kap. 1 § OSL"),
        ("OSL 26:1 och 2", "26 kap. 1 § OSL"),
        ("26:1a OSL", "26 kap. 1a § OSL"),
        ("OSL 26:1 a", "26 kap. 1a § OSL"),
    ],
)
def test_the_law_after_a_short_paragraph_lends_it_no_letter(column: str, ref: str) -> None:
    """The "o" of "osl" or "offentlighets-" after "26:1" is no paragraph letter ("1o")."""
    text = f"Nr;Ärende;Sekretess\n1;Placering enligt LVU;{column}\n"
    item = read_agenda(text.encode("utf-8"), "s.csv").items[0]
    assert (item.secret, item.secrecy_ref) == (True, ref)


def test_an_sfs_number_is_no_osl_paragraph() -> None:
    text = "Nr;Ärende\n1;Riktlinjer för sekretess enligt OSL (2009:400)\n"
    item = read_agenda(text.encode(), "r.csv").items[0]
    assert (item.title, item.secret) == ("Riktlinjer för sekretess enligt OSL (2009:400)", False)


def test_the_justerings_time_and_an_approximate_time_in_titles() -> None:
    """Hultsfred's kungörelse: item 1 names when the protokoll is justerat, item 5 is taken
    up at about 19.00 ("ca kl. 19.00"); only the second is the ärende's time."""
    result = read_agenda(*build_fourth(HULTSFRED_KF_2018))
    first, fifth = result.items[0], result.items[4]
    assert (first.title, first.time_slot) == (
        "Val av protokolljusterare, justering kommunkansliet kl. 08.00",
        "",
    )
    assert (fifth.title, fifth.time_slot) == (
        "Information om slutförvaret och mellanlagring av använt kärnbränsle",
        "ca 19.00",
    )
    said = {line.where: line.why for line in result.report.changed}
    assert said == {"Rad 6": "tiden lästes ur ärendecellen (en ungefärlig tid)"}


def test_points_lettered_with_a_slash_are_delpunkter_not_a_refusal() -> None:
    """Alingsås' portal writes "A/", "B/": each point is a part of the item it belongs to,
    with a line in the report, as "a)" is."""
    result = read_agenda(*build_fourth(ALINGSAS_VON_2019))
    said = [line.why for line in result.report.changed]
    assert len(said) == 5 and said[0].startswith("delpunkt a) under ärende 1")
    assert result.report.changed[0].text == "Handlingsplan kosten"
    assert result.items[0].title.startswith("Information A/ Handlingsplan kosten B/ ")


def test_the_organ_before_each_paragraph_is_left_out_of_number_and_title() -> None:
    """Ale's innehåll: "KS 115 Godkännande av dagordning... 5" is § 115; a title that only
    starts with a diarium's letters and a diarienummer is no numbered line: the diarienummer
    is its Dnr."""
    result = read_agenda(*build_fourth(ALE_KS_INNEHALL))
    assert result.labels == ["115", "116", "117", "118"]
    text = "Ärende\nKS 2020/434 Budget 2021\nKS 2020/435 Taxor 2021\n"
    read = read_agenda(text.encode(), "d.csv")
    assert read.numbers == [None, None]
    assert [(i.title, i.dnr) for i in read.items] == [
        ("Budget 2021", "KS 2020/434"),
        ("Taxor 2021", "KS 2020/435"),
    ]


@pytest.mark.parametrize(
    "cell", ["kl. 09.00 Bygglov för ca 40 lägenheter", "Bygglov kl. 09.00 Anna Ca Ek"]
)
def test_a_ca_in_the_title_or_name_does_not_make_the_time_approximate(cell: str) -> None:
    result = read_agenda(f"Nr;Ärende\n1;{cell}\n".encode(), "c.csv")
    assert result.items[0].time_slot == "09.00"
    assert not any("ungefärlig" in line.sentence() for line in result.report.changed)


@pytest.mark.parametrize(
    ("cell", "title", "dnr"),
    [
        ("Dnr 2020/12 VA Taxa 2021", "VA Taxa 2021", "2020/12"),
        ("Dnr 2020/12 LSS Ansökan om ledsagning", "LSS Ansökan om ledsagning", "2020/12"),
        ("Ansökan om bidrag\nDnr 2015/100 AKK", "Ansökan om bidrag", "2015/100 AKK"),
    ],
)
def test_a_word_in_capitals_that_the_title_goes_on_from_stays_in_the_title(
    cell: str, title: str, dnr: str
) -> None:
    """The diarium's unit after the löpnummer ("2015/100 AKK") ends its line; "VA" before
    "Taxa 2021" is the title's first word."""
    text = f'Nr;Ärende\n1;"{cell}"\n'
    item = read_agenda(text.encode(), "d.csv").items[0]
    assert (item.title, item.dnr) == (title, dnr)
