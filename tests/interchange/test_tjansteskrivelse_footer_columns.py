"""Kungsbacka's footer read line by line, found running Nämnden för Kultur & Fritid
2025-10-22 through ksdesk (walk27): the handläggare's block (the förvaltning over her name,
her phone and her title) stands in a column beside the kommun's address, and when the lines
come across both columns (tab stops in Word, a PDF's text lines) the letterhead took the
kommun's switchboard "Telefon 0300-83 40 00" as her phone and dropped her name and title.
The footer as the pool's text of KFT-2025-00215 gives it (moggleif/kommunhandlingar,
data/kungsbacka/kultur/2025/2025-10-22/handlingar.md, page 3)."""

from __future__ import annotations

import docx
import pytest

from tests.interchange.real_tjansteskrivelser import bold, table
from tests.interchange.tjansteskrivelse_as_pdf import read_document

KFT_FOOTER = [
    "Förvaltningen för Kultur & Fritid\tKungsbacka kommun",
    "434 81 Kungsbacka",
    "Erik Norinder",
    "0300-834883\tBesöksadress",
    "Utvecklingsledare\tStadshuset, Storgatan 37",
    "Telefon 0300-83 40 00",
    "www.kungsbacka.se",
]


def kft_document(footer_lines: list[str] | None = None) -> docx.Document:
    document = docx.Document()
    if footer_lines is not None:
        document.sections[0].footer.paragraphs[0].text = "\n".join(footer_lines)
    bold(document, "Delårsrapportering God och Nära vård")
    bold(document, "Förslag till beslut i nämnden för Kultur & Fritid")
    document.add_paragraph("Nämnden godkänner delårsrapportering av God och Nära vård.")
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph("Nämnden får en redovisning av arbetet med reformen God och Nära vård.")
    return document


def test_the_handlaggare_is_read_from_lines_across_both_columns(tmp_path) -> None:
    read = read_document(kft_document(KFT_FOOTER), tmp_path)
    ts = read.tjansteskrivelse
    assert (ts.handlaggare, ts.telefon, ts.handlaggare_titel) == (
        "Erik Norinder",
        "0300-834883",
        "Utvecklingsledare",
    )
    dropped = [(line.text, line.why) for line in read.report.dropped]
    assert any(text == "Förvaltningen för Kultur & Fritid" for text, _ in dropped)
    assert any("Telefon 0300-83 40 00" in text for text, _ in dropped)


@pytest.mark.parametrize(
    "footer",
    [
        [
            "Förvaltningen för Kultur & Fritid\tKungsbacka kommun",
            "Erik Norinder",
            "Utvecklingsledare\tTelefon 0300-83 40 00",
        ],
        [
            [
                "Förvaltningen för Kultur & Fritid\nErik Norinder\nUtvecklingsledare",
                "Kungsbacka kommun\n434 81 Kungsbacka\nTelefon 0300-83 40 00",
            ]
        ],
    ],
    ids=["lines", "table"],
)
def test_the_kommuns_switchboard_beside_the_handlaggare_is_not_her_phone(tmp_path, footer):
    """Her block without a phone (the mobile number masked, or none given): the Telefon in
    the address column beside it is the kommun's, never hers."""
    if isinstance(footer[0], list):
        document = kft_document()
        table(document.sections[0].footer, footer)
    else:
        document = kft_document(footer)
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert ts.handlaggare == "Erik Norinder"
    assert ts.telefon == ""
