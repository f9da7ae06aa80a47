"""`ksdesk deadlines`, `protokoll`, `utdrag` and `ics` exactly as the README spells them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ksdesk.cli import main
from ksdesk.db import organ_repo
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as service


def run_json(capsys: pytest.CaptureFixture, *args: str) -> dict:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_deadlines_json_without_a_database(capsys: pytest.CaptureFixture) -> None:
    assert run_json(capsys, "deadlines", "--date", "2020-12-07", "--json") == {
        "kallelse_senast": "2020-11-30",
        "delegationsbeslut_senast": "2020-11-27",
        "justering_senast": "2020-12-21",
        "anslag_senast": "2020-12-23",
        "overklagande_slut": "2021-01-13",
    }


def test_deadlines_of_a_stored_meeting_count_from_its_recorded_anslag(tmp_path, capsys) -> None:
    """walk34 #4: `deadlines` said 28 April (the latest possible anslag) while Uppföljning
    counted laga kraft from the anslag recorded on 28 March. Now both count from the recorded
    one, `deadlines` also names the laga kraft day Uppföljning lists, and the § that reads
    like a bygglov is named as running from delgivning instead."""
    from tests.services.test_forvaltningsbesvar import _held

    store, plank = _held(tmp_path)  # held 10 December 2026, anslaget the 15th
    path = store.path
    store.close()
    assert main(["deadlines", "--db", str(path), "--date", "2026-12-10"]) == 0
    out = capsys.readouterr().out
    assert "Tiden för överklagande går ut     tisdag 5 januari 2027" in out
    assert "Laga kraft om ingen överklagar    onsdag 6 januari 2027" in out  # as Uppföljning
    assert "registrerade datum: justerat måndag 14 december 2026, anslaget tisdag 15" in out
    assert f"{plank.label}: troligen förvaltningsbesvär" in out

    assert main(["uppfoljning", "--db", str(path), "--datum", "2026-12-20"]) == 0
    listed = capsys.readouterr().out
    assert f"–          Miljö- och byggnadsnämnden 2026-12-10 {plank.label} " in listed
    assert "anges med ksdesk forvaltningsbesvar --meeting DATUM" in listed

    # Marked on the command line as in the § editor: its own period, from the kungörelse.
    base = f"forvaltningsbesvar --db {path} --meeting 2026-12-10 --paragraf {plank.nr}"
    assert main([*base.split(), "--delgivet", "2026-12-21", "--kungjort", "2026-12-22"]) == 0
    said = capsys.readouterr().out
    assert "Sista dag att överklaga 2027-01-19 · laga kraft 2027-01-20" in said
    assert main(["deadlines", "--db", str(path), "--date", "2026-12-10"]) == 0
    assert (
        f"{plank.label}: förvaltningsbesvär – tiden räknas från delgivning"
        in capsys.readouterr().out
    )
    assert main([*base.split(), "--delgivet", "2026-12-01"]) != 0  # before the meeting
    assert "kan inte delgivas 2026-12-01, före sammanträdet" in capsys.readouterr().err


def test_deadlines_from_justerat_and_anslaget(capsys: pytest.CaptureFixture) -> None:
    result = run_json(
        capsys, "deadlines", "--date", "2020-12-07", "--justerat", "2020-12-10", "--json"
    )
    assert result["anslag_senast"] == "2020-12-14"
    assert result["overklagande_slut"] == "2021-01-04"
    result = run_json(
        capsys, "deadlines", "--date", "2020-11-30", "--anslaget", "2020-12-03", "--json"
    )  # an anslag after its meeting: one before it is refused (below)
    assert result["overklagande_slut"] == "2020-12-28"  # julafton, juldagen, the weekend


def test_deadlines_use_the_organ_setting(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    store = open_store(demo_path)
    organ = organ_repo.list_all(store)[0]
    organ.kallelse_days_before, organ.delegationsbeslut_cutoff_days = 5, 10
    organ_repo.save(store, organ)
    store.close()
    result = run_json(capsys, "deadlines", "--db", str(demo_path), "--date", "2020-12-07", "--json")
    assert result["kallelse_senast"] == "2020-12-02"
    assert result["delegationsbeslut_senast"] == "2020-11-27"


def test_deadlines_text_explains_a_moved_date(capsys: pytest.CaptureFixture) -> None:
    assert main(["deadlines", "--date", "2020-12-11"]) == 0
    out = capsys.readouterr().out
    assert "måndag 28 december 2020 (flyttad från fredag 25 december 2020, juldagen)" in out


def test_bad_date_is_refused_in_swedish(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["deadlines", "--date", "2020-13-01"])
    assert exit_info.value.code == 2
    assert "Ogiltigt datum" in capsys.readouterr().err


def test_protokoll_and_utdrag(demo_path: Path, tmp_path: Path, capsys) -> None:
    store = open_store(demo_path)
    service.start_protokoll(store, meeting_lookup.find_meeting(store, date(2020, 12, 7)).id)
    store.close()
    out = tmp_path / "p.pdf"
    assert (
        main(["protokoll", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)])
        == 0
    )
    assert "§ 217" in PdfReader(out).pages[1].extract_text()
    # What the Justering page would show is said beside the draft: it is not ready to sign.
    said = capsys.readouterr()
    assert said.out == f"Protokollet är skrivet till {out}.\n"
    assert said.err.splitlines()[:3] == [
        "Kontroll före justering (3 fel, 2 påminnelser):",  # § 219's uppdrag not registered
        "  Fel: Justerare är inte valda (väljs under Paragrafer).",
        "  Fel: § 217: beslut saknas.",
    ]
    utdrag = tmp_path / "u.pdf"
    args = ["utdrag", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(utdrag)]
    assert main([*args, "--paragraf", "221"]) == 0
    assert "PROTOKOLLSUTDRAG" in PdfReader(utdrag).pages[0].extract_text()
    capsys.readouterr()
    assert main([*args[:-2], "--out", str(tmp_path / "x.pdf"), "--paragraf", "300"]) == 1
    assert "har ingen § 300 (paragrafer: 217, 218" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    # Written as the protokoll writes it, "§ 221" is the same §; a word is refused in Swedish.
    assert main([*args[:-2], "--out", str(tmp_path / "y.pdf"), "--paragraf", "§ 221"]) == 0
    assert "§ 221" in PdfReader(tmp_path / "y.pdf").pages[0].extract_text()
    with pytest.raises(SystemExit):
        main([*args, "--paragraf", "tjugo"])
    assert "”tjugo” är inget paragrafnummer" in capsys.readouterr().err


def test_protokoll_before_the_meeting_is_started(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "p.pdf"
    assert (
        main(["protokoll", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)])
        == 1
    )
    assert "har inget protokoll ännu" in capsys.readouterr().err
    assert (
        main(["protokoll", "--db", str(demo_path), "--meeting", "2020-12-08", "--out", str(out)])
        == 1
    )
    assert "inget sammanträde den 2020-12-08" in capsys.readouterr().err


def test_ics(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.ics"
    assert main(["ics", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]) == 0
    text = out.read_bytes().decode("utf-8")
    assert "DTSTART;TZID=Europe/Stockholm:20201207T140000" in text
    assert "DTSTART;VALUE=DATE:20201221" in text  # justering senast
    unfolded = text.replace("\r\n ", "")
    assert "Stockholm Business Alliance" in unfolded  # the agenda is in the description


def test_utdrag_of_the_seeds_paragraph_216_kept_without_its_meeting(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "utdrag-216.pdf"
    assert (
        main(
            [
                "utdrag",
                "--db",
                str(demo_path),
                "--meeting",
                "2020-11-24",
                "--paragraf",
                "216",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "§ 216" in text and "Dnr 2019/507" in text
    assert "återremitterar delegationsordning daterad den 12 oktober 2020" in text
    assert "Utdragsbestyrkande" in text


def test_utdrag_of_a_paragraph_nobody_kept(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert (
        main(
            [
                "utdrag",
                "--db",
                str(demo_path),
                "--meeting",
                "2020-11-24",
                "--paragraf",
                "999",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "ingen sparad § 999" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["--justerat", "2020-12-01"], "Dagen då protokollet justerades, tisdag 1 december 2020"),
        (["--anslaget", "2019-12-08"], "Dagen då anslaget sattes upp, söndag 8 december 2019"),
        (["--justerat", "2020-12-14", "--anslaget", "2020-12-10"], "Anslaget kan inte sättas"),
    ],
)
def test_deadlines_refuse_a_justering_before_the_meeting(capsys, given, said) -> None:
    """`deadlines --date 2020-12-07 --justerat 2020-12-01` printed an anslag due on 3
    December, before the meeting: a date typed a week or a year wrong is refused, as the
    Justering page refuses it."""
    code = main(["deadlines", "--date", "2020-12-07", *given])
    err = capsys.readouterr().err
    assert code != 0 and said in err and "Traceback" not in err


def test_a_second_start_says_what_it_did(demo_path: Path, capsys) -> None:
    """`protokoll start` on a started, then a justerat protokoll said "Protokollet är startat"
    again, as if it had been begun anew (walk27): it says what it kept."""
    start = ["protokoll", "start", "--db", str(demo_path), "--meeting", "2020-12-07"]
    assert main(start) == 0
    assert capsys.readouterr().out.startswith("Protokollet är startat: 7 paragrafer")
    assert main(start) == 0
    assert capsys.readouterr().out.startswith("Protokollet var redan startat")
    store = open_store(demo_path)
    try:
        meeting_id = meeting_lookup.find_meeting(store, date(2020, 12, 7)).id
        j = service.get_protokoll(store, meeting_id).justering
        j.justerare = ["Roland Johansson", "Åsa Bergkvist"]
        j.justerat, j.anslaget = date(2020, 12, 10), date(2020, 12, 11)
        service.save_justering(store, meeting_id, j)
    finally:
        store.close()
    assert main(start) == 0
    said = capsys.readouterr().out
    assert said.startswith("Protokollet är redan justerat (2020-12-10)")
    assert "är startat" not in said


def test_deadlines_take_the_meetings_day_as_every_command_names_it(capsys) -> None:
    """Every other command names the meeting by --meeting; `deadlines` knew only --date."""
    by_date = run_json(capsys, "deadlines", "--date", "2020-12-07", "--json")
    assert run_json(capsys, "deadlines", "--meeting", "2020-12-07", "--json") == by_date
