"""Shapes of tjänsteskrivelser met in the eleventh round's real documents
(real_tjansteskrivelser_eleventh), each on a file built for that rule, and the shapes near
them that must stay as they were: the document's kind other than TJÄNSTESKRIVELSE, the Dnr
in parentheses, a letterhead in capitals, a label left empty, a lead-in over the att-satser
after letterhead text, "… anför följande.", a two-line title, no heading under the title, the
unit over a signature, a title in lower case."""

from __future__ import annotations

import docx
import pytest

from ksdesk.interchange import tjansteskrivelse_pdf
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_body import UNHEADED
from ksdesk.interchange.tjansteskrivelse_docx import LETTERHEAD_REST, read_file
from tests.interchange.real_tjansteskrivelser import bold
from tests.interchange.tjansteskrivelse_as_pdf import write_pdf


def _read(document, tmp_path):
    document.save(tmp_path / "ts.docx")
    return read_file(tmp_path / "ts.docx")


def test_a_kind_before_a_number_is_the_kind_but_a_title_starting_with_it_is_the_title():
    assert words.kind_word("YTTRANDE 1(3)") == ("YTTRANDE", "1(3)")
    assert words.kind_word("Utlåtande 2008:182 RI") == ("Utlåtande", "2008:182 RI")
    assert words.kind_word("TJÄNSTEMANNAFÖRSLAG") == ("TJÄNSTEMANNAFÖRSLAG", "")
    assert words.kind_word("PM Rotel I+IV") == ("PM", "Rotel I+IV")
    assert words.kind_word("Yttrande över motion om cykelbanor") is None
    assert words.kind_word("Pm-hantering i skolan") is None


def test_a_name_in_capitals_starts_with_a_given_name_a_unit_in_capitals_does_not():
    assert words.caps_name("ANDERS FORSBERG")
    assert not words.caps_name("VÅRD OCH OMSORG")
    assert not words.caps_name("SEKTOR SAMHÄLLSBYGGNAD")


def test_sid_with_a_slash_is_a_page_number():
    assert words.boilerplate("SID 1/2") == "sidnummer"
    assert words.boilerplate("Sid. 2 av 3") == "sidnummer"


def test_the_letterhead_in_capitals_gives_the_handlaggare_and_the_dnr_in_parentheses(tmp_path):
    document = docx.Document()
    for line in ("VALLENTUNA KOMMUN", "ANDERS FORSBERG", "Utlåtande 2008:182 RI (Dnr 325/2008)"):
        document.add_paragraph(line)
    bold(document, "Beställning av förskoleplatser")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden beställer förskoleplatser.")
    result = _read(document, tmp_path)
    ts = result.tjansteskrivelse
    assert (ts.handlaggare, ts.diarienummer) == ("ANDERS FORSBERG", "325/2008")
    rest = next(s for s in ts.sections if s.heading == LETTERHEAD_REST)
    assert rest.text == "VALLENTUNA KOMMUN"  # kept, with a line
    dropped = {line.text: line.why for line in result.report.dropped}
    assert "dokumentets nummer" in dropped["2008:182 RI"]


def test_a_label_left_empty_takes_no_value_from_the_next_line(tmp_path):
    """ "Dnr" alone over the handläggare's name: the name is no diarienummer. A label over
    a value of its field's shape in the next paragraph (a table a PDF gives as lines) is
    its value, though no diarium would print it alone (Tyresö's "2016KSM1221.042")."""
    document = docx.Document()
    for line in ("Dnr", "Agneta Johansson", "Vårt diarienummer", "2016KSM1221.042"):
        document.add_paragraph(line)
    bold(document, "Anmälan av delegationsbeslut")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Delegationsbesluten anmäls.")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert (ts.handlaggare, ts.diarienummer) == ("Agneta Johansson", "2016KSM1221.042")


def test_a_bold_lead_in_after_letterhead_text_starts_the_att_satser_until_anfor_foljande(
    tmp_path,
):
    document = docx.Document()
    document.add_paragraph("Bilaga 6:7 till kommunstyrelsens protokoll")
    bold(document, "Riktlinjer för ärendeansvar")
    bold(document, "Borgarrådsberedningen föreslår kommunstyrelsen besluta följande")
    document.add_paragraph("Riktlinjerna godkänns.")
    document.add_paragraph("Föredragande borgarrådet Anna Ek anför följande.")
    bold(document, "Bakgrund")
    document.add_paragraph("Socialtjänstnämnden har utarbetat ett förslag.")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert [att.text for att in ts.forslag] == ["Riktlinjerna godkänns."]
    assert [(s.heading, s.text) for s in ts.sections] == [
        (LETTERHEAD_REST, "Bilaga 6:7 till kommunstyrelsens protokoll"),
        (UNHEADED, "Föredragande borgarrådet Anna Ek anför följande."),
        ("Bakgrund", "Socialtjänstnämnden har utarbetat ett förslag."),
    ]


def test_a_title_on_two_bold_lines_is_one_title_with_a_line(tmp_path):
    document = docx.Document()
    bold(document, "Klimatanpassning av stadens resor")
    bold(document, "Motion av Anna Ek (mp) (2008:25)")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Motionen anses besvarad.")
    result = _read(document, tmp_path)
    assert result.tjansteskrivelse.title == (
        "Klimatanpassning av stadens resor – Motion av Anna Ek (mp) (2008:25)"
    )
    assert [line.text for line in result.report.merged] == ["Klimatanpassning av stadens resor"]


def test_a_kommuns_name_in_bold_over_the_title_is_no_first_line_of_it(tmp_path):
    document = docx.Document()
    bold(document, "Vallentuna kommun")
    bold(document, "Beställning av förskoleplatser")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Nämnden beställer förskoleplatser.")
    assert _read(document, tmp_path).tjansteskrivelse.title == "Beställning av förskoleplatser"


def test_no_heading_under_the_title_the_signature_under_the_unit_in_capitals(tmp_path):
    document = docx.Document()
    document.add_paragraph("Miljö- och samhällsnämnden")
    bold(document, "Anmälan av delegationsbeslut 2014")
    document.add_paragraph("Förteckningen över delegationsbeslut anmäls.")
    for line in ("SAMHÄLLSBYGGNAD", "Agneta Johansson", "nämndsekreterare"):
        document.add_paragraph(line)
    result = _read(document, tmp_path)
    ts = result.tjansteskrivelse
    assert [(s.name, s.title) for s in ts.signatories] == [("Agneta Johansson", "nämndsekreterare")]
    assert [(s.heading, s.text) for s in ts.sections] == [
        (UNHEADED, "Förteckningen över delegationsbeslut anmäls.")
    ]
    assert "SAMHÄLLSBYGGNAD" in [line.text for line in result.report.dropped]


def test_a_lower_case_line_going_on_under_a_name_is_no_title():
    assert words.title_like("nämndsekreterare")
    assert not words.title_like("och Per Ek har lämnat in")
    assert not words.title_like("har i en motion föreslagit att")


def test_a_lead_in_naming_fullmaktige_gives_its_att_satser_to_fullmaktige():
    said = "Kommunstyrelsen föreslår kommunfullmäktige besluta följande"
    assert words.lead_group(said) == "fullmäktige"
    assert words.lead_group("Borgarrådsberedningen föreslår kommunstyrelsen besluta") is None
    assert words.lead_group("Fullmäktige föreslås besluta") == "fullmäktige"
    assert words.lead_group("Fullmäktigeberedningen föreslår kommunstyrelsen besluta") is None


def test_numbered_parts_in_plain_style_are_the_parts_not_att_satser(tmp_path):
    """A template that numbers its parts, typed as plain paragraphs: "2. Bakgrund" after
    the att-satser starts a part (it is no att-sats 2), as does a consequence part."""
    document = docx.Document()
    bold(document, "Plan för lokalförsörjning")
    document.add_paragraph("1. Förslag till beslut")
    document.add_paragraph("Kommunstyrelsen antar planen.")
    for heading, text in (
        ("2. Bakgrund", "Planen har tagits fram under året."),
        ("3 Jämställdhet", "Planen berör kvinnor och män lika."),
    ):
        document.add_paragraph(heading)
        document.add_paragraph(text)
    ts = _read(document, tmp_path).tjansteskrivelse
    assert [att.text for att in ts.forslag] == ["Kommunstyrelsen antar planen."]
    assert [(s.heading, s.text) for s in ts.sections] == [
        ("2. Bakgrund", "Planen har tagits fram under året."),
        ("3 Jämställdhet", "Planen berör kvinnor och män lika."),
    ]


def _run_in(document, heading: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(heading).bold = True
    paragraph.add_run(text)


@pytest.mark.parametrize("as_pdf", [False, True], ids=["Word", "PDF"])
def test_a_part_heading_run_into_its_paragraph_in_bold_is_the_parts_heading(tmp_path, as_pdf):
    """ "Bakgrund. Kommunen har …" with "Bakgrund." bold: the part Bakgrund and its text; a
    bold word that names no part ("Observera: …") stays in the text."""
    document = docx.Document()
    bold(document, "Plan för lokalförsörjning")
    _run_in(document, "Förslag till beslut: ", "Kommunstyrelsen antar planen.")
    _run_in(document, "Bakgrund. ", "Kommunen har tagit fram en plan för lokalerna.")
    _run_in(document, "Observera: ", "planen gäller från nästa år.")
    _run_in(document, "Beslutet skickas till: ", "Samhällsbyggnadsnämnden")
    document.save(tmp_path / "ts.docx")
    path = tmp_path / "ts.docx"
    if as_pdf:
        write_pdf(path, tmp_path / "ts.pdf")
        path = tmp_path / "ts.pdf"
    ts = (tjansteskrivelse_pdf.read_file if as_pdf else read_file)(path).tjansteskrivelse
    assert [att.text for att in ts.forslag] == ["Kommunstyrelsen antar planen."]
    assert [(s.heading, s.text) for s in ts.sections] == [
        (
            "Bakgrund",
            "Kommunen har tagit fram en plan för lokalerna.\n\n"
            "Observera: planen gäller från nästa år.",
        )
    ]
    assert ts.beslut_skickas_till == ["Samhällsbyggnadsnämnden"]


def test_the_addressee_after_till_a_lead_in_with_its_full_stop_no_switchboard_for_a_phone(
    tmp_path,
):
    """ "Till Utbildningsnämnden" is addressed to Utbildningsnämnden; "… beslutar följande."
    with its full stop leads into the att-satser; "Telefon Växel" in the footer is the
    kommun's switchboard with its number lost, not the handläggare's phone."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Telefon Växel stockholm.se"
    document.add_paragraph("Till Utbildningsnämnden")
    bold(document, "Skolplanering för gymnasieskolan")
    document.add_paragraph("Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.")
    document.add_paragraph("1. Planeringsinriktningen godkänns.")
    result = _read(document, tmp_path)
    ts = result.tjansteskrivelse
    assert (ts.mottagare, ts.telefon) == ("Utbildningsnämnden", "")
    assert [(att.nr, att.text) for att in ts.forslag] == [("1", "Planeringsinriktningen godkänns.")]
    assert "Telefon Växel stockholm.se" in [line.text for line in result.report.dropped]


def test_a_part_heading_over_a_line_break_is_the_parts_heading(tmp_path):
    """walk37 #13: "Beslutsunderlag", Shift+Enter, the documents, in one paragraph: the part
    Beslutsunderlag with its list (it printed as text of the part above); a paragraph
    whose first line names no part stays one paragraph."""
    document = docx.Document()
    bold(document, "Ansökan om vård enligt 2 § LVU")
    document.add_paragraph("Sammanfattning av ärendet")
    document.add_paragraph("Barn- och ungdomsenheten har utrett.\nUtredningen är klar.")
    document.add_paragraph("Beslutsunderlag\nUtredning 2025-03-28\nYttrande 2025-03-30")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert [(s.heading, s.text) for s in ts.sections] == [
        (
            "Sammanfattning av ärendet",
            "Barn- och ungdomsenheten har utrett.\n\nUtredningen är klar.",
        ),
        ("Beslutsunderlag", "Utredning 2025-03-28\n\nYttrande 2025-03-30"),
    ]
