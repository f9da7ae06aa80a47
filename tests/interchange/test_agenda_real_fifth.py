"""The ärendelistor of real_agendas_fifth.py imported row by row, and the shapes they brought
that were read wrong: a pasted list whose first ärende lost its number, right under the
document's heading line (Växjö's "Förteckning" out of its PDF), Stockholm's Dnr shapes and
two Dnr in one cell, a remitting nämnd's dnr before the ärende's own, delpunkter "a.)", and
dash bullets under a numbered item."""

from __future__ import annotations

import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fifth import (
    FIFTH_AGENDAS,
    HASSELBY_SDN_2012,
    REGION_STOCKHOLM_LF_2009,
    SPANGA_TENSTA_SDN_2006,
    VAXJO_KS_2012,
    VGR_REGIONFULLMAKTIGE_2010,
)
from tests.interchange.real_agendas_fourth import build_fourth

_HEADING = "Förteckning över kommunstyrelsens ärenden den 6 november 2012"
_NUMBERED = "331 Redovisning av delegeringsbeslut\n332 Redovisning av protokoll\n"


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


@pytest.mark.parametrize("agenda", FIFTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_fifth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))


def test_vaxjos_first_aerende_without_number_is_read_and_only_the_heading_reported() -> None:
    result = read_agenda(*build_fourth(VAXJO_KS_2012))
    assert result.items[0].title.startswith("Information från ledamöter")
    assert not result.items[0].is_section
    dropped = [(line.where, line.text, line.why) for line in result.report.dropped]
    assert dropped == [("Rad 1", _HEADING, "står före listan")]
    said = [(line.where, line.why) for line in result.report.changed if line.where == "Rad 2"]
    assert said == [
        ("Rad 2", "står utan nummer först i listan: läses som ett ärende, inte som rubrik")
    ]


def test_a_first_line_with_its_dnr_is_an_aerende_not_a_heading() -> None:
    """A variant of Växjö's list: the first ärende keeps its Dnr but not its number."""
    result = read_agenda(
        *_pasted(_HEADING, "Anställning av ekonomichef Dnr KS 2012/400", _NUMBERED)
    )
    first = result.items[0]
    assert (first.title, first.dnr, first.is_section) == (
        "Anställning av ekonomichef",
        "KS 2012/400",
        False,
    )
    assert result.numbers == [None, 331, 332]


def test_the_line_above_a_list_counting_from_2_is_its_first_aerende() -> None:
    """A variant of Växjö's list numbered from its place in the list: "2" first says one is
    missing above it; the organ's name over that is the document's heading."""
    text = "Kommunstyrelsen\nOrdföranden öppnar sammanträdet\n2 Redovisning av protokoll\n"
    result = read_agenda(*_pasted(text, "3 Skrivelse om att utveckla direktmötena"))
    assert (result.items[0].title, result.items[0].is_section) == (
        "Ordföranden öppnar sammanträdet",
        False,
    )
    assert result.numbers == [None, 2, 3]
    assert [line.text for line in result.report.dropped] == ["Kommunstyrelsen"]


def test_a_line_without_evidence_is_taken_as_heading_and_the_report_says_so() -> None:
    """Nothing tells "Övriga frågor från ledamöterna" over § 331 from a heading: it is not
    read, and the report names it so the secretary can add it if it was an ärende."""
    result = read_agenda(*_pasted(_HEADING, "Övriga frågor från ledamöterna", _NUMBERED))
    assert [i.title for i in result.items] == [
        "Redovisning av delegeringsbeslut",
        "Redovisning av protokoll",
    ]
    dropped = [(line.where, line.why) for line in result.report.dropped]
    assert dropped == [
        ("Rad 1", "står före listan"),
        (
            "Rad 2",
            "står före listan och lästes som rubrik, inte som ärende; är det listans första "
            "ärende, lägg till det i dagordningen",
        ),
    ]


def test_a_heading_in_capitals_above_the_list_gets_no_such_note() -> None:
    result = read_agenda(*_pasted("KOMMUNSTYRELSEN", "FÖRTECKNING ÖVER ÄRENDEN", _NUMBERED))
    assert [line.why for line in result.report.dropped] == ["står före listan"] * 2


def test_a_dnr_on_a_line_of_its_own_is_the_aerendes_not_the_remitting_nämnds() -> None:
    """Hässelby-Vällingby's remiss: the sender's dnr inside the sentence stays in the title."""
    result = read_agenda(*build_fourth(HASSELBY_SDN_2012))
    remiss = next(i for i in result.items if i.title.startswith("Motion (2012:6)"))
    assert remiss.dnr == "1.5.1-135-2012"
    assert remiss.title.endswith("Remiss från Kommunstyrelsen, dnr 316-259/2012.")
    said = [line.why for line in result.report.changed if line.where == "Rad 19"]
    assert said == ["Dnr 1.5.1-135-2012 lästes ur ärendecellen"]


def test_two_dnr_of_one_aerende_are_both_kept_and_the_report_says_which_is_compared() -> None:
    result = read_agenda(*build_fourth(HASSELBY_SDN_2012))
    item = next(i for i in result.items if i.title.startswith("Vita Villan"))
    assert item.dnr == "7-742-2011 och 5-744-2011"
    assert any(
        w.endswith("anger flera diarienummer; det första (7-742-2011) används när ärenden jämförs.")
        for w in result.warnings
    )


@pytest.mark.parametrize("joined", [" & ", " OCH ", ", "])
def test_two_dnr_after_a_label_are_split_as_parse_dnr_splits_them(joined: str) -> None:
    """The title reader splits a run of Dnr where core.dnr_shapes does: at "&" and at "OCH"
    in capitals too (before only at "," ";" and "och")."""
    dnr = f"7-742-2011{joined}5-744-2011"
    cell = f"Vita Villan och parklek i Smedshagen.\nDnr {dnr}"
    result = read_agenda(f'Nr;Ärende\n1;"{cell}"\n'.encode(), "lista.csv")
    assert [(i.title, i.dnr) for i in result.items] == [
        ("Vita Villan och parklek i Smedshagen.", dnr)
    ]


def test_delpunkter_lettered_a_dot_bracket_are_read_not_refused() -> None:
    """Read as parts of item 3 with their marks as written; 4 stays 4."""
    result = read_agenda(*build_fourth(SPANGA_TENSTA_SDN_2006))
    assert [result.items[2].title.count(mark) for mark in ("a.) ", "b.) ", "c.) ")] == [1, 1, 1]
    assert result.numbers[2:4] == [3, 4]


def test_dash_bullets_under_a_numbered_item_are_its_points() -> None:
    """VGR's "7. Interpellationer" over "- Eva Lind (MP) om …": each an ärende of its own,
    named in the report as a point under 7; "Kl 10.00" above the list gets no heading note."""
    result = read_agenda(*build_fourth(VGR_REGIONFULLMAKTIGE_2010))
    said = [line.sentence() for line in result.report.changed]
    assert sum("delpunkt under 7 ”" in line for line in said) == 5
    assert [line.why for line in result.report.dropped] == ["står före listan"] * 2


def test_a_headings_foredragande_row_presents_the_aerenden_under_it_and_is_reported() -> None:
    """Region Stockholm's "Föredragande landstingsråd: …" under "Beslutsärenden": no ärende,
    but who presents each of them, until the next heading."""
    result = read_agenda(*build_fourth(REGION_STOCKHOLM_LF_2009))
    assert not any(i.title.startswith("Föredragande") for i in result.items)
    said = [(line.where, line.why) for line in result.report.changed if line.where == "Rad 10"]
    assert said == [("Rad 10", "föredragande för ärendena under rubriken, till nästa rubrik")]


def test_a_following_heading_ends_the_headings_foredragande() -> None:
    text = (
        "Nr;Ärende\n;Beslutsärenden\n;Föredragande kommunalråd: Karin Dahl (m)\n"
        "1;Budget 2026\n;Anmälningsärenden\n2;Delegationsbeslut\n"
    )
    result = read_agenda(text.encode(), "lista.csv")
    assert [(i.title, i.presenter) for i in result.items] == [
        ("Beslutsärenden", ""),
        ("Budget 2026", "Karin Dahl (m)"),
        ("Anmälningsärenden", ""),
        ("Delegationsbeslut", ""),
    ]


@pytest.mark.parametrize(
    "title",
    ["Budget VA 2020-2022", "Investeringsplan 2024/2025", "Taxa 2021", "Detaljplan KS 2202-0434"],
)
def test_what_only_ends_like_a_dnr_stays_in_the_title(title: str) -> None:
    result = read_agenda(f"Nr;Ärende\n1;{title}\n2;Övrigt\n".encode(), "lista.csv")
    assert (result.items[0].title, result.items[0].dnr) == (title, "")
