"""The fifth set of real-structure delegationsordningar (real_delegation_fifth; every point and
every word of each is checked with the fourth set's): changes marked in a colour the document
names, and tables of points with no header row."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor

from ksdesk.interchange.delegation_docx_export import write_docx
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import _table
from tests.interchange.real_delegation_fifth import (
    FIFTH_DOCUMENTS,
    KARLSTAD_RED,
    NACKA_LAWS,
    SKOVDE_LAWS,
    VO_LAWS,
    VO_PARTS,
)


def test_red_text_marks_a_changed_point_where_the_document_says_so(tmp_path) -> None:
    build, _ = FIFTH_DOCUMENTS["karlstad"]
    build(tmp_path / "karlstad.docx")
    version, report = read_file(tmp_path / "karlstad.docx")
    assert [(p.arende, p.marked) for _, p in version.all_points() if p.marked] == [
        (KARLSTAD_RED, "ändrad")
    ]
    (legend,) = [line for line in report.changed if line.text == "Röd text är ändringar"]
    assert "färgen på ändringar" in legend.why


def _two_column_ordning(tmp_path: Path, legend: str, colour) -> list[tuple[str, str]]:
    """Karlstad's layout cut down: a legend line (or none), a heading, a table of points with
    no header row, its second point's Ärende set in `colour`."""
    document = docx.Document()
    if legend:
        document.add_paragraph(legend)
    document.add_heading("1.1 Organisation", 2)
    table = _table(
        document,
        None,
        [
            ["Beslut om organisatorisk förändring inom förvaltningen", "Förvaltningschef"],
            ["Beslut om kortare vikariatsförordnande för enhetschefer", "Verksamhetschef"],
        ],
    )
    colour(table.rows[1].cells[0].paragraphs[0].runs[0].font)
    path = tmp_path / "farg.docx"
    document.save(str(path))
    version, _ = read_file(path)
    return [(p.arende, p.marked) for _, p in version.all_points()]


def _red(font) -> None:
    font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def _green_highlight(font) -> None:
    font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN


def test_coloured_text_is_only_text_without_a_line_naming_the_colour(tmp_path) -> None:
    points = _two_column_ordning(tmp_path, "", _red)
    assert [marked for _, marked in points] == ["", ""]


def test_a_green_highlight_the_document_names_marks_a_change(tmp_path) -> None:
    # Sociala nämndernas förvaltning's ordning for nämnden för funktionshindrade marks one
    # round of changes in yellow and the next in green: "(grönmarkerad text)"
    # (http://docplayer.se/47941998-Sociala-namndernas-forvaltning-dnr-2014-215-nf-002-
    # helene-karlsson-aw791-e-post.html).
    points = _two_column_ordning(tmp_path, "Ändringar är grönmarkerade", _green_highlight)
    assert [marked for _, marked in points] == ["", "ändrad"]
    points = _two_column_ordning(tmp_path, "Ändringar är grönmarkerade", _red)
    assert [marked for _, marked in points] == ["", ""]


def test_a_numbered_table_without_header_row_is_read_too(tmp_path) -> None:
    rows = [
        ["2.1", "Utse beslutsattestanter och ersättare för dessa", "Ekonomichef"],
        ["2.2", "Avskrivning av fordringar upp till ett basbelopp", "Ekonomichef"],
    ]
    document = docx.Document()
    document.add_heading("2 Ekonomi", 1)
    _table(document, None, rows)
    path = tmp_path / "nummer.docx"
    document.save(str(path))
    version, report = read_file(path)
    assert [(p.nr, p.delegat) for _, p in version.all_points()] == [
        ("2.1", ["Ekonomichef"]),
        ("2.2", ["Ekonomichef"]),
    ]
    assert [line.why for line in report.changed] == [
        "tabell utan rubrikrad: kolumnerna lästa som Nr | Ärende | Delegat"
    ]


def _nacka(tmp_path: Path):
    build, _ = FIFTH_DOCUMENTS["nacka"]
    build(tmp_path / "nacka.docx")
    return read_file(tmp_path / "nacka.docx")


def test_nackas_front_matter_goes_where_it_belongs(tmp_path) -> None:
    version, report = _nacka(tmp_path)
    assert version.header == {
        "Dokumentnamn": "DELEGATIONSORDNING för äldrenämnden",
        "Gäller för": "Alla verksamheter inom äldrenämndens ansvarsområde",
        "Diarienummer": "ÄLN 2016/112",
        "Fastställd/senast uppdaterad": "2016-12-14",
        "Beslutsinstans": "Äldrenämnden",
        "Ansvarigt politiskt organ": "Äldrenämnden",
        "Ansvarig processägare": "Anders Fredriksson",
    }
    assert [(s.heading, s.text) for s in version.intro] == [
        (
            "Dokumentets syfte",
            "Delegationsordningen styr vilka beslut som fattas av hela äldrenämnden, delar av "
            "nämnden eller anställda",
        )
    ]
    (toc,) = [line for line in report.dropped if line.text.startswith("Innehållsförteckning")]
    assert toc.why.startswith("innehållsförteckning, 4 rader")


def test_laws_listed_without_an_abbreviation_stay_in_the_list(tmp_path) -> None:
    version, _ = _nacka(tmp_path)
    assert [(a.short, a.long) for a in version.abbreviations] == NACKA_LAWS
    path = tmp_path / "export.docx"
    path.write_bytes(write_docx(version))
    again, _ = read_file(path)
    assert [(a.short, a.long) for a in again.abbreviations] == NACKA_LAWS


def test_skovdes_list_of_laws_is_its_abbreviation_list(tmp_path) -> None:
    build, _ = FIFTH_DOCUMENTS["skovde"]
    build(tmp_path / "skovde.docx")
    version, _ = read_file(tmp_path / "skovde.docx")
    assert [(a.short, a.long) for a in version.abbreviations] == SKOVDE_LAWS
    assert [(c.part, c.title) for c in version.chapters] == [
        ("", "Del 1 Allmänt"),
        ("", "Del 2 Ekonomi"),
        ("", "Del 4 Ärenden enligt LSS"),
    ]


def test_short_lines_after_the_last_table_are_each_a_line_in_the_report(tmp_path) -> None:
    document = docx.Document()
    document.add_heading("1 Allmänt", 1)
    _table(document, ["Nr", "Ärende", "Delegat"], [["1.1", "Avvisa ombud", "Enhetschef"]])
    document.add_heading("Lagar", 1)
    for line in ("SoL\tSocialtjänstlagen", "FL\tFörvaltningslagen"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "lagar.docx"))
    _, report = read_file(tmp_path / "lagar.docx")
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Efter sista tabellen", "Lagar"),
        ("Efter sista tabellen", "SoL Socialtjänstlagen"),
        ("Efter sista tabellen", "FL Förvaltningslagen"),
    ]


def test_decisions_under_the_title_and_a_list_of_laws_are_read(tmp_path) -> None:
    build, _ = FIFTH_DOCUMENTS["vardomsorg"]
    build(tmp_path / "vo.docx")
    version, _ = read_file(tmp_path / "vo.docx")
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("socialnämnden den 16 december 2014, § 90", "Antagen"),
        ("Vård och omsorgsnämnden den 13 januari 2015", "Godkänd"),
    ]
    assert [(a.short, a.long) for a in version.abbreviations] == VO_LAWS
    assert [(c.part, c.title) for c in version.chapters] == [
        (part, chapter) for part, chapters in VO_PARTS.items() for chapter in chapters
    ]


def test_a_list_of_titles_and_their_abbreviations_is_no_table_of_points(tmp_path) -> None:
    document = docx.Document()
    document.add_heading("Befattningar", 1)
    rows = [["Medicinskt ansvarig sjuksköterska", "MAS"], ["Enhetschef inom hemtjänsten", "EC"]]
    _table(document, None, rows)
    document.add_heading("1 Allmänt", 1)
    _table(document, ["Nr", "Ärende", "Delegat"], [["1.1", "Avvisa ombud", "EC"]])
    document.save(str(tmp_path / "koder.docx"))
    version, report = read_file(tmp_path / "koder.docx")
    assert [(c.title, p.nr) for c, p in version.all_points()] == [("1 Allmänt", "1.1")]
    assert not [line for line in report.changed if "tabell utan rubrikrad" in line.why]
