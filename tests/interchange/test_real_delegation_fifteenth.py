"""The real delegationsordningar of every round read once more for what they lose
(real_delegation_fifteenth), and what that found: the adoption printed in Word's page footer
("Fastställd på Barn- och utbildningsnämnden 2011-08-25 Sida 8", the yumpu pages of a kommun's
Flik 3.6, real_delegation_eighth) was read nowhere and named nowhere, and the same line under
the title went neither into the header, the revisions, the introduction nor the report."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import read_built
from tests.interchange.real_delegation_documents import _table
from tests.interchange.real_delegation_eighth import write_bun
from tests.interchange.real_delegation_fifteenth import ALL_DOCUMENTS, lost_words


@pytest.mark.parametrize("name", sorted(ALL_DOCUMENTS))
def test_no_word_of_a_real_document_is_lost_without_a_report_line(name: str, tmp_path) -> None:
    build, _expected = ALL_DOCUMENTS[name]
    path = tmp_path / f"{name}.docx"
    build(path)
    version, report = read_file(path)
    assert not lost_words(path, version, report)


def test_an_adoption_at_the_foot_of_every_page_is_a_revision(tmp_path: Path) -> None:
    version, report = read_built(write_bun, tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("Barn- och utbildningsnämnden 2011-08-25", "Fastställd")
    ]
    (line,) = [line for line in report.changed if line.where == "Sidfot i Word"]
    assert line.text == "Fastställd på Barn- och utbildningsnämnden 2011-08-25"  # no "Sida 8"
    assert "1 revidering" in report.read


def _document(path: Path, footer: list[str], under_title: str = "") -> None:
    document = docx.Document()
    for at, text in enumerate(footer):
        paragraph = document.sections[0].footer.paragraphs[0] if at == 0 else None
        (paragraph or document.sections[0].footer.add_paragraph()).text = text
    document.add_paragraph("Delegationsordning för barn- och utbildningsnämnden", style="Title")
    if under_title:
        document.add_paragraph(under_title)
    _table(document, ["Nr", "Ärende", "Delegat"], [["1", "Beslut om plats i förskola", "Rektor"]])
    document.save(str(path))


def test_fastställd_på_under_the_title_is_a_revision(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    _document(path, [], "Fastställd på Barn- och utbildningsnämnden 2011-08-25")
    version, report = read_file(path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("Barn- och utbildningsnämnden 2011-08-25", "Fastställd")
    ]
    assert [line.why for line in report.changed] == ["står i revisionstabellen"]


def test_the_footer_says_the_bodys_adoption_again_one_revision(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    line = "Fastställd på Barn- och utbildningsnämnden 2011-08-25"
    _document(path, [f"{line}\tSida 1 av 15"], line)
    version, _report = read_file(path)
    assert len(version.revisions) == 1


def test_a_footers_other_text_is_a_report_line_and_an_address_is_not(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    address = "Kils kommun\tBox 88\t665 23 Kil\tSida 1 av 15"
    path_line = r"b:\kk-forvaltning\buf-kansli\delegeringsordning för bun, beslut.doc"
    _document(path, [address, path_line, "Dnr BUN 2014/12", "- 3 -"])
    version, report = read_file(path)
    assert [(line.where, line.text) for line in report.dropped] == [("Sidfot i Word", path_line)]
    assert version.header["Diarienummer"] == "BUN 2014/12"


def test_the_footer_of_a_later_section_is_read_and_the_same_footer_once(tmp_path: Path) -> None:
    # The tables on landscape pages: a section of their own, whose footer Word writes anew.
    path = tmp_path / "d.docx"
    _document(path, ["Sida 1"])
    document = docx.Document(str(path))
    for text in ("Antagen av kommunstyrelsen 2019-03-04, § 31", "Dnr KS 2019/55"):
        section = document.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = f"{text}\tSida 2"
    document.add_section().footer.paragraphs[0].text = "Dnr KS 2019/55"
    document.save(str(path))
    version, report = read_file(path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("kommunstyrelsen 2019-03-04, § 31", "Antagen")
    ]
    assert version.header["Diarienummer"] == "KS 2019/55"
    assert not report.dropped  # the third section's footer, the second's again: nothing new
