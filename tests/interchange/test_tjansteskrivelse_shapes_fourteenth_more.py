"""The shapes of the fourteenth round's second batch (Kungsbacka's three more), each on a
small file built for that rule: a template's merge field beside the Dnr; the last label's
value on the next line; a table under an att-sats ending "enligt nedan:"; the footer's block
with the phone between name and title; a recipient in small letters; the signatures a PDF
joins to the table above them."""

from __future__ import annotations

import docx
import pytest

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Tjansteskrivelse
from ksdesk.interchange.tjansteskrivelse_blocks import Grid, Line
from ksdesk.interchange.tjansteskrivelse_body import Body
from tests.interchange.real_tjansteskrivelser import bold, lines, table
from tests.interchange.test_tjansteskrivelse_shapes_fourteenth import KINDS, proposal, said
from tests.interchange.tjansteskrivelse_as_pdf import read_document


def test_a_templates_merge_field_beside_the_dnr_goes_to_the_report(tmp_path):
    document = proposal()
    header = document.sections[0].header
    header.paragraphs[0].text = "Diarienummer"
    header.add_paragraph("KS 2023-00738«Diarienr»")
    read = read_document(document, tmp_path)
    assert read.tjansteskrivelse.diarienummer == "KS 2023-00738"
    assert ("«Diarienr»", "mallens platshållare, inte ifylld") in said(read)


def test_the_last_labels_value_on_the_next_line(tmp_path):
    document = proposal()
    header = document.sections[0].header
    header.paragraphs[0].text = "TJÄNSTESKRIVELSE Datum"
    header.add_paragraph("2024-01-15 Diarienummer")
    header.add_paragraph("KS-2023-00738")
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert (ts.datum, ts.diarienummer) == ("2024-01-15", "KS-2023-00738")


@pytest.mark.parametrize("kind", KINDS)
def test_a_table_under_an_att_sats_ending_with_a_colon_is_part_of_it(tmp_path, kind):
    document = docx.Document()
    bold(document, "Taxor 2025")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden fastställer taxorna enligt nedan:")
    table(document, [["Taxa", "Kronor"], ["Bygglov", "1 200"], ["Strandskydd", "900"]])
    document.add_paragraph("Taxorna gäller från den 1 januari 2025.")
    bold(document, "Bakgrund")
    lines(document, ["Taxorna räknas upp varje år.", "Uppräkningen följer index."])
    read = read_document(document, tmp_path, kind)
    first, second = read.tjansteskrivelse.forslag
    assert first.text.splitlines() == [
        "Nämnden fastställer taxorna enligt nedan:",
        "Taxa\tKronor",
        "Bygglov\t1 200",
        "Strandskydd\t900",
    ]
    assert second.text == "Taxorna gäller från den 1 januari 2025."


def test_a_table_in_forslag_under_no_colon_is_att_satser_a_row(tmp_path):
    document = docx.Document()
    bold(document, "Taxor 2025")
    bold(document, "Förslag till beslut")
    table(document, [["1.", "Nämnden antar taxan."], ["2.", "Taxan gäller från 2025."]])
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert [(a.nr, a.text) for a in ts.forslag] == [
        ("1", "Nämnden antar taxan."),
        ("2", "Taxan gäller från 2025."),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_the_footers_block_with_a_phone_between_name_and_title(tmp_path, kind):
    document = proposal()
    address = "Kungsbacka kommun\n434 81 Kungsbacka\nBesöksadress\nStorgatan 37\nwww.kungsbacka.se"
    unit = "Förvaltningen för Individ & Familjeomsorg\nLisa Ek\n0300-834400\nSocialsekreterare"
    table(document.sections[0].footer, [[unit, address]])
    read = read_document(document, tmp_path, kind)
    ts = read.tjansteskrivelse
    assert (ts.handlaggare, ts.telefon, ts.handlaggare_titel) == (
        "Lisa Ek",
        "0300-834400",
        "Socialsekreterare",
    )
    assert any(text == "Förvaltningen för Individ & Familjeomsorg" for text, _ in said(read))


def test_a_recipient_in_small_letters_is_a_recipient_for_kannedom_is_not(tmp_path):
    document = proposal()
    bold(document, "Beslutet skickas till")
    lines(
        document,
        [
            "Nämnden för Kultur & Fritid, kommunstyrelsens förvaltning: Styrning & Ekonomi",
            "Socialnämnden, för kännedom",
        ],
    )
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert ts.beslut_skickas_till == [
        "Nämnden för Kultur & Fritid",
        "kommunstyrelsens förvaltning: Styrning & Ekonomi",
        "Socialnämnden, för kännedom",
    ]


def test_signatures_a_pdf_joined_to_the_table_above_them():
    """A PDF gives a table and the signatures side by side under it as one table: its last
    two rows, names over titles, are the signatures; the rows above stay the table."""
    ts = Tjansteskrivelse()
    rows = [
        ["Nämnd", "Belopp"],
        ["Vård & Omsorg", "900 000"],
        ["Malin Aronsson", "Anders Johansson"],
        ["Kommundirektör", "Biträdande kommundirektör"],
    ]
    body = Body(ts, ImportReport("Tjänsteskrivelse", "ts.pdf"))
    body.read([Line("Beskrivning av ärendet", "Sida 1", heading=True), Grid(rows, "Sida 1")])
    assert [(s.name, s.title) for s in ts.signatories] == [
        ("Malin Aronsson", "Kommundirektör"),
        ("Anders Johansson", "Biträdande kommundirektör"),
    ]
    assert ts.sections[0].text.splitlines() == ["Nämnd – Belopp", "", "Vård & Omsorg – 900 000"]
