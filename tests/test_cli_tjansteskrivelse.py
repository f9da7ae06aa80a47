"""`ksdesk tjansteskrivelse import`: the report, the refusal to replace unasked, --ersatt,
--dry-run and --json, and a Word file of the wrong kind refused in Swedish."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from ksdesk.cli import main
from tests.interchange.real_tjansteskrivelser import write_ludvika_434
from tests.interchange.test_other_formats import OLD_WORD


def ksdesk(command: str) -> int:
    return main(shlex.split(command))


def test_import_replace_and_report(demo_path: Path, tmp_path: Path, capsys) -> None:
    word = tmp_path / "ts.docx"
    write_ludvika_434(word)
    base = f"tjansteskrivelse import --db {demo_path} --meeting 2020-12-07 --arende 3 {word}"
    assert ksdesk(base) != 0
    assert "redan en tjänsteskrivelse" in capsys.readouterr().err
    assert ksdesk(f"{base} --dry-run") == 0
    said = capsys.readouterr().out
    assert "Import av tjänsteskrivelse från ts.docx" in said and "Inget sparades" in said
    assert ksdesk(f"{base} --ersatt --json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["kind"] == "tjänsteskrivelse" and report["saved"]
    assert "1 att-sats" in report["read"]


def test_an_old_word_file_is_refused_in_swedish(demo_path: Path, tmp_path: Path, capsys) -> None:
    old = tmp_path / "ts.doc"
    old.write_bytes(OLD_WORD)
    command = f"tjansteskrivelse import --db {demo_path} --meeting 2020-12-07 --arende 7 {old}"
    assert ksdesk(command) != 0
    said = capsys.readouterr().err
    assert "Word 97–2003" in said and "Traceback" not in said


def test_a_pdf_replacing_says_it_was_the_pdf(demo_path: Path, tmp_path: Path, capsys) -> None:
    from tests.interchange.tjansteskrivelse_as_pdf import write_pdf

    word, pdf = tmp_path / "ts.docx", tmp_path / "ts.pdf"
    write_ludvika_434(word)
    write_pdf(word, pdf)
    command = f"tjansteskrivelse import --db {demo_path} --meeting 2020-12-07 --arende 3 {pdf}"
    assert ksdesk(f"{command} --ersatt") == 0
    said = capsys.readouterr().out
    assert "ersatt med PDF-filens" in said and "Word-filens" not in said
