"""Bidirectional controls (U+202A–202E, U+2066–2069) by the ways in that session 24 left:
a tjänsteskrivelse read from Word, a delegationsordning's headings and intro read from Word
(the readers build them from paragraphs, without import_report.cleaned_cell), and the
command line's --json, which printed them as they are, so the terminal turned the text
after them backwards. A file's are taken out with a line in the import report; --json
writes them as escapes, the same JSON string."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from ksdesk.cli.base import print_json
from ksdesk.services import delegation_import, tjansteskrivelse_import
from tests.interchange.real_delegation_documents import write_vara
from tests.interchange.real_tjansteskrivelser import write_ludvika_437

TURNED = "Ny \u202eförskola\u202c i \u2067Norrby\u2069"


def _turned(path: Path) -> None:
    """The document's first paragraph with text, and a paragraph of its own, turned."""
    document = docx.Document(str(path))
    first = next(p for p in document.paragraphs if p.text.strip())
    first.runs[0].text = "\u202e" + first.runs[0].text
    document.add_paragraph(TURNED)
    document.save(str(path))


def test_a_tjansteskrivelse_from_word_loses_them_with_a_line_in_the_report(
    tmp_path: Path,
) -> None:
    write_ludvika_437(tmp_path / "ts.docx")
    _turned(tmp_path / "ts.docx")
    read, _source = tjansteskrivelse_import.read_file(tmp_path / "ts.docx")
    assert "\\u202e" not in repr(read.tjansteskrivelse)
    assert "\\u2067" not in repr(read.tjansteskrivelse)
    assert "Ny förskola i Norrby" in repr(read.tjansteskrivelse)
    assert "5 tecken för skrivriktning togs bort" in read.report.text()


def test_a_delegationsordning_from_word_loses_them_with_a_line_in_the_report(
    tmp_path: Path,
) -> None:
    write_vara(tmp_path / "vara.docx")
    _turned(tmp_path / "vara.docx")
    version, report = delegation_import.read_file(tmp_path / "vara.docx")
    assert "\\u202e" not in repr(version) and "\\u2069" not in repr(version)
    assert "för skrivriktning togs bort" in report.text()


def test_json_output_escapes_them_and_reads_back_the_same(capsys) -> None:
    data = {"title": TURNED, "items": [{"title": "\u2066KS 2020/1\u2069"}]}
    print_json(data)
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\u202e\u202c\u2066\u2067\u2069")
    assert "\\u202e" in out and "förskola" in out  # Swedish letters stay as they are
    assert json.loads(out) == data
