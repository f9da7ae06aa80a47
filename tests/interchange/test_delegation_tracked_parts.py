"""Tracked changes outside the body of a Word delegationsordning: Word's page header and footer
and the footnotes are parts of their own, and a kommun's template keeps the ordning's Dnr and
adoption there. Text inserted with Spåra ändringar on is the document's text as Word shows
it; text struck out (w:del/w:delText) is not, and the report names it. The body's tracked
changes are tested with the third round (test_real_delegation_third)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
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
