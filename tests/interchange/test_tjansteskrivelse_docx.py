"""The Word tjänsteskrivelse import's rules on files built for one rule each (variants of
the real ones in real_tjansteskrivelser*.py): refused files, text with no place of its own,
a table inside a section."""

from __future__ import annotations

import docx
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.tjansteskrivelse_docx import LETTERHEAD_REST, read_file
from tests.interchange.real_tjansteskrivelser import headed
from tests.interchange.test_other_formats import OLD_WORD, PASSWORD, open_document


def _read(document, tmp_path):
    document.save(tmp_path / "ts.docx")
    return read_file(tmp_path / "ts.docx")


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("ts.doc", OLD_WORD, "Word 97–2003"),
        ("ts.docx", PASSWORD, "lösenordsskyddad"),
        ("ts.odt", open_document("text"), "OpenDocument"),
        ("ts.docx", b"PK\x03\x04 inte en riktig zip", "kan inte läsas som ett Word-dokument"),
        ("ts.txt", "Förslag till beslut".encode(), "inget Word-dokument"),
        ("ts.docx", b"", "är tom"),
    ],
)
def test_files_word_cannot_give_are_refused_in_swedish(tmp_path, name, data, said):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=said):
        read_file(path)


def test_a_document_without_text_is_refused(tmp_path):
    docx.Document().save(tmp_path / "tom.docx")
    with pytest.raises(InvalidInput, match="ingen text"):
        read_file(tmp_path / "tom.docx")


def test_a_letterhead_line_with_no_field_keeps_its_own_section(tmp_path):
    """Ludvika's letterhead with a line no template field holds: it is kept, not lost."""
    document = headed(
        ["Datum", "2020-11-27", "Ärendet bereds av kommunstyrelsens arbetsutskott"],
        "Omfördelning av budgetmedel",
        "Beskrivning av ärendet",
        "Samhällsbyggnadsnämnden beslutade den 25 november 2020.",
    )
    result = _read(document, tmp_path)
    ts = result.tjansteskrivelse
    assert ts.datum == "2020-11-27"
    assert ts.title == "Omfördelning av budgetmedel"
    rest = next(s for s in ts.sections if s.heading == LETTERHEAD_REST)
    assert rest.text == "Ärendet bereds av kommunstyrelsens arbetsutskott"
    assert any(LETTERHEAD_REST in line.why for line in result.report.changed)


def test_a_table_in_a_section_is_read_as_text_with_a_line(tmp_path):
    document = docx.Document()
    document.add_heading("Budget 2021", 1)
    document.add_heading("Ekonomiska konsekvenser", 2)
    grid = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Enhet", "tkr"], ["IT-center", "2 000"]]):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    result = _read(document, tmp_path)
    assert result.tjansteskrivelse.sections[0].text == "Enhet – tkr\n\nIT-center – 2 000"
    assert [line.where for line in result.report.changed] == ["Tabell 1"]


def test_a_dnr_label_in_the_text_is_not_a_heading(tmp_path):
    """A sentence that names "förslag till" is text, not the start of the att-satser."""
    document = docx.Document()
    document.add_heading("Taxa 2021", 1)
    document.add_heading("Bakgrund", 2)
    document.add_paragraph("Ett förslag till ny taxa har tagits fram.")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert ts.forslag == []
    assert ts.sections[0].text == "Ett förslag till ny taxa har tagits fram."


def test_the_report_names_what_the_letterhead_gave(tmp_path):
    """The secretary checks the letterhead in the report before saving, not a count."""
    from tests.interchange.real_tjansteskrivelser import write_upplands_bro

    write_upplands_bro(tmp_path / "ub.docx")
    read = read_file(tmp_path / "ub.docx").report.read
    assert (
        "Brevhuvudet: Datum 2018-08-28, Diarienummer SN 18/0098, Handläggare Lena Bergström, "
        "E-post lena.bergstrom@upplands-bro.se, Mottagare Socialnämnden"
    ) in read


def test_a_footnote_is_kept_in_a_section_of_its_own(tmp_path):
    """Ludvika's Beskrivning av ärendet with the law it cites as a footnote (a variant of the
    seed's text): the footnote is the handläggare's text and is kept, with a line."""
    from ksdesk.interchange.tjansteskrivelse_docx import NOTES
    from tests.interchange.real_delegation_documents import add_footnote

    document = docx.Document()
    document.add_heading("Omfördelning av budgetmedel", 1)
    document.add_heading("Beskrivning av ärendet", 2)
    cited = document.add_paragraph("Upplåtelse av offentlig plats sker enligt ordningslagen.")
    add_footnote(document, cited, "Ordningslagen (1993:1617) 3 kap. 1 §.")
    result = _read(document, tmp_path)
    notes = result.tjansteskrivelse.sections[-1]
    assert (notes.heading, notes.text) == (NOTES, "1. Ordningslagen (1993:1617) 3 kap. 1 §.")
    assert [line.where for line in result.report.changed] == ["Fotnot"]


def test_att_satser_in_a_table_are_att_satser(tmp_path):
    """Tyresö's att-satser as some templates set them: number and text in a table."""
    from tests.interchange.real_tjansteskrivelser_more import TYRESO_ATTS

    document = docx.Document()
    document.add_heading("Kommunal borgen Tyresö Strands båtklubb", 1)
    document.add_heading("Kommunstyrelsens förslag till kommunfullmäktige", 2)
    grid = document.add_table(rows=2, cols=2)
    for row, text in enumerate(TYRESO_ATTS[:2]):
        grid.cell(row, 0).text, grid.cell(row, 1).text = f"{row + 1}.", text
    ts = _read(document, tmp_path).tjansteskrivelse
    assert [(a.nr, a.group, a.text) for a in ts.forslag] == [
        ("1", "fullmäktige", TYRESO_ATTS[0]),
        ("2", "fullmäktige", TYRESO_ATTS[1]),
    ]


def test_a_signature_on_one_line_and_a_plain_forslag_heading(tmp_path):
    """Ludvika's KS 2020/434 as another template writes it (a variant of the seed's text):
    "Beslutsförslag" over the att-sats, "Maria Skoglund, kommundirektör" on one line."""
    document = docx.Document()
    document.add_heading("Omfördelning av budgetmedel", 1)
    document.add_heading("Beslutsförslag", 2)
    document.add_paragraph("Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa.")
    document.add_heading("Ekonomiska konsekvenser", 2)
    document.add_paragraph("Kommunstyrelsen omfördelar maximalt 300 tkr.")
    document.add_paragraph("Maria Skoglund, kommundirektör")
    document.add_paragraph("Jessica Hedlund, sektionschef")
    document.add_heading("Beslut skickas till", 2)
    document.add_paragraph("Akten")
    ts = _read(document, tmp_path).tjansteskrivelse
    assert [a.text for a in ts.forslag] == [
        "Fullmäktige uppdrar till samhällsbyggnadsnämnden att redovisa."
    ]
    assert [(s.name, s.title) for s in ts.signatories] == [
        ("Maria Skoglund", "Kommundirektör"),
        ("Jessica Hedlund", "Sektionschef"),
    ]
    assert ts.sections[0].text == "Kommunstyrelsen omfördelar maximalt 300 tkr."


def test_the_footer_is_one_line_in_the_report(tmp_path):
    """Katrineholm's footer: the address in six cells is one line, the handläggare's phone
    and e-mail go to their fields."""
    from tests.interchange.real_tjansteskrivelser_more import write_katrineholm

    write_katrineholm(tmp_path / "k.docx")
    report = read_file(tmp_path / "k.docx").report
    footer = [line for line in report.dropped if line.where == "Sidfot"]
    assert len(footer) == 1
    assert footer[0].text.startswith("KATRINEHOLMS KOMMUN · Besöksadress: Djulögatan 27")


def test_an_ingress_under_the_title_is_body_text_not_letterhead(tmp_path):
    """Upplands-Bro's tjänsteskrivelse with an ingress between the title and Förslag till
    beslut (a variant: the sentence is the real one's Sammanfattning)."""
    from ksdesk.interchange.tjansteskrivelse_body import UNHEADED

    document = docx.Document()
    for level, text in (
        (None, "Socialnämnden"),
        (1, "Revidering av riktlinjer för ekonomiskt bistånd"),
        (None, "Ärendet avser en delrevidering av riktlinjerna för ekonomiskt bistånd."),
        (2, "Förslag till beslut"),
        (None, "Socialnämnden godkänner delrevidering av riktlinjer."),
    ):
        if level is None:
            document.add_paragraph(text)
        else:
            document.add_heading(text, level)
    result = _read(document, tmp_path)
    ts = result.tjansteskrivelse
    assert ts.mottagare == "Socialnämnden"
    assert [(s.heading, s.text) for s in ts.sections] == [
        (UNHEADED, "Ärendet avser en delrevidering av riktlinjerna för ekonomiskt bistånd.")
    ]
    assert "stod under titeln utan rubrik" in result.report.changed[0].why


def test_recipients_on_one_line_are_split_but_not_a_name_written_family_name_first(tmp_path):
    """Beslut skickas till as one line with commas (a variant of Ludvika's KS 2020/434): each
    unit and person is a recipient; "Karlsson, Kalle" and "Ek, Anna" are one person each."""
    document = docx.Document()
    document.add_heading("Omfördelning av budgetmedel", 1)
    document.add_heading("Förslag till beslut", 2)
    document.add_paragraph("Kommunstyrelsen omfördelar maximalt 300 tkr.")
    document.add_heading("Beslut skickas till", 2)
    for line in (
        "Kommunstyrelsen, Ekonomienheten, Anna Ek",
        "Karlsson, Kalle, Socialnämnden, för kännedom",
        "Beslutet skickas till: Ek, Anna; Akten",
        "Andersson, Anna-Karin, Nilsson, Kommunstyrelsen",
    ):
        document.add_paragraph(line)
    ts = _read(document, tmp_path).tjansteskrivelse
    assert ts.beslut_skickas_till == [
        "Kommunstyrelsen",
        "Ekonomienheten",
        "Anna Ek",
        "Karlsson, Kalle",
        "Socialnämnden, för kännedom",
        "Ek, Anna",
        "Akten",
        "Andersson, Anna-Karin",
        "Nilsson",
        "Kommunstyrelsen",
    ]
