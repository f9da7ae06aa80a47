"""Every import command, given each kind of wrong file a secretary can pick by mistake, says
in Swedish what the file is and changes nothing: an empty file, a picture renamed, Word's and
Excel's old formats, a locked PDF, a damaged PDF, a zip with no Office parts, HTML saved as
.xlsx, RTF named .docx, random bytes, a folder. The error text is the secretary's: no
exception's name, no library's English."""

from __future__ import annotations

import hashlib
import io
import re
import shlex
import zipfile
from pathlib import Path

import pikepdf
import pytest

from ksdesk.cli import main

_ENGLISH = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|Error|Exception|Traceback|archive")


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "hej")
    return out.getvalue()


def _locked_pdf() -> bytes:
    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out, encryption=pikepdf.Encryption(owner="a", user="b"))
    return out.getvalue()


OLE = bytes.fromhex("D0CF11E0A1B11AE1")
WRONG_FILES = {
    "tom.docx": b"",
    "bild.pdf": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "foto.docx": b"\xff\xd8\xff\xe0" + bytes(200),
    "gammal.doc": OLE + bytes(600),
    "gammal.xls": OLE + bytes(600),
    "last.pdf": _locked_pdf(),
    "avbruten.pdf": b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
    "tom_zip.xlsx": _zip("hej.txt"),
    "tom_zip.docx": _zip("hej.txt"),
    "html.xlsx": b"<html><table><tr><td>1</td></tr></table></html>",
    "rtf.docx": rb"{\rtf1\ansi hej}",
    "brus.csv": bytes(range(256)) * 12,
    "mapp.docx": None,  # a folder
}
COMMANDS = {
    "budget": "budget import --db {db} --unit tkr",
    "delegation": "delegation import --db {db}",
    "beslut": "delegation beslut-import --db {db}",
    "agenda": "agenda import --db {db} --meeting 2027-02-03",
    "bilaga": "bilaga add --db {db} --meeting 2027-02-03 --item 1",
    "tjansteskrivelse": "tjansteskrivelse import --db {db} --meeting 2027-02-03 --arende 1",
}


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("fel")
    db = folder / "ks.sqlite"
    assert main(["init", "--db", str(db), "--kommun", "Åmål", "--organ", "Kommunstyrelsen"]) == 0
    meeting = "--organ Kommunstyrelsen --date 2027-02-03 --time 14.00"
    assert main(shlex.split(f"meeting create --db {db} {meeting}")) == 0
    for name, data in WRONG_FILES.items():
        if data is None:
            (folder / name).mkdir()
        else:
            (folder / name).write_bytes(data)
    return folder, db


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_wrong_file_is_refused_in_swedish_and_nothing_changes(
    board: tuple[Path, Path], command: str, capsys: pytest.CaptureFixture
) -> None:
    folder, db = board
    capsys.readouterr()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for name in WRONG_FILES:
        line = f"{COMMANDS[command].format(db=db)} {folder / name}"
        assert main(shlex.split(line)) == 1, line
        said = capsys.readouterr().err
        assert said.startswith("ksdesk: ") and said.count("\n") == 1, (line, said)
        assert name in said, (line, said)
        assert not _ENGLISH.search(said), (line, said)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
