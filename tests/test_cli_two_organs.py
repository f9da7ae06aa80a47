"""Two organs meeting on one day: every command that takes --meeting refuses to guess,
names both organs and points at --organ; with --organ it works on that organ's meeting."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.meeting_lookup import SeveralMeetings

DAY = "2020-12-07"
BOTH = "Kommunstyrelsen och Socialnämnden"


@pytest.fixture
def two_organs(demo_template: Path, built_file, capsys: pytest.CaptureFixture) -> Path:
    """The demo's Kommunstyrelsen and a Socialnämnden, both meeting on 7 December 2020;
    Kommunstyrelsen's protokoll is started. Built once, copied for each test."""

    def build(path: Path) -> None:
        shutil.copy(demo_template, path)
        args = ["meeting", "create", "--db", str(path), "--organ", "Socialnämnden"]
        assert main([*args, "--date", DAY, "--time", "09.00", "--place", "Sal 2"]) == 0
        store = open_store(path)
        ks = meeting_lookup.find_meeting(store, date(2020, 12, 7), "Kommunstyrelsen")
        protokoll_service.start_protokoll(store, ks.id)
        store.close()

    path = built_file("demo.sqlite", build)
    capsys.readouterr()
    return path


def commands(db: Path, out: Path) -> dict[str, list[str]]:
    """Every command that names a meeting, as a user would type it (without --organ)."""
    on = ["--db", str(db), "--meeting", DAY]
    csv = out / "lista.csv"
    csv.write_text("Rubrik;Dnr\nNytt ärende;KS 2020/1\n", encoding="utf-8")
    return {
        "kallelse": ["kallelse", *on, "--out", str(out / "k.pdf")],
        "paket": ["kallelse", *on, "--packet", "--out", str(out / "p.pdf")],
        "agenda import": ["agenda", "import", *on, str(csv)],
        "protokoll": ["protokoll", *on, "--out", str(out / "pr.pdf")],
        "utdrag": ["utdrag", *on, "--paragraf", "217", "--out", str(out / "u.pdf")],
        "ics": ["ics", *on, "--out", str(out / "m.ics")],
        "public scan": ["public", "scan", *on],
        "public decide": ["public", "decide", *on, "--all", "--mask"],
        "public log": ["public", "log", *on],
        "expediera": ["expediera", *on, "--out", str(out / "exp")],
        "deadlines": ["deadlines", "--db", str(db), "--date", DAY],
    }


@pytest.mark.parametrize("name", list(commands(Path("x"), Path("/tmp")).keys()))
def test_every_command_refuses_to_guess_and_names_both_organs(
    two_organs: Path, tmp_path: Path, capsys: pytest.CaptureFixture, name: str
) -> None:
    assert main(commands(two_organs, tmp_path)[name]) == 1
    err = capsys.readouterr().err
    assert BOTH in err and "--organ" in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "name", ["kallelse", "paket", "protokoll", "utdrag", "ics", "public log", "deadlines"]
)
def test_with_organ_each_command_works_on_that_organs_meeting(
    two_organs: Path, tmp_path: Path, capsys: pytest.CaptureFixture, name: str
) -> None:
    assert main([*commands(two_organs, tmp_path)[name], "--organ", "Kommunstyrelsen"]) == 0
    assert "sammanträder 2 nämnder" not in capsys.readouterr().err


def test_public_scan_names_the_organ_it_scanned(
    two_organs: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    scan = commands(two_organs, tmp_path)["public scan"]
    main([*scan, "--organ", "socialnämnden"])  # any case; the name as typed
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"Socialnämnden, sammanträdet {DAY}:"
    assert "kopian kan bli offentlig" in out


def test_agenda_import_goes_to_the_organ_named(
    two_organs: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    args = commands(two_organs, tmp_path)["agenda import"]
    assert main([*args, "--organ", "Socialnämnden"]) == 0
    store = open_store(two_organs)
    social = meeting_lookup.find_meeting(store, date(2020, 12, 7), "Socialnämnden")
    ks = meeting_lookup.find_meeting(store, date(2020, 12, 7), "Kommunstyrelsen")
    store.close()
    assert "Nytt ärende" in [i.title for i in social.items]
    assert "Nytt ärende" not in [i.title for i in ks.items]


def test_the_lookup_itself(two_organs: Path) -> None:
    store = open_store(two_organs)
    day = date(2020, 12, 7)
    with pytest.raises(SeveralMeetings) as refused:
        meeting_lookup.find_meeting(store, day)
    assert refused.value.organs == ["Kommunstyrelsen", "Socialnämnden"]
    assert isinstance(refused.value, InvalidInput)
    with pytest.raises(NotFound, match="Menade du ”Socialnämnden”"):
        meeting_lookup.find_organ(store, "Socialnämden")
    with pytest.raises(NotFound, match="Socialnämnden har inget sammanträde den 2020-12-08"):
        meeting_lookup.find_meeting(store, date(2020, 12, 8), "Socialnämnden")
    store.close()


def test_one_organ_that_day_needs_no_organ(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "k.pdf"
    assert main(["kallelse", "--db", str(demo_path), "--meeting", DAY, "--out", str(out)]) == 0
