"""The tjänsteskrivelse import from PDFs a real office suite wrote: the eight real
tjänsteskrivelser rebuilt as Word files (real_tjansteskrivelser*.py name their sources),
exported to PDF by LibreOffice Writer 7.4 (libreoffice_pdfs/README.md). LibreOffice draws
the text glyph by glyph with kerning, in subset fonts, a table's rows apart by its cells'
spacing and a tall footer table above Word's footer zone; each miss the reader had on these
files is pinned here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.tjansteskrivelse_blocks import Grid
from ksdesk.interchange.tjansteskrivelse_pdf import read_file
from ksdesk.interchange.tjansteskrivelse_pdf_blocks import pdf_blocks
from ksdesk.interchange.tjansteskrivelse_pdf_lines import pdf_lines
from tests.interchange.real_tjansteskrivelser_expected import EXPECTED, measure
from tests.interchange.test_tjansteskrivelse_real import assert_every_word_kept

LIBREOFFICE = Path(__file__).parent / "libreoffice_pdfs"


def read(name: str):
    return read_file(LIBREOFFICE / f"{name}.pdf")


def test_a_space_drawn_at_the_end_of_a_string_is_kept():
    """LibreOffice draws "Omfördelning av" as the strings "ng " and "a", touching: the space
    ending the first is the only space between the words."""
    ts = read("ludvika_434").tjansteskrivelse
    assert ts.title == (
        "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden"
    )
    assert [s.heading for s in ts.sections] == ["Beskrivning av ärendet", "Ekonomiska konsekvenser"]


def test_a_table_whose_rows_stand_far_apart_is_one_table():
    """LibreOffice spaces a table's rows by its cells' paragraph spacing (3.3 text sizes in
    Word's default template): Upplands-Bro's "Handläggare, telefon | Datum | Vår beteckning"
    over its values, and Katrineholm's header table, are still read label over value."""
    upplands_bro = read("upplands_bro_2013").tjansteskrivelse
    assert (upplands_bro.handlaggare, upplands_bro.diarienummer) == ("Martin Taavola", "Dnr")
    assert [s.heading for s in upplands_bro.sections] == ["Sammanfattning", "Beslutsunderlag"]
    katrineholm = read("katrineholm").tjansteskrivelse
    assert (katrineholm.datum, katrineholm.diarienummer) == ("2019-11-20", "KULN/2019:101 - 012")


def _lines(name: str):
    import pikepdf

    with pikepdf.open(LIBREOFFICE / f"{name}.pdf") as pdf:
        return pdf_lines(pdf).pages


def _footer(name: str) -> list[Grid]:
    parts = pdf_blocks(_lines(name), ImportReport("Tjänsteskrivelse", f"{name}.pdf"))
    return [block for block in parts.footers if isinstance(block, Grid)]


def test_strings_apart_with_no_space_drawn_stand_in_two_cells():
    """Katrineholm's footer cells "641 80 KATRINEHOLM" and "E-post:" stand 18 points apart
    at 11 (the table's padding), nearer than a tab but with no space drawn between them."""
    line = next(line for page in _lines("katrineholm") for line in page if "E-post" in line.text)
    assert [cell.text for cell in line.cells] == ["641 80 KATRINEHOLM", "E-post:"]


def test_a_footer_table_taller_than_the_footer_zone_is_the_footer():
    """Katrineholm's address table in the footer reaches 23 % up the page, its rows as far
    apart as the footer is from the text: all of it is the footer, so the handläggare's
    phone is read from it and the kommun's address is a report line, not body text."""
    result = read("katrineholm")
    ts = result.tjansteskrivelse
    assert ts.telefon == "0150-576 27"
    assert [s.heading for s in ts.sections] == ["Sammanfattning av ärendet"]
    assert "Besöksadress" not in " ".join(s.text for s in ts.sections)
    footer = next(line for line in result.report.dropped if line.where == "Sidfot")
    assert footer.text.startswith("KATRINEHOLMS KOMMUN · Besöksadress: Djulögatan 27")


def test_a_word_cut_at_a_cells_edge_is_whole_again():
    """The e-mail address is wider than its footer cell: LibreOffice cuts it after
    "katrineholm.s" and the organisation number after its hyphen. Both are whole again; a
    line broken at a space ("KATRINEHOLMS" over "KOMMUN") stays the cell's next line."""
    assert read("katrineholm").tjansteskrivelse.epost == "elin.selig@katrineholm.se"
    (footer,) = _footer("katrineholm")
    assert footer.rows[0] == [
        "KATRINEHOLMS\nKOMMUN",
        "Besöksadress:\nDjulögatan 27",
        "Org.nummer 212000-0340",
    ]
    assert footer.rows[2][1] == "E-post:\nelin.selig@katrineholm.se"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_is_read_right_from_libreoffices_pdf(name):
    right, total, wrong = measure(read(name).tjansteskrivelse, EXPECTED[name])
    assert wrong == [], f"{right} av {total} rätt"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_word_is_read_or_named_in_the_report(tmp_path, name):
    """No word of the Word file is lost from LibreOffice's PDF of it without a report line."""
    word = tmp_path / f"{name}.docx"
    EXPECTED[name]["write"](word)
    assert_every_word_kept(word, read(name))
