"""`bilaga add --budget` and `--delegationsordning`: a sheet or a version held in the file goes
into the packet as the window's bilaga picker puts it, numbered by the packet alone. (A sheet
printed with `budget pdf` and attached as a file kept its own "Sida 1 av 2" under the
packet's "Sida 5 av 6", both printed on the same spot.)"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from ksdesk.cli import main
from tests.interchange.real_budget_drift import SJOBO_DRIFTBUDGET_2025
from tests.interchange.real_budget_files import write_xlsx
from tests.interchange.real_delegation_seventh import write_vargarda
from tests.pdf_helpers import outline_titles, pages_text

DAY = "2027-01-18"


def ksdesk(db: Path, command: str) -> int:
    return main(["--db", str(db), *shlex.split(command)])


def _sjobo(db: Path) -> None:
    """Another kommun's new file: Sjöbo's real driftbudget 2025 (source in the Table) and
    Vårgårda's delegationsordning for its kommunstyrelse (source in its builder)."""
    assert ksdesk(db, "init --kommun 'Sjöbo kommun' --organ Kommunstyrelsen") == 0
    sheet = write_xlsx(SJOBO_DRIFTBUDGET_2025, db.parent / "drift.xlsx")
    assert ksdesk(db, f"budget import {sheet} --sheet 'Driftbudget 2025'") == 0
    write_vargarda(db.parent / "vargarda.docx")
    assert ksdesk(db, f"delegation import {db.parent / 'vargarda.docx'}") == 0
    assert ksdesk(db, f"meeting create --organ Kommunstyrelsen --date {DAY} --time 14.00") == 0


@pytest.fixture
def db(built_file, capsys: pytest.CaptureFixture) -> Path:
    """Sjöbo's file (_sjobo), built once and copied for each test."""
    db = built_file("sjobo.sqlite", _sjobo)
    capsys.readouterr()
    return db


def test_a_budget_sheet_and_the_delegationsordning_go_into_the_packet(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert ksdesk(db, f"bilaga add --meeting {DAY} --item 1 --budget driftbudget-2025") == 0
    assert ksdesk(db, f"bilaga add --meeting {DAY} --item 1 --delegationsordning ''") == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == "Bilaga 1 ”Driftbudget per nämnd” lades till ärende 1 ”Val av justerare”."
    assert said[1].startswith("Bilaga 2 ")
    out = tmp_path / "paket.pdf"
    assert ksdesk(db, f"kallelse --meeting {DAY} --packet --out {out}") == 0
    data = out.read_bytes()
    titles = outline_titles(data)
    assert "Bilaga 1. Driftbudget per nämnd" in " ".join(titles)
    # Titled as the document titles itself, not by the version's name (the file's, "vargarda").
    assert any("Bilaga 2. DELEGERINGSORDNING KOMMUNSTYRELSEN" in title for title in titles)
    pages = pages_text(data)
    assert any("Äldreomsorg" in page for page in pages)
    assert any("Yttranden i ärenden som inte är av principiell" in page for page in pages)
    for number, page in enumerate(pages, start=1):
        assert page.count("Sida") == 1, page  # the packet's number only
        assert f"Sida {number} av {len(pages)}" in page


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("--budget Investeringar", "Det finns inget budgetblad som heter ”Investeringar”."),
        ("--delegationsordning 2019", "ingen version av delegationsordningen som heter"),
        ("--item 9 --budget driftbudget-2025", "Sammanträdet har inget ärende 9"),
    ],
)
def test_what_is_not_there_is_said_in_swedish(
    db: Path, capsys: pytest.CaptureFixture, words: str, message: str
) -> None:
    item = "" if "--item" in words else "--item 1"
    assert ksdesk(db, f"bilaga add --meeting {DAY} {item} {words}") == 1
    assert message in capsys.readouterr().err


def test_a_pdf_is_added_in_one_sentence_saying_where_its_title_was_read(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """walk34 #11: the number alone on a line of its own before the sentence (a stray "1");
    #3: the title read from the PDF's document info with a personnummer in it (invented)."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "situationsplan.pdf"
    page = canvas.Canvas(str(path))
    page.setTitle("Situationsplan Karin Ek 19720514-2384")
    page.showPage()
    page.save()
    assert ksdesk(db, f"bilaga add --meeting {DAY} --item 1 {path}") == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith("Bilaga 1 ”Situationsplan Karin Ek” lades till ärende 1")
    assert "Ett personnummer togs bort ur den." in said[1] and "19720514" not in "".join(said)
    assert ksdesk(db, f"bilaga add --meeting {DAY} --item 1 --json --title Karta {path}") == 0
    assert '"nr": "2"' in capsys.readouterr().out
