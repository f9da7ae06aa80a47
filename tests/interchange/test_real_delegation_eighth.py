"""The eighth set of real-structure delegationsordningar (real_delegation_eighth), whose point
texts are the documents' own: the shapes behind each fix (the points are held, field by field,
with the other sets' in test_real_delegation_documents, their words against the file's XML in
test_real_delegation_fourth)."""

from __future__ import annotations

import json

import docx
import pytest

from ksdesk.interchange.delegation_docx_doc_title import names_the_document
from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import version_words as _version_words
from tests.interchange.delegation_rounds import words as _words
from tests.interchange.real_delegation_eighth import SBF_HEADING, SBF_POINTS
from tests.interchange.test_real_delegation_documents import _read


def test_a_heading_delegation_till_names_the_delegate_of_the_paragraphs_under_it(
    tmp_path,
) -> None:
    """Before, the file had no table and no "att besluta i" line: it was refused."""
    _, version, _, _ = _read("sbf", tmp_path)
    assert [c.title for c in version.chapters] == [SBF_HEADING]
    delegates = {tuple(p.delegat) for _, p in version.all_points()}
    assert delegates == {("Förvaltningschefen vid samhällsbyggnadsförvaltningen",)}
    third = version.chapters[0].points[2]
    assert third.arende.splitlines()[1] == "- beslut om lokala trafikföreskrifter"


def test_a_sentence_between_two_points_is_the_note_of_the_one_above(tmp_path) -> None:
    _, version, report, _ = _read("sbf", tmp_path)
    notes = {p.nr: p.anmarkning for _, p in version.all_points() if p.anmarkning}
    assert notes == {nr: SBF_POINTS[int(nr) - 1][2] for nr in ("3", "4")}
    whys = [line.why for line in report.changed if line.text == SBF_POINTS[2][2]]
    assert whys == [
        "ett stycke mellan punkt 3 och nästa: dess anmärkning",
        "ett stycke mellan punkt 4 och nästa: dess anmärkning",
    ]


def _delegate_document(path, *after: str) -> None:
    document = docx.Document()
    document.add_heading("Delegering till miljöchef", 1)
    document.add_paragraph("1. Beslut om föreläggande enligt 26 kap. 9 § miljöbalken.")
    document.add_paragraph("2. Beslut om sanktionsavgift.")
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))


def test_a_sentence_after_the_last_point_stays_the_chapters_text(tmp_path) -> None:
    path = tmp_path / "d.docx"
    _delegate_document(path, "Besluten anmäls till nämnden varje månad.")
    version, report = read_file(path)
    assert [p.anmarkning for _, p in version.all_points()] == ["", ""]
    assert [p.delegat for _, p in version.all_points()] == [["Miljöchef"], ["Miljöchef"]]
    words = _version_words(version) | _words(json.dumps(report.as_json(), ensure_ascii=False))
    assert _words("Besluten anmäls till nämnden varje månad") <= words


def test_a_table_under_a_delegation_till_heading_ends_its_paragraph_points(tmp_path) -> None:
    """The table's Delegat column says who decides; a numbered line after the table is not a
    point of the heading's delegate."""
    path = tmp_path / "t.docx"
    document = docx.Document()
    document.add_heading("Delegation till Plan- och byggkontoret", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Bygglov", "Bygglovschef"], strict=True):
        cell.text = text
    document.add_paragraph("2. Strandskyddsdispens ges av nämnden.")
    document.save(str(path))
    version, _ = read_file(path)
    assert [(p.nr, p.delegat) for _, p in version.all_points()] == [("1", ["Bygglovschef"])]


def test_the_first_line_naming_the_document_is_its_title(tmp_path) -> None:
    """ "Flik 3.6 Barn- och utbildningsnämndens delegationsordning" in the Normal style was
    the part every chapter was in, and an empty heading was reported dropped."""
    _, version, report, _ = _read("bun_flik", tmp_path)
    assert version.header["Dokumentnamn"] == (
        "Flik 3.6 Barn- och utbildningsnämndens delegationsordning"
    )
    assert {c.part for c in version.chapters} == {""}
    assert all(line.text for line in report.dropped)


def test_a_change_mark_before_a_paragraph_points_number(tmp_path) -> None:
    """Our variant of the samhällsbyggnadsförvaltning's points: "NY: 5. Torghandelsärenden …"
    was read as a note under the chapter, not as point 5 marked new."""
    document = docx.Document()
    document.add_heading(SBF_HEADING, 1)
    for number, (text, _, _) in enumerate(SBF_POINTS[3:6], start=4):
        document.add_paragraph(f"{'NY: ' if number == 5 else ''}{number}. {text}")
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _ = read_file(path)
    got = [(p.nr, p.arende, p.marked) for _, p in version.all_points()]
    assert got == [
        ("4", SBF_POINTS[3][0], ""),
        ("5", SBF_POINTS[4][0], "ny"),
        ("6", SBF_POINTS[5][0], ""),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Delegationsordning för socialnämnden", True),
        ("Delegationsordningens syfte", False),
        ("Allmänt om delegationsordningen", False),
        ("Ändringar i delegationsordningen", False),
    ],
)
def test_only_a_first_line_that_is_the_documents_name_is_its_title(line, title) -> None:
    assert names_the_document(line) is title
