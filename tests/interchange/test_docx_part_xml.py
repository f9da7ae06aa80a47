"""The parts of a Word file python-docx leaves as bytes (comments, notes) are parsed as safely
as the document itself: no entity pulls a file into the import, no part beyond the caps."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange import docx_part_xml
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.real_delegation_fourth_markup import comment
from tests.interchange.test_real_delegation_third import _point

_SECRET = "hemligt innehåll från datorn"
_COMMENTS_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def _commented(tmp_path: Path, comments_xml: bytes | None = None) -> Path:
    """One table with a comment on its first point; its comments part replaced when given."""
    document = docx.Document()
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(document, VARA_HEADER, [_point("1.1", "Attest")])
    comment(document, table.rows[1].cells[1].paragraphs[0], "Gäller även e-handel?", 1)
    path = tmp_path / "kommenterad.docx"
    document.save(str(path))
    if comments_xml is None:
        return path
    rewritten = tmp_path / "omskriven.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/comments.xml":
                data = comments_xml
            elif item.filename == "[Content_Types].xml":
                # A plain XML type: python-docx then leaves the part as bytes (as for any
                # part it does not know), and the import parses it itself.
                data = data.replace(_COMMENTS_TYPE, b"application/xml")
            target.writestr(item, data)
    return rewritten


def _comments_with_entity(secret_file: Path) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<!DOCTYPE w:comments [<!ENTITY secret SYSTEM "{secret_file.as_uri()}">]>\n'
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0" w:author="Granskare"><w:p><w:r><w:t>Se &secret;</w:t></w:r></w:p>'
        "</w:comment></w:comments>"
    ).encode()


def test_an_entity_in_the_comments_does_not_read_a_file_into_the_import(tmp_path) -> None:
    secret_file = tmp_path / "hemlig.txt"
    secret_file.write_text(_SECRET, encoding="utf-8")
    _, report = read_file(_commented(tmp_path, _comments_with_entity(secret_file)))
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Kommentar av Granskare", "Se")
    ]


def test_comments_in_a_part_of_plain_xml_type_are_still_named(tmp_path) -> None:
    plain = _commented(tmp_path)
    with zipfile.ZipFile(plain) as source:
        comments_xml = source.read("word/comments.xml")
    _, report = read_file(_commented(tmp_path, comments_xml))
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Kommentar av Granskare", "Gäller även e-handel?")
    ]


def test_a_comments_part_beyond_the_cap_is_refused_in_swedish(tmp_path, monkeypatch) -> None:
    path = _commented(tmp_path)
    monkeypatch.setattr(docx_part_xml, "MAX_PART_BYTES", 100)
    with pytest.raises(InvalidInput, match="kommentarer är större än"):
        read_file(path)


def test_a_broken_comments_part_is_refused_in_swedish(tmp_path) -> None:
    with pytest.raises(InvalidInput, match=r"kommentarer kan inte läsas \(felaktig XML på rad 1\)"):
        read_file(_commented(tmp_path, b"<w:comments><w:comment>"))
