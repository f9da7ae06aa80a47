"""`meeting create`, `agenda import` and `kallelse` exactly as the README spells them."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from ksdesk.cli import main
from tests.pdf_helpers import outline_titles, pages_text


def ksdesk(command: str) -> int:
    return main(shlex.split(command))


def test_create_import_and_print(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "ks.sqlite"
    assert ksdesk(f"demo --db {db}") == 0
    create = "meeting create --db {} --organ Kommunstyrelsen --date 2021-01-18 --time 14.00"
    assert ksdesk(create.format(db) + " --place Festsalen") == 0
    said = capsys.readouterr()
    assert "med 4 stående ärenden" in said.out and said.err == ""  # a Monday: no question
    agenda = tmp_path / "lista.csv"
    # A dry run names what it would add; Kungsbacka's unnumbered Val av justerare, dropped,
    # was counted among them (walk34: "1 ärende skulle läggas till", all merged or dropped).
    agenda.write_text(";Val av justerare;\n1;Upprop;\n2;Motion om cykelbanor;KS 2020/501\n")
    assert ksdesk(f"agenda import --db {db} --meeting 2021-01-18 {agenda} --dry-run") == 0
    said = capsys.readouterr().out
    assert said.endswith(
        "2 ärenden skulle läggas till:\n  - ”Upprop”\n  - ”Motion om cykelbanor”\n"
    )
    agenda.write_bytes("Ärende;Dnr\nMotion om cykelbanor;KS 2020/501\n".encode("cp1252"))
    assert ksdesk(f"agenda import --db {db} --meeting 2021-01-18 {agenda}") == 0
    assert "Läste in 1 ärende till" in capsys.readouterr().out
    out = tmp_path / "k.pdf"
    assert ksdesk(f"kallelse --db {db} --meeting 2021-01-18 --out {out}") == 0
    assert f"Kallelsen har 1 sida och är sparad i {out}." in capsys.readouterr().out
    text = pages_text(out.read_bytes())[0]
    assert "Måndag 18 januari 2021, kl. 14.00" in text and "Motion om cykelbanor" in text


def test_demo_packet_and_public_packet(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db, out = tmp_path / "demo.sqlite", tmp_path / "k.pdf"
    ksdesk(f"demo --db {db}")
    packet = f"kallelse --db {db} --meeting 2020-12-07 --packet --out {out}"
    assert ksdesk(packet) == 0
    captured = capsys.readouterr()
    assert "Paketet har" in captured.out and f"sidor och är sparat i {out}" in captured.out
    assert len(outline_titles(out.read_bytes())) == 17
    assert ksdesk(packet + " --public") == 0
    assert "(offentlig version för webben, PDF/UA-1 och PDF/A-2a)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("kallelse --meeting 2021-05-05 --out {tmp}/x.pdf", "Det finns inget sammanträde den"),
        ("meeting create --organ KS --date 2021-13-01 --time 14.00", "Ogiltigt datum"),
        ("kallelse --meeting 2020-12-07 --out {tmp}/saknas/k.pdf", "finns inte"),
    ],
)
def test_errors_are_swedish(tmp_path: Path, capsys, command: str, message: str) -> None:
    db = tmp_path / "demo.sqlite"
    ksdesk(f"demo --db {db}")
    capsys.readouterr()
    assert ksdesk(f"--db {db} " + command.format(tmp=tmp_path)) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("packet", [False, True])
def test_kallelse_loads_the_meeting_once(demo_path, tmp_path, monkeypatch, packet) -> None:
    """`ksdesk kallelse` read the whole meeting (bilaga files included) to find its id, then
    again to print it."""
    from ksdesk.cli import main
    from ksdesk.db import meeting_repo

    loads = []
    real_get = meeting_repo.get

    def counting_get(store, meeting_id, *, with_items=True):
        loads.append(with_items)
        return real_get(store, meeting_id, with_items=with_items)

    monkeypatch.setattr(meeting_repo, "get", counting_get)
    out = tmp_path / "k.pdf"
    args = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]
    assert main([*args, *(["--packet"] if packet else [])]) == 0
    assert loads.count(True) == 1


@pytest.mark.parametrize(
    "flags",
    ["", " --packet", " --public", " --packet --public"],
    ids=lambda flags: flags.strip() or "paper",
)
def test_kallelse_says_which_characters_print_as_replacement(
    tmp_path: Path, capsys: pytest.CaptureFixture, flags: str
) -> None:
    """A script that prints the kallelse learns, as the window's checks say, that a title
    pasted with characters no bundled font has prints them as �."""
    db, out = tmp_path / "ks.sqlite", tmp_path / "k.pdf"
    assert ksdesk(f"demo --db {db}") == 0
    create = "meeting create --db {} --organ Kommunstyrelsen --date 2021-01-18 --time 14.00"
    assert ksdesk(create.format(db)) == 0
    agenda = tmp_path / "lista.csv"
    agenda.write_text("Ärende;Dnr\nVänort 中山 ☐ klart;KS 2020/501\n", encoding="utf-8")
    assert ksdesk(f"agenda import --db {db} --meeting 2021-01-18 {agenda}") == 0
    capsys.readouterr()
    command = f"kallelse --db {db} --meeting 2021-01-18 --out {out}"
    assert ksdesk(command + flags) == 0
    err = capsys.readouterr().err
    assert "Varning: Ärende 4 (Vänort 中山 ☐ klart): tecknen ”中山” finns inte i typsnitten" in err
    assert "☐" not in err.split("typsnitten")[1]  # ☐ prints (DejaVu Sans): not named


def test_a_meeting_created_on_a_sunday_is_questioned(demo_path: Path, capsys) -> None:
    """2021-01-17 typed for the Monday after: created (a board may mean it), with a warning."""
    create = "meeting create --db {} --organ Kommunstyrelsen --date 2021-01-17 --time 14.00"
    assert ksdesk(create.format(demo_path)) == 0
    said = capsys.readouterr()
    assert "Skapade sammanträdet 2021-01-17" in said.out
    assert said.err == "Varning: Sammanträdet den 17 januari 2021 är en söndag: stämmer datumet?\n"
    # Printed, the kallelse says it again beside the file, as the Kallelse tab does.
    out = demo_path.with_name("k.pdf")
    assert ksdesk(f"kallelse --db {demo_path} --meeting 2021-01-17 --out {out}") == 0
    assert "är en söndag: stämmer datumet?" in capsys.readouterr().err
