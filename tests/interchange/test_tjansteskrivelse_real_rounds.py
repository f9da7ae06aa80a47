"""Real tjänsteskrivelser of the eleventh round (Vallentuna, Stockholm's utlåtande, two PM and
a tjänsteutlåtande, Norrköping, a miljö- och samhällsnämnd) and the twelfth (Region
Norrbotten, Alingsås, Trosa, Östersund, the kultur- och föreningsnämnd of Karlskoga and
Degerfors) and the thirteenth (Uppsala's socialförvaltning, Västra Götalandsregionen) and the
fourteenth (Kungsbacka's byggnadsnämnd and kommunstyrelse, Österåker, Kristinehamn,
Nynäshamn) and the fifteenth (Kungsbacka's nämnder för Service and för Miljö & Hälsoskydd);
real_tjansteskrivelser_eleventh, _twelfth, _thirteenth, _fourteenth and _fifteenth name the
sources. Each is read from
the Word file and from its PDF print on whole and on short pages: every field right, and
every word either read or named in the report."""

from __future__ import annotations

import pytest

from ksdesk.interchange import tjansteskrivelse_pdf
from ksdesk.interchange.tjansteskrivelse_docx import read_tjansteskrivelse
from tests.interchange.real_tjansteskrivelser_eleventh import EXPECTED_ELEVENTH
from tests.interchange.real_tjansteskrivelser_expected import measure
from tests.interchange.real_tjansteskrivelser_fifteenth import EXPECTED_FIFTEENTH
from tests.interchange.real_tjansteskrivelser_fourteenth import EXPECTED_FOURTEENTH
from tests.interchange.real_tjansteskrivelser_thirteenth import EXPECTED_THIRTEENTH
from tests.interchange.real_tjansteskrivelser_twelfth import EXPECTED_TWELFTH
from tests.interchange.test_tjansteskrivelse_real import assert_every_word_kept
from tests.interchange.tjansteskrivelse_as_pdf import write_pdf

KINDS = ("Word", "PDF", "PDF, korta sidor")
EXPECTED = {
    **EXPECTED_ELEVENTH,
    **EXPECTED_TWELFTH,
    **EXPECTED_THIRTEENTH,
    **EXPECTED_FOURTEENTH,
    **EXPECTED_FIFTEENTH,
}


def read_as(tmp_path, name: str, kind: str):
    """The document `name` written as Word and read as `kind`; (the Word file, the read)."""
    word = tmp_path / f"{name}.docx"
    EXPECTED[name]["write"](word)
    if kind == "Word":
        return word, read_tjansteskrivelse(word)
    pdf = tmp_path / f"{name}.pdf"
    write_pdf(word, pdf, short_pages=kind != "PDF")
    return word, tjansteskrivelse_pdf.read_file(pdf)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_is_read_right(tmp_path, name, kind):
    _word, read = read_as(tmp_path, name, kind)
    right, total, wrong = measure(read.tjansteskrivelse, EXPECTED[name])
    assert wrong == [], f"{right} av {total} rätt"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_word_is_read_or_named_in_the_report(tmp_path, name, kind):
    word, read = read_as(tmp_path, name, kind)
    assert_every_word_kept(word, read)
