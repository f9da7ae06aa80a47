"""The ärendelistor of real_agendas_more.py imported row by row, and the shapes that were
still read wrong: two-digit years in Dnr and in the meeting's date, a date in the Dnr
column, and heading rows that carry a number ("3 Ärenden för beslut", "B. Informationsärenden")."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.dnr import parse_dnr, same_dnr
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_more import HEADINGS, MORE_AGENDAS, build_more


@pytest.mark.parametrize("agenda", MORE_AGENDAS, ids=lambda a: a.name)
def test_every_row_of_a_further_real_agenda_is_read_as_its_kommun_meant_it(
    agenda: RealAgenda,
) -> None:
    result = read_agenda(*build_more(agenda))
    got = [
        (n, i.title, i.dnr, parse_dnr(i.dnr).key, i.is_section, i.time_slot, i.presenter)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]
    expected = [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]
    assert got == expected
    assert [w for w in result.warnings if "Diarienumret" in w] == []


@pytest.mark.parametrize("agenda", [a for a in MORE_AGENDAS if a.name in HEADINGS], ids=str)
def test_the_meeting_date_above_the_rubrikrad_is_read(agenda: RealAgenda) -> None:
    result = read_agenda(*build_more(agenda))
    assert result.meeting_date == date.fromisoformat(HEADINGS[agenda.name][1])
    assert f"sammanträdesdatum i filen: {HEADINGS[agenda.name][1]}" in result.report.read


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("KS 20/434", "KS 2020/434"),
        ("Dnr 20-434", "2020/434"),
        ("KS 20-0434", "KS 2020/434"),
        ("KS 353/08", "KS 2008/353"),
        ("Dnr KS 98/12", "KS 1998/12"),
        ("106-156/2013", "2013/156"),
        ("Dnr60902-188/2013", "2013/188"),
    ],
)
def test_a_two_digit_year_or_a_code_before_the_lopnummer_is_read(written: str, key: str) -> None:
    dnr = parse_dnr(written)
    assert (dnr.key, dnr.warnings) == (key, ())
    assert same_dnr(written, key)


@pytest.mark.parametrize("written", ["7/12-20", "07.12.20", "7/12 2020", "20-12-07"])
def test_a_short_date_in_the_dnr_column_is_called_a_date(written: str) -> None:
    dnr = parse_dnr(written)
    assert dnr.number is None
    assert any("ser ut som ett datum" in w for w in dnr.warnings)


@pytest.mark.parametrize("heading", ["Kallelse KS 7/12-20", "Kommunstyrelsen 07.12.20"])
def test_a_short_meeting_date_in_the_heading_is_read(heading: str) -> None:
    result = read_agenda(f"{heading}\nNr;Ärende\n1;Taxor\n".encode(), "l.csv")
    assert result.meeting_date == date(2020, 12, 7)


NUMBERED_HEADINGS = (
    "Nr;Ärende;Dnr\n"
    "1;Val av justerare;\n"
    "2;Godkännande av dagordning;\n"
    "3;Ärenden för beslut;\n"
    "3.1;Taxor 2021;KS 20/434\n"
    "3.2;Budget 2021;Dnr 20-435\n"
    "B.;Informationsärenden;\n"
    "4;Information från förvaltningen;\n"
    "5;Beslutsärenden;\n"
    "5 a);Detaljplan för Norr 1:5;KS 20/436\n"
    "6;Övriga frågor;\n"
)


def test_numbered_heading_rows_are_headings_and_the_numbers_after_them_fit() -> None:
    result = read_agenda(NUMBERED_HEADINGS.encode(), "l.csv")
    got = [
        (n, i.title, i.is_section, parse_dnr(i.dnr).key)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]
    assert got == [
        (1, "Val av justerare", False, ""),
        (2, "Godkännande av dagordning", False, ""),
        (None, "Ärenden för beslut", True, ""),
        (None, "Taxor 2021", False, "KS 2020/434"),
        (None, "Budget 2021", False, "2020/435"),
        (None, "Informationsärenden", True, ""),
        (5, "Information från förvaltningen", False, ""),
        (None, "Beslutsärenden", True, ""),
        (None, "Detaljplan för Norr 1:5", False, "KS 2020/436"),
        (7, "Övriga frågor", False, ""),
    ]
    said = [(line.text, line.why) for line in result.report.changed]
    assert ("3 Ärenden för beslut", "är en rubrikrad med nummer, inget ärende") in said
    assert ("B. Informationsärenden", "är en rubrikrad med nummer, inget ärende") in said
    assert result.warnings == []


def test_a_numbered_row_named_like_a_heading_stays_an_arende_without_rows_under_it() -> None:
    # Nynäshamn's "§ 72/20 Övriga informationsärenden" and a plain "12 Beslutsärenden" row
    # followed by the next number are ärenden.
    text = "Nr;Ärende\n11;Taxor\n12;Övriga informationsärenden\n13;Övriga frågor\n"
    items = read_agenda(text.encode(), "l.csv").items
    assert [i.is_section for i in items] == [False, False, False]


def test_headings_numbered_in_one_column_are_read_too() -> None:
    text = (
        "Ärendelista\n1. Val av justerare\n3 Ärenden för beslut\n3.1 Taxor\n"
        "B. Informationsärenden\n4. Rapporter\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.title, i.is_section) for i in result.items] == [
        ("Val av justerare", False),
        ("Ärenden för beslut", True),
        ("Taxor", False),
        ("Informationsärenden", True),
        ("Rapporter", False),
    ]


def test_the_import_warns_when_the_file_is_for_another_meeting(store, tmp_path: Path) -> None:
    from ksdesk.services import agenda_imports, meetings

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2026, 8, 18), time(9))
    path = tmp_path / "l.csv"
    path.write_text("Kallelse KS 7/12-20\nNr;Ärende\n5;Taxor\n", encoding="utf-8")
    report = agenda_imports.import_agenda(store, meeting.id, path, dry_run=True).report
    assert (report.warnings[0].text, report.warnings[0].why) == (
        "ärendelistan gäller sammanträdet 2020-12-07",
        "men importeras till sammanträdet 2026-08-18: är det rätt fil?",
    )
