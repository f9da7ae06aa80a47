"""Shapes of tjänsteskrivelser met in the twelfth round's real documents
(real_tjansteskrivelser_twelfth), each on a file built for that rule, and the shapes near
them that must stay as they were: a lead-in and its att-sats in one sentence naming
regionfullmäktige, a label row with nothing under it but labels, "Expediering" over the
recipients in the letterhead, a date label left empty beside the addressee, a template's
placeholder, the nämnd's short name and then its whole name, a bullet that names a
förvaltning's "förslag till beslut", "Underskrifter" over the signatures."""

from __future__ import annotations

import docx

from ksdesk.interchange import tjansteskrivelse_pdf
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_docx import LETTERHEAD_REST, read_file
from tests.interchange.real_tjansteskrivelser import bold, headed, table
from tests.interchange.tjansteskrivelse_as_pdf import write_pdf


def _read(document, tmp_path):
    document.save(tmp_path / "ts.docx")
    return read_file(tmp_path / "ts.docx")


def _lines(read) -> list[tuple[str, str]]:
    return [(line.text, line.why) for _h, lines in read.report.sections() for line in lines]


def test_a_lead_in_and_its_att_sats_in_one_sentence_name_who_decides(tmp_path):
    document = docx.Document()
    bold(document, "Motion om barnets rättigheter")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Regionstyrelsen föreslår regionfullmäktige besluta att motionen anses besvarad."
    )
    document.add_paragraph("Kommunstyrelsen föreslås besluta att ge förvaltningen i uppdrag.")
    ts = _read(document, tmp_path).tjansteskrivelse
    # the lead-in parted from its att-sats (tjansteskrivelse_lead); "föreslås" leads no att
    assert [(att.group, att.text[:14]) for att in ts.forslag] == [
        ("fullmäktige", "motionen anses"),
        ("", "Kommunstyrelse"),
    ]
    assert words.is_organ("Regionfullmäktige") and words.is_organ("Landstingsfullmäktige")


def test_a_label_with_only_labels_under_it_is_empty_and_expediering_gives_the_recipients(
    tmp_path,
):
    document = docx.Document()
    table(
        document,
        [
            ["Datum:", "Kultur- och fritidsnämnden"],
            ["Handläggare: Bengt-Göran Kullner", ""],
            ["Direktnr:", ""],
            ["Beteckning: KFN 2014.123", ""],
            ["Expediering", ""],
            ["TN, Akten", ""],
        ],
    )
    bold(document, "Kor och får")
    bold(document, "Ärendebeskrivning")
    document.add_paragraph(
        "Tekniska förvaltningen äger 13 vänekor och 25 gutefår. Djuren betar på mark som är "
        "känslig och svår att sköta på annat sätt än med frigående djur."
    )
    for read in (_read(document, tmp_path), _as_pdf(tmp_path)):
        ts = read.tjansteskrivelse
        assert (ts.datum, ts.telefon, ts.diarienummer) == ("", "", "KFN 2014.123")
        assert ts.mottagare == "Kultur- och fritidsnämnden"
        assert ts.beslut_skickas_till == ["TN", "Akten"]
        assert ts.title == "Kor och får"
        assert [s.heading for s in ts.sections] == ["Ärendebeskrivning"]


def _as_pdf(tmp_path):
    write_pdf(tmp_path / "ts.docx", tmp_path / "ts.pdf")
    return tjansteskrivelse_pdf.read_file(tmp_path / "ts.pdf")


def test_a_date_label_beside_the_addressee_on_one_line_is_left_empty(tmp_path):
    document = docx.Document()
    document.add_paragraph("Datum:\tSocialnämnden")
    document.add_paragraph("Datum:\t2019-11-20")
    bold(document, "Revidering av riktlinjer")
    bold(document, "Sammanfattning")
    document.add_paragraph("Riktlinjerna revideras.")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert (ts.datum, ts.mottagare) == ("2019-11-20", "Socialnämnden")


def test_a_placeholder_of_the_template_goes_to_the_report_not_into_the_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("[Mötesdatum]")
    document.add_paragraph("Regionfullmäktige")
    bold(document, "Motion om barnets rättigheter")
    bold(document, "Sammanfattning")
    document.add_paragraph("En motion.")
    read = _read(document, tmp_path)
    ts = read.tjansteskrivelse
    assert LETTERHEAD_REST not in [s.heading for s in ts.sections]
    assert ts.mottagare == "Regionfullmäktige"
    assert (
        "[Mötesdatum]",
        "mallens platshållare, inte ifylld: inte en del av tjänsteskrivelsens text",
    ) in _lines(read)
    assert words.boilerplate("[Datum] och mer") == ""


def test_the_nämnds_whole_name_after_its_short_name_is_the_addressee(tmp_path):
    document = docx.Document()
    for line in (
        "Tjänsteskrivelse KFN",
        "Handläggare: Nina Simonen",
        "Kultur- och föreningsnämnden",
    ):
        document.add_paragraph(line)
    bold(document, "Checklista för en hållbar utveckling")
    bold(document, "Sammanfattning")
    document.add_paragraph("En utvärdering.")
    read = _read(document, tmp_path)
    assert read.tjansteskrivelse.mottagare == "Kultur- och föreningsnämnden"
    assert ("KFN", "nämndens förkortning: Mottagare är Kultur- och föreningsnämnden") in _lines(
        read
    )
    assert LETTERHEAD_REST not in [s.heading for s in read.tjansteskrivelse.sections]


def test_a_bullet_naming_a_forslag_till_beslut_is_an_item_not_a_heading(tmp_path):
    document = docx.Document()
    bold(document, "Öppna sammanträden")
    bold(document, "Förvaltningens förslag till beslut")
    document.add_paragraph("1. Sammanträdena är öppna för allmänheten.")
    bold(document, "Underlag för beslut")
    document.add_paragraph("• Vård- och omsorgsförvaltningens förslag till beslut 2019-01-21")
    bold(document, "Underskrifter")
    table(document, [["Lars Liljedahl\nFörvaltningschef", "Hanna Hirvelä\nNämndsekreterare"]])
    read = _read(document, tmp_path)
    ts = read.tjansteskrivelse
    assert [(s.heading, s.text) for s in ts.sections] == [
        ("Underlag för beslut", "- Vård- och omsorgsförvaltningens förslag till beslut 2019-01-21")
    ]
    assert [att.nr for att in ts.forslag] == ["1"]
    assert [s.name for s in ts.signatories] == ["Lars Liljedahl", "Hanna Hirvelä"]
    assert ("Underskrifter", "rubriken över underskrifterna") in _lines(read)


def test_a_line_whose_next_word_only_just_fits_by_the_guess_goes_on(tmp_path):
    """The print broke Norrbotten's "… ska alla politiska ärenden" before "som rör barn";
    the mean letter of the next line made "som" fit 0.6 pt inside the margin."""
    from tests.interchange.real_tjansteskrivelser_twelfth import write_norrbotten

    write_norrbotten(tmp_path / "ts.docx")
    ts = _as_pdf(tmp_path).tjansteskrivelse
    yttrande = next(s for s in ts.sections if s.heading == "Yttrande till beslutsförslaget")
    assert "\n" not in yttrande.text
    assert "politiska ärenden som rör barn" in yttrande.text


def test_a_heading_1_title_naming_the_namnd_is_the_title_not_the_addressee(tmp_path):
    """Walk29 (/tmp/su/walk29/mk_handlingar.py, after Kungsbacka KS 2025-02-18's handlingar):
    "Årsredovisning 2024 för kommunstyrelsen" in Heading 1 was read as Mottagare and the
    title was "(ingen)"; the letterhead printed the title as the address."""
    document = headed(
        ["TJÄNSTESKRIVELSE", "Datum 2025-01-24", "Diarienummer KS-2024-00365"],
        "Årsredovisning 2024 för kommunstyrelsen",
        "Förslag till beslut i kommunstyrelsen",
        "Kommunstyrelsen godkänner årsredovisning 2024, daterad 2025-01-24",
    )
    ts = _read(document, tmp_path).tjansteskrivelse
    assert (ts.title, ts.mottagare) == ("Årsredovisning 2024 för kommunstyrelsen", "")
    assert words.is_organ("Till Kommunstyrelsen") and words.is_organ("Barn- och utbildningsnämnden")
    assert not words.is_organ("Yttrande till byggnadsnämnden")
