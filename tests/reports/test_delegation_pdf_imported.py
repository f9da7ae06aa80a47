"""An imported delegationsordning on paper: its own headings, no empty columns, an Nr column
that fits "2.6.5.1" and "2.2.1 a)", sub-headings and sub-titles, its own header only."""

from __future__ import annotations

import copy
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ksdesk.core.delegation import Abbreviation
from ksdesk.reports.delegation_columns import print_columns
from ksdesk.reports.delegation_pdf import render_version
from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_documents import write_testby_document


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "testby.docx"
    write_testby_document(path)
    version, _ = read_file(path)
    version.name = "Testby"
    return version


def _lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in (page.extract_text() or "").split("\n")]


def test_nr_column_fits_the_longest_number(imported) -> None:
    register_fonts()
    columns = print_columns(imported, 481.9, SANS, 8.5)
    nr = columns[0]
    assert nr.key == "nr"
    for number in ("2.6.5.1", "2.2.1 a)"):
        assert stringWidth(number, SANS, 8.5) + 6 <= nr.width
    lines = _lines(render_version(imported))
    assert "2.6.5.1" in lines  # each cell is a line of its own: never wrapped
    assert "2.2.1 a)" in lines


def test_own_headings_extra_column_and_no_empty_columns(imported) -> None:
    register_fonts()
    headings = [c.heading for c in print_columns(imported, 481.9, SANS, 8.5)]
    assert headings == [
        "Nr",
        "Delegeringens omfattning",
        "Lagrum/stöd",
        "Delegerat till",
        "Med rätt att vidaredelegera",
        "Anmärkning/villkor",
        "Beslutsnivå",
    ]  # Ersättare is empty in every point: not printed
    text = " ".join(_lines(render_version(imported)))
    assert "Ersättare" not in text
    assert "Kommunövergripande personalärenden" in text and "Anställa" in text
    assert "Gulmarkerat är nytt eller ändrat i denna version" in text


def test_only_the_documents_own_header_is_printed(imported) -> None:
    text = " ".join(_lines(render_version(imported)))
    assert "Giltigt från 2022-04-01" in text
    for seed_label in ("Dokumenttyp", "Publicering", "Författningsstöd", "Bör revideras"):
        assert seed_label not in text
    imported_without = type(imported)(key="x", name="x", chapters=imported.chapters)
    bare = " ".join(_lines(render_version(imported_without)))
    assert "Dokumentägare" not in bare and "Beslutsinstans" not in bare


def test_an_ordning_headed_as_ours_prints_no_empty_column_and_no_file_name(tmp_path) -> None:
    """Heby's table is headed Nr, Ärende, Lagrum, Delegat, Ersättare, Anmärkning, ours to
    the letter, and no point has an Anmärkning: the column is not printed (it was, empty,
    because only a document with headings of its own counted as imported). Its title is
    not a recognised Dokumentnamn: "Delegationsordning" stands over it, not the file's name."""
    from tests.interchange.real_delegation_more import write_heby

    write_heby(tmp_path / "heby-2015.docx")
    version, _ = read_file(tmp_path / "heby-2015.docx")
    version.name = "heby-2015"
    assert not version.column_headings and not any(p.anmarkning for _, p in version.all_points())
    register_fonts()
    keys = [c.key for c in print_columns(version, 481.9, SANS, 8.5)]
    assert keys == ["nr", "arende", "lagrum", "delegat", "ersattare"]
    lines = _lines(render_version(version))
    assert lines[0] == "Delegationsordning"
    assert not any("Anmärkning" in line for line in lines)


def test_an_ordning_written_without_numbers_prints_no_empty_nr_column(tmp_path) -> None:
    from tests.interchange.real_delegation_more import write_katrineholm

    write_katrineholm(tmp_path / "k.docx")
    version, _ = read_file(tmp_path / "k.docx")
    register_fonts()
    columns = print_columns(version, 481.9, SANS, 8.5)
    assert [c.key for c in columns] == ["arende", "delegat", "ersattare"]
    assert abs(sum(c.width for c in columns) - 481.9) < 0.01
    assert not any(line.startswith("Nr ") for line in _lines(render_version(version)))


def test_a_revision_list_without_diarienummer_prints_no_empty_column(imported, tmp_path) -> None:
    """Kungsör's and many other ordningar list decisions only: the Diarienummer column is
    printed (paper, web and Word) only when a revision has one."""
    import docx

    from ksdesk.core.delegation import Revision
    from ksdesk.interchange.delegation_docx_export import write_docx
    from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
    from ksdesk.reports.web.model import Table

    version = copy.deepcopy(imported)
    version.revisions = [Revision("KS 2019-08-20 § 164", "Nya punkter om inköp")]
    paper = " ".join(_lines(render_version(version)))
    assert "Vad revideringen avsett" in paper and "Diarienummer vid revidering" not in paper
    tables = [b for b in delegationsordning_blocks(version, None, "") if isinstance(b, Table)]
    (web,) = [t for t in tables if t.header[0][0].text == "Revideringar"]
    assert [c.text for c in web.header[0]] == ["Revideringar", "Vad revideringen avsett"]
    assert len(web.widths) == 2
    word = docx.Document(io.BytesIO(write_docx(version)))
    (table,) = [t for t in word.tables if t.rows[0].cells[0].text == "Revideringar"]
    assert [c.text for c in table.rows[0].cells] == ["Revideringar", "Vad revideringen avsett"]
    exported = tmp_path / "export.docx"
    exported.write_bytes(write_docx(version))
    assert read_file(exported)[0].revisions == version.revisions  # and back, whole
    version.revisions[0].dnr = "KS 2019/55"
    paper = " ".join(_lines(render_version(version)))
    assert "Diarienummer vid revidering" in paper and "KS 2019/55" in paper


def test_a_heading_with_a_sign_of_the_fallback_font_is_broken_after_its_slash(imported) -> None:
    """A heading wider than its column breaks after its slashes; one that also holds a sign
    Liberation Sans lacks (Word's non-breaking hyphen, U+2011) is set in DejaVu Sans by a
    font tag, whose closing "</font>" was broken too: ReportLab refused the page in English
    ("Parse error: saw </para> instead of expected </font>") and nothing was printed."""
    version = copy.deepcopy(imported)
    version.column_headings["lagrum"] = "Lagrum/författnings\u2011stöd"
    text = " ".join(_lines(render_version(version)))
    assert "Lagrum/" in text and "stöd" in text


def test_a_part_begins_on_the_first_page_and_the_abbreviations_come_before_it(imported) -> None:
    """Kungsbacka's Teknik delegeringsförteckning (walk30, data/kungsbacka/teknik/2025/
    2025-09-24): "2 Delegeringar" over every chapter began page 2, page 1 left with its title
    alone, and Förkortningar were printed after the last table."""
    version = copy.deepcopy(imported)
    version.intro = []
    for chapter in version.chapters:
        chapter.part = "2 Delegeringar"
    version.abbreviations = [Abbreviation("Fc", "Förvaltningschef")]
    reader = PdfReader(io.BytesIO(render_version(version)))
    first = reader.pages[0].extract_text()
    assert "2 Delegeringar" in first and version.chapters[0].title.split()[-1] in first
    assert first.index("Förkortningar") < first.index("2 Delegeringar")
