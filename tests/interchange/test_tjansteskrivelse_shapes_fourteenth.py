"""The shapes the fourteenth round's real tjänsteskrivelser brought (Kungsbacka, Österåker,
Kristinehamn, Nynäshamn; real_tjansteskrivelser_fourteenth), each on a small file built for
that rule, from Word and from its PDF print: signatures side by side as a row of names over
a row of titles; "Expedieras" and a rule of underscores; a bilaga that begins "Förslag till";
"Socialnämndens beslut" naming who decides; a document in Beslutsunderlag that is no
signature; a förvaltning's unit after a comma in Beslut skickas till; labels and values on
one line; a Dnr with slashes; "Tjänsteställe/handläggare" and "Beslutsinstans"; the
handläggare's block in the footer (the second batch's shapes are in
test_tjansteskrivelse_shapes_fourteenth_more)."""

from __future__ import annotations

import docx
import pytest

from tests.interchange.real_tjansteskrivelser import bold, lines, table
from tests.interchange.tjansteskrivelse_as_pdf import read_document

KINDS = ["Word", "PDF"]


def said(read) -> list[tuple[str, str]]:
    return [(line.text, line.why) for _h, lines in read.report.sections() for line in lines]


def proposal(title: str = "Revidering av taxa") -> docx.Document:
    document = docx.Document()
    bold(document, title)
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden antar taxan.")
    return document


@pytest.mark.parametrize("kind", KINDS)
def test_a_row_of_names_over_a_row_of_titles_are_signatures(tmp_path, kind):
    document = proposal()
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Ekonomienheten")
    table(document, [["Eva Lund", "Per Ek"], ["förvaltningschef", "Utredare"]])
    ts = read_document(document, tmp_path, kind).tjansteskrivelse
    assert [(s.name, s.title) for s in ts.signatories] == [
        ("Eva Lund", "förvaltningschef"),
        ("Per Ek", "Utredare"),
    ]
    assert ts.beslut_skickas_till == ["Ekonomienheten"]


def test_a_table_of_two_rows_that_is_no_signature_stays_text(tmp_path):
    document = proposal()
    bold(document, "Bakgrund")
    table(document, [["Eva Lund", "Per Ek"], ["Kommunstyrelsen", "Socialnämnden"]])
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert ts.signatories == []
    assert "Eva Lund – Per Ek" in ts.sections[-1].text


@pytest.mark.parametrize("kind", KINDS)
def test_expedieras_under_a_rule_of_underscores_names_the_recipients(tmp_path, kind):
    document = proposal()
    lines(document, ["___________", "Expedieras", "Kommunstyrelsen"])
    read = read_document(document, tmp_path, kind)
    assert read.tjansteskrivelse.beslut_skickas_till == ["Kommunstyrelsen"]
    assert ("___________", "en linje av understreck: ingen text") in said(read)
    assert [att.text for att in read.tjansteskrivelse.forslag] == ["Nämnden antar taxan."]


def test_a_bilaga_that_begins_forslag_till_is_a_bilaga(tmp_path):
    document = proposal()
    bold(document, "Bilagor")
    document.add_paragraph("Förslag till taxa 2021 daterad 2020-09-01")
    bold(document, "Bakgrund")
    document.add_paragraph("Taxan har inte ändrats sedan 2015.")
    read = read_document(document, tmp_path)
    assert [att.text for att in read.tjansteskrivelse.forslag] == ["Nämnden antar taxan."]
    assert any(text == "Förslag till taxa 2021 daterad 2020-09-01" for text, _ in said(read))
    assert [s.heading for s in read.tjansteskrivelse.sections] == ["Bakgrund"]


@pytest.mark.parametrize(
    ("who", "group"),
    [("Socialnämndens beslut", "kommunstyrelsen"), ("Kommunfullmäktiges beslut", "fullmäktige")],
)
def test_the_organs_beslut_under_beslutsforslag_names_who_decides(tmp_path, who, group):
    document = docx.Document()
    bold(document, "Budget 2020")
    bold(document, "Beslutsförslag")
    lines(document, [who, "1. Godkänna budgeten", "2. Överlämna budgeten"])
    read = read_document(document, tmp_path)
    atts = [(a.nr, a.group, a.text) for a in read.tjansteskrivelse.forslag]
    assert atts == [("1", group, "Godkänna budgeten"), ("2", group, "Överlämna budgeten")]
    assert any(text == who for text, _ in said(read))


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_under_beslutsunderlag_with_a_comma_is_no_signature(tmp_path, kind):
    document = proposal()
    bold(document, "Beslutsunderlag")
    lines(document, ["Tjänsteskrivelse", "Rapport Trafiksäkerhet, gång- och cykelvägar"])
    bold(document, "Ärendet")
    document.add_paragraph("Rapporten beskriver tre sträckor.")
    ts = read_document(document, tmp_path, kind).tjansteskrivelse
    assert ts.signatories == []
    assert "Rapport Trafiksäkerhet, gång- och cykelvägar" in ts.sections[0].text


def test_a_signature_under_beslutsunderlag_starts_with_a_given_name(tmp_path):
    document = proposal()
    bold(document, "Beslutsunderlag")
    lines(document, ["Tjänsteskrivelse", "Maria Skoglund, kommundirektör"])
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert [(s.name, s.title) for s in ts.signatories] == [("Maria Skoglund", "Kommundirektör")]


def test_a_forvaltnings_unit_after_a_comma_is_one_recipient(tmp_path):
    document = proposal()
    bold(document, "Beslutet skickas till")
    lines(document, ["Förvaltningen för Vård & Omsorg, Kvalitet & Utveckling", "Akten"])
    lines(document, ["Socialnämnden, Ekonomienheten"])
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert ts.beslut_skickas_till == [
        "Förvaltningen för Vård & Omsorg, Kvalitet & Utveckling",
        "Akten",
        "Socialnämnden",
        "Ekonomienheten",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_labels_and_values_on_one_line_fill_their_fields(tmp_path, kind):
    document = docx.Document()
    lines(document, ["Datum 2021-03-04 Dnr KFN 2021/12", "Till Kultur- och fritidsnämnden"])
    bold(document, "Bidrag till föreningar")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden beviljar bidragen.")
    ts = read_document(document, tmp_path, kind).tjansteskrivelse
    assert (ts.datum, ts.diarienummer) == ("2021-03-04", "KFN 2021/12")
    assert [s.heading for s in ts.sections] == []


def test_a_value_under_its_label_with_the_next_label_after_it(tmp_path):
    """ "TJÄNSTESKRIVELSE Datum" over "2024-01-25 Diarienummer BN-2024-00013": a header
    whose lines a PDF gives two columns' words together."""
    document = proposal()
    header = document.sections[0].header
    header.paragraphs[0].text = "TJÄNSTESKRIVELSE Datum"
    header.add_paragraph("2024-01-25 Diarienummer BN-2024-00013")
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert (ts.datum, ts.diarienummer) == ("2024-01-25", "BN-2024-00013")


def test_a_line_with_a_label_word_in_its_text_is_no_pair(tmp_path):
    document = docx.Document()
    lines(document, ["Datum för sammanträdet Tel ej angivet"])
    bold(document, "Bidrag till föreningar")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden beviljar bidragen.")
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert (ts.datum, ts.telefon) == ("", "")


@pytest.mark.parametrize("kind", KINDS)
def test_a_dnr_with_slashes_in_the_header_is_the_diarienummer(tmp_path, kind):
    document = proposal()
    table(document.sections[0].header, [["2017-04-10", "Sida 1", "KS/2017/0022/042-20"]])
    ts = read_document(document, tmp_path, kind).tjansteskrivelse
    assert (ts.datum, ts.diarienummer) == ("2017-04-10", "KS/2017/0022/042-20")


@pytest.mark.parametrize("kind", KINDS)
def test_tjanstestalle_handlaggare_and_beslutsinstans_are_labels(tmp_path, kind):
    document = docx.Document()
    table(
        document,
        [
            ["Tjänsteställe/handläggare", "Beslutsinstans"],
            ["Planavdelning\nSara Berg\nE-post: sara.berg@exempel.se\nTel: 08-520 123 45", "KS"],
        ],
    )
    bold(document, "Planbesked för Ösmo 1:2")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Kommunstyrelsen ger positivt planbesked.")
    bold(document, "Ärendet")
    lines(document, ["Ägaren ansöker om planbesked.", "Planen bedöms som lämplig."])
    read = read_document(document, tmp_path, kind)
    ts = read.tjansteskrivelse
    assert (ts.handlaggare, ts.epost, ts.telefon) == (
        "Sara Berg",
        "sara.berg@exempel.se",
        "08-520 123 45",
    )
    assert ts.mottagare == "KS"
    assert [s.heading for s in ts.sections] == ["Ärendet"]
    assert any(text == "Planavdelning" for text, _ in said(read))


@pytest.mark.parametrize("kind", KINDS)
def test_the_handlaggares_block_in_the_footer(tmp_path, kind):
    document = proposal()
    address = "Kungsbacka kommun\n434 81 Kungsbacka\nTelefon 0300-83 40 00"
    footer = [["Kultur & Fritid förvaltningen\nPer Lind\nUtvecklingsledare", address]]
    table(document.sections[0].footer, footer)
    read = read_document(document, tmp_path, kind)
    ts = read.tjansteskrivelse
    assert (ts.handlaggare, ts.handlaggare_titel) == ("Per Lind", "Utvecklingsledare")
    assert ("Per Lind, Utvecklingsledare", "handläggaren läst ur sidfoten") in said(read)


def test_a_footers_names_are_no_handlaggare_when_the_letterhead_has_one(tmp_path):
    document = docx.Document()
    document.add_paragraph("Handläggare: Anna Ek")
    bold(document, "Revidering av taxa")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden antar taxan.")
    table(document.sections[0].footer, [["Miljöförvaltningen\nPer Lind\nMiljöchef", "Box 1"]])
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert (ts.handlaggare, ts.handlaggare_titel) == ("Anna Ek", "")


def test_a_name_whose_phone_was_lost_after_the_comma(tmp_path):
    document = docx.Document()
    table(document, [["Kommunledningsförvaltningen\nEva Lund,", "Tjänsteskrivelse\nSida 1(2)"]])
    bold(document, "Svar på medborgarförslag")
    bold(document, "Sammanfattning")
    document.add_paragraph("Förslaget har utretts.")
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert ts.handlaggare == "Eva Lund"
