"""The after-the-meeting commands as a secretary types them: expediera, motion, uppfoljning,
protokoll --arkiv and verifiera, with the JSON shapes exactly as promised."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from ksdesk.cli import main
from ksdesk.core.protokoll import Justering
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, protokoll


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def justerad(demo_path: Path) -> Path:
    """The demo with its protokoll begun, justerat on 14 December and anslaget the 15th."""
    store = open_store(demo_path)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    started = protokoll.start_protokoll(store, meeting.id)
    j: Justering = started.justering
    j.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    j.justerat, j.anslaget = date(2020, 12, 14), date(2020, 12, 15)
    protokoll.save_justering(store, meeting.id, j)
    store.close()
    return demo_path


def test_demo_shows_the_216_chain(demo_path: Path, capsys) -> None:
    code, out, _err = run(capsys, "uppfoljning", "--db", str(demo_path), "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "aterremitterade",
        "bordlagda",
        "uppdrag",
        "motioner",
        "laga_kraft",
        "ej_anmalda_delegationsbeslut",
    ]
    chain = data["aterremitterade"]
    assert [(c["datum"], c["paragraf"], c["dnr"]) for c in chain] == [
        ("2020-11-24", 216, "2019/507")
    ]
    assert chain[0]["tillbaka"]["datum"] == "2020-12-07"
    assert chain[0]["tillbaka"]["arende"] == 5
    code, out, _err = run(capsys, "uppfoljning", "--db", str(demo_path))
    # the ärende named, as the secretary looks it up (walk29: "§ 45" alone said nothing)
    [line] = [line for line in out.splitlines() if "§ 216" in line]
    assert line.strip().startswith("Kommunstyrelsen: ")
    assert line.endswith(
        "(Dnr 2019/507): Återremitterat 2020-11-24 § 216: tillbaka som ärende 5 den 2020-12-07"
    )


def test_expediera_writes_one_file_per_recipient(justerad: Path, tmp_path: Path, capsys) -> None:
    out_dir = tmp_path / "ut"
    code, out, err = run(
        capsys,
        "expediera",
        "--db",
        str(justerad),
        "--meeting",
        "2020-12-07",
        "--out",
        str(out_dir),
        "--json",
    )
    assert code == 0, err
    sent = json.loads(out)
    assert all(set(entry) == {"mottagare", "paragrafer", "fil"} for entry in sent)
    assert len({e["fil"] for e in sent}) == len(sent) == len(list(out_dir.iterdir()))
    by_name = {e["mottagare"]: e["paragrafer"] for e in sent}
    # "Ekonomienheten för kännedom" (§ 219) and "Ekonomienheten" (§ 220): one recipient.
    assert by_name["Ekonomienheten"] == [219, 220]
    assert by_name["SBA"] == [222]  # "SBA efter underskrift"


def test_expediera_again_sends_only_what_has_not_gone(justerad: Path, tmp_path: Path, capsys):
    """A recipient added to a § after the first expediering gets that § alone; with nothing
    new the second run is refused in Swedish, and --igen sends everything again."""
    on = ["--db", str(justerad), "--meeting", "2020-12-07", "--out", str(tmp_path / "ut")]
    code, out, err = run(capsys, "expediera", *on, "--json")
    assert code == 0, err
    first = len(json.loads(out))
    code, _out, err = run(capsys, "expediera", *on)
    assert code == 1 and "redan expedierade" in err and "Traceback" not in err
    assert "Skicka allt igen med --igen." in err
    assert len(list((tmp_path / "ut").iterdir())) == first

    store = open_store(justerad)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    paragraf = protokoll.get_protokoll(store, meeting.id).paragraf(221)
    paragraf.beslut_skickas_till = [*paragraf.beslut_skickas_till, "Barn- och utbildningsnämnden"]
    protokoll.save_paragraf(store, paragraf)
    store.close()
    code, out, err = run(capsys, "expediera", *on, "--json")
    assert code == 0, err
    assert [(e["mottagare"], e["paragrafer"]) for e in json.loads(out)] == [
        ("Barn- och utbildningsnämnden", [221])
    ]
    code, out, err = run(capsys, "expediera", *on, "--igen", "--json")
    assert code == 0 and len(json.loads(out)) == first + 1


def test_expediera_refuses_before_justering(demo_path: Path, tmp_path: Path, capsys) -> None:
    store = open_store(demo_path)
    protokoll.start_protokoll(store, meeting_lookup.find_meeting(store, date(2020, 12, 7)).id)
    store.close()
    code, _out, err = run(
        capsys,
        "expediera",
        "--db",
        str(demo_path),
        "--meeting",
        "2020-12-07",
        "--out",
        str(tmp_path / "ut"),
    )
    assert code == 1 and "inte justerat" in err and "Traceback" not in err
    assert not (tmp_path / "ut").exists()


def test_motion_register_through_the_cli(demo_path: Path, tmp_path: Path, capsys) -> None:
    db = str(demo_path)
    assert (
        run(
            capsys,
            "motion",
            "add",
            "--db",
            db,
            "--typ",
            "motion",
            "--rubrik",
            "Solceller",
            "--vackt",
            "2021-03-22",
            "--av",
            "Anna Andersson (C)",
            "--dnr",
            "KS 2021/88",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            "motion",
            "add",
            "--db",
            db,
            "--typ",
            "medborgarforslag",
            "--rubrik",
            "Fler bänkar i parken",
            "--vackt",
            "2022-01-10",
            "--av",
            "Kalle Karlsson",
        )[0]
        == 0
    )
    assert run(
        capsys,
        "motion",
        "add",
        "--db",
        db,
        "--typ",
        "medborgarforslag",
        "--rubrik",
        "Lekplats",
        "--vackt",
        "2022-02-01",
    )[1] == (
        "Medborgarförslaget ”Lekplats” är registrerat; det ska besvaras senast 2023-02-01.\n"
    )  # neuter, as the noun: not "är registrerad; den"
    listed = run(capsys, "motion", "list", "--db", db)[1]
    assert "2022-01-10  medborgarförslag" in listed and "medborgarforslag" not in listed
    _code, out, _err = run(capsys, "motion", "list", "--db", db, "--json")
    rows = json.loads(out)
    assert all(
        set(r) == {"typ", "rubrik", "dnr", "vackt", "besvarad", "senast", "status", "over_ett_ar"}
        for r in rows
    )
    assert rows[0] == {
        "typ": "motion",
        "rubrik": "Solceller",
        "dnr": "KS 2021/88",
        "vackt": "2021-03-22",
        "besvarad": None,
        "senast": "2022-03-22",
        "status": "väckt",
        "over_ett_ar": True,
    }
    report = tmp_path / "r.pdf"
    assert (
        run(capsys, "motion", "rapport", "--db", db, "--datum", "2022-04-01", "--out", str(report))[
            0
        ]
        == 0
    )
    text = pdf_words(report)
    assert "Solceller" in text and "Kalle Karlsson" in text
    public = tmp_path / "p.pdf"
    assert (
        run(
            capsys,
            "motion",
            "rapport",
            "--db",
            db,
            "--datum",
            "2022-04-01",
            "--out",
            str(public),
            "--public",
        )[0]
        == 0
    )
    public_text = pdf_words(public)
    assert "Kalle Karlsson" not in public_text and "namnet publiceras inte" in public_text
    assert "Anna Andersson (C)" in public_text  # a ledamot's motion is public


def test_motion_add_refuses_in_swedish(demo_path: Path, capsys) -> None:
    code, _out, err = run(
        capsys,
        "motion",
        "add",
        "--db",
        str(demo_path),
        "--typ",
        "motion",
        "--rubrik",
        " ",
        "--vackt",
        "2021-03-22",
    )
    assert code == 1 and "rubrik" in err


def test_arkiv_is_pdfa_and_verifiera_knows_it(justerad: Path, tmp_path: Path, capsys) -> None:
    db = str(justerad)
    arkiv = tmp_path / "arkiv.pdf"
    code, out, err = run(
        capsys, "protokoll", "--db", db, "--meeting", "2020-12-07", "--arkiv", "--out", str(arkiv)
    )
    assert code == 0, err
    assert "version 1 (ny version)" in out
    with pikepdf.open(arkiv) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert len(pdf.Root.OutputIntents) == 1
    assert "Underskrifter" in pdf_words(arkiv).rsplit("Sida 9 av 10", 1)[-1]
    assert "Justerare Roland Johansson" in pdf_words(arkiv)
    code, out, _err = run(capsys, "verifiera", str(arkiv), "--db", db)
    assert code == 0 and "Kommunstyrelsen 2020-12-07, version 1" in out

    # Signed by the e-signing service: a page added, the protokoll's pages untouched.
    signed = tmp_path / "signerat.pdf"
    with pikepdf.open(arkiv) as pdf:
        pdf.add_blank_page()
        pdf.save(signed)
    code, out, _err = run(capsys, "verifiera", str(signed), "--db", db, "--json")
    result = json.loads(out)
    assert code == 0 and result["hur"] == "text" and result["version"] == 1

    # The protokoll changed after justering: a new version, the old file still known.
    store = open_store(justerad)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    changed = protokoll.get_protokoll(store, meeting.id).paragrafer[2]
    changed.beslut += " Rättelse."
    protokoll.save_paragraf(store, changed)
    store.close()
    second = tmp_path / "v2.pdf"
    code, out, _err = run(
        capsys, "protokoll", "--db", db, "--meeting", "2020-12-07", "--arkiv", "--out", str(second)
    )
    assert "version 2 (ny version)" in out
    assert "version 1" in run(capsys, "verifiera", str(arkiv), "--db", db)[1]

    other = tmp_path / "annan.pdf"
    other.write_bytes(_blank_pdf())
    code, _out, err = run(capsys, "verifiera", str(other), "--db", db)
    assert code == 1 and "inte med något protokoll" in err


def pdf_words(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def _blank_pdf() -> bytes:
    from tests.pdf_helpers import make_pdf

    return make_pdf(1, "Något annat")
