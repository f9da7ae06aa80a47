"""The delegationsordningar of real_delegation_twelfth.py, read point by point and around the
points: an approval by four fullmäktige on one line (each decision got the first one's name),
a contents with no heading of its own (it became the introduction's first section) and a
contents whose last lines have no page number (they went into the introduction), a list of
the kontor's delegates "Delegat: Miljöinspektör" under a heading (its first line became a
field of the document's header), a table headed "Förkortning | Delegat/Författning" before
the points (dropped as a table without points), a point's fields run onto its numbered
line after a full stop (the stop stayed on the Ärende), a title's second line "SAMT
DELEGATIONSFÖRTECKNING" (the introduction's first words) and a chapter lettered "A
Delegation till …" under the heading "Delegationsförteckning" (the heading was the chapter,
the lettered title its subtitle), a number column headed by the nämnd's short name "UN" (the
numbers kept as an extra column, no point had a Nr), chapter rows "A | Allmänt" (lost, or a
sub-heading) and "Var och en inom sitt ansvarsområde." as Delegat (moved to Anmärkning as a
condition, the point left without a delegat)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import intro_text, point_fields, read_built
from tests.interchange.real_delegation_twelfth import (
    AVUX_CHAIR,
    AVUX_TITLE,
    KAN_DELEGATES,
    MN_COMMENT,
    MN_DELETED,
    MN_FOOTNOTE,
    TWELFTH_DOCUMENTS,
    write_avux,
    write_bun,
    write_gyf,
    write_kan,
    write_mn,
    write_un,
)


@pytest.mark.parametrize("name", sorted(TWELFTH_DOCUMENTS))
def test_each_point_of_a_twelfth_real_document_is_read_right(name: str, tmp_path) -> None:
    build, expected = TWELFTH_DOCUMENTS[name]
    version, _report = read_built(build, tmp_path)
    assert point_fields(version) == expected


def test_an_approval_by_several_fullmaktige_names_each_one(tmp_path: Path) -> None:
    version, _report = read_built(write_gyf, tmp_path)
    assert [r.beslut for r in version.revisions] == [
        "kommunfullmäktige i Borgholm den 11 februari 2019 § 39",
        "kommunfullmäktige i Kalmar den 28 januari 2019 § 9",
        "kommunfullmäktige i Mörbylånga den 25 februari 2019 § 25",
        "kommunfullmäktige i Torsås den 11 mars 2019 § 67",
    ]
    assert {r.text for r in version.revisions} == {"Godkänd"}


def test_one_organs_decisions_on_one_line_stay_its_own(tmp_path: Path) -> None:
    """ "och" or a comma between the decisions names no other organ."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph(
        "Reviderad av kommunstyrelsen: 2011-05-25, § 112, 2012-06-13, § 218 och 2014-09-03, § 234"
    )
    table = document.add_table(rows=2, cols=3)
    rows = [["Nr", "Ärende", "Delegat"], ["1.1", "Yttranden", "KC"]]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _report = read_file(path)
    assert [r.beslut for r in version.revisions] == [
        "kommunstyrelsen 2011-05-25, § 112",
        "kommunstyrelsen 2012-06-13, § 218",
        "kommunstyrelsen 2014-09-03, § 234",
    ]


def test_a_contents_without_its_heading_is_the_contents(tmp_path: Path) -> None:
    """A run of lines under the title, each a heading further on, the last with its page
    number: the contents, not the introduction's opening section."""
    version, report = read_built(write_bun, tmp_path)
    assert version.intro[0].heading == "1. Sammanfattning:"
    assert "Ej delegeringsbara ärenden\n\nDelegering" not in intro_text(version)
    (contents,) = [line for line in report.dropped if line.why.startswith("innehåll")]
    assert contents.why.startswith("innehållsförteckning utan rubrik, 10 rader")
    # The summary's numbered paragraphs are the introduction's, not points.
    summary = version.intro[0].text.split("\n\n")
    assert [line.split(".")[0] for line in summary] == [str(n) for n in range(1, 10)]


def test_contents_lines_without_a_page_number_last_are_the_contents(tmp_path: Path) -> None:
    version, report = read_built(write_mn, tmp_path)
    assert "Livsmedel, foder" not in intro_text(version)
    (contents,) = [line for line in report.dropped if line.why.startswith("innehåll")]
    assert "10 rader" in contents.why


def test_lines_shaped_label_value_under_a_heading_are_the_introductions(tmp_path) -> None:
    """ "Delegat: Miljöchef" under "Delegater": its first line became the header's field
    "Delegat", the others stayed under the heading."""
    version, _report = read_built(write_mn, tmp_path)
    assert "Delegat" not in version.header
    (delegates,) = [s for s in version.intro if s.heading == "Delegater"]
    assert delegates.text.split("\n\n") == [
        "Delegat: Miljöchef",
        "Delegat: Miljöinspektör",
        "Delegat: Livsmedelsinspektör",
        "Delegat: Miljö- och hälsoskyddsinspektör",
    ]
    # Under the title, such lines are still the header's.
    assert version.header["Dokumenttyp"] == "Regel"


def test_every_word_of_a_footnote_a_comment_and_a_struck_out_delegat(tmp_path) -> None:
    version, report = read_built(write_mn, tmp_path)
    points = {p.nr: p for _, p in version.all_points()}
    assert points["L 2"].anmarkning == f"Fotnot: {MN_FOOTNOTE}"
    assert points["M 3"].delegat == ["Miljö- och hälsoskyddsinspektör"]
    dropped = {line.text: line.why for line in report.dropped}
    assert dropped[MN_COMMENT].startswith("kommentar i Word")
    assert dropped[MN_DELETED].startswith("borttagen med spårade ändringar")


def test_a_table_headed_forkortning_before_the_points_is_the_list(tmp_path) -> None:
    version, report = read_built(write_kan, tmp_path)
    assert [(a.short, a.long) for a in version.abbreviations] == [
        tuple(row) for row in KAN_DELEGATES
    ]
    assert not [line for line in report.dropped if line.why == "tabell utan delegationspunkter"]
    heading = "Bilaga - Förteckning över delegater samt tillämpade förkortningar"
    assert heading not in intro_text(version)
    assert [line.why for line in report.changed if line.text == heading] == [
        "förkortningslistans rubrik: skrivs ut som ”Förkortningar”"
    ]


def test_a_point_cut_by_the_page_break_under_a_repeated_header(tmp_path: Path) -> None:
    version, report = read_built(write_kan, tmp_path)
    points = {p.nr: p for _, p in version.all_points()}
    assert points["8.2"].arende.endswith(
        "upphöra för en elev som saknar förutsättningar att nå målen"
    )
    assert [line.where for line in report.merged] == ["Punkt 8.2"]


def test_a_word_written_shortened_keeps_its_stop_before_the_label(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("2 Ekonomi", 1)
    document.add_paragraph("2.1 Inköp av kontorsmaterial m.m. Delegat: Ekonomichef")
    document.add_paragraph("2.2 Beslut enligt 6 kap. Delegat: Ekonomichef")
    document.add_paragraph("2.3 Avskrivning av fordringar. Delegat: Ekonomichef")
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _report = read_file(path)
    assert [p.arende for _, p in version.all_points()] == [
        "Inköp av kontorsmaterial m.m.",
        "Beslut enligt 6 kap.",
        "Avskrivning av fordringar",
    ]


def test_a_second_kind_of_document_under_the_title_goes_on_it(tmp_path: Path) -> None:
    version, _report = read_built(write_avux, tmp_path)
    assert version.header["Dokumentnamn"] == f"{AVUX_TITLE} SAMT DELEGATIONSFÖRTECKNING"
    assert "SAMT DELEGATIONSFÖRTECKNING" not in intro_text(version)


def test_a_chapter_lettered_without_a_stop_under_the_lists_heading(tmp_path) -> None:
    version, _report = read_built(write_avux, tmp_path)
    first = version.chapters[0]
    assert (first.part, first.title, first.subtitle) == ("Delegationsförteckning", AVUX_CHAIR, "")


def test_the_report_says_what_was_read_besides_the_points(tmp_path: Path) -> None:
    """The report's "Läst ur filen" named the points, abbreviations and header fields; the
    revisions and the introduction's sections, read as well, were not among them."""
    _version, report = read_built(write_gyf, tmp_path)
    assert report.read == [
        "4 punkter i 2 kapitel",
        "1 uppgift i dokumenthuvudet",
        "4 revideringar",
        "4 avsnitt i inledningen",
    ]


def test_a_number_column_under_the_namnds_short_name_is_nr(tmp_path: Path) -> None:
    version, report = read_built(write_un, tmp_path)
    assert [p.nr for _, p in version.all_points()] == ["A1", "A2", "A3", "A4", "B1", "B8"]
    assert not version.extra_columns
    said = [line for line in report.changed if line.text == "UN"]
    assert [line.why for line in said] == ["kolumnen har punkternas nummer: läses som Nr"] * 2


def test_a_letter_in_the_nr_column_beside_a_title_is_its_chapter(tmp_path: Path) -> None:
    version, report = read_built(write_un, tmp_path)
    assert [c.title for c in version.chapters] == ["A Allmänt", "B Ekonomi och upphandling"]
    assert not [p.heading for _, p in version.all_points() if p.heading]
    assert not [line for line in report.dropped if "Allmänt" in line.text]


def test_a_text_column_under_a_short_heading_stays_an_extra_column(tmp_path: Path) -> None:
    """Only a column of numbers is taken for Nr: "Avd" over the förvaltning's units stays
    the extra column it was."""
    document = docx.Document()
    rows = [
        ["Ärende", "Delegat", "Lagrum", "Avd"],
        ["Yttranden till andra myndigheter", "Kommunchef", "KL", "Kansli"],
        ["Attest av fakturor", "Ekonomichef", "", "Ekonomi 2"],
        ["Avskrivning av fordringar", "Ekonomichef", "", "Ekonomi 2"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _report = read_file(path)
    assert version.extra_columns == ["Avd"]
    assert [p.extra["Avd"] for _, p in version.all_points()] == ["Kansli", "Ekonomi 2", "Ekonomi 2"]


def test_var_och_en_inom_sitt_ansvarsomrade_is_who_decides(tmp_path: Path) -> None:
    version, report = read_built(write_un, tmp_path)
    point = next(p for _, p in version.all_points() if p.nr == "A2")
    assert (point.delegat, point.anmarkning) == (["Var och en inom sitt ansvarsområde."], "")
    assert not [line for line in report.changed if line.why.startswith("ett villkor")]
