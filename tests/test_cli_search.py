"""`ksdesk sok --db F FRÅGA [--organ O] [--ar ÅÅÅÅ] [--typ …] [--json]`: the JSON is a list
of {"typ", "organ", "datum", "rubrik", "utdrag", "ref"}, best first, the hit marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ksdesk.cli import main
from ksdesk.core.search import MARK


def _sok(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(["sok", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_shape_best_first(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _err = _sok(capsys, "--db", str(demo_path), "delegationsordning", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits and all(
        list(h) == ["typ", "organ", "datum", "rubrik", "utdrag", "ref"] for h in hits
    )
    assert all(MARK in h["utdrag"] for h in hits)
    assert "delegationsordning" in hits[0]["rubrik"].lower()  # a hit in the title ranks first


def test_filters_on_the_command_line(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = ["--db", str(demo_path), "kommun", "--organ", "Kommunstyrelsen", "--ar", "2020"]
    code, out, _err = _sok(capsys, *args, "--typ", "arende", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert {(h["typ"], h["organ"], h["datum"][:4]) for h in hits} == {
        ("arende", "Kommunstyrelsen", "2020")
    }


def test_text_output_and_no_hits(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _err = _sok(capsys, "--db", str(demo_path), "Sker", "--typ", "punkt")
    assert code == 0 and "Delegationspunkt: Punkt 76" in out
    code, out, _err = _sok(capsys, "--db", str(demo_path), "zzyzx")
    assert (code, out.strip()) == (0, "Inga träffar.")


def test_bad_input_is_a_swedish_message(demo_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _out, err = _sok(capsys, "--db", str(demo_path), "budget", "--organ", "Okänd")
    assert code == 1 and "Det finns ingen nämnd ”Okänd”" in err
    with pytest.raises(SystemExit):
        main(["sok", "--db", str(demo_path), "budget", "--typ", "motion"])
    assert "ogiltigt val" in capsys.readouterr().err
