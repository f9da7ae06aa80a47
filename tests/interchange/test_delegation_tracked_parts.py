"""Tracked changes outside the body of a Word delegationsordning: Word's page header and footer
and the footnotes are parts of their own, and a kommun's template keeps the ordning's Dnr and
adoption there. Text inserted with Spåra ändringar on is the document's text as Word shows
it; text struck out (w:del/w:delText) is not, and the report names it. The body's tracked
changes are tested with the third round (test_real_delegation_third)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.real_delegation_third import tracked_delete, tracked_insert


def test_tracked_changes_in_the_page_header_and_footer(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.sections[0].header.add_table(rows=2, cols=2, width=Cm(15))
    header.cell(0, 0).text = "Diarienummer"
    tracked_delete(header.cell(0, 1).paragraphs[0], "KS 2019/55", 1)
    tracked_insert(header.cell(0, 1).paragraphs[0], "KS 2025/112", 2)
    header.cell(1, 0).text, header.cell(1, 1).text = "Giltigt från", "2025-07-01"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Fastställd av kommunstyrelsen "
    tracked_delete(footer, "2019-02-01", 3)
    tracked_insert(footer, "2025-06-12", 4)
    document.add_heading("1 Allmänna ärenden", 1)
    _table(document, VARA_HEADER, [["1.1", "Brådskande ärenden", "Ordförande", "", "", ""]])
    path = tmp_path / "spårad.docx"
    document.save(str(path))

    version, report = read_file(path)

    assert version.header["Diarienummer"] == "KS 2025/112"
    assert [r.beslut for r in version.revisions] == ["kommunstyrelsen 2025-06-12"]
    said = json.dumps(report.as_json(), ensure_ascii=False)
    assert "2019-02-01" in said and "KS 2019/55" in said  # struck out, named in the report
    struck = [line for line in report.dropped if line.text in ("KS 2019/55", "2019-02-01")]
    assert {line.where for line in struck} == {
        "Spårad ändring i sidhuvudet",
        "Spårad ändring i sidfoten",
    }


def test_tracked_changes_in_an_endnote(tmp_path: Path) -> None:
    """An endnote's inserted words are its text (they were already); its struck words are
    not, and the report now names them (they went unsaid)."""
    document = docx.Document()
    w = nsdecls("w")
    stamp = 'w:author="Handläggare" w:date="2025-06-01T10:00:00Z"'
    note = (
        f'<w:endnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Se </w:t></w:r>'
        f'<w:del w:id="7" {stamp}><w:r><w:delText>6 kap. 33 § KL</w:delText></w:r></w:del>'
        f'<w:ins w:id="8" {stamp}><w:r><w:t>7 kap. 5 § KL</w:t></w:r></w:ins></w:p></w:endnote>'
    )
    blob = f'<w:endnotes {w}><w:endnote w:type="separator" w:id="-1"/>{note}</w:endnotes>'
    part = Part(PackURI("/word/endnotes.xml"), CONTENT_TYPE.WML_ENDNOTES, blob.encode(), None)
    document.part.relate_to(part, RELATIONSHIP_TYPE.ENDNOTES)
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(document, VARA_HEADER, [["1.1", "Utse ombud", "Kanslichef", "", "", ""]])
    table.rows[1].cells[1].paragraphs[0]._p.append(
        parse_xml(f'<w:r {w}><w:endnoteReference w:id="1"/></w:r>')
    )
    path = tmp_path / "slutnot.docx"
    document.save(str(path))

    version, report = read_file(path)

    said = json.dumps(version.chapters[0].points[0].__dict__, ensure_ascii=False, default=str)
    assert "7 kap. 5 § KL" in said and "6 kap. 33 § KL" not in said
    struck = [(line.where, line.text) for line in report.dropped if "33" in line.text]
    assert struck == [("Spårad ändring i slutnoterna", "6 kap. 33 § KL")]
