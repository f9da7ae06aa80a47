"""The tjänsteskrivelse import from a PDF saved from Word: the eight real tjänsteskrivelser
rebuilt as Word files (real_tjansteskrivelser*.py name their sources) printed as PDFs in
Word's shape (tjansteskrivelse_as_pdf), on whole pages and on short pages that break every
document over pages: every field as from Word, the page header and page numbers read once
with a line in the report, a paragraph broken over pages whole again; a scanned PDF refused."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.tjansteskrivelse_pdf import read_file
from tests.interchange.real_tjansteskrivelser import LUDVIKA_434_TEXT
from tests.interchange.real_tjansteskrivelser_expected import EXPECTED, measure
from tests.interchange.test_tjansteskrivelse_real import assert_every_word_kept
from tests.interchange.tjansteskrivelse_as_pdf import _fonts, _style, write_pdf


def _pdf(tmp_path, name: str, short_pages: bool = False):
    word = tmp_path / f"{name}.docx"
    EXPECTED[name]["write"](word)
    pdf = tmp_path / f"{name}.pdf"
    write_pdf(word, pdf, short_pages=short_pages)
    return pdf


@pytest.mark.parametrize("short_pages", [False, True], ids=["hela sidor", "korta sidor"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_is_read_right_from_the_pdf(tmp_path, name, short_pages):
    read = read_file(_pdf(tmp_path, name, short_pages))
    right, total, wrong = measure(read.tjansteskrivelse, EXPECTED[name])
    assert wrong == [], f"{right} av {total} rätt"


@pytest.mark.parametrize("short_pages", [False, True], ids=["hela sidor", "korta sidor"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_word_is_read_or_named_in_the_report(tmp_path, name, short_pages):
    """No word of the document is lost from its PDF without a line in the report."""
    read = read_file(_pdf(tmp_path, name, short_pages))
    assert_every_word_kept(tmp_path / f"{name}.docx", read)


def test_a_paragraph_broken_over_lines_and_pages_is_whole(tmp_path):
    pdf = _pdf(tmp_path, "ludvika_434", short_pages=True)
    ts = read_file(pdf).tjansteskrivelse
    assert ts.sections[0].text == "\n\n".join(LUDVIKA_434_TEXT)


def test_page_header_and_page_numbers_are_read_once_with_a_line(tmp_path):
    """Upplands-Bro's header repeats on pages 2 and 3 of the short-page print: read from
    page 2 once, page 3's copy and every "Sida N av 3" named in the report, not in the text."""
    read = read_file(_pdf(tmp_path, "upplands_bro", short_pages=True))
    dropped = {line.where: line for line in read.report.dropped}
    assert dropped["Sidnummer"].text == "på 3 sidor"
    assert dropped["Sidhuvud och sidfot"].text == "på sida 3"
    ts = read.tjansteskrivelse
    everything = " ".join([s.text for s in ts.sections] + [a.text for a in ts.forslag])
    assert not re.search(r"Sida \d|Vår beteckning|\d \(\d\)", everything)


def test_a_larger_line_not_bold_is_a_heading(tmp_path):
    """A variant of Ludvika's KS 2020/434 whose template sets its headings larger, not bold
    (Helvetica 14 over text in 11): the larger lines are the title and the sections."""
    path = tmp_path / "storre.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for size, text in (
        (16, "Omfördelning av budgetmedel"),
        (14, "Förslag till beslut"),
        (11, "Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa."),
        (14, "Ekonomiska konsekvenser"),
        (11, LUDVIKA_434_TEXT[3]),
    ):
        page.setFont("Helvetica", size)
        page.drawString(72, y, text)
        y -= 2 * size
    page.save()
    ts = read_file(path).tjansteskrivelse
    assert ts.title == "Omfördelning av budgetmedel"
    assert [a.text for a in ts.forslag] == [
        "Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa."
    ]
    assert [(s.heading, s.text) for s in ts.sections] == [
        ("Ekonomiska konsekvenser", LUDVIKA_434_TEXT[3])
    ]


def test_text_low_on_the_page_is_text_and_the_footer_below_it_is_not(tmp_path):
    """A variant of Ludvika's KS 2020/434 whose Beslut skickas till stands low on the page
    (set off by space above, as a heading with space before is), over a footer where Word
    puts it: the recipient is read, the footer goes to the report."""
    path = tmp_path / "lagt.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    for font, size, y, text in (
        ("Helvetica-Bold", 14, 760, "Omfördelning av budgetmedel"),
        ("Helvetica-Bold", 11, 730, "Förslag till beslut"),
        ("Helvetica", 11, 712, "Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa."),
        ("Helvetica-Bold", 11, 150, "Beslut skickas till"),
        ("Helvetica", 11, 135, "Samhällsbyggnadsnämnden"),
        ("Helvetica", 9, 45, "Ludvika kommun, 771 82 Ludvika"),
    ):
        page.setFont(font, size)
        page.drawString(72, y, text)
    page.save()
    read = read_file(path)
    assert read.tjansteskrivelse.beslut_skickas_till == ["Samhällsbyggnadsnämnden"]
    assert [line.text for line in read.report.dropped if line.where == "Sidfot"] == [
        "Ludvika kommun, 771 82 Ludvika"
    ]


def test_text_turned_in_the_margin_is_a_line_in_the_report(tmp_path):
    """A variant of Ludvika's KS 2020/434 with the template's reference printed up the left
    margin, as some kommuners templates do: not read as text, named in the report."""
    path = tmp_path / "marginal.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 760, "Omfördelning av budgetmedel")
    page.drawString(72, 730, "Förslag till beslut")
    page.setFont("Helvetica", 11)
    page.drawString(72, 712, "Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa.")
    page.rotate(90)
    page.setFont("Helvetica", 7)
    page.drawString(300, -30, "Mall KS-TJ v2.1")
    page.save()
    read = read_file(path)
    dropped = [(line.where, line.text) for line in read.report.dropped]
    assert ("Sida 1", "Mall KS-TJ v2.1") in dropped
    assert read.tjansteskrivelse.title == "Omfördelning av budgetmedel"


def test_a_scanned_pdf_is_refused_with_what_to_ask_for(tmp_path):
    path = tmp_path / "skannad.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.rect(50, 50, 400, 700, fill=1)  # a page with a picture of the paper, no text
    page.showPage()
    page.save()
    with pytest.raises(InvalidInput, match=r"skannad.*Word-filen.*PDF.*med text"):
        read_file(path)


def test_a_damaged_pdf_is_refused_in_swedish(tmp_path):
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.7\n trasig")
    with pytest.raises(InvalidInput, match="kan inte läsas som PDF-fil"):
        read_file(path)


def test_a_pdf_with_a_password_is_refused_with_what_to_ask_for(tmp_path):
    import pikepdf

    plain = _pdf(tmp_path, "tyreso")
    locked = tmp_path / "last.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="ägare", user="hemligt"))
    with pytest.raises(InvalidInput, match=r"lösenordsskyddad.*Word-filen"):
        read_file(locked)


def _short_paragraph_on_top(path, header_on_page_2: bool) -> None:
    """A variant of Ludvika's KS 2020/434 whose Beskrivning av ärendet runs onto page 2 with
    its last, one-line paragraph at the top, then a wide gap (space before a heading, as a
    handläggare leaves it), under the page header again or under none (Word's own first page
    header and an empty one on the later pages)."""
    _fonts()
    page = canvas.Canvas(str(path), pagesize=A4)

    def text(y: float, words: str, size: float = 11, bold: bool = False) -> float:
        paragraph = Paragraph(words, _style(size, bold))
        _width, height = paragraph.wrapOn(page, 16 * cm, 20 * cm)
        paragraph.drawOn(page, 2.5 * cm, y - height)
        return y - height - 6

    def header() -> None:
        text(text(A4[1] - 1.2 * cm, "Ludvika kommun", 9) + 6, "Kommunledningsförvaltningen", 9)

    header()
    y = text(A4[1] - 4 * cm, "Omfördelning av budgetmedel", 14, bold=True)
    y = text(text(y, "Förslag till beslut", bold=True), "Fullmäktige uppdrar till nämnden.")
    y = text(y, "Beskrivning av ärendet", bold=True)
    for paragraph in LUDVIKA_434_TEXT[:3]:
        y = text(y, paragraph)
    for number in (1, 2):
        if number == 2:
            page.showPage()
            if header_on_page_2:
                header()
            y = text(A4[1] - 4 * cm, LUDVIKA_434_TEXT[3]) - 30  # the gap
            y = text(y, "Ekonomiska konsekvenser", bold=True)
            text(y, "Kommunstyrelsen omfördelar maximalt 300 tkr till samhällsbyggnadsnämnden.")
        page.setFont("Sans", 9)
        page.drawRightString(A4[0] - 2.5 * cm, 0.7 * cm, f"Sida {number} av 2")
    page.save()


@pytest.mark.parametrize("header_on_page_2", [True, False], ids=["sidhuvud", "inget sidhuvud"])
def test_a_short_paragraph_atop_a_later_page_is_text_not_its_header(tmp_path, header_on_page_2):
    """Set off by a wide gap at the top of page 2, the paragraph was read as the page's header
    (a line in the report). It is not repeated on any other page: it is the text's."""
    path = tmp_path / "kort_stycke.pdf"
    _short_paragraph_on_top(path, header_on_page_2)
    read = read_file(path)
    assert read.tjansteskrivelse.sections[0].text == "\n\n".join(LUDVIKA_434_TEXT)
    assert not [line for line in read.report.dropped if LUDVIKA_434_TEXT[3] in line.text]
    if header_on_page_2:  # page 2's header is page 1's again: read once
        assert any(line.where == "Sidhuvud och sidfot" for line in read.report.dropped)


def _short_paragraph_high_on_page_1(path, header_on_page_2: bool) -> None:
    """A variant of Ludvika's KS 2020/434 whose text begins at the top margin of page 1 under
    a small header: the title, a short paragraph and a wide gap (space before a heading, as a
    handläggare leaves it), both in the header's zone; page 2's text also begins at the top
    margin, under the header again or under none (a first page header of its own)."""
    _fonts()
    page = canvas.Canvas(str(path), pagesize=A4)

    def text(y: float, words: str, size: float = 11, bold: bool = False) -> float:
        paragraph = Paragraph(words, _style(size, bold))
        _width, height = paragraph.wrapOn(page, 16 * cm, 20 * cm)
        paragraph.drawOn(page, 2.5 * cm, y - height)
        return y - height - 6

    def header() -> None:
        text(text(A4[1] - 1.2 * cm, "Ludvika kommun", 9) + 6, "Kommunledningsförvaltningen", 9)

    header()
    y = text(A4[1] - 2.5 * cm, EXPECTED["ludvika_434"]["title"], 14, bold=True)
    y = text(y, _SHORT) - 30  # the gap
    y = text(y, "Beskrivning av ärendet", bold=True)
    for paragraph in LUDVIKA_434_TEXT[:3]:
        y = text(y, paragraph)
    page.showPage()
    if header_on_page_2:
        header()
    y = text(A4[1] - 2.5 * cm, LUDVIKA_434_TEXT[3])
    y = text(y, "Ekonomiska konsekvenser", bold=True)
    text(y, "Kommunstyrelsen omfördelar maximalt 300 tkr till samhällsbyggnadsnämnden.")
    page.save()


_SHORT = "Ärendet gäller åren 2020 och 2021."


@pytest.mark.parametrize("header_on_page_2", [True, False], ids=["sidhuvud", "inget sidhuvud"])
def test_a_short_paragraph_high_on_page_1_is_text_not_its_header(tmp_path, header_on_page_2):
    """Set off by a wide gap in the header's zone of page 1, the paragraph and the title above
    it were read as the header (lines in the report, no title). They stand where the text
    runs on page 2 and repeat on no other page: they are the text's."""
    path = tmp_path / "kort_stycke_sida_1.pdf"
    _short_paragraph_high_on_page_1(path, header_on_page_2)
    read = read_file(path)
    assert read.tjansteskrivelse.title == EXPECTED["ludvika_434"]["title"]
    assert _SHORT in [section.text for section in read.tjansteskrivelse.sections]
    assert [s.heading for s in read.tjansteskrivelse.sections][1:] == [
        "Beskrivning av ärendet",
        "Ekonomiska konsekvenser",
    ]
    assert not [line for line in read.report.dropped if "Ärendet gäller" in line.text]
    header = [line.text for line in read.report.dropped if line.where == "Sidhuvud"]
    assert header == ["Ludvika kommun Kommunledningsförvaltningen"]  # still the header's
    if header_on_page_2:  # page 2's header is page 1's again: read once
        assert any(line.where == "Sidhuvud och sidfot" for line in read.report.dropped)
