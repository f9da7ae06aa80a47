"""What the twelfth round left, each on a file built for that rule, with the shapes near it
that must stay as they were: a lead-in and its att-sats in one sentence parted into who
decides and the att-sats (tjansteskrivelse_lead); the handläggare's title in a letterhead
read into its field (step m1810); a name in capitals kept as written, with a report line
saying how it is printed."""

from __future__ import annotations

import docx
import pytest

from tests.interchange.real_tjansteskrivelser import bold, table
from tests.interchange.tjansteskrivelse_as_pdf import read_document


def _lines(read) -> list[tuple[str, str]]:
    return [(line.text, line.why) for _h, lines in read.report.sections() for line in lines]


@pytest.mark.parametrize("kind", ["Word", "PDF"])
def test_a_lead_in_and_its_att_sats_in_one_sentence_are_parted(tmp_path, kind):
    document = docx.Document()
    bold(document, "Motion om barnets rättigheter")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Regionstyrelsen föreslår regionfullmäktige att motionen anses besvarad."
    )
    read = read_document(document, tmp_path, kind)
    (att,) = read.tjansteskrivelse.forslag
    assert (att.group, att.text) == ("fullmäktige", "motionen anses besvarad.")
    why = "inledningen till att-satsen: ksdesk skriver rubriken Förslag till beslut"
    assert ("Regionstyrelsen föreslår regionfullmäktige att", why) in _lines(read)


def test_an_att_sats_that_is_a_sentence_stays_whole(tmp_path):
    """No organ between "föreslår" and "att", or a second sentence: the proposal is the
    sentence, and parting it would lose who does what."""
    sentences = [
        "Förvaltningen föreslår att nämnden godkänner rapporten.",
        "Socialnämnden föreslår kommunfullmäktige att anta riktlinjerna. Riktlinjerna gäller "
        "från den 1 juli.",
        "Kommunstyrelsen föreslås besluta att ge förvaltningen i uppdrag att utreda frågan.",
    ]
    document = docx.Document()
    bold(document, "Riktlinjer")
    bold(document, "Förslag till beslut")
    for sentence in sentences:
        document.add_paragraph(sentence)
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert [att.text for att in ts.forslag] == sentences


def test_a_nämnd_named_in_the_lead_in_leaves_the_group_to_the_heading(tmp_path):
    document = docx.Document()
    bold(document, "Remiss om skolskjuts")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Barn- och utbildningsförvaltningen föreslår barn- och utbildningsnämnden besluta att "
        "yttrandet antas som nämndens svar."
    )
    (att,) = read_document(document, tmp_path).tjansteskrivelse.forslag
    assert (att.group, att.text) == ("", "yttrandet antas som nämndens svar.")


@pytest.mark.parametrize("kind", ["Word", "PDF"])
def test_the_handlaggares_title_under_the_name_is_read_into_its_field(tmp_path, kind):
    document = docx.Document()
    table(
        document.sections[0].header,
        [
            ["Kanslienheten", "Tjänsteskrivelse"],
            ["Maria Lind", "Datum 2026-11-02"],
            ["Utredare", "Diarienummer KS 2026/88"],
        ],
    )
    bold(document, "Ny kommundirektör")  # a title of the ärende, bold: no handläggare's
    bold(document, "Ärendet")
    document.add_paragraph("Kommunstyrelsen ska anställa en ny kommundirektör.")
    ts = read_document(document, tmp_path, kind).tjansteskrivelse
    assert (ts.handlaggare, ts.handlaggare_titel) == ("Maria Lind", "Utredare")
    assert ts.title == "Ny kommundirektör"


def test_a_title_after_the_name_on_its_line_and_a_title_far_from_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("Handläggare: Per Ek, nämndsekreterare")
    document.add_paragraph("Datum: 2026-11-02")
    bold(document, "Taxa för bygglov")
    bold(document, "Ärendet")
    document.add_paragraph("Taxan ses över.")
    ts = read_document(document, tmp_path).tjansteskrivelse
    assert (ts.handlaggare, ts.handlaggare_titel) == ("Per Ek", "nämndsekreterare")

    document = docx.Document()
    document.add_paragraph("Handläggare: Per Ek")
    for line in ("Datum: 2026-11-02", "Dnr: KS 2026/9", "Telefon: 0240-866 56"):
        document.add_paragraph(line)
    document.add_paragraph("Ekonomiavdelningen")
    document.add_paragraph("Controller")  # four lines after the name: not his title
    bold(document, "Taxa för bygglov")
    bold(document, "Ärendet")
    document.add_paragraph("Taxan ses över.")
    assert read_document(document, tmp_path).tjansteskrivelse.handlaggare_titel == ""


def test_a_name_in_capitals_is_kept_as_written_and_the_report_says_how_it_prints(tmp_path):
    document = docx.Document()
    document.add_paragraph("VALLENTUNA KOMMUN\tTJÄNSTESKRIVELSE")
    document.add_paragraph("ANDERS FORSBERG\tSID 1/2")
    document.add_paragraph("NÄMNDSEKRETERARE")
    bold(document, "Svar på remiss")
    bold(document, "Ärendet")
    document.add_paragraph("Remissen besvaras.")
    read = read_document(document, tmp_path)
    ts = read.tjansteskrivelse
    assert (ts.handlaggare, ts.handlaggare_titel) == ("ANDERS FORSBERG", "NÄMNDSEKRETERARE")
    why = "namnet i versaler: sparas som det står, skrivs ut som ”Anders Forsberg”"
    assert ("ANDERS FORSBERG", why) in _lines(read)


@pytest.mark.parametrize("kind", ["Word", "PDF"])
def test_two_handlaggare_in_one_cell_are_both_named(tmp_path, kind):
    """ "Jan Holmlund" over "Therese Hagberg" under Handläggare (Uppsala): both, not one
    name of four words (Word) or the second left in Övrigt (PDF)."""
    document = docx.Document()
    table(
        document,
        [
            ["Handläggare", "Datum", "Diarienummer"],
            ["Jan Holmlund\nTherese Hagberg", "", "SCN 2026/4"],
        ],
    )
    bold(document, "Svar på begäran")
    bold(document, "Ärendet")
    document.add_paragraph(
        "Arbetsmiljöverket har begärt svar på vilka åtgärder socialförvaltningen har vidtagit "
        "efter inspektionen, och förvaltningen har tagit fram ett förslag till svar."
    )
    read = read_document(document, tmp_path, kind)
    assert read.tjansteskrivelse.handlaggare == "Jan Holmlund och Therese Hagberg"
    assert [s.heading for s in read.tjansteskrivelse.sections] == ["Ärendet"]


def test_a_title_over_the_name_where_the_text_ends_is_a_signature(tmp_path):
    """ "Socialförvaltningen" over "Direktör" over "Jan Holmlund" (Uppsala): the förvaltning
    to the report, the title and the name one signature; a title line inside the text, with
    text after it, stays text."""
    document = docx.Document()
    bold(document, "Svar på begäran")
    bold(document, "Ärendet")
    for line in ("Nämnden har frågat.", "Utredare", "Anna Berg", "har svarat i tid."):
        document.add_paragraph(line)
    for line in ("Socialförvaltningen", "Direktör", "Jan Holmlund"):
        document.add_paragraph(line)
    read = read_document(document, tmp_path)
    ts = read.tjansteskrivelse
    assert [(s.name, s.title) for s in ts.signatories] == [("Jan Holmlund", "Direktör")]
    assert "Anna Berg" in ts.sections[0].text
    assert ("Socialförvaltningen", "förvaltningens namn över underskriften") in _lines(read)


def test_a_short_paragraph_after_a_letterhead_table_is_text_in_a_pdf(tmp_path):
    """A short document whose letterhead table, set smaller, has more letters than its one
    paragraph: the paragraph was taken as larger than the text, and so as a heading."""
    document = docx.Document()
    rows = [["Handläggare", "Datum", "Diarienummer"], ["Jan Holmlund", "2026-01-02", "SCN 2026/4"]]
    table(document, rows)
    bold(document, "Svar på begäran")
    bold(document, "Ärendet")
    document.add_paragraph("Arbetsmiljöverket har begärt svar.")
    ts = read_document(document, tmp_path, "PDF").tjansteskrivelse
    assert [(s.heading, s.text) for s in ts.sections] == [
        ("Ärendet", "Arbetsmiljöverket har begärt svar.")
    ]
