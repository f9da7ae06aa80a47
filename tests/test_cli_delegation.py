"""`ksdesk delegation …` on the demo database: the JSON shapes and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ksdesk.cli import main

SEED_TRAPS = {
    "dubblett-nr",
    "ordning",
    "saknar-delegat",
    "okand-forkortning",
    "blandad-skrift",
    "platshallare",
    "motstridigt-datum",
}


def _json(capsys: pytest.CaptureFixture, args: list[str]) -> tuple[int, dict]:
    code = main(args)
    return code, json.loads(capsys.readouterr().out)


def test_check_reports_the_seed_traps_and_exits_1(demo_path: Path, capsys) -> None:
    code, data = _json(capsys, ["delegation", "check", "--db", str(demo_path), "--json"])
    assert code == 1
    assert {f["code"] for f in data["findings"]} >= SEED_TRAPS
    assert set(data["findings"][0]) == {"severity", "code", "chapter", "nr", "message"}
    assert {f["severity"] for f in data["findings"]} <= {"error", "warning", "info"}


def test_check_fix_repairs_mixed_script_and_still_reports_errors(
    demo_path: Path, capsys, tmp_path
) -> None:
    db = str(demo_path)
    assert main(["delegation", "check", "--db", db, "--fix"]) == 1
    capsys.readouterr()
    _code, data = _json(capsys, ["delegation", "check", "--db", db, "--json"])
    assert "blandad-skrift" not in {f["code"] for f in data["findings"]}


def test_list_json_shape(demo_path: Path, capsys) -> None:
    code, data = _json(capsys, ["delegation", "list", "--db", str(demo_path), "--json"])
    assert code == 0
    assert data["version"] == "reviderad-2020-11-26"
    points = [p for c in data["chapters"] for p in c["points"]]
    assert len(points) == 97
    assert set(points[0]) == {
        "nr",
        "arende",
        "lagrum",
        "delegat",
        "ersattare",
        "vidaredelegation",
        "anmarkning",
    }
    _code, old = _json(
        capsys,
        [
            "delegation",
            "list",
            "--db",
            str(demo_path),
            "--version",
            "gallande-2019-08-20",
            "--json",
        ],
    )
    assert old["version"] == "gallande-2019-08-20"


def test_diff_json_text_and_pdf(demo_path: Path, capsys, tmp_path: Path) -> None:
    args = [
        "delegation",
        "diff",
        "--db",
        str(demo_path),
        "--from",
        "gallande-2019-08-20",
        "--to",
        "reviderad-2020-11-26",
    ]
    _code, data = _json(capsys, [*args, "--json"])
    assert next(p["arende"] for p in data["new"]).startswith("Utse tjänsteman i beredskap")
    assert data["chapters_added"] == ["Livsmedel/kost"]
    assert len(data["removed"]) == 2
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "Nya punkter" in text and "Kommunchef är utbytt mot kommundirektör" in text
    out = tmp_path / "forteckning.pdf"
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_and_unknown_version(demo_path: Path, capsys, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    args = ["delegation", "pdf", "--db", str(demo_path), "--out", str(out)]
    assert main([*args, "--highlight-from", "gallande-2019-08-20"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main([*args, "--version", "finns-inte"]) == 1
    assert "finns ingen version" in capsys.readouterr().err


def test_beslut_import_dry_run_json_then_saved_and_again_doubles_nothing(
    demo_path: Path, capsys, tmp_path: Path
) -> None:
    from tests.interchange.beslut_lists import public_360_xlsx

    listing = tmp_path / "rapport.xlsx"
    listing.write_bytes(public_360_xlsx())
    args = ["delegation", "beslut-import", "--db", str(demo_path), str(listing)]
    code, report = _json(capsys, [*args, "--dry-run", "--json"])
    assert code == 0 and report["kind"] == "delegationsbeslut" and not report["saved"]
    assert report["unknown_columns"][0]["text"] == "Status"
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Registrerade 3 delegationsbeslut." in out
    code, again = _json(capsys, [*args, "--json"])
    assert code == 0 and again["saved"]
    assert sum("finns redan i registret" in line["why"] for line in again["dropped"]) == 3


def test_beslut_import_of_a_file_that_is_no_list_fails_in_swedish(
    demo_path: Path, capsys, tmp_path: Path
) -> None:
    bad = tmp_path / "fel.csv"
    bad.write_text("bara;text\n", encoding="utf-8")
    code = main(["delegation", "beslut-import", "--db", str(demo_path), str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and "ingen rubrikrad" in err and "Traceback" not in err
    code = main(["delegation", "beslut-import", "--db", str(demo_path), str(tmp_path / "x.csv")])
    assert code == 1 and "Traceback" not in capsys.readouterr().err


def test_beslut_import_fills_what_rows_lack_from_the_command_line(
    demo_path: Path, capsys, tmp_path: Path
) -> None:
    """A real list with no Dnr or beslutsfattare (Östhammar 2017): saved with what is given,
    as the dialog's "Fyll i det som saknas" does; a date that cannot be read is refused."""
    from tests.interchange.real_beslut_lists import text_file
    from tests.interchange.real_beslut_lists_second import OSTHAMMAR_2017

    listing = tmp_path / "lista.txt"
    listing.write_bytes(text_file(OSTHAMMAR_2017))
    args = ["delegation", "beslut-import", "--db", str(demo_path), str(listing), "--dry-run"]
    assert main(args) == 0
    assert "0 delegationsbeslut skulle registreras" in capsys.readouterr().out
    given = ["--diarienummer", "SN-2017-50", "--beslutsfattare", "Socialchef"]
    assert main([*args, *given, "--beslutsdatum", "2017-12-06"]) == 0
    assert "4 delegationsbeslut skulle registreras" in capsys.readouterr().out
    assert main([*args, "--beslutsdatum", "trettionde"]) == 1
    err = capsys.readouterr().err
    assert "kan inte läsas som ett datum" in err and "Traceback" not in err


def test_list_json_names_a_chapters_part(demo_path: Path, capsys) -> None:
    from ksdesk.db.connection import open_store
    from ksdesk.services import delegation, delegation_document

    store = open_store(demo_path)
    draft = delegation.resolve(store, "reviderad-2020-11-26")
    delegation_document.set_chapter_part(store, draft.id, 0, "Del A Kommunstyrelsen")
    store.close()
    code, data = _json(capsys, ["delegation", "list", "--db", str(demo_path), "--json"])
    assert code == 0
    assert [c.get("part") for c in data["chapters"][:2]] == ["Del A Kommunstyrelsen", None]


def test_a_finding_about_the_whole_version_reads_without_a_stray_colon(
    tmp_path: Path, capsys
) -> None:
    # A new file's first import (Vårgårda kommun's delegeringsordning for its kommunstyrelse,
    # source in write_vargarda): the empty role register concerns no chapter or point, and
    # its line read "okänd roll          : Rollregistret är tomt …".
    from tests.interchange.real_delegation_seventh import write_vargarda

    db = tmp_path / "vargarda.sqlite"
    main(["init", "--db", str(db), "--kommun", "Vårgårda kommun", "--organ", "Kommunstyrelsen"])
    write_vargarda(tmp_path / "vargarda.docx")
    main(["delegation", "import", "--db", str(db), str(tmp_path / "vargarda.docx")])
    capsys.readouterr()
    main(["delegation", "check", "--db", str(db)])
    lines = capsys.readouterr().out.splitlines()
    (roles,) = [line for line in lines if "Rollregistret är tomt" in line]
    assert " : " not in roles and roles.split()[:3] == ["Info", "okänd", "roll"]
    (abbreviation,) = [line for line in lines if "Förkortningen KL" in line]
    assert "1 Allmänna ärenden 1.1: Förkortningen KL används" in abbreviation


def test_anta_adopts_the_draft_as_the_gui_does_and_refuses_an_adopted_one(
    demo_path: Path, capsys
) -> None:
    args = ["delegation", "anta", "--db", str(demo_path), "--version", "reviderad-2020-11-26"]
    adopted = [*args, "--datum", "2020-12-07", "--paragraf", "§ 231", "--dnr", "KS 2019/507"]
    # The demo's draft has 9 fel: the tab asks before adopting; the command refuses unless told.
    assert main(adopted) == 1
    assert "Kontrollerna hittar 9 fel" in capsys.readouterr().err
    assert main([*adopted, "--trots-fel"]) == 0
    out = capsys.readouterr().out
    assert "antogs 2020-12-07 § 231 och gäller från det datumet" in out
    assert "Antogs trots 9 fel" in out
    assert main([*args, "--datum", "2020-12-08", "--paragraf", "232"]) == 1
    assert "är antagen och ändras inte" in capsys.readouterr().err
