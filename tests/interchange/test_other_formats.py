"""A file of a kind no importer reads is refused with what it is and what to do: Word's and
Excel's old formats, a password-protected workbook, LibreOffice's files, a PDF, RTF. Before,
each was "ingen Excel-fil: den är inte i Office-format" or "kan inte läsas som Word"."""

from __future__ import annotations

import io
import shlex
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from ksdesk.cli import main
from ksdesk.interchange.other_formats import format_problem
from tests.pdf_helpers import make_pdf


def compound_file(*streams: str) -> bytes:
    """What ksdesk looks at in a compound file (the old Office container, also the one a
    password-protected .docx/.xlsx is saved in): its signature, and its directory of
    128-byte entries whose first 64 bytes are the stream's name in UTF-16LE."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b"".join(
        name.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for name in ("Root Entry", *streams)
    )
    return header + entries.ljust(4096, b"\0")


def open_document(kind: str) -> bytes:
    """As LibreOffice saves: the zip's first entry "mimetype", stored, naming the kind."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}")
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


OLD_WORD = compound_file("WordDocument", "1Table", "\x05SummaryInformation")
OLD_EXCEL = compound_file("Workbook", "\x05SummaryInformation")
PASSWORD = compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (OLD_WORD, "Words äldre format (Word 97–2003, .doc)"),
        (OLD_EXCEL, "Excels äldre format (Excel 97–2003, .xls)"),
        (PASSWORD, "lösenordsskyddad"),
        (open_document("text"), "OpenDocument-format (LibreOffice"),
        (open_document("spreadsheet"), "OpenDocument-format (LibreOffice"),
        (b"{\\rtf1\\ansi Delegationsordning}", "RTF-format"),
    ],
)
def test_each_kind_is_named(data: bytes, said: str) -> None:
    assert said in format_problem(data)


def _docx() -> bytes:
    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "data", [_docx(), _xlsx(), "Nr;Ärende\n1;Val av justerare\n".encode(), b"PK\x03\x04junk"]
)
def test_what_the_importers_read_is_left_to_them(data: bytes) -> None:
    assert format_problem(data) == ""


def _refused(command: str, capsys: pytest.CaptureFixture) -> str:
    assert main(shlex.split(command)) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_every_importer_names_the_kind(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "ks.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    (tmp_path / "ordning.doc").write_bytes(OLD_WORD)
    (tmp_path / "budget.xlsx").write_bytes(PASSWORD)
    (tmp_path / "lista.ods").write_bytes(open_document("spreadsheet"))
    (tmp_path / "beslut.pdf").write_bytes(make_pdf(1, "Delegationsbeslut"))
    said = _refused(f"delegation import --db {db} {tmp_path / 'ordning.doc'}", capsys)
    assert "ordning.doc är i Words äldre format" in said and "spara den som" in said
    said = _refused(f"budget import --db {db} {tmp_path / 'budget.xlsx'}", capsys)
    assert "budget.xlsx är lösenordsskyddad" in said
    command = f"agenda import --db {db} --meeting 2020-12-07 {tmp_path / 'lista.ods'}"
    assert "lista.ods är i OpenDocument-format" in _refused(command, capsys)
    # A kallelse's PDF is read for its list of delegationsbeslut: this one names none.
    said = _refused(f"delegation beslut-import --db {db} {tmp_path / 'beslut.pdf'}", capsys)
    assert "beslut.pdf: listan under ”Delegationsbeslut sida 1” namnger inga beslut" in said


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("skannad.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "skannad.pdf är en bild (PNG)"),
        ("foto.docx", b"\xff\xd8\xff\xe0" + bytes(64), "foto.docx är en bild (JPEG)"),
        ("ordning.docx", b"inte ett Word-dokument", "ordning.docx är inget Word-dokument fast"),
        ("lista.pdf", "Nr;Ärende\n1;Val\n".encode(), "lista.pdf är ingen PDF-fil fast"),
        ("budget.xlsx", b"<html><table></table></html>", "budget.xlsx är ingen Excel-fil fast"),
    ],
    ids=["png-som-pdf", "jpeg-som-docx", "text-som-docx", "text-som-pdf", "html-som-xlsx"],
)
def test_a_picture_or_a_file_not_what_its_name_says_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture, name: str, data: bytes, said: str
) -> None:
    """Before, each was read as text: "rad 1: kolumnen Ärende saknas", "Filens teckenkodning
    känns inte igen" or "ingen rubrikrad hittades", for a file that holds no list at all."""
    db = tmp_path / "ks.sqlite"
    assert main(["init", "--db", str(db), "--kommun", "Åmål", "--organ", "Kommunstyrelsen"]) == 0
    (tmp_path / name).write_bytes(data)
    for command in (
        f"delegation import --db {db}",
        f"delegation beslut-import --db {db}",
        f"budget import --db {db} --unit tkr",
    ):
        assert said in _refused(f"{command} {tmp_path / name}", capsys)
