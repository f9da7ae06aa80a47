"""Ärendelistor as kommuner write them: their own Nr, standing items in other words, Dnr
under another name, section rows, Val av justerare with names, time and föredragande in the
title cell; UTF-16, unbalanced quotes and English parser messages."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import openpyxl
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import numbered
from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.services import agenda_imports, meetings

AGENDA = (
    "Nr;Ärende;Beteckning;Handläggare\n"
    "1;Upprop och val av justerare: Anna Ek (S) och Bo Ek (M);;\n"
    "2;Anmälan av extra ärenden;;\n"
    ";Beslutsärenden;;\n"
    "3;Budgetuppföljning per oktober kl. 13.15 Anna Ek, ekonomichef;KS 2024/101;A. Ek\n"
    "4;Taxor för bygglov 2025;KS 2024/88;\n"
    ";Anmälningsärenden;;\n"
    "5;Anmälan av delegeringsbeslut;;\n"
    "6;Information;;\n"
)
# (title, Nr, Dnr, time, föredragande, section) as the agenda must show them.
EXPECTED = [
    ("Upprop och val av justerare: Anna Ek (S) och Bo Ek (M)", 1, "", "", "", False),
    ("Anmälan av extra ärenden", 2, "", "", "", False),
    ("Beslutsärenden", None, "", "", "", True),
    ("Budgetuppföljning per oktober", 3, "KS 2024/101", "13.15", "Anna Ek, ekonomichef", False),
    ("Taxor för bygglov 2025", 4, "KS 2024/88", "", "", False),
    ("Anmälningsärenden", None, "", "", "", True),
    ("Anmälan av delegeringsbeslut", 5, "", "", "", False),
    ("Information", 6, "", "", "", False),
]


@pytest.fixture
def fresh_meeting(store):
    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2024, 11, 4), time(13))
    return meeting


def _shown(meeting) -> list[tuple]:
    return [
        (i.title, n, i.dnr, i.time_slot, i.presenter, i.is_section)
        for n, i in numbered(meeting.items)
    ]


def test_file_numbers_kept_and_standing_items_not_added_twice(store, fresh_meeting, tmp_path):
    path = tmp_path / "dagordning.csv"
    path.write_bytes(b"\xff\xfe" + AGENDA.encode("utf-16-le"))  # UTF-16 with BOM
    result = agenda_imports.import_agenda(store, fresh_meeting.id, path)
    assert _shown(meetings.get_meeting(store, fresh_meeting.id)) == EXPECTED
    merged = " ".join(line.text for line in result.report.merged)
    assert "Anmälan av delegeringsbeslut" in merged and "Upprop och val av justerare" in merged
    assert len(result.report.merged) == 4  # four standing items were already there
    assert [line.text for line in result.report.unknown_columns] == ["Handläggare"]
    assert any(line.text == "A. Ek" for line in result.report.dropped)
    assert any("tid och föredragande" in line.why for line in result.report.changed)
    assert not result.report.warnings


def test_a_file_starting_at_four_follows_the_opening_items(store, fresh_meeting, tmp_path):
    path = tmp_path / "arenden.csv"
    path.write_text("Nr;Ärende;Dnr\n4;Taxor 2025;KS 2024/88\n5;Motion om cykel;KS 2024/9\n")
    result = agenda_imports.import_agenda(store, fresh_meeting.id, path)
    agenda = meetings.get_meeting(store, fresh_meeting.id).items
    shown = {i.title: n for n, i in numbered(agenda)}
    # Three opening standing items, then the file's 4 and 5, then the closing Information.
    assert [shown["Taxor 2025"], shown["Motion om cykel"], shown["Information"]] == [4, 5, 6]
    assert not result.report.warnings
    later = tmp_path / "senare.csv"
    later.write_text("Nr;Ärende;Dnr\n9;Ett ärende till;KS 2024/10\n")
    result = agenda_imports.import_agenda(store, fresh_meeting.id, later)
    assert "har nr 9 i filen men blir nr 6" in result.report.warnings[0].text


def test_a_list_of_the_arenden_alone_from_1_follows_the_opening_items(
    store, fresh_meeting, tmp_path
):
    """A diarium's list of the meeting's ärenden, numbered from 1 and holding no standing
    item: Val av justerare was put after them, as nr 3 of the agenda. Now the ärenden go
    where new ärenden go, and the report says their numbers moved."""
    path = tmp_path / "arenden.csv"
    path.write_text("Nr;Ärende;Dnr\n1;Taxor 2025;KS 2024/88\n2;Motion om cykel;KS 2024/9\n")
    result = agenda_imports.import_agenda(store, fresh_meeting.id, path)
    agenda = meetings.get_meeting(store, fresh_meeting.id).items
    assert [(n, i.title) for n, i in numbered(agenda)] == [
        (1, "Val av justerare"),
        (2, "Anmälan av extra ärenden"),
        (3, "Anmälan av delegationsbeslut"),
        (4, "Taxor 2025"),
        (5, "Motion om cykel"),
        (6, "Information"),
    ]
    assert "har nr 1 i filen men blir nr 4" in result.report.warnings[0].text


def test_diarienummer_and_arendenummer_mean_dnr() -> None:
    for name in ("Diarienummer", "Ärendenummer", "Beteckning", "Dnr.", "Arendenummer"):
        text = f"Ärende;{name}\nTaxor;KS 2024/88\n"
        assert read_agenda(text.encode(), "l.csv").items[0].dnr == "KS 2024/88"


def test_xlsx_with_typo_in_a_heading(tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Nr", "Ärende", "Diarenummer", "Föredragande"])
    book.active.append([1, "Taxor", "KS 2024/88", "Bo Ek"])
    path = tmp_path / "l.xlsx"
    book.save(path)
    result = read_agenda(path.read_bytes(), "l.xlsx")
    assert result.items[0].dnr == "KS 2024/88"
    assert "Diarenummer" in result.report.changed[0].text


def test_an_unbalanced_quote_is_refused_naming_the_line() -> None:
    text = 'Nr;Ärende;Dnr\n1;"Budget 2025;KS 2024/1\n2;Taxor;KS 2024/2\n3;"Bygglov";KS 2024/3\n'
    with pytest.raises(InvalidInput, match=r"rad 2: ett citattecken .* raderna 2–4"):
        read_agenda(text.encode(), "lista.csv")
    # A proposal over several lines, correctly quoted, is still one cell.
    ok = 'Ärende;Förslag till beslut\nTaxor;"1. Att anta taxan\n2. Att den gäller 2025"\n'
    assert read_agenda(ok.encode(), "l.csv").items[0].proposal.count("\n") == 1


def test_a_quoted_cell_whose_lines_hold_the_delimiter_is_one_cell() -> None:
    """Kungsbacka's förslag of sammanträdesdagar, "7, 14 och 28 januari; 4 och" over "25
    februari; 4, 11 och 25 mars; 8 och 29 april": before, its lines of semicolons were taken
    for rows swallowed by an open quote and the list refused."""
    dates = "följande datum: 7, 14 och 28 januari; 4 och\n25 februari; 4, 11 och 25 mars; 8 och"
    text = f'Nr;Ärende;Dnr;Förslag\n5;Sammanträdesdagar 2025;2024-00362;"{dates}"\n6;Motion;;\n'
    read = read_agenda(text.encode(), "lista.csv")
    assert [i.title for i in read.items] == ["Sammanträdesdagar 2025", "Motion"]
    assert read.items[0].proposal == dates


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"\xef\xbb\xbf\xff\xfe", "l.csv"),  # a UTF-8 BOM before bytes that are no UTF-8
        (b'Nr;\xc4rende\n1;A\n2;"B;x\n3;C;y\n4;D;z\n', "rad 3"),
        (b"Nr;Kommentar\n1;A\n", "kolumnen Ärende saknas"),
    ],
)
def test_messages_are_swedish_and_name_the_line(data: bytes, where: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_agenda(data, "l.csv")
    message = str(caught.value)
    assert where in message
    for english in ("Error", "line", "field", "expected", "codec", "decode", "unexpected"):
        assert english not in message


def test_cli_json_report_and_dry_run(demo_path: Path, tmp_path: Path, capsys) -> None:
    from ksdesk.cli import main

    path = tmp_path / "lista.csv"
    path.write_text("Ärende;Beteckning\nMotion om cykelbanor;KS 2020/501\n", encoding="utf-8")
    db = ["--db", str(demo_path)]
    args = ["agenda", "import", *db, "--meeting", "2020-12-07", str(path)]
    assert main([*args, "--json", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "dagordning" and data["saved"] is False
    assert data["read"] == ["1 ärende"]
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["saved"] is True


def test_every_cell_of_the_list_is_on_the_agenda_or_in_the_report(store, fresh_meeting, tmp_path):
    import re

    path = tmp_path / "dagordning.csv"
    path.write_text(AGENDA, encoding="utf-8")
    result = agenda_imports.import_agenda(store, fresh_meeting.id, path)
    agenda = meetings.get_meeting(store, fresh_meeting.id).items
    shown = " ".join(f"{i.title} {i.dnr} {i.time_slot} {i.presenter}" for i in agenda)
    reported = json.dumps(result.report.as_json(), ensure_ascii=False)
    for cell in re.split(r"[;\n]", AGENDA):
        for word in re.findall(r"[^\W_]+", cell):
            if word in ("Nr", "Ärende", "Beteckning", "kl"):
                continue  # the header row, and "kl." of the time read out of a title
            assert word in shown or word in reported, word


def test_a_label_in_the_dnr_column_is_taken_off_and_said() -> None:
    text = (
        "Nr;Ärende;Dnr\n1;Motion om cykelbanor;Diarienummer: KS 2024/88\n"
        "2;Taxor;Dnr60902-188/2013\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [item.dnr for item in result.items] == ["KS 2024/88", "60902-188/2013"]
    changes = [(line.text, line.why) for line in result.report.changed]
    assert ("Diarienummer: KS 2024/88", "”Diarienummer:” framför diarienumret togs bort") in changes
    assert ("Dnr60902-188/2013", "”Dnr” framför diarienumret togs bort") in changes
