"""A numbered list copied as text out of a kallelse's PDF: the hanging indent that told a
title's next line from a heading is gone. A title broken after a word no title ends with
("… Mandelgården och" over "Söderbo") and a line between a title and the Dnr under it
("Svar på remiss från kommunstyrelsen") were read as headings or rows of their own; they are
the title's."""

from __future__ import annotations

from ksdesk.interchange.agenda_import import read_agenda


def _read(*lines: str) -> list[tuple]:
    read = read_agenda("\n".join(lines).encode("utf-8"), "lista.txt")
    return [
        (n, i.title, i.dnr, i.is_section) for n, i in zip(read.numbers, read.items, strict=True)
    ]


def test_a_title_broken_after_och_goes_on_and_a_heading_under_it_stays() -> None:
    assert _read(
        "Ärenden",
        "3. Upphandling av entreprenaddrift vid asylboendena Mandelgården och",
        "Söderbo",
        "Remissärenden",
        "4. Program för kvalitetsutveckling",
    ) == [
        (3, "Upphandling av entreprenaddrift vid asylboendena Mandelgården och Söderbo", "", False),
        (None, "Remissärenden", "", True),
        (4, "Program för kvalitetsutveckling", "", False),
    ]


def test_the_line_between_a_title_and_its_dnr_is_the_titles() -> None:
    assert _read(
        "Ärenden",
        "4. Program för kvalitetsutveckling i Stockholms stad",
        "Svar på remiss från kommunstyrelsen",
        "Dnr 1.6-0463/2011",
        "5. Månadsrapport för oktober 2011",
    ) == [
        (
            4,
            "Program för kvalitetsutveckling i Stockholms stad Svar på remiss från kommunstyrelsen",
            "1.6-0463/2011",
            False,
        ),
        (5, "Månadsrapport för oktober 2011", "", False),
    ]


def test_a_dnr_on_the_line_under_its_title_is_said_once_in_the_report() -> None:
    """It was said twice: as read from the line under, then as read out of the title it
    had been joined to ("Dnr KS 2018/31 lästes ur ärendecellen")."""
    text = "Ärenden\n1. Upprop\n2. Detaljplan för Eken\nDnr KS 2018/31\n3. Budget\nKS 2018/32\n"
    read = read_agenda(text.encode("utf-8"), "lista.txt")
    assert [i.dnr for i in read.items] == ["", "KS 2018/31", "KS 2018/32"]
    said = [(line.text, line.why) for line in read.report.changed if "Dnr" in line.why]
    assert said == [
        ("Dnr KS 2018/31", "Dnr på raden under ärendet: läses som dess Dnr"),
        ("KS 2018/32", "Dnr på raden under ärendet: läses som dess Dnr"),
    ]


def test_the_dnr_under_a_title_naming_a_remiss_dnr_is_the_aerendes() -> None:
    """Stockholm's äldrenämnd as a numbered list (its sweep row, 13 of 15): the title names
    the remiss's Dnr in brackets, so "Dnr 106-156/2013" under it was a row of its own and
    the bracketed one taken; and "Dnr60902-188/2013", its label run onto the number, was
    joined to the title."""
    text = (
        "Ärenden\n"
        "9. Revisionsrapport 2013:5 Stadsrevisionen, för yttrande senast den 24 maj 2013 "
        "(dnr 420-145-2012)\n"
        "Dnr 106-156/2013\n"
        "14. Ändrat beslut om verksamhetsbidrag för år 2013\n"
        "Dnr60902-188/2013\n"
        "15. Anmälan av protokoll\n"
    )
    read = read_agenda(text.encode("utf-8"), "lista.txt")
    assert [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (
            9,
            "Revisionsrapport 2013:5 Stadsrevisionen, för yttrande senast den 24 maj 2013 "
            "(dnr 420-145-2012)",
            "106-156/2013",
        ),
        (14, "Ändrat beslut om verksamhetsbidrag för år 2013", "60902-188/2013"),
        (15, "Anmälan av protokoll", ""),
    ]
