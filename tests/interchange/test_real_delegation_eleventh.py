"""The delegationsordningar of real_delegation_eleventh.py, read point by point and around the
points: a contents line whose page number Word replaced by its bookmark error (the contents
ended there and the rest of it went into the introduction), a contents run a line per number,
title and page (its titles went into the introduction, its numbers were taken for page
numbers), a title on three lines (the third was lost without a line in the report), a
diarienummer alone over the title (introduction), revisions written "Reviderad SN § 37/2019"
(the second dropped, the older one kept as the latest), a heading "Dokumentet gäller för"
over its one sentence (the sentence went under the heading before), and "Label: value" lines
with labels ksdesk has no field for standing together under the title (introduction)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import intro_text, point_fields, read_built
from tests.interchange.real_delegation_eleventh import (
    ELEVENTH_DOCUMENTS,
    SN_REPORTED_TO,
    write_bin,
    write_gr,
    write_pbn,
    write_sn,
)


@pytest.mark.parametrize("name", sorted(ELEVENTH_DOCUMENTS))
def test_each_point_of_an_eleventh_real_document_is_read_right(name: str, tmp_path) -> None:
    build, expected = ELEVENTH_DOCUMENTS[name]
    version, _report = read_built(build, tmp_path)
    assert point_fields(version) == expected


def test_a_contents_line_with_words_bookmark_error_is_still_the_contents(tmp_path) -> None:
    version, report = read_built(write_bin, tmp_path)
    assert "BOKMÄRKET" not in intro_text(version)
    assert "8. FÖRSKOLEPLATS" not in intro_text(version)
    contents = [line for line in report.dropped if line.why.startswith("innehållsförteckning")]
    assert len(contents) == 1 and "7 rader" in contents[0].why


def test_a_contents_run_a_line_per_number_title_and_page_is_the_contents(tmp_path) -> None:
    version, report = read_built(write_pbn, tmp_path)
    assert "Delegerad beslutanderätt" not in intro_text(version)
    assert "Bygglov" not in intro_text(version)
    contents = [line for line in report.dropped if line.why.startswith("innehållsförteckning")]
    assert len(contents) == 1 and "15 rader" in contents[0].why
    # Its numbers are the contents', not running page numbers ("1(20)" is one).
    running = [line.text for line in report.dropped if line.where == "Sidhuvud eller sidfot"]
    assert running == ["1(20)"]


def test_a_title_on_three_lines_is_whole_and_the_dnr_over_it_is_the_header(tmp_path) -> None:
    version, _report = read_built(write_pbn, tmp_path)
    assert version.header["Dokumentnamn"] == "Delegationsordning för Plan- och byggnadsnämnden"
    assert version.header["Diarienummer"] == "PBN-2014-0040"
    assert "PBN-2014-0040" not in intro_text(version)


def test_a_line_in_the_title_style_after_a_whole_title_is_kept(tmp_path) -> None:
    """ "Kommunstyrelsen" in the title style after the title and a line between: it was lost
    without a line in the report; it heads its part of the introduction."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph("Antagen av kommunfullmäktige 2020-01-01, § 3")
    document.add_paragraph("Kommunstyrelsen", style="Title")
    document.add_paragraph("Styrelsen delegerar enligt nedan.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1.1", "Yttranden", "Kommunchef"], strict=True):
        cell.text = text
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _report = read_file(path)
    assert version.header["Dokumentnamn"] == "Delegationsordning"
    assert [(s.heading, s.text) for s in version.intro] == [
        ("Kommunstyrelsen", "Styrelsen delegerar enligt nedan.")
    ]


def test_revisions_by_paragraph_and_year_are_the_revision_history(tmp_path) -> None:
    version, report = read_built(write_sn, tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("SN § 37/2019", "Reviderad"),
        ("SN § 46/2019", "Reviderad"),
    ]
    assert version.header["Beslutad"] == "SN § 4/2019"
    assert "Senast reviderad" not in version.header
    assert not [line for line in report.dropped if "stod redan i huvudet" in line.why]


def test_the_anmals_till_column_is_kept_by_point(tmp_path: Path) -> None:
    version, _report = read_built(write_sn, tmp_path)
    assert version.extra_columns == ["Anmäls till"]
    assert {p.nr: p.extra["Anmäls till"] for _, p in version.all_points()} == SN_REPORTED_TO


def test_a_heading_label_takes_the_one_sentence_under_it(tmp_path: Path) -> None:
    version, _report = read_built(write_gr, tmp_path)
    assert version.header["Gäller för"] == "Verksamhet inom förbundsstyrelsens ansvarsområden."
    syfte = next(s for s in version.intro if s.heading == "Dokumentets syfte")
    assert "Verksamhet inom" not in syfte.text


def _labels_document(path: Path, lines: list[str]) -> None:
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kultur- och fritidsnämnden", style="Title")
    for line in lines:
        document.add_paragraph(line)
    document.add_heading("1. Allmänt", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1.1", "Yttranden", "Kulturchef"], strict=True):
        cell.text = text
    document.save(str(path))


def test_label_lines_standing_together_under_the_title_are_header_fields(tmp_path) -> None:
    path = tmp_path / "d.docx"
    _labels_document(
        path,
        [
            "Giltighetsperiod: 2024-01-01 – tills vidare",
            "Beslutad av: Kultur- och fritidsnämnden",
            "För uppföljning ansvarar: Kulturchef",
        ],
    )
    version, report = read_file(path)
    assert version.header["Giltighetsperiod"] == "2024-01-01 – tills vidare"
    assert version.header["För uppföljning ansvarar"] == "Kulturchef"
    assert version.header["Beslutsinstans"] == "Kultur- och fritidsnämnden"
    assert not version.intro
    said = [line.text for line in report.changed if line.why == "bland dokumenthuvudets uppgifter"]
    assert said == [
        "Giltighetsperiod: 2024-01-01 – tills vidare",
        "För uppföljning ansvarar: Kulturchef",
    ]


def test_a_lone_line_of_prose_with_a_colon_stays_in_the_introduction(tmp_path) -> None:
    path = tmp_path / "d.docx"
    _labels_document(
        path,
        [
            "Observera: delegationen gäller endast inom budget",
            "Nämnden kan alltid ta ett delegerat ärende till sig.",
        ],
    )
    version, _report = read_file(path)
    assert "Observera" not in version.header
    assert "Observera: delegationen gäller endast inom budget" in intro_text(version)


def _noted_document(path: Path, header: list[str], rows: list[list[str]]) -> None:
    document = docx.Document()
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for row, texts in zip(table.rows, [header, *rows], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.save(str(path))


def test_a_substitute_named_in_anmarkning_is_the_ersattare_without_its_column(tmp_path):
    path = tmp_path / "d.docx"
    rows = [
        ["1.1", "Yttranden", "Kommunchef", "Vid förhinder: kanslichef"],
        ["1.2", "Avskrivning", "Ekonomichef", "Vid förhinder för ekonomichef beslutar kommunchef"],
        ["1.3", "Attest", "Ekonomichef", "Ersättare: redovisningschef\nGäller även avrop"],
    ]
    _noted_document(path, ["Nr", "Ärende", "Delegat", "Anmärkning"], rows)
    version, report = read_file(path)
    got = {p.nr: (p.ersattare, p.anmarkning) for _, p in version.all_points()}
    assert got == {
        "1.1": (["kanslichef"], ""),
        "1.2": ([], "Vid förhinder för ekonomichef beslutar kommunchef"),
        "1.3": (["redovisningschef"], "Gäller även avrop"),
    }
    said = [line.where for line in report.changed if line.why.startswith("ersättare i Anm")]
    assert said == ["Punkt 1.1", "Punkt 1.3"]


def test_with_an_ersattare_column_the_note_stays_as_written(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    rows = [["1.1", "Yttranden", "Kommunchef", "", "Ersättare: kanslichef"]]
    _noted_document(path, ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"], rows)
    version, _report = read_file(path)
    point = version.all_points()[0][1]
    assert (point.ersattare, point.anmarkning) == ([], "Ersättare: kanslichef")


def test_the_list_of_verkstallighet_is_a_part_of_its_own(tmp_path: Path) -> None:
    """Vetlanda's "BESLUTSFÖRTECKNING (VERKSTÄLLIGHET)" after its delegation list: its
    sections coded "BA", "BE" are chapters of that part, "Beslut | Beslutsfattare" its
    Ärende and Delegat."""
    from tests.interchange.real_delegation_eleventh import write_vetlanda

    version, _report = read_built(write_vetlanda, tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == [
        ("DELEGATIONSFÖRTECKNING", "2. Socialtjänstlagen"),
        ("BESLUTSFÖRTECKNING (VERKSTÄLLIGHET)", "BA Arbetsmiljö"),
        ("BESLUTSFÖRTECKNING (VERKSTÄLLIGHET)", "BE Ekonomi och administration"),
    ]


def test_a_heading_over_the_introductions_sections_is_kept(tmp_path: Path) -> None:
    """ "DELEGATION" (Heading 1) over "Allmänt om delegation" (Heading 2): it was dropped as
    a heading without text; it is the document's structure, and the Word export writes it
    so that it reads back the same."""
    from ksdesk.interchange.delegation_docx_export import write_docx

    version, report = read_built(write_sn, tmp_path)
    assert [(s.heading, bool(s.text)) for s in version.intro] == [
        ("DELEGATION", False),
        ("Allmänt om delegation", True),
    ]
    assert not [line for line in report.dropped if line.text == "DELEGATION"]
    path = tmp_path / "export.docx"
    path.write_bytes(write_docx(version))
    again, _report = read_file(path)
    assert [(s.heading, s.text) for s in again.intro] == [
        (s.heading, s.text) for s in version.intro
    ]
