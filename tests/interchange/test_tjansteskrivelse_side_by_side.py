"""Two or three signers side by side at a tjänsteskrivelse's end (walk30's finding 10): in
one paragraph, names over titles apart by tabs and a line break, read from Word as one
signature each, never as one signer named "Katarina Öryd Tina Carlson". (A PDF sets the two
rows at the same tab stops, read as a table's columns: test_tjansteskrivelse_kungsbacka_
recipients; the test PDF printer here sets a tab as spaces, so its columns do not align.)"""

from __future__ import annotations

import docx
import pytest

from tests.interchange.real_tjansteskrivelser import bold
from tests.interchange.tjansteskrivelse_as_pdf import read_document

# Real names and titles: data/kungsbacka/miljo/2025/2025-10-09/handlingar.md (moggleif/
# kommunhandlingar), MH-2025-04732's end ("Katarina Öryd … Christina Nordberg" over
# "Förvaltningschef … Controller förvaltning"); the third signer is invented.
ONE_PARAGRAPH = {
    "två": (
        "Katarina Öryd\t\tTina Carlson\nFörvaltningschef\t\tVerksamhetschef",
        [("Katarina Öryd", "Förvaltningschef"), ("Tina Carlson", "Verksamhetschef")],
    ),
    "tre": (
        "Katarina Öryd\tChristina Nordberg\tPer Andersson\n"
        "Förvaltningschef\tController förvaltning\tEnhetschef",
        [
            ("Katarina Öryd", "Förvaltningschef"),
            ("Christina Nordberg", "Controller förvaltning"),
            ("Per Andersson", "Enhetschef"),
        ],
    ),
}


@pytest.mark.parametrize("shape", list(ONE_PARAGRAPH))
def test_signers_side_by_side_in_one_paragraph(tmp_path, shape):
    text, signed = ONE_PARAGRAPH[shape]
    document = docx.Document()
    bold(document, "Beslut om avgift")
    bold(document, "Förslag till beslut i nämnden för Miljö & Hälsoskydd")
    document.add_paragraph("Nämnden för Miljö & Hälsoskydd beslutar att ta ut en avgift.")
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Klagande")
    document.add_paragraph(text)
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert [(s.name, s.title) for s in ts.signatories] == signed
    assert ts.beslut_skickas_till == ["Klagande"]
