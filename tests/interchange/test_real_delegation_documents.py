"""Delegationsordningar laid out as real kommuner's are (real_delegation_documents,
real_delegation_more and real_delegation_third): every point right, field by field, and every
word either imported or named in the report. The points of the fourth and fifth sets are held
here too, and the sixth and eighth sets'; their words are checked against the file's XML in
test_real_delegation_fourth."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import version_words as _version_words
from tests.interchange.delegation_rounds import words as _words
from tests.interchange.real_delegation_documents import REAL_DOCUMENTS
from tests.interchange.real_delegation_eighth import EIGHTH_DOCUMENTS
from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS
from tests.interchange.real_delegation_more import MORE_DOCUMENTS
from tests.interchange.real_delegation_sixth import SIXTH_DOCUMENTS
from tests.interchange.real_delegation_third import THIRD_DOCUMENTS

# Our own column names: the import keeps only headings that differ from them.
OUR_COLUMN_WORDS = _words("Nr Ärende Delegat Ersättare Lagrum Anmärkning")
POINTS_NOT_YET: set[str] = set()
WORDS_NOT_YET: set[str] = set()
DOCUMENTS = {**REAL_DOCUMENTS, **MORE_DOCUMENTS, **THIRD_DOCUMENTS}
ALL_DOCUMENTS = {
    **DOCUMENTS,
    **FOURTH_DOCUMENTS,
    **FIFTH_DOCUMENTS,
    **SIXTH_DOCUMENTS,
    **EIGHTH_DOCUMENTS,
}


def _params(not_yet: set[str], documents: dict = DOCUMENTS) -> list:
    params = []
    for name in documents:
        marks = [pytest.mark.xfail(strict=True)] if name in not_yet else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def _read(name: str, tmp_path: Path):
    build, expected = ALL_DOCUMENTS[name]
    path = tmp_path / f"{name}.docx"
    build(path)
    version, report = read_file(path)
    return path, version, report, expected


@pytest.mark.parametrize("name", _params(POINTS_NOT_YET, ALL_DOCUMENTS))
def test_every_point_is_read_as_the_document_has_it(name, tmp_path) -> None:
    _, version, _, expected = _read(name, tmp_path)
    got = [
        (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]
    assert got == expected


@pytest.mark.parametrize("name", _params(WORDS_NOT_YET))
def test_no_word_disappears_without_a_line_in_the_report(name, tmp_path) -> None:
    path, version, report, _ = _read(name, tmp_path)
    texts = []
    for block in docx.Document(str(path)).iter_inner_content():
        if hasattr(block, "rows"):
            texts += [cell.text for row in block.rows for cell in row.cells]
        else:
            texts.append(block.text)
    with zipfile.ZipFile(path) as package:
        if "word/footnotes.xml" in package.namelist():
            notes = package.read("word/footnotes.xml").decode()
            texts += re.findall(r"<w:t[^>]*>([^<]*)</w:t>", notes)
    reported = _words(json.dumps(report.as_json(), ensure_ascii=False))
    missing = _words(" ".join(texts)) - _version_words(version) - reported - OUR_COLUMN_WORDS
    # Page numbers of running footers: the report names the first and counts the rest.
    assert not {w for w in missing if not w.isdigit()}


def test_lettered_titles_nest_like_numbered_ones(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Ärende;Delegat\n"
        "A. Allmänna ärenden;;\n"
        "A1.1;Brådskande ärenden;Ordförande\n"
        "B. Ekonomiärenden;;\n"
        "B1 Upphandling;;\n"
        "B 1.4;Avbryta upphandling;Upphandlingschef\n",
        encoding="utf-8",
    )
    version, _ = read_file(path)
    assert [(c.title, p.nr, p.heading) for c, p in version.all_points()] == [
        ("A. Allmänna ärenden", "A1.1", ""),
        ("B. Ekonomiärenden", "B 1.4", "B1 Upphandling"),
    ]


def test_a_title_broken_by_a_page_break_goes_on_in_the_title(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Ärende;Delegat\n"
        "1.2 Arkiv;;\n"
        "1.2.1;Gallring;Arkivarie\n"
        "1.7 Beslut enligt lagen om vidareutnyttjande av handlingar från den offentliga;;\n"
        "Nr;Ärende;Delegat\n"
        "förvaltningen;;\n"
        "1.7.1;Avgift;Kanslichef\n",
        encoding="utf-8",
    )
    version, report = read_file(path)
    assert [(c.title, p.arende) for c, p in version.all_points()] == [
        ("1.2 Arkiv", "Gallring"),
        (
            "1.7 Beslut enligt lagen om vidareutnyttjande av handlingar från den offentliga "
            "förvaltningen",
            "Avgift",
        ),
    ]
    assert [line.why for line in report.merged] == ["rubriken fortsätter efter sidbrytning"]


def test_a_revision_history_in_lines_and_a_table_of_contents(tmp_path) -> None:
    _, version, report, _ = _read("sollentuna", tmp_path)
    assert [(r.text, r.beslut, r.dnr) for r in version.revisions] == [
        ("Antagen", "kommunstyrelsen 2011-09-29, § 224", "2011/391 KS.023"),
        ("Reviderad", "kommunstyrelsen 2012-04-26, § 86", "2012/129 KS.022"),
        ("Reviderad", "kommunstyrelsen 2014-11-27, § 269", "2014/0640 KS.023"),
    ]
    # The table of contents is no introduction: one line in the report says it is left out.
    # "Förutsättningar för delegering" heads the section under it (eleventh round: it was
    # dropped as a heading without text).
    assert [s.heading for s in version.intro] == [
        "Förutsättningar för delegering",
        "Lagregler om delegering",
    ]
    assert version.intro[0].text == ""
    (toc,) = [line for line in report.dropped if line.why.startswith("innehållsförteckning")]
    assert "4 rader" in toc.why


def test_footnotes_are_kept_with_the_point_or_paragraph_they_belong_to(tmp_path) -> None:
    _, version, report, _ = _read("sollentuna", tmp_path)
    assert version.intro[1].text.endswith("\n\nFotnot: Kommunallagen (2017:725)")
    points = {p.nr: p for _, p in version.all_points()}
    assert points["1.2.1"].anmarkning == "Fotnot: Arkivlagen (1990:782)"
    assert [line.why for line in report.changed if "fotnot" in line.why] == [
        "fotnot: står i Anmärkning"
    ]


def test_rows_spanning_a_table_under_a_word_heading_are_its_sub_headings(tmp_path) -> None:
    from tests.interchange.real_delegation_documents import VARA_HEADER, _table

    document = docx.Document()
    document.add_heading("Ekonomi", 1)
    rows = [
        ["Upphandling"],
        ["1", "Direktupphandling", "Ekonomichef", "", "LOU", ""],
        ["Attest"],
        ["2", "Utse attestanter", "Ekonomichef", "", "", ""],
    ]
    _table(document, VARA_HEADER, rows)
    document.add_heading("Personal", 1)
    _table(document, VARA_HEADER, [["Anställning"], ["3", "Anställa", "HR-chef", "", "", ""]])
    path = tmp_path / "o.docx"
    document.save(str(path))
    version, report = read_file(path)
    assert [(c.title, p.nr, p.heading) for c, p in version.all_points()] == [
        ("Ekonomi", "1", "Upphandling"),
        ("Ekonomi", "2", "Attest"),
        ("Personal", "3", "Anställning"),
    ]
    assert not report.dropped


def test_the_group_rows_of_a_forfattningssamling_head_their_points(tmp_path) -> None:
    _, version, _, _ = _read("mbn_cd41", tmp_path)
    assert [p.heading for _, p in version.all_points()][:2] == ["EKONOMISK FÖRVALTNING", ""]


def test_an_excel_list_with_an_unheaded_number_column(tmp_path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([None, "Ärende", "Delegeras till", "Kommentar", "Anmäls till styrelsen"])
    sheet.append([6, "Verkställa eller avsluta uppdrag", "Förbundschef", None, "Nej"])
    sheet.append([7, "Avrop inom ramavtal\n- Högst tre basbelopp", "Förbundschef", None, "Ja"])
    path = tmp_path / "o.xlsx"
    workbook.save(str(path))
    version, _ = read_file(path)
    assert [(p.nr, p.delegat, p.extra) for _, p in version.all_points()] == [
        ("6", ["Förbundschef"], {"Anmäls till styrelsen": "Nej"}),
        ("7", ["Förbundschef"], {"Anmäls till styrelsen": "Ja"}),
    ]


def test_a_two_row_header_names_the_columns_under_a_merged_heading(tmp_path) -> None:
    from tests.interchange.real_delegation_documents import _cells

    document = docx.Document()
    table = document.add_table(rows=0, cols=5)
    row = table.add_row()
    _cells(row, ["Nr", "Ärende", "Beslutsfattare", "", "Anmärkning"])
    row.cells[2].merge(row.cells[3])
    _cells(table.add_row(), ["", "", "Delegat", "Ersättare", ""])
    _cells(table.add_row(), ["1.1", "Brådskande ärenden", "Ordförande", "Vice ordförande", ""])
    path = tmp_path / "o.docx"
    document.save(str(path))
    version, report = read_file(path)
    ((_, point),) = version.all_points()
    assert (point.delegat, point.ersattare) == (["Ordförande"], ["Vice ordförande"])
    assert not report.dropped


def test_text_in_a_column_without_heading_is_reported(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Ärende;Delegat;;Lagrum\n1;Yttrande;Ordförande;Vice ordförande;KL\n", encoding="utf-8"
    )
    _, report = read_file(path)
    assert [line.text for line in report.dropped] == ["Vice ordförande"]


def test_the_adoption_and_dnr_written_as_sentences_under_the_title(tmp_path) -> None:
    _, version, _, _ = _read("herjedalen", tmp_path)
    assert version.header["Diarienummer"] == "KS 2022/100"
    assert [(r.text, r.beslut) for r in version.revisions] == [
        ("Antagen", "kommunstyrelsen 8 juni 2022, § 46")
    ]
    assert [s.heading for s in version.intro] == [
        "Delegation",
        "Skillnaden mellan delegation och verkställighet",
    ]


def test_roles_in_a_bulleted_delegat_cell(tmp_path) -> None:
    from tests.interchange.real_delegation_documents import VARA_HEADER, _table

    document = docx.Document()
    table = _table(document, VARA_HEADER, [["1", "Yttranden", "", "", "", ""]])
    cell = table.rows[1].cells[2]
    cell.paragraphs[0].text = "Kommunchef"
    cell.paragraphs[0].style = "List Bullet"
    cell.add_paragraph("Ekonomichef", style="List Bullet")
    path = tmp_path / "o.docx"
    document.save(str(path))
    version, _ = read_file(path)
    assert [p.delegat for _, p in version.all_points()] == [["Kommunchef", "Ekonomichef"]]


def test_substitutes_written_in_the_delegat_cell_and_a_continued_chapter(tmp_path) -> None:
    import csv

    rows = [
        ["Nr", "Ärende", "Delegat", "Lagrum"],
        ["", "1 Allmänna ärenden", "", ""],
        ["1.1.", "Brådskande", "Ordförande\nErsättare: Vice ordförande", "KL"],
        ["1.2.", "Yttranden", "Kommunchef (ersättare ekonomichef)", ""],
        ["", "1 Allmänna ärenden (forts.)", "", ""],
        ["1.3.", "Avvisa", "Kommunsekreterare\nErs. Kanslichef", "FL"],
    ]
    path = tmp_path / "o.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    version, report = read_file(path)
    assert [(c.title, p.nr, p.delegat, p.ersattare) for c, p in version.all_points()] == [
        ("1 Allmänna ärenden", "1.1", ["Ordförande"], ["Vice ordförande"]),
        ("1 Allmänna ärenden", "1.2", ["Kommunchef"], ["ekonomichef"]),
        ("1 Allmänna ärenden", "1.3", ["Kommunsekreterare"], ["Kanslichef"]),
    ]
    assert [line.text for line in report.merged] == ["1 Allmänna ärenden (forts.)"]


@pytest.mark.parametrize("heading", ["Delegat/ersättare", "Delegat (ersättare)"])
def test_one_column_for_delegate_and_substitute(tmp_path, heading) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        f"Nr;Ärende;{heading};Lagrum\n"
        "1;Yttranden;Kommundirektör / ekonomichef;KL\n"
        "2;Attest;Kommunchef (ekonomichef);\n"
        "3;Utse attestanter;Ekonomichef;\n",
        encoding="utf-8",
    )
    version, report = read_file(path)
    assert [(p.delegat, p.ersattare) for _, p in version.all_points()] == [
        (["Kommundirektör"], ["ekonomichef"]),
        (["Kommunchef"], ["ekonomichef"]),
        (["Ekonomichef"], []),
    ]
    assert not report.unknown_columns


def test_headings_joined_by_a_slash_name_their_column(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Beslut/ärende;Lagstöd/Hänvisning;Beslutsfattare/delegat;Kommentar/villkor\n"
        "1;Yttranden;KL;Kommunchef;Anmäls\n",
        encoding="utf-8",
    )
    version, report = read_file(path)
    ((_, point),) = version.all_points()
    assert (point.arende, point.lagrum, point.delegat, point.anmarkning) == (
        "Yttranden",
        "KL",
        ["Kommunchef"],
        "Anmäls",
    )
    assert not report.unknown_columns and not report.changed


def test_chapter_titles_split_over_nr_and_arende_from_the_first_row(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Ärende;Delegat;Lagrum\n"
        "1;Allmänna ärenden;;\n"
        "1.1;Brådskande;Ordförande;6 kap. 39 § KL\n"
        "2;Ekonomi;;\n"
        "2.1;Upphandling;Ekonomichef;LOU\n",
        encoding="utf-8",
    )
    version, report = read_file(path)
    assert [(c.title, p.nr) for c, p in version.all_points()] == [
        ("1 Allmänna ärenden", "1.1"),
        ("2 Ekonomi", "2.1"),
    ]
    assert not report.dropped
