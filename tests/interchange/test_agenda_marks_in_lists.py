"""Marks a kallelse puts on its ärenden, in variants built here of Lidingö's real kungörelse
(real_agendas_eighth.LIDINGO_KF_2021): an ärende that "utgår", a line "Ärende 3 utgår" sent
with the list, an unnumbered "Extra ärende", an ärende "(Ej offentligt)"; the kungörelse
with many lines of time, place and who presides right above its list; and, in variants of
Kramfors' real list, a Dnr before the title without label or on the line under it; and
numbers written "1)", "Ärende 1", "Punkt 1.", "ärende 1:"."""

from __future__ import annotations

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas_eighth import LIDINGO_KF_2021

_ARENDEN = [row[0] for row in LIDINGO_KF_2021.rows[11:19]]  # " 1. Detaljplan …" to " 7. Val…"


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


def test_an_aerende_marked_utgar_stays_with_its_number_and_is_warned_of() -> None:
    lines = [*_ARENDEN]
    lines[2] = lines[2] + " – utgår"
    result = read_agenda(*_pasted(*lines))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    assert result.items[2].title.endswith("– utgår")  # as the kommun printed it
    assert [line.where for line in result.report.warnings] == ["Rad 3"]
    assert "utgår" in result.report.warnings[0].why


def test_a_line_saying_an_aerende_utgar_is_no_aerende_but_a_warning() -> None:
    result = read_agenda(*_pasted(*_ARENDEN[:4], "Ärende 3 utgår", *_ARENDEN[4:]))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    assert not any("utgår" in item.title for item in result.items)
    warning = result.report.warnings[0]
    assert (warning.where, warning.text) == ("Rad 5", "Ärende 3 utgår")
    assert "ärende 3 står kvar" in warning.why


def test_an_unnumbered_extra_aerende_is_an_aerende_not_a_heading() -> None:
    result = read_agenda(*_pasted(*_ARENDEN, "Extra ärende: Avsägelse från uppdrag"))
    extra = result.items[-1]
    assert (extra.title, extra.is_section) == ("Extra ärende: Avsägelse från uppdrag", False)


def test_an_aerende_marked_ej_offentligt_is_secret() -> None:
    lines = [*_ARENDEN]
    lines[5] = " 6. Ansökan om bistånd (Ej offentligt)"
    result = read_agenda(*_pasted(*lines))
    item = result.items[5]
    assert (item.title, item.secret) == ("Ansökan om bistånd", True)
    # "offentlig" inside a title is no mark.
    assert not result.items[0].secret


def test_a_kungorelses_many_lines_above_its_first_number_are_its_heading() -> None:
    above = (
        "KUNGÖRELSE",
        "Kommunfullmäktige sammanträder",
        "Tid: måndagen den 26 april 2021 kl. 18.00",
        "Plats: Gustaf Dalén-salen, Stadshuset",
        "Ordförande: Eva Lind",
        "Sammanträdet är öppet för allmänheten.",
    )
    result = read_agenda(*_pasted(*above, *_ARENDEN))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    assert [line.text for line in result.report.dropped] == list(above)
    assert all(line.why == "står före listan" for line in result.report.dropped)


def test_a_dnr_before_the_title_or_on_the_line_under_it_is_the_aerendes() -> None:
    """Variants built here of Kramfors' real ärendelista ("26 Dnr KS 2018/14 Information"):
    the Dnr without its label before the title, and on a line of its own under it."""
    result = read_agenda(
        *_pasted(
            "26 KS 2018/14 Information",
            "27 Årsredovisning för Kramfors kommun 2017",
            "Dnr KS 2018/124",
            "28 Instruktion till ägarombud vid 2018 års bolagsstämmor",
        )
    )
    assert [(n, i.title, i.dnr) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (26, "Information", "KS 2018/14"),
        (27, "Årsredovisning för Kramfors kommun 2017", "KS 2018/124"),
        (28, "Instruktion till ägarombud vid 2018 års bolagsstämmor", ""),
    ]
    under = [line for line in result.report.changed if line.where == "Rad 3"]
    assert under[0].why == "Dnr på raden under ärendet: läses som dess Dnr"


@pytest.mark.parametrize("mark", ["{n})", "Ärende {n}", "Punkt {n}.", "ärende {n}:"])
def test_a_number_written_with_a_bracket_or_a_word_before_it_is_read(mark: str) -> None:
    """Lidingö's ärenden numbered as other kommuner write it: "1)", "Ärende 1", "Punkt 1."."""
    titles = [row.split(". ", 1)[1] for row in _ARENDEN if row]
    lines = [f"{mark.format(n=n)} {title}" for n, title in enumerate(titles, 1)]
    result = read_agenda(*_pasted(*lines))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    assert result.items[0].title == "Detaljplan för Grönstakolonin"


def test_a_pages_footer_between_the_points_is_reported_not_read() -> None:
    """Lidingö's ärenden as a PDF of two pages pasted: the first page's footer between 3 and 4."""
    lines = [row for row in _ARENDEN if row]
    result = read_agenda(*_pasted(*lines[:3], "Kommunfullmäktige 2021-04-26 1 (2)", *lines[3:]))
    assert result.numbers == [1, 2, 3, 4, 5, 6, 7]
    assert not any(item.is_section for item in result.items)
    dropped = result.report.dropped[0]
    assert (dropped.where, dropped.text) == ("Rad 4", "Kommunfullmäktige 2021-04-26 1 (2)")


def test_numbers_alone_on_their_lines_and_a_bare_dnr_under_a_title_are_read() -> None:
    """Kramfors' ärenden as a meeting portal's page prints them, copied without the page's
    own lines: each number on a line of its own, the title under it, then its Dnr alone."""
    lines = (
        "Ärenden",
        "26",
        "Information",
        "KS 2018/14",
        "27",
        "Årsredovisning 2017",
        "KS 2018/124",
    )
    result = read_agenda(*_pasted(*lines))
    assert [(n, i.title, i.dnr) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (26, "Information", "KS 2018/14"),
        (27, "Årsredovisning 2017", "KS 2018/124"),
    ]


def test_a_case_systems_dnr_and_a_spaced_label_under_a_title_are_read() -> None:
    """The Dnr alone under a title as a case system writes it ("MSN: 5/2014", the same rule
    as under a kallelse's paragraph stamp) and after the label "D nr", as Stockholm's
    stadsdelsnämnder wrote it: both the ärende's Dnr, as "KS 2018/14" and "Dnr …" are."""
    lines = ("Ärenden", "26", "Information", "MSN: 5/2014", "27", "Remiss", "D nr 099 – 376/06")
    result = read_agenda(*_pasted(*lines))
    assert [(n, i.title, i.dnr) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (26, "Information", "MSN: 5/2014"),
        (27, "Remiss", "099 – 376/06"),
    ]


@pytest.mark.parametrize("dnr", ["BN-2011-00512", "KS 2021:12", "2021/123"])
def test_a_dnr_alone_under_a_title_leaves_the_title_in_every_shape(dnr: str) -> None:
    """The line under the title, taken as its Dnr, is the Dnr, not the title's last words
    (before, only shapes a title can end in were taken out of it)."""
    result = read_agenda(*_pasted("Ärenden", "26", "Information", dnr, "27", "Remiss"))
    assert [(i.title, i.dnr) for i in result.items] == [("Information", dnr), ("Remiss", "")]


def test_a_span_of_years_under_a_title_stays_the_titles() -> None:
    result = read_agenda(*_pasted("Ärenden", "26", "Budget", "2020/2021", "27", "Remiss"))
    assert [(i.title, i.dnr) for i in result.items] == [("Budget 2020/2021", ""), ("Remiss", "")]


def test_a_group_heading_right_above_the_first_number_is_kept_as_a_heading() -> None:
    """Lidingö's ärenden under a nämnd's group headings, the first one above "1."."""
    lines = [row for row in _ARENDEN if row]
    result = read_agenda(*_pasted("Beslutsärenden", *lines[:5], "Informationsärenden", *lines[5:]))
    assert [(i.title, i.is_section) for i in result.items if i.is_section] == [
        ("Beslutsärenden", True),
        ("Informationsärenden", True),
    ]
    assert [n for n in result.numbers if n is not None] == [1, 2, 3, 4, 5, 6, 7]
    assert not result.report.dropped
