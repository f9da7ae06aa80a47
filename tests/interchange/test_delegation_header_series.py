"""The författningssamling a delegationsordning is printed in ("Kungsörs kommuns
författningssamling", "Nr B.05", in a text box at the top of the first page; "Heby kommuns
författningssamling" as the first line): a field of the document header, not the first words
of the introduction, said in the report."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_more import MORE_DOCUMENTS
from tests.interchange.real_delegation_third import THIRD_DOCUMENTS


def test_kungsors_series_in_a_text_box_is_the_header_field(tmp_path: Path) -> None:
    path = tmp_path / "kungsor.docx"
    THIRD_DOCUMENTS["kungsor"][0](path)
    version, report = read_file(path)
    assert version.header == {
        "Författningssamling": "Kungsörs kommuns författningssamling Nr B.05",
        "Dokumentnamn": "Delegationsordning för socialnämnden",
    }
    assert version.intro[0].text.startswith("Kommunallagen skiljer mellan beslut")
    assert "författningssamling" not in " ".join(s.text for s in version.intro)
    changed = {line.text: line.why for line in report.changed}
    assert "Författningssamling" in changed["Kungsörs kommuns författningssamling"]
    assert "nummer" in changed["Nr B.05"]


def test_a_series_line_on_its_own_and_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "heby.docx"
    MORE_DOCUMENTS["heby"][0](path)
    version, _ = read_file(path)
    assert version.header["Författningssamling"] == "Heby kommuns författningssamling"
    assert version.intro[0].text.startswith("KOMMUNSTYRELSEN")

    document = docx.Document()
    document.add_paragraph("Författningssamling för Testby kommun, KFS 2021:4")
    document.add_paragraph("Infördes i författningssamlingen den 1 mars 2021.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Attest", "Kanslichef"], strict=True):
        cell.text = text
    document.save(str(tmp_path / "testby.docx"))
    version, _ = read_file(tmp_path / "testby.docx")
    assert version.header == {
        "Författningssamling": "Författningssamling för Testby kommun, KFS 2021:4"
    }
    assert [s.text for s in version.intro] == ["Infördes i författningssamlingen den 1 mars 2021."]
