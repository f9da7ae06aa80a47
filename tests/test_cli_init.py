"""`ksdesk init --db F --kommun NAMN --organ NAMN`: an empty database for one's own kommun,
whose printed documents carry that kommun; never over an existing file, never the demo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ksdesk.cli import main
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services.store import open_database
from tests.pdf_helpers import pages_text


def test_init_makes_an_empty_database_for_the_kommun(tmp_path: Path, capsys) -> None:
    path = tmp_path / "testby.sqlite"
    args = ["init", "--db", str(path), "--kommun", "Testby kommun", "--organ", "Socialnämnden"]
    assert main(args) == 0
    assert "Testby kommun, Socialnämnden" in capsys.readouterr().out
    assert main(["info", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["organs"] == 1
    assert (
        main(
            [
                "meeting",
                "create",
                "--db",
                str(path),
                "--organ",
                "Socialnämnden",
                "--date",
                "2025-02-03",
                "--time",
                "13.00",
                "--place",
                "Sal 1",
            ]
        )
        == 0
    )
    out = tmp_path / "k.pdf"
    assert main(["kallelse", "--db", str(path), "--meeting", "2025-02-03", "--out", str(out)]) == 0
    text = " ".join(pages_text(out.read_bytes()))
    assert "Testby kommun" in text and "Socialnämnden" in text and "Ludvika" not in text
    store = open_database(path)
    try:
        assert len(meetings.list_meetings(store)) == 1
        assert meeting_lookup.find_meeting(store, date(2025, 2, 3)).place == "Sal 1"
    finally:
        store.close()


def test_init_never_touches_an_existing_file(tmp_path: Path, demo_path: Path, capsys) -> None:
    before = demo_path.read_bytes()
    args = ["init", "--db", str(demo_path), "--kommun", "Testby kommun", "--organ", "KS"]
    assert main(args) == 1
    assert "finns redan" in capsys.readouterr().err
    assert demo_path.read_bytes() == before
    empty = tmp_path / "x.sqlite"
    assert main(["init", "--db", str(empty), "--kommun", " ", "--organ", "KS"]) == 1
    assert "Ange kommunens namn" in capsys.readouterr().err
    assert not empty.exists()


def test_init_refuses_a_misspelt_kommun(tmp_path: Path, capsys) -> None:
    path = tmp_path / "smedjebacken.sqlite"
    args = ["init", "--db", str(path), "--kommun", "Smedjebacken kommun", "--organ", "KS"]
    assert main(args) == 1
    assert "Menade du ”Smedjebackens kommun”?" in capsys.readouterr().err
    assert not path.exists()


def test_the_utdrag_of_a_new_database_names_the_kommuns_place(tmp_path: Path, capsys) -> None:
    path = tmp_path / "smedjebacken.sqlite"
    kommun = ["--kommun", "Smedjebackens kommun", "--organ", "Kommunstyrelsen"]
    assert main(["init", "--db", str(path), *kommun]) == 0
    meeting = ["--db", str(path), "--meeting", "2026-12-01"]
    create = ["meeting", "create", "--db", str(path), "--organ", "Kommunstyrelsen"]
    assert main([*create, "--date", "2026-12-01", "--time", "13.00", "--place", "KS-salen"]) == 0
    assert main(["protokoll", "start", *meeting]) == 0
    out = tmp_path / "utdrag.pdf"
    assert main(["utdrag", *meeting, "--paragraf", "1", "--out", str(out)]) == 0, (
        capsys.readouterr()
    )
    text = " ".join(pages_text(out.read_bytes()))
    assert "Smedjebacken, " in text and "Smedjebackens, " not in text


def test_init_says_the_names_as_they_will_be_printed(tmp_path: Path, capsys) -> None:
    """Typed in a hurry, "marks KOMMUN" and "barn- och utbildningsnämnden" are saved as
    every page prints them; the confirmation said back what was typed instead."""
    path = tmp_path / "mark.sqlite"
    args = ["init", "--db", str(path), "--kommun", "marks  KOMMUN"]
    assert main([*args, "--organ", "barn- och utbildningsnämnden"]) == 0
    said = capsys.readouterr().out
    assert "för Marks kommun, Barn- och utbildningsnämnden." in said
