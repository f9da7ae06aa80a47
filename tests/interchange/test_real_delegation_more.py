"""What the more delegationsordningar of real_delegation_more show beyond their points (those
are compared in test_real_delegation_documents): heading levels, abbreviation lists, the
header."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_more import KANSLI_ABBREVIATIONS
from tests.interchange.test_real_delegation_documents import _read


def _saved_and_read(document, tmp_path: Path):
    path = tmp_path / "built.docx"
    document.save(str(path))
    return read_file(path)


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
    # The heading over them: their part, kept (test_delegation_numbered_parts).
    assert [c.part for c in version.chapters] == ["2 Delegeringar", "2 Delegeringar"]
    assert not report.dropped


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


def test_a_revision_history_run_on_in_one_line_is_a_row_for_each_decision(tmp_path) -> None:
    _, version, report, _ = _read("katrineholm", tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("kommunstyrelsen 2011-05-25, § 112", "Reviderad"),
        ("kommunstyrelsen 2012-06-13, § 218", "Reviderad"),
        ("kommunstyrelsen 2014-09-03, § 234", "Reviderad"),
    ]
    assert "står i revisionstabellen" in [line.why for line in report.changed]
