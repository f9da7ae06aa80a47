"""Real PDFs written from Microsoft Word (tests/interchange/word_pdfs/README.md names each
source): Acrobat PDFMaker's and Word's own. The public check reads their text as it is seen
word for word, finds a personnummer and a name written into them the way their producer draws
text, and the tjänsteskrivelse import reads their headings; a simple font's ToUnicode map with
a two-byte code space is read one byte a code, also in the real tjänsteskrivelser's PDFs given
PDFMaker's font maps."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_public import read_pages_text, remove_numbers, strip
from ksdesk.interchange.tjansteskrivelse_pdf import read_file
from tests.interchange.real_tjansteskrivelser_expected import EXPECTED, measure
from tests.interchange.word_pdf_files import (
    BATPLATS,
    KALLELSE,
    NAME,
    NUMBER,
    STADGAR,
    with_a_person,
    with_pdfmakers_code_space,
)

LIBREOFFICE_PDFS = Path(__file__).parent / "libreoffice_pdfs"


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text.replace("\n|\n", " "))


@pytest.mark.parametrize("path", [KALLELSE, BATPLATS, STADGAR], ids=lambda p: p.stem)
def test_the_public_check_finds_a_personnummer_and_a_name_written_into_a_word_pdf(path):
    page = read_pages_text(with_a_person(path))[0]
    # The form's two columns are also read column by column (interchange/pdf_columns.py):
    # the number may be read twice; what counts is that it is found and nothing else is.
    assert {hit.text for hit in find_personnummer(page.layout)} == {NUMBER}
    assert NAME in page.layout and NAME in page.text
    assert page.unreadable == ""


def test_the_pdfmaker_kallelse_is_read_as_it_is_seen_word_for_word():
    text = read_pages_text(KALLELSE.read_bytes())[0].layout
    lines = [" ".join(line.split()) for line in text.split("\n|\n") if line.strip()]
    assert lines[:4] == [
        "KALLELSE",
        "ÅRSSTÄMMA",
        "SKARPÖBORGS FASTIGHETSÄGAREFÖRENING",
        "UTAN PERSONLIG ANSVARIGHET",
    ]
    assert "1. Stämmans öppnande och val av ordförande." in lines
    assert "21. Stämmans avslutande." in lines
    assert lines[-1] == "Stockholm den 1 juni 2022"
    assert len(_words(text)) == 198  # as many as pdftotext reads, nothing garbled or lost
    assert "\ufffd" not in text


def test_the_pdfmaker_form_keeps_its_labels():
    text = read_pages_text(BATPLATS.read_bytes())[0].layout
    for label in ("Ansökan om Båtplats", "Fastighetsbeteckning", "Försäkringsnummer"):
        assert label in text
    assert "\ufffd" not in text


def test_the_tjansteskrivelse_import_reads_a_pdfmaker_heading_not_garbage():
    read = read_file(KALLELSE).tjansteskrivelse
    assert read.title == "KALLELSE"
    assert [s.heading for s in read.sections][:2] == [
        "ÅRSSTÄMMA",
        "SKARPÖBORGS FASTIGHETSÄGAREFÖRENING",
    ]


def test_a_simple_fonts_codes_are_one_byte_whatever_its_tounicode_code_space_says():
    """The shape of PDFMaker's map (skarpo_kallelse_pdfmaker.pdf, font TT0): a two-byte code
    space over one-byte codes, and a two-byte code under it as some write it."""
    with pikepdf.new() as pdf:
        cmap = (
            b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange "
            b"2 beginbfchar <C5> <00C5> <0052> <0052> endbfchar endcmap"
        )
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.TrueType,
            BaseFont=pikepdf.Name("/VQSKSC+TimesNewRomanPS-BoldMT"),
            Encoding=pikepdf.Name.WinAnsiEncoding,
            ToUnicode=pdf.make_stream(cmap),
        )
        assert Font(font).decode(b"\xc5RS") == "ÅRS"


@pytest.mark.parametrize("path", [KALLELSE, BATPLATS, STADGAR], ids=lambda p: p.stem)
def test_the_public_copy_of_a_word_pdf_keeps_no_digit_of_the_number_taken_out(path):
    """Read by another reader (pypdf) than the one that took it out: before one-byte codes,
    the PDFMaker form's number was left in the public copy, reported as taken out."""
    published, still_there = remove_numbers(strip(with_a_person(path)), frozenset({"198112189876"}))
    assert still_there == []
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(published)).pages)
    assert find_personnummer(text) == []
    assert "Anna Berglund" in text  # the rest of the line is still there


def test_a_word_list_number_close_to_its_text_is_read_apart_from_it():
    """Word sets "10." a sixth of the size from the hanging indent: read as seen, with the
    space a reader sees, not "10.Beslut" (§ 13 of the Word 365 stadgar)."""
    dagordning = next(
        section.text
        for section in read_file(STADGAR).tjansteskrivelse.sections
        if section.heading == "§ 13 Dagordning"
    )
    assert "9. Föredragning av revisorernas berättelse" in dagordning
    assert "10. Beslut om fastställande av resultat- och balansräkning" in dagordning
    assert "19. Avslutande" in dagordning
    assert re.findall(r"\d\.[A-ZÅÄÖ]", dagordning) == []


def test_a_later_pages_text_at_its_top_is_text_not_the_running_header():
    """The stadgar's running header stands at the same height on every page; the §§ at the
    top of page 9 and 10 and their lines in the contents at the top of page 2 are text. A
    heading read as "repeated" took the page's lines above it with it: 15 lines of text were
    dropped as a page header ("Om bostadsrättshavaren försummar …" atop page 9 among them)."""
    read = read_file(STADGAR)
    headers = [line for line in read.report.dropped if line.where.startswith("Sidhuvud, sida")]
    assert headers == []
    headings = {section.heading for section in read.tjansteskrivelse.sections}
    assert {"§ 39 Vanvård", "§ 40 Övriga anordningar", "§ 45 Andrahandsupplåtelse"} <= headings
    repeated = [line.text for line in read.report.dropped if line.where == "Sidhuvud och sidfot"]
    assert repeated == ["på sida 2–11"]


def test_the_first_pages_title_over_a_wide_gap_is_text_not_its_header():
    """Page 1's "STADGAR", "för Bostadsrättsföreningen BRF TORSKUMLET 5" and its
    organisationsnummer stand in the header's zone over a wide gap, where the text runs on
    the later pages (under their running header), and on no other page: they were dropped as
    page 1's header, and the title read was the first section's, "OM FÖRENINGEN"."""
    read = read_file(STADGAR)
    assert read.tjansteskrivelse.title == "STADGAR"
    assert [line for line in read.report.dropped if line.where == "Sidhuvud"] == []
    kept = " ".join(f"{s.heading} {s.text}" for s in read.tjansteskrivelse.sections)
    assert "för Bostadsrättsföreningen BRF TORSKUMLET 5" in kept
    assert "organisationsnummer 769607-3969" in kept


@pytest.mark.parametrize("path", [KALLELSE, BATPLATS, STADGAR], ids=lambda p: p.stem)
def test_the_last_reader_before_a_public_pdf_is_written_finds_the_number(path):
    """pdf_audit reads the file once more before it is published: it missed the number in
    both PDFMaker files too, before one-byte codes."""
    audit = audit_pdf(with_a_person(path))
    assert {finding.normalized for finding in audit.findings} == {NUMBER.replace("-", "")}
    assert audit.unread == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_is_read_right_with_the_font_maps_pdfmaker_writes(tmp_path, name):
    """The real tjänsteskrivelser as LibreOffice exported them (libreoffice_pdfs), with the
    two-byte code space PDFMaker gives one-byte fonts: every field as from Word."""
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(with_pdfmakers_code_space(LIBREOFFICE_PDFS / f"{name}.pdf"))
    right, total, wrong = measure(read_file(pdf).tjansteskrivelse, EXPECTED[name])
    assert wrong == [], f"{right} av {total} rätt"
