"""The ärendelistor of nine kommuner (tests/interchange/real_agendas.py) imported item by item:
Nr, title, Dnr as typed and its key, heading rows, time and föredragande; and the row shapes
they use beside a number and a title (delpunkter, § numbers, Dnr and bilagor in the title
cell, a Nr column without heading, unnumbered opening items)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.agenda_merge import same_standing
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import REAL_AGENDAS, STOCKHOLM_SOCN_2011, RealAgenda, build


def _read(agenda: RealAgenda) -> list[tuple]:
    data, name = build(agenda)
    result = read_agenda(data, name)
    return [
        (n, i.title, i.dnr, parse_dnr(i.dnr).key, i.is_section, i.time_slot, i.presenter)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]


@pytest.mark.parametrize("agenda", REAL_AGENDAS, ids=lambda a: a.name)
def test_every_row_of_a_real_agenda_is_read_as_its_kommun_meant_it(agenda: RealAgenda) -> None:
    expected = [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]
    assert _read(agenda) == expected


@pytest.mark.parametrize("agenda", REAL_AGENDAS, ids=lambda a: a.name)
def test_no_real_dnr_is_warned_about(agenda: RealAgenda) -> None:
    data, name = build(agenda)
    warned = [w for w in read_agenda(data, name).warnings if "Diarienumret" in w]
    assert warned == []


def test_lettered_delpunkter_are_parts_of_their_arende_and_the_report_says_so() -> None:
    """ "15 a) Anmälan av protokollsjustering" over "b) …" and "c) …": before, b) and c)
    were ärenden of their own and "16 Nämndens frågor" became nr 18 on the dagordning."""
    data, name = build(STOCKHOLM_SOCN_2011)
    read = read_agenda(data, name)
    said = {line.where: (line.text, line.why) for line in read.report.changed}
    assert said["Rad 14"][0] == "Anmälan av handikapprådets protokoll"
    assert said["Rad 15"][1].startswith("delpunkt c) under ärende 15, utan eget nummer")
    at = read.numbers.index(15)
    assert read.items[at].title.endswith("c) Anmälan av delegationsprotokoll")
    assert read.numbers[-1] == 16


@pytest.mark.parametrize("nr", ["x", "12-13", "§", "a"])
def test_a_nr_that_is_no_number_is_still_refused(nr: str) -> None:
    with pytest.raises(InvalidInput, match="rad 2, kolumn Nr"):
        read_agenda(f"Nr;Ärende\n{nr};Taxor\n".encode(), "l.csv")


def test_bilagor_under_an_arende_become_its_bilagor() -> None:
    text = (
        "Nr;Ärende;Dnr\n"
        "1;Detaljplan för Norr 1:5;KS 2021/12\n"
        ";Bilaga 1: Plankarta;\n"
        ";Bilaga 2 – Samrådsredogörelse;\n"
        '2;"Taxa för tillsyn\nBilaga 1: Taxebilaga";KS 2021/13\n'
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [i.title for i in result.items] == ["Detaljplan för Norr 1:5", "Taxa för tillsyn"]
    assert [(b.nr, b.title) for b in result.items[0].bilagor] == [
        ("1", "Plankarta"),
        ("2", "Samrådsredogörelse"),
    ]
    assert [(b.nr, b.title) for b in result.items[1].bilagor] == [("1", "Taxebilaga")]
    assert not any(i.is_section for i in result.items)
    assert sum("bilag" in line.why for line in result.report.changed) == 3


def test_dnr_in_the_title_cell_is_read_only_after_its_label() -> None:
    text = (
        "Ärende;Dnr\n"
        "Årsredovisning 2017, dnr KS 2018/124;\n"
        "Motion 3/2014 om cykelbanor;\n"
        '"Delårsrapport\nDnr 2018/KS 0290 10";KS 2018/290\n'
    )
    items = read_agenda(text.encode(), "l.csv").items
    assert [(i.title, i.dnr) for i in items] == [
        ("Årsredovisning 2017", "KS 2018/124"),
        ("Motion 3/2014 om cykelbanor", ""),
        # The file's own Dnr column wins; the title keeps what it says.
        ("Delårsrapport Dnr 2018/KS 0290 10", "KS 2018/290"),
    ]


def test_text_under_a_column_without_heading_is_reported_not_dropped_silently() -> None:
    result = read_agenda("Ärende;\nTaxor;A. Ek\n".encode(), "l.csv")
    assert [(line.text, line.why) for line in result.report.dropped] == [
        ("A. Ek", "i kolumnen ”utan rubrik”")
    ]


def test_headings_are_known_in_a_list_without_nr_column() -> None:
    text = "Ärende;Dnr\nBeslutsärenden;\nTaxor 2025;KS 2024/88\nAnmälan av extra ärenden;\n"
    items = read_agenda(text.encode(), "l.csv").items
    assert [(i.title, i.is_section) for i in items] == [
        ("Beslutsärenden", True),
        ("Taxor 2025", False),
        ("Anmälan av extra ärenden", False),
    ]


def test_an_approximate_time_is_read_and_stays_approximate() -> None:
    """ "ca 13.30" is kept as the agenda wrote it: the kallelse prints "ca kl. 13.30", not a
    minute the ledamöter would plan for."""
    result = read_agenda("Ärende;Tid\nBudget;ca 13.30\n".encode(), "l.csv")
    assert result.items[0].time_slot == "ca 13.30"
    assert not result.report.changed


def test_cli_dry_run_json_of_a_real_agenda(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ks.sqlite"
    data, name = build(STOCKHOLM_SOCN_2011)
    path = tmp_path / name
    path.write_bytes(data)
    assert main(shlex.split(f"init --db {db} --kommun 'Testby kommun' --organ Socialnämnden")) == 0
    create = f"meeting create --db {db} --organ Socialnämnden --date 2026-11-24 --time 15.30"
    assert main(shlex.split(create)) == 0
    capsys.readouterr()
    command = f"agenda import --db {db} --meeting 2026-11-24 --dry-run --json {path}"
    assert main(shlex.split(command)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["read"] == ["9 ärenden", "5 rubrikrader"]
    assert report["saved"] is False
    merged = [line["text"] for line in report["merged"]]
    # The list's own "Val av protokolljusterare …" is the organ's "Val av justerare".
    assert any("Val av protokolljusterare" in text for text in merged)
    # The file skips from 5 to 9 and from 14 on moves every row alike: one line for each run,
    # naming the Nr as the file wrote it. Before them: the ärende under "Sekretessärenden" is
    # secret, and its OSL paragraph is still to be filled in.
    secret, *moved = report["warnings"]
    assert secret["text"].startswith("”Upphandling av entreprenaddrift")
    assert secret["why"] == "fyll i paragrafen innan kallelsen skickas"
    assert [line["text"] for line in moved] == [
        "”Månadsrapport för oktober 2011” har nr 9 i filen men blir nr 6 på dagordningen",
        # A long title is shortened, never the sentence (it was cut after "har nr").
        "”Anmälan av ansökan till e-tjänstprogrammet - socialrådgivni…” har nr 14 i filen men "
        "blir nr 7 på dagordningen",
    ]


@pytest.mark.parametrize(
    ("title", "standing"),
    [
        ("Val av protokolljusterare och tid för justering av protokollet", "Val av justerare"),
        ("Val av protokollsjusterare", "Val av justerare"),
        ("Redovisning av delegationsbeslut", "Anmälan av delegationsbeslut"),
        ("Anmälan om delegeringsbeslut", "Anmälan av delegationsbeslut"),
        # The item by itself or by what is in it, as many lists title it.
        ("Delegationsbeslut", "Anmälan av delegationsbeslut"),
        ("Redovisade delegationsbeslut", "Anmälan av delegationsbeslut"),
        ("Delegerade beslut", "Anmälan av delegationsbeslut"),
        ("Redovisning av beslut fattade med stöd av delegation", "Anmälan av delegationsbeslut"),
    ],
)
def test_standing_items_in_other_kommuners_words(title: str, standing: str) -> None:
    assert same_standing(title, standing)


@pytest.mark.parametrize(
    "title",
    [
        "Delegationsordning för kommunstyrelsen",  # an ärende about the ordning itself
        "Revidering av delegationsordningen",
        "Delegationsbeslut om bostadsanpassningsbidrag, överklagat",
        "Meddelanden",
    ],
)
def test_an_arende_about_delegation_is_not_the_standing_item(title: str) -> None:
    assert not same_standing(title, "Anmälan av delegationsbeslut")


def test_a_list_of_paragraph_numbers_is_one_warning_per_run(store, tmp_path: Path) -> None:
    from datetime import date, time

    from ksdesk.services import agenda_imports, meetings
    from tests.interchange.real_agendas import NYNASHAMN_SNAU_2020

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2026, 8, 18), time(9))
    data, name = build(NYNASHAMN_SNAU_2020)
    path = tmp_path / name
    path.write_bytes(data)
    report = agenda_imports.import_agenda(store, meeting.id, path, dry_run=True).report
    # § 63/20–§ 65/20 and § 70/20–§ 73/20: two runs, not seven lines.
    assert [line.where for line in report.warnings] == ["Rad 4", "Rad 8"]
    assert report.warnings[0].text.startswith(
        "”Fastställande av dagordning” står som ”§ 63/20” i filen men blir nr 5"
    )
    assert "likaså 2 rader efter den" in report.warnings[0].why


def test_item_codes_and_point_numbers_are_read() -> None:
    # Borås names its KS items by kind ("SP8", "E5", "KC2", "SP6.2"); others number
    # delpunkter "5.1", "5.2"; a time without "kl." only as a span followed by a name.
    text = (
        "Nr;Ärende\n"
        "KC2;Kommunchefen informerar\n"
        "SP6.2;Alternativt förslag\n"
        "5;Taxor\n"
        "5.1;Taxa för bygglov\n"
        "5.2;Taxa för tillsyn\n"
        "6;Information om bredband 13.00-13.30 Per Holm, IT-chef\n"
        "7;Öppettider 08.00-16.00 på biblioteket\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert result.numbers == [None, None, 5, None, None, 8, 9]
    assert [i.title for i in result.items][-2:] == [
        "Information om bredband",
        "Öppettider 08.00-16.00 på biblioteket",
    ]
    assert (result.items[5].time_slot, result.items[5].presenter) == (
        "13.00–13.30",
        "Per Holm, IT-chef",
    )
    said = [line.text for line in result.report.changed]
    assert "KC2" in said and "SP6.2" in said
    assert any(text.startswith("delpunkt 5.2 ") for text in said)


@pytest.mark.parametrize(
    "text",
    [
        "Kallelse till kommunstyrelsen, 11 maj 2021\nNr;Ärende;Dnr\n1;Taxor, avgifter;KS 2021/1\n",
        'Kallelse Kommunstyrelsen\n\nNr,Ärende,Dnr\n1,"Taxor, avgifter",KS 2021/1\n',
    ],
)
def test_a_document_heading_above_the_rubrikrad_is_reported_not_read(text: str) -> None:
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.title, i.dnr) for i in result.items] == [("Taxor, avgifter", "KS 2021/1")]
    assert [line.why for line in result.report.dropped] == ["står före rubrikraden"]


def test_a_list_of_one_column_keeps_the_commas_of_its_titles() -> None:
    text = "Ärende\nTaxor, avgifter, priser\nBudget, plan, mål\n"
    items = read_agenda(text.encode(), "l.csv").items
    assert [i.title for i in items] == ["Taxor, avgifter, priser", "Budget, plan, mål"]


def test_cells_right_of_the_rubrikrad_are_reported() -> None:
    result = read_agenda("Nr;Ärende\n1;Taxor;A. Ek\n".encode(), "l.csv")
    assert [line.text for line in result.report.dropped] == ["A. Ek"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Föredragande/Handläggare", "presenter"),
        ("Ärende/Dnr", "title"),
        ("Dnr (diarienummer)", "dnr"),
        ("Ärendelista 11 maj 2015", "title"),
    ],
)
def test_headings_with_more_words_name_their_field(heading: str, field: str) -> None:
    from ksdesk.interchange.agenda_header import field_of as _field_of

    assert _field_of(heading)[0] == field
