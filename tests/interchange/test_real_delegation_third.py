"""The third set of real-structure delegationsordningar (real_delegation_third; their points
are compared in test_real_delegation_documents): every word of the file, read from its XML
(python-docx leaves out tracked insertions, content controls, fields and text boxes), imported
or named in the report; and the Word markup and layouts behind each fix."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import version_words as _version_words
from tests.interchange.delegation_rounds import words as _words
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.real_delegation_third import (
    CENTRUM_ABBREVIATIONS,
    IFN_ABBREVIATIONS,
    KUNGSOR_REVISIONS,
    THIRD_DOCUMENTS,
    content_control,
    control_around_runs,
    list_number,
    simple_field,
    text_box,
    tracked_delete,
    tracked_insert,
    tracked_row_delete,
    word_list,
)
from tests.interchange.test_real_delegation_documents import _read

OUR_COLUMN_WORDS = _words("Nr Ärende Delegat Ersättare Lagrum Anmärkning")
_W = nsdecls("w")
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xml_texts(path: Path) -> tuple[str, str]:
    """(the text Word shows, the text struck out with tracked changes) of the whole body,
    read from document.xml: every w:t wherever it stands (a text box once: its VML copy for
    older Word is left out), and every w:delText."""
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode()
    xml = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", xml, flags=re.DOTALL)
    shown = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)
    deleted = re.findall(r"<w:delText(?:\s[^>]*)?>([^<]*)</w:delText>", xml)
    return " ".join(shown), " ".join(deleted)


@pytest.mark.parametrize("name", list(THIRD_DOCUMENTS))
def test_no_word_of_the_xml_disappears_without_a_line_in_the_report(name, tmp_path) -> None:
    path, version, report, _ = _read(name, tmp_path)
    shown, deleted = _xml_texts(path)
    reported = _words(json.dumps(report.as_json(), ensure_ascii=False))
    missing = _words(shown) - _version_words(version) - reported - OUR_COLUMN_WORDS
    assert not {w for w in missing if not w.isdigit()}
    # Struck-out text is not imported, and the report says what it was.
    assert _words(deleted) <= reported


# Tracked changes, content controls, fields, text boxes ------------------------------------------


def _one_table(tmp_path: Path, rows: list[list[str]], mark=None):
    document = docx.Document()
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(document, VARA_HEADER, rows)
    if mark is not None:
        mark(document, table)
    path = tmp_path / "marked.docx"
    document.save(str(path))
    return read_file(path)


def _point(nr: str, arende: str, delegat: str = "Kanslichef", anm: str = "") -> list[str]:
    return [nr, arende, delegat, "", "", anm]


def test_tracked_insertions_are_text_and_deletions_are_not(tmp_path) -> None:
    def mark(_document, table) -> None:
        tracked_insert(table.rows[1].cells[1].paragraphs[0], " som inte kan avvaktas", 1)
        tracked_delete(table.rows[2].cells[2].paragraphs[0], " eller kommunsekreterare", 2)
        tracked_row_delete(table.rows[3], 3)

    rows = [_point("1.1", "Brådskande ärenden"), _point("1.2", "Avvisa"), _point("1.3", "Gammal")]
    version, report = _one_table(tmp_path, rows, mark)
    points = [(p.nr, p.arende, p.delegat) for _, p in version.all_points()]
    assert points == [
        ("1.1", "Brådskande ärenden som inte kan avvaktas", ["Kanslichef"]),
        ("1.2", "Avvisa", ["Kanslichef"]),
    ]
    dropped = [(line.text, line.where) for line in report.dropped]
    assert ("eller kommunsekreterare", "Spårad ändring") in dropped
    assert ("1.3 | Gammal | Kanslichef", "Spårad ändring") in dropped
    assert [line.text for line in report.changed] == ["1 infogning"]


def test_content_controls_around_runs_and_rows_are_read(tmp_path) -> None:
    def mark(_document, table) -> None:
        control_around_runs(table.rows[1].cells[5].paragraphs[0], "Anmärkning")
        content_control(table.rows[3].cells[2]._tc, "Delegat")
        content_control(table.rows[2]._tr, "Punkt")

    rows = [
        _point("1.1", "Brådskande ärenden", anm="Anmäls"),
        _point("1.2", "Avvisa"),
        _point("1.3", "Yttra", delegat="Kommunchef"),
    ]
    version, _ = _one_table(tmp_path, rows, mark)
    points = [(p.nr, p.delegat, p.anmarkning) for _, p in version.all_points()]
    assert points == [
        ("1.1", ["Kanslichef"], "Anmäls"),
        ("1.2", ["Kanslichef"], ""),
        ("1.3", ["Kommunchef"], ""),
    ]


def test_the_shown_result_of_a_simple_field_is_text(tmp_path) -> None:
    def mark(_document, table) -> None:
        simple_field(table.rows[1].cells[5].paragraphs[0], "DOCPROPERTY Regel", "Enligt rutin")

    version, _ = _one_table(tmp_path, [_point("1.1", "Attest")], mark)
    assert [p.anmarkning for _, p in version.all_points()] == ["Enligt rutin"]


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path) -> None:
    def mark(document, _table) -> None:
        paragraph = document.paragraphs[0].insert_paragraph_before("")
        text_box(paragraph, ["Kommunens författningssamling", "Nr B.05"])

    version, report = _one_table(tmp_path, [_point("1.1", "Attest")], mark)
    assert version.header["Författningssamling"] == "Kommunens författningssamling Nr B.05"
    assert "1 textruta" in [line.text for line in report.changed]


# Layouts ---------------------------------------------------------------------------------------


def test_lines_repeated_one_after_another_are_a_list_not_a_running_header(tmp_path) -> None:
    _, version, report, _ = _read("kungsor", tmp_path)
    assert [(r.text, r.beslut) for r in version.revisions] == KUNGSOR_REVISIONS
    (running,) = [line for line in report.dropped if line.where == "Sidhuvud eller sidfot"]
    assert running.text == "Sida 1 (32)"


def test_an_arende_broken_with_enter_mid_sentence_is_one_line(tmp_path) -> None:
    rows = [
        _point("1.1", "Beslut att utredning skall\nläggas ned"),
        _point("1.2", "Företräda nämnden gällande\na) ärenden om upphandling"),
        _point("1.3", "Beslut om bygglov för:\nnybyggnad"),
    ]
    version, _ = _one_table(tmp_path, rows)
    assert [p.arende for _, p in version.all_points()] == [
        "Beslut att utredning skall läggas ned",
        "Företräda nämnden gällande\na) ärenden om upphandling",
        "Beslut om bygglov för:\nnybyggnad",
    ]


def test_a_header_table_of_label_rows_over_value_rows(tmp_path) -> None:
    _, version, _, _ = _read("ifn", tmp_path)
    assert version.header == {
        "Diarienummer": "2014/212",
        "Ansvarig förvaltning": "IoF Nämnd",
        "Dokumentansvarig": "Karin Ek",
        "Gäller för": "Hela IoF",
        "Beslutad": "2015-01-02",
        "Senast reviderad": "2015-01-02",
        "Bör revideras": "2016-12-31",
        "Dokumentnamn": "Delegationsbestämmelser för Individ- och familjenämnden",
    }


def test_a_header_block_with_empty_labels(tmp_path) -> None:
    _, version, _, _ = _read("riktlinjer", tmp_path)
    assert version.header["Senast granskad"] == ""
    assert version.header["Giltigt från"] == ""
    assert version.intro[0].text.startswith("Kommunstyrelsen får")


def test_abbreviations_under_a_longer_heading_and_in_groups(tmp_path) -> None:
    _, ifn, _, _ = _read("ifn", tmp_path)
    assert [(a.short, a.long) for a in ifn.abbreviations] == IFN_ABBREVIATIONS
    _, centrum, report, _ = _read("centrum", tmp_path)
    expected = [pair for pairs in CENTRUM_ABBREVIATIONS.values() for pair in pairs]
    assert [(a.short, a.long) for a in centrum.abbreviations] == expected
    groups = [line.text for line in report.changed if "förkortningslistan" in line.why]
    assert groups == list(CENTRUM_ABBREVIATIONS)
    assert [s.heading for s in centrum.intro if s.heading] == [
        "Regler och riktlinjer för delegation"
    ]


def test_delegationens_art_is_the_arende_column(tmp_path) -> None:
    _, version, report, _ = _read("omsorg", tmp_path)
    assert version.column_headings.get("arende") == "Delegationens art"
    # "4 OMSORG" over its chapters 4.x: their part (test_delegation_numbered_parts).
    assert not report.dropped
    assert {c.part for c in version.chapters} == {"4 OMSORG"}


def test_points_written_as_numbered_paragraphs_with_field_lines(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("Delegationsordning för valnämnden", style="Title")
    document.add_heading("Inledning", 1)
    document.add_paragraph("1. Delegaten beslutar på nämndens vägnar.")
    document.add_paragraph("2. Besluten anmäls till nämnden.")
    document.add_heading("1 Allmänna ärenden", 1)
    document.add_paragraph("1.1 Beslut i ärenden som är så brådskande att nämndens avgörande inte")
    document.add_paragraph("Delegat: Ordförande")
    document.add_paragraph("Ersättare: Vice ordförande")
    document.add_paragraph("Lagrum: 6 kap 39 § KL")
    document.add_paragraph("")
    document.add_paragraph("1.2 Avvisa för sent inkommen skrivelse med överklagande")
    document.add_paragraph("Delegat: Valsamordnare")
    document.add_heading("2 Röstmottagning", 1)
    document.add_paragraph("2.1 Förordna röstmottagare")
    document.add_paragraph("Delegat: Valsamordnare")
    document.add_paragraph("Anmärkning: Anmäls till nämnden")
    path = tmp_path / "lista.docx"
    document.save(str(path))
    version, report = read_file(path)
    got = [
        (p.nr, c.title, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]
    assert got == [
        ("1.1", "1 Allmänna ärenden", ["Ordförande"], ["Vice ordförande"], "6 kap 39 § KL", ""),
        ("1.2", "1 Allmänna ärenden", ["Valsamordnare"], [], "", ""),
        ("2.1", "2 Röstmottagning", ["Valsamordnare"], [], "", "Anmäls till nämnden"),
    ]
    # Numbered paragraphs without field lines are the introduction's, as before.
    assert version.intro[0].text == (
        "1. Delegaten beslutar på nämndens vägnar.\n\n2. Besluten anmäls till nämnden."
    )
    assert report.read[0] == "3 punkter i 2 kapitel"


def test_a_row_that_starts_late_keeps_its_cells_under_their_columns(tmp_path) -> None:
    def mark(_document, table) -> None:
        # Word's gridBefore: the row has no Nr cell at all, the Ärende cell stands second.
        cells = "".join(
            f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
            for text in ("i remissärenden", "Kanslichef", "", "", "")
        )
        row = f'<w:tr {_W}><w:trPr><w:gridBefore w:val="1"/></w:trPr>{cells}</w:tr>'
        table._tbl.append(parse_xml(row))

    version, report = _one_table(tmp_path, [_point("1.1", "Yttrande", "Kommunchef")], mark)
    assert [(p.arende, p.delegat) for _, p in version.all_points()] == [
        ("Yttrande i remissärenden", ["Kommunchef", "Kanslichef"])
    ]
    assert [line.why for line in report.merged] == ["rad utan nummer: fortsättning"]


def test_header_fields_kept_in_words_page_header(tmp_path) -> None:
    def mark(document, _table) -> None:
        header = document.sections[0].header
        header.paragraphs[0].text = "Dnr KS 2019/55"
        fields = header.add_table(1, 2, docx.shared.Cm(12))
        fields.rows[0].cells[0].text = "Beslutad av"
        fields.rows[0].cells[1].text = "Kommunstyrelsen"
        header.add_paragraph("Sida 1 (4)")

    version, report = _one_table(tmp_path, [_point("1.1", "Attest")], mark)
    assert version.header == {"Diarienummer": "KS 2019/55", "Beslutsinstans": "Kommunstyrelsen"}
    assert {line.where for line in report.changed} == {"Sidhuvud i Word"}


def test_a_table_in_a_block_content_control_and_an_alt_chunk(tmp_path) -> None:
    def mark(document, table) -> None:
        content_control(table._tbl, "Delegationstabell")
        chunk = f'<w:altChunk {_W} xmlns:r="{_R}" r:id="rIdX"/>'
        document.element.body.insert(0, parse_xml(chunk))

    version, report = _one_table(tmp_path, [_point("1.1", "Attest")], mark)
    assert [p.nr for _, p in version.all_points()] == ["1.1"]
    assert [line.where for line in report.warnings] == ["Inbäddat dokument"]


def test_a_header_table_of_labels_ending_in_a_colon(tmp_path) -> None:
    _, version, report, _ = _read("krokom", tmp_path)
    assert version.header == {
        "Dokumentnamn": "Delegationsreglemente Kommunstyrelsen",
        "Beslutsinstans": "Kommunstyrelsen",
        "Datum": "25 mars 2015",
        "Dokumentansvarig": "Kommunstyrelsen",
        "Gäller för": "Kommunstyrelsen",
        "Giltigt till": "Nästa revidering tas",
    }
    assert "Fastställt av: Kommunstyrelsen" in [line.text for line in report.changed]
    # Word's own table of contents, in a content control, is left out with one line.
    (toc,) = [line for line in report.dropped if line.why.startswith("innehållsförteckning")]
    assert toc.text.startswith("Innehåll: 1 Delegationsreglemente 5")


def test_placeholder_text_and_hidden_text_are_not_imported(tmp_path) -> None:
    def mark(_document, table) -> None:
        placeholder = (
            f"<w:sdt {_W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>"
            "Klicka eller tryck här för att ange text.</w:t></w:r></w:sdtContent></w:sdt>"
        )
        table.rows[1].cells[5].paragraphs[0]._p.append(parse_xml(placeholder))
        hidden = (
            f'<w:r {_W}><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> '
            "(kontrollera med HR)</w:t></w:r>"
        )
        table.rows[1].cells[1].paragraphs[0]._p.append(parse_xml(hidden))

    version, report = _one_table(tmp_path, [_point("1.1", "Anställa")], mark)
    assert [(p.arende, p.anmarkning) for _, p in version.all_points()] == [("Anställa", "")]
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Innehållskontroll", "Klicka eller tryck här för att ange text."),
        ("Dold text", "(kontrollera med HR)"),
    ]


def test_a_running_header_without_page_number_between_tables_is_still_one() -> None:
    from ksdesk.interchange.delegation_docx_parts import page_key, running_lines

    header = "Testby kommun   Delegationsordning för kommunstyrelsen"
    texts = [header, None, header, None, header, None, "Reviderad", "Reviderad", "Reviderad"]
    assert running_lines(texts) == {page_key(header)}


def test_numbers_word_draws_in_the_nr_column_are_the_points_numbers(tmp_path) -> None:
    document = docx.Document()
    numbers = word_list(document, [("decimal", "%1"), ("decimal", "%1.%2")])
    letters = word_list(document, [("lowerLetter", "%1)")])
    for chapter, rows in (
        ("Allmänna ärenden", [["", "Brådskande ärenden", "Ordförande", "", "", ""]]),
        (
            "Ekonomi",
            [
                ["", "Attest", "Ekonomichef", "", "", ""],
                [
                    "",
                    "Avskrivning av fordran\nupp till ett basbelopp\növer ett basbelopp",
                    "",
                    "",
                    "",
                    "",
                ],
            ],
        ),
    ):
        table = _table(document, VARA_HEADER, [[chapter], *rows])
        list_number(table.rows[1].cells[0].paragraphs[0], numbers, 0)  # the chapter row
        for row in table.rows[2:]:
            list_number(row.cells[0].paragraphs[0], numbers, 1)
    last = table.rows[-1].cells[1].paragraphs
    for paragraph in last[1:]:
        list_number(paragraph, letters, 0)
    path = tmp_path / "numrerad.docx"
    document.save(str(path))
    version, _ = read_file(path)
    assert [(c.title, p.nr, p.arende) for c, p in version.all_points()] == [
        ("1 Allmänna ärenden", "1.1", "Brådskande ärenden"),
        ("2 Ekonomi", "2.1", "Attest"),
        (
            "2 Ekonomi",
            "2.2",
            "Avskrivning av fordran\na) upp till ett basbelopp\nb) över ett basbelopp",
        ),
    ]


def test_headings_numbered_by_their_style_keep_their_numbers(tmp_path) -> None:
    document = docx.Document()
    numbers = word_list(document, [("decimal", "%1"), ("decimal", "%1.%2")])
    # As Word ties headings to a multilevel list: each style names the list, and each level
    # of the list names its style (Rubrik 2 draws "1.1" without a level of its own).
    numbering = document.part.numbering_part.element
    abstract = numbering.find(qn("w:abstractNum"))
    for level, style_id in zip(
        abstract.findall(qn("w:lvl")), ("Heading1", "Heading2"), strict=True
    ):
        level.append(parse_xml(f'<w:pStyle {_W} w:val="{style_id}"/>'))
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name].element.get_or_add_pPr()
        style.append(parse_xml(f'<w:numPr {_W}><w:numId w:val="{numbers}"/></w:numPr>'))
    document.add_heading("Delegeringar", 1)
    document.add_heading("Allmänna ärenden", 2)
    _table(document, VARA_HEADER, [["1.1.1", "Brådskande ärenden", "Ordförande", "", "", ""]])
    document.add_heading("Ekonomi", 2)
    _table(document, VARA_HEADER, [["1.2.1", "Attest", "Ekonomichef", "", "", ""]])
    path = tmp_path / "rubriker.docx"
    document.save(str(path))
    version, report = read_file(path)
    assert [c.title for c in version.chapters] == ["1.1 Allmänna ärenden", "1.2 Ekonomi"]
    assert [c.part for c in version.chapters] == ["1 Delegeringar", "1 Delegeringar"]
    assert not report.dropped
