"""The tjänsteskrivelse import from PDFs a real office suite wrote: the eight real
tjänsteskrivelser rebuilt as Word files (real_tjansteskrivelser*.py name their sources),
exported to PDF by LibreOffice Writer 7.4 (libreoffice_pdfs/README.md). LibreOffice draws
the text glyph by glyph with kerning, in subset fonts, a table's rows apart by its cells'
spacing and a tall footer table above Word's footer zone; each miss the reader had on these
files is pinned here."""

from __future__ import annotations

from pathlib import Path

from ksdesk.interchange.tjansteskrivelse_pdf import read_file

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
