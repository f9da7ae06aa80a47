"""More delegationsordningar laid out as real kommuner's are (real_delegation_more): every
point right, field by field, and every word either imported or named in the report."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_more import KANSLI_ABBREVIATIONS, MORE_DOCUMENTS
from tests.interchange.test_delegation_structures import _version_words, _words

# Our own column names: the import keeps only headings that differ from them.
OUR_COLUMN_WORDS = _words("Nr Ärende Delegat Ersättare Lagrum Anmärkning")
POINTS_NOT_YET: set[str] = set()
WORDS_NOT_YET: set[str] = set()


def _params(not_yet: set[str]) -> list:
    params = []
    for name in MORE_DOCUMENTS:
        marks = [pytest.mark.xfail(strict=True)] if name in not_yet else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def _read(name: str, tmp_path: Path):
    build, expected = MORE_DOCUMENTS[name]
    path = tmp_path / f"{name}.docx"
    build(path)
    version, report = read_file(path)
    return path, version, report, expected


def _saved_and_read(document, tmp_path: Path):
    path = tmp_path / "built.docx"
    document.save(str(path))
    return read_file(path)


def _document_texts(path: Path) -> list[str]:
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
    return texts


@pytest.mark.parametrize("name", _params(POINTS_NOT_YET))
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
    reported = _words(json.dumps(report.as_json(), ensure_ascii=False))
    words = _words(" ".join(_document_texts(path)))
    missing = words - _version_words(version) - reported - OUR_COLUMN_WORDS
    # Page numbers of running headers: the report names the first and counts the rest.
    assert not {w for w in missing if not w.isdigit()}


def test_numbered_word_headings_a_level_apart_make_the_deeper_ones_chapters(tmp_path) -> None:
    from tests.interchange.real_delegation_documents import VARA_HEADER, _table

    document = docx.Document()
    document.add_heading("2 Delegeringar", 1)
    document.add_heading("2.1 Allmänna ärenden", 2)
    _table(document, VARA_HEADER, [["2.1.1", "Brådskande ärenden", "Ordförande", "", "", ""]])
    document.add_heading("2.2 Ekonomi", 2)
    _table(document, VARA_HEADER, [["2.2.1", "Attest", "Ekonomichef", "", "", ""]])
    version, report = _saved_and_read(document, tmp_path)
    assert [(c.title, p.nr, p.heading) for c, p in version.all_points()] == [
        ("2.1 Allmänna ärenden", "2.1.1", ""),
        ("2.2 Ekonomi", "2.2.1", ""),
    ]
    assert [line.text for line in report.dropped] == ["2 Delegeringar"]


def test_unnumbered_headings_below_the_chapter_head_its_points(tmp_path) -> None:
    _, version, _, _ = _read("sbn", tmp_path)
    assert [(c.title, c.subtitle) for c in version.chapters] == [
        ("Allmänna ärenden", "Tryckfrihetsförordningen (1949:105)"),
        ("Personalärenden", "Anställningen"),
    ]
    headings = {p.nr: p.heading for _, p in version.all_points()}
    assert headings["1.2"] == "Förvaltningslagen (1986:223)"
    assert headings["2.3"] == "Under anställningen"


def test_abbreviation_lists_in_tabbed_pairs_and_in_a_table_with_sfs_numbers(tmp_path) -> None:
    _, kansli, _, _ = _read("kansli", tmp_path)
    shorts = [a.short for a in kansli.abbreviations]
    assert shorts == [s for row in KANSLI_ABBREVIATIONS for s in row[0::2]]
    assert kansli.abbreviations[2].long == "KS ordförande"
    _, sbn, report, _ = _read("sbn", tmp_path)
    assert [(a.short, a.long) for a in sbn.abbreviations][2] == ("AL", "Anläggningslag 1973:1149")
    assert "förkortningslistans rubrikrad" in [line.why for line in report.dropped]


def test_the_header_lines_of_a_kansli_ordning(tmp_path) -> None:
    _, version, _, _ = _read("kansli", tmp_path)
    assert version.header == {
        "Dokumentnamn": "Delegationsordning för kommunstyrelsen",
        "Ansvarig förvaltning": "Kommunledningsförvaltningen Kansli",
        "Giltigt från": "lagakraftvunnet beslut",
    }
