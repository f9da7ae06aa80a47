"""The fourth, fifth and sixth sets of real-structure delegationsordningar
(real_delegation_fourth, real_delegation_fifth, real_delegation_sixth) and the eighth
(real_delegation_eighth): every word of the file's XML imported or named in the report, and
the Word markup and layouts behind each fix (their points are held, field by field, with the
other sets' in test_real_delegation_documents)."""

from __future__ import annotations

import json

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ksdesk.core.delegation_checks import check_version
from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import version_words as _version_words
from tests.interchange.delegation_rounds import words as _words
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.real_delegation_eighth import EIGHTH_DOCUMENTS
from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
from tests.interchange.real_delegation_fourth import (
    FOURTH_DOCUMENTS,
    HALLAND_COLUMNS,
    JARFALLA_ABBREVIATIONS,
    JARFALLA_REPORTED,
    SRMH_ABBREVIATIONS,
)
from tests.interchange.real_delegation_fourth_markup import (
    comment,
    deleted_paragraph_mark,
    symbol,
)
from tests.interchange.real_delegation_sixth import SIXTH_DOCUMENTS
from tests.interchange.test_real_delegation_documents import _read
from tests.interchange.test_real_delegation_third import (
    OUR_COLUMN_WORDS,
    _one_table,
    _point,
    _xml_texts,
)

_W = nsdecls("w")


_DOCUMENTS = {**FOURTH_DOCUMENTS, **FIFTH_DOCUMENTS, **SIXTH_DOCUMENTS, **EIGHTH_DOCUMENTS}


@pytest.mark.parametrize("name", list(_DOCUMENTS))
def test_no_word_of_the_xml_disappears_without_a_line_in_the_report(name, tmp_path) -> None:
    path, version, report, _ = _read(name, tmp_path)
    shown, deleted = _xml_texts(path)
    shown = shown.replace("\u00ad", "")  # a soft hyphen inside a word is no space
    reported = _words(json.dumps(report.as_json(), ensure_ascii=False))
    revisions = _words(" ".join(f"{r.beslut} {r.text} {r.dnr}" for r in version.revisions))
    missing = _words(shown) - _version_words(version) - reported - OUR_COLUMN_WORDS - revisions
    assert not {w for w in missing if not w.isdigit()}
    assert _words(deleted) <= reported


# The documents' other parts ----------------------------------------------------------------


def test_yes_no_columns_and_a_check_mark_from_wingdings_are_kept(tmp_path) -> None:
    _, halland, _, _ = _read("halland", tmp_path)
    columns = [(p.vidaredelegation, p.extra["Anmäls till nämnd"]) for _, p in halland.all_points()]
    assert columns == HALLAND_COLUMNS
    assert [(r.beslut, r.text) for r in halland.revisions] == [
        ("socialnämnden 2012-02-23", "Antagen"),
        (
            "2013-05-30",
            "Reviderad: beslut om anmälan till IVO och mottagande av rapport i lex Sarah-ärende",
        ),
        ("2014-09-25", "Reviderad: särskilt förordnande enligt LVU och LVM"),
    ]
    _, jarfalla, _, _ = _read("jarfalla", tmp_path)
    reported = {p.nr: p.extra["Anmäls till SN"] for _, p in jarfalla.all_points()}
    assert {nr: reported[nr] for nr in JARFALLA_REPORTED} == JARFALLA_REPORTED


def test_abbreviation_lists_with_a_note_and_two_word_abbreviations(tmp_path) -> None:
    _, jarfalla, report, _ = _read("jarfalla", tmp_path)
    assert [(a.short, a.long) for a in jarfalla.abbreviations] == JARFALLA_ABBREVIATIONS
    (note,) = [line for line in report.changed if line.text.startswith("*")]
    assert note.why == "anmärkning i förkortningslistan: står i inledningen"
    assert jarfalla.intro[0].text.startswith("* Med respektive chef")
    assert not any(c.part for c in jarfalla.chapters)  # no line of the list heads a part
    _, srmh, _, _ = _read("srmh", tmp_path)
    assert [(a.short, a.long) for a in srmh.abbreviations] == SRMH_ABBREVIATIONS


def test_a_revision_left_with_tracked_changes_reads_as_accepted(tmp_path) -> None:
    _, _, report, _ = _read("srmh", tmp_path)
    changed = [(line.where, line.text) for line in report.changed]
    assert ("Spårade ändringar", "1 styckebrytning borttagen") in changed
    dropped = [(line.where, line.text) for line in report.dropped]
    assert ("Spårad ändring", ", MI") in dropped
    assert ("Kommentar av Granskare", "Stäm av beloppet med juristen") in dropped


def test_points_under_a_heading_that_names_their_delegate(tmp_path) -> None:
    _, version, report, _ = _read("run", tmp_path)
    assert [(c.title, c.subtitle) for c in version.chapters][-1] == (
        "2.4 ARBETSUTSKOTTET",
        "Allmänt",
    )
    leads = [line for line in report.changed if line.text == "att besluta i"]
    assert len(leads) == 3
    # The paragraphs before the delegates' headings stay the introduction. "Version: 3" beside
    # "Beslutsinstans: …" under the title is a header field (eleventh round: it was the
    # introduction's opening line).
    assert [s.heading for s in version.intro] == ["1 ALLMÄNT", "2 DELEGERING"]
    assert version.header["Version"] == "3"


# Word markup, one at a time ----------------------------------------------------------------------


def test_a_deleted_paragraph_mark_joins_two_lines_of_a_cell(tmp_path) -> None:
    def mark(_document, table) -> None:
        deleted_paragraph_mark(table.rows[1].cells[1].paragraphs[0], 1)

    version, report = _one_table(
        tmp_path, [_point("1.1", "Beslut om bygglov för:\nnybyggnad")], mark
    )
    assert [p.arende for _, p in version.all_points()] == ["Beslut om bygglov för: nybyggnad"]
    assert "1 styckebrytning borttagen" in [line.text for line in report.changed]


def test_characters_from_a_symbol_font_are_text_or_a_warning(tmp_path) -> None:
    def mark(_document, table) -> None:
        symbol(table.rows[1].cells[1].paragraphs[0], "Symbol", "F0A3")
        table.rows[1].cells[1].paragraphs[0].add_run(" 5 basbelopp")
        symbol(table.rows[1].cells[5].paragraphs[0], "Wingdings", "F0FE")
        symbol(table.rows[2].cells[5].paragraphs[0], "Webdings", "F061")

    rows = [_point("1.1", "Avskrivning av fordran"), _point("1.2", "Attest", anm="Anmäls ")]
    version, report = _one_table(tmp_path, rows, mark)
    points = [(p.arende, p.anmarkning) for _, p in version.all_points()]
    assert points == [("Avskrivning av fordran≤ 5 basbelopp", "☑"), ("Attest", "Anmäls")]
    (warning,) = report.warnings
    assert warning.where == "Tecken F061 i typsnittet Webdings"
    assert warning.text == "Anmäls"


def test_comments_are_named_in_the_report_not_imported(tmp_path) -> None:
    def mark(document, table) -> None:
        comment(document, table.rows[1].cells[1].paragraphs[0], "Gäller även e-handel?", 1)

    version, report = _one_table(tmp_path, [_point("1.1", "Attest")], mark)
    assert [p.arende for _, p in version.all_points()] == ["Attest"]
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Kommentar av Granskare", "Gäller även e-handel?")
    ]


def test_text_in_a_direction_run_is_read(tmp_path) -> None:
    def mark(_document, table) -> None:
        run = '<w:r><w:t xml:space="preserve"> (riktat)</w:t></w:r>'
        table.rows[1].cells[1].paragraphs[0]._p.append(
            parse_xml(f'<w:dir {_W} w:val="ltr">{run}</w:dir>')
        )

    version, _ = _one_table(tmp_path, [_point("1.1", "Yttrande")], mark)
    assert [p.arende for _, p in version.all_points()] == ["Yttrande (riktat)"]


def test_roles_set_apart_with_a_tab_are_two_roles(tmp_path) -> None:
    rows = [
        _point("1.1", "Attest", delegat="Ekonomichef\tEkonomiassistent"),
        _point("1.2", "Yttra", delegat="Kommunstyrelsens\tordförande"),
    ]
    version, _ = _one_table(tmp_path, rows)
    assert [p.delegat for _, p in version.all_points()] == [
        ["Ekonomichef", "Ekonomiassistent"],
        ["Kommunstyrelsens ordförande"],
    ]


def test_a_small_table_in_a_cell_is_the_cells_text(tmp_path) -> None:
    def mark(_document, table) -> None:
        inner = table.rows[1].cells[5].add_table(2, 2)
        rows = (("Belopp", "Delegat"), ("upp till 5 pbb", "Chef"))
        for row, texts in zip(inner.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text

    version, report = _one_table(tmp_path, [_point("1.1", "Bygglov")], mark)
    assert [p.anmarkning for _, p in version.all_points()] == [
        "Belopp | Delegat\nupp till 5 pbb | Chef"
    ]
    assert not report.dropped
    assert [line.why for line in report.changed] == [
        "tabell i en cell: dess rader står som rader i cellens text"
    ]


def test_a_starred_note_under_a_table_goes_to_the_starred_points(tmp_path) -> None:
    document = docx.Document()
    document.add_heading("1 Personal", 1)
    _table(
        document,
        VARA_HEADER,
        [_point("1.1", "Anställa", delegat="Förvaltningschef *"), _point("1.2", "Avsluta")],
    )
    document.add_paragraph("* Får vidaredelegeras till enhetschef.")
    document.add_heading("2 Ekonomi", 1)
    _table(document, VARA_HEADER, [_point("2.1", "Attest")])
    path = tmp_path / "stjarna.docx"
    document.save(str(path))
    version, report = read_file(path)
    notes = [(p.nr, p.anmarkning, p.heading) for _, p in version.all_points()]
    assert notes == [
        ("1.1", "* Får vidaredelegeras till enhetschef.", ""),
        ("1.2", "", ""),
        ("2.1", "", ""),
    ]
    assert "anmärkning under tabellen: i Anmärkning för 1.1; tecknet * efter rollen togs bort" in [
        line.why for line in report.changed
    ]


def test_a_starred_role_loses_its_star_to_the_note(tmp_path) -> None:
    # Västra Götalandsregionen's "Förvaltningschef *" (write_vgr), here also as an ersättare
    # and with a star in an Ärende; a star no note explains stays where it is.
    document = docx.Document()
    document.add_heading("1 Personal", 1)
    starred = ["1.1", "Anställa*", "Förvaltningschef *", "Personalchef*", "", ""]
    _table(document, VARA_HEADER, [starred, _point("1.2", "Avsluta", delegat="Rektor **")])
    document.add_paragraph("* Förvaltningschef får vidaredelegera beslutanderätten.")
    path = tmp_path / "stjarnor.docx"
    document.save(str(path))
    version, report = read_file(path)
    points = [
        (p.nr, p.arende, p.delegat, p.ersattare, p.anmarkning) for _, p in version.all_points()
    ]
    assert points == [
        (
            "1.1",
            "Anställa*",
            ["Förvaltningschef"],
            ["Personalchef"],
            "* Förvaltningschef får vidaredelegera beslutanderätten.",
        ),
        ("1.2", "Avsluta", ["Rektor **"], [], ""),
    ]
    assert [line.why for line in report.changed] == [
        "anmärkning under tabellen: i Anmärkning för 1.1; tecknet * efter rollen togs bort"
    ]


# Numbers that start again in each chapter -------------------------------------------------------


@pytest.mark.parametrize("name", ["vgr", "halland", "run", "srmh"])
def test_numbers_are_checked_as_the_document_numbers_its_chapters(name, tmp_path) -> None:
    """Västra Götalandsregionen, Halland and the regional utvecklingsnämnd number each chapter
    from 1; Södra Roslagen letters its parts M, L in its own order: no false clash."""
    _, version, _, _ = _read(name, tmp_path)
    codes = {f.code for f in check_version(version)}
    assert not codes & {"dubblett-nr", "ordning", "lucka"}


def test_a_number_twice_in_one_chapter_of_a_document_numbered_per_chapter_is_a_clash(
    tmp_path,
) -> None:
    """A variant of Västra Götalandsregionen's document: point 2 of chapter B 1 numbered 1."""
    _, version, _, _ = _read("vgr", tmp_path)
    chapter = next(c for c in version.chapters if c.title.startswith("B 1"))
    chapter.points[1].nr = "1"
    found = [(f.code, f.chapter, f.nr) for f in check_version(version) if f.code != "lucka"]
    assert found == [("dubblett-nr", chapter.title, "1")]  # and 2 is missing: a lucka
