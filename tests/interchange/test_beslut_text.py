"""A list of delegationsbeslut written as text, as a kallelse or protokoll publishes it
(interchange.beslut_text, reached through beslut_list.read_beslut_list), measured on the real
lists of tests/interchange/real_beslut_lists.py."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.beslut_list import read_beslut_list
from ksdesk.interchange.beslut_text import split_point
from tests.interchange.real_beslut_lists import (
    LIST_ON_PAPER,
    REAL_BESLUT_LISTS,
    VASTERVIK,
    WHOLE_PAGE_2022_05_24,
    RealBeslutList,
    pdf_variant,
    pdfmaker_variant,
    text_file,
    xlsx_variant,
)
from tests.interchange.word_pdf_files import STADGAR

LIST_ON_PAPER_LISTED = RealBeslutList("", "", LIST_ON_PAPER, ())
_BY_DATE = {
    listed.source.rsplit("=", 1)[1]: listed for listed in REAL_BESLUT_LISTS if "=" in listed.source
}


def _read(listed: RealBeslutList, name: str = "lista.txt") -> list[tuple]:
    data = xlsx_variant(listed) if name.endswith(".xlsx") else text_file(listed)
    rows = read_beslut_list(data, name).rows
    return [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in rows]


@pytest.mark.parametrize("listed", REAL_BESLUT_LISTS, ids=lambda listed: listed.name)
@pytest.mark.parametrize("name", ["lista.txt", "lista.xlsx"])
def test_every_real_list_is_read_decision_by_decision(listed: RealBeslutList, name: str) -> None:
    expected = [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]
    assert _read(listed, name) == expected


def test_several_decisions_on_one_line_each_name_their_row_and_letter() -> None:
    listed = read_beslut_list(text_file(_BY_DATE["2022-04-26"]), "lista.txt")
    assert [row.where for row in listed.rows] == [
        "Rad 1, punkt A",
        "Rad 1, punkt B",
        "Rad 1, punkt C",
    ]


def test_the_next_agenda_item_is_reported_not_read_as_decisions() -> None:
    listed = read_beslut_list(text_file(_BY_DATE["2023-09-26"]), "lista.txt")
    assert len(listed.rows) == 2
    dropped = {(line.where, line.why) for line in listed.report.dropped}
    assert ("Rad 1", "listans rubrik") in dropped
    for row in (6, 8, 9):  # "3 Anmälningsärenden:" and its two lettered lines
        assert (f"Rad {row}", "hör till nästa punkt på dagordningen") in dropped


def test_a_list_kept_on_paper_is_refused_in_swedish_naming_its_heading() -> None:
    with pytest.raises(InvalidInput, match="namnger inga beslut") as refused:
        read_beslut_list(LIST_ON_PAPER.encode("utf-8"), "lista.txt")
    assert "Anmäls på lista. Original finns i pärm." in str(refused.value)


def test_a_point_wrapped_over_two_lines_is_one_decision() -> None:
    # A variant of the 2022-05-24 list as a narrow PDF column wraps it.
    listed = _BY_DATE["2022-05-24"]
    wrapped = replace(listed, text=listed.text.replace("i mål nr", "i mål\nnr"))
    assert _read(wrapped) == _read(listed)


def test_a_date_in_words_and_a_dnr_with_its_diarium_letters() -> None:
    assert split_point("11 maj 2022, yttrande i mål nr 7978-22") == (
        "11 maj 2022",
        "yttrande i mål nr 7978-22",
        "",
    )
    assert split_point("Avslag på begäran om bidrag (Dnr KS 2020/12)") == (
        "",
        "Avslag på begäran om bidrag",
        "KS 2020/12",
    )
    variant = replace(_BY_DATE["2022-05-24"], text="A. 11 maj 2022, yttrande i mål nr 7978-22\n")
    assert _read(variant)[0][1] == dt.date(2022, 5, 11)


def test_a_text_without_any_list_is_still_refused_for_its_missing_rubrikrad() -> None:
    with pytest.raises(InvalidInput, match="ingen rubrikrad"):
        read_beslut_list("bara text\nutan någon lista\n".encode(), "lista.txt")


def test_a_list_grouped_by_delegat_gives_each_decision_its_delegat_and_says_so() -> None:
    listed = read_beslut_list(text_file(VASTERVIK), "lista.txt")
    (row,) = listed.rows
    assert (row.delegat, row.dnr, row.where) == ("Kommundirektören", "2015/", "Rad 3")
    changed = {(line.where, line.why) for line in listed.report.changed}
    assert ("Rad 2", "delegat för besluten under: Kommundirektören") in changed
    # The date stands inside the sentence: read, kept in the text, and said.
    assert row.date == dt.date(2015, 4, 11)
    assert ("Rad 3", "datumet i texten lästes som beslutsdatum") in changed
    assert ("Rad 4", "hör till nästa punkt på dagordningen") in {
        (line.where, line.why) for line in listed.report.dropped
    }


def test_a_sub_heading_starts_the_letters_again_under_its_delegat() -> None:
    # A variant built here: two delegater, each with points from A.
    text = (
        "Redovisning av delegationsbeslut\n"
        "Ordförandens beslut\n"
        "A. 2022-05-11, yttrande i mål nr 7978-22\n"
        "Delegat: Förvaltningschef\n"
        "A. 2022-05-12, nytt dataskyddsombud\n"
    )
    rows = read_beslut_list(text.encode(), "lista.txt").rows
    assert [(r.delegat, r.text) for r in rows] == [
        ("Ordföranden", "yttrande i mål nr 7978-22"),
        ("Förvaltningschef", "nytt dataskyddsombud"),
    ]


def test_a_dnr_on_the_line_under_its_point_belongs_to_that_point() -> None:
    # A variant of the 2014-05-20 list as agendas print it: the Dnr on a line of its own.
    listed = _BY_DATE["2014-05-20"]
    under = replace(
        listed,
        text="4 Anmälan av delegationsbeslut.\n"
        "A. Evenemangsavtal mellan IF Brommapojkarna och Stockholms stad\n"
        "Dnr 322/432/2014\n"
        "B. Beslut om tillfällig nedsättning av taxa - Beckomberga simhall\n"
        "Dnr 413/417/2014\n",
    )
    assert _read(under) == _read(listed)


def test_the_whole_agenda_page_gives_the_list_and_reports_every_other_line() -> None:
    data = WHOLE_PAGE_2022_05_24.encode("utf-8")
    listed = read_beslut_list(data, "dagordning.txt")
    expected = _BY_DATE["2022-05-24"].expected
    assert [(r.dnr, r.date, r.text) for r in listed.rows] == [
        (e.dnr, e.date, e.text) for e in expected
    ]
    lines = [line for line in WHOLE_PAGE_2022_05_24.splitlines() if line.strip()]
    # Nothing left out without a line: every line is a decision or a line in the report.
    assert len(listed.report.dropped) == len(lines) - len(expected)
    why = {line.text: line.why for line in listed.report.dropped}
    assert why["1 Val av justerare och tid för justering av dagens protokoll"] == (
        "står före listan över delegationsbeslut"
    )
    assert why["§2 Anmälan av delegationsbeslut"] == "hör till nästa punkt på dagordningen"


@pytest.mark.parametrize("listed", REAL_BESLUT_LISTS, ids=lambda listed: listed.name)
def test_every_real_list_printed_as_a_pdf_over_page_breaks(listed: RealBeslutList) -> None:
    read = read_beslut_list(pdf_variant(listed, lines_per_page=2), "kallelse.pdf")
    expected = [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]
    assert [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in read.rows] == expected
    # The running header stands between the points: reported on every page, read into none.
    headers = [line for line in read.report.dropped if line.why == "sidhuvud eller sidfot"]
    pages = -(-len([line for line in listed.text.splitlines() if line.strip()]) // 2)
    assert len(headers) == (2 * pages if pages > 1 else 0)  # one page: no header to tell
    assert all(line.text.startswith(("Idrottsnämnden", "Sida")) for line in headers)


@pytest.mark.parametrize("listed", REAL_BESLUT_LISTS, ids=lambda listed: listed.name)
def test_every_real_list_drawn_in_pieces_as_pdfmaker_draws_is_read_whole(
    listed: RealBeslutList,
) -> None:
    """Each line's first long word drawn in two pieces, its first two letters first, as
    Acrobat's PDFMaker drew "Me" and "dlem" of "Medlem" (tests/pdfmaker_pieces.py): pypdf
    read "EvA. enemangsavtal" and no decision came right; the page as it is seen is whole."""
    read = read_beslut_list(pdfmaker_variant(listed), "kallelse.pdf")
    expected = [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]
    assert [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in read.rows] == expected
    assert read.report.warnings == []


def _with_a_font_without_map(data: bytes, page: int) -> bytes:
    """The PDF with a composite font without a ToUnicode map chosen on page `page` (drawing
    nothing): ksdesk's reader cannot say what such a font's strings are."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        cid = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.CIDFontType2,
            BaseFont=pikepdf.Name("/Nameless"),
            CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        )
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name("/Nameless"),
            Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=pikepdf.Array([pdf.make_indirect(cid)]),
        )
        target = pdf.pages[page - 1]
        target.Resources.Font[pikepdf.Name("/C9")] = pdf.make_indirect(font)
        target.contents_add(pdf.make_stream(b"BT /C9 10 Tf ET"), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_a_page_whose_font_the_own_reader_cannot_read_is_read_by_pypdf_and_said() -> None:
    listed = _BY_DATE["2023-09-26"]
    read = read_beslut_list(_with_a_font_without_map(pdf_variant(listed, 2), 2), "kallelse.pdf")
    expected = [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]
    assert [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in read.rows] == expected
    assert [(line.where, line.text) for line in read.report.warnings] == [
        ("Sida 2", "ksdesk:s läsare kan inte läsa typsnittet Nameless")
    ]
    assert "granska besluten" in read.report.warnings[0].why


def test_a_decision_of_a_pdf_names_its_page_and_line() -> None:
    read = read_beslut_list(pdf_variant(_BY_DATE["2023-09-26"], 2), "kallelse.pdf")
    assert [row.where for row in read.rows] == ["Sida 1, rad 4, punkt A", "Sida 2, rad 3, punkt B"]


def test_a_pdf_without_text_or_without_a_list_is_refused_in_swedish() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    scan = canvas.Canvas(out)
    scan.rect(50, 50, 400, 600, fill=1)  # a page drawn, no text on it: as a scan
    scan.save()
    with pytest.raises(InvalidInput, match="ingen text att läsa"):
        read_beslut_list(out.getvalue(), "skannad.pdf")
    other = replace(LIST_ON_PAPER_LISTED, text="Protokoll\nInget om beslut här\n")
    with pytest.raises(InvalidInput, match="ingen lista över delegationsbeslut hittades"):
        read_beslut_list(pdf_variant(other), "protokoll.pdf")


def test_a_chapter_between_the_points_is_a_sub_heading_not_the_last_decisions_words() -> None:
    # A variant built here: the 2023-09-26 decisions grouped under two headings, as
    # socialnämnder group theirs by chapter, the points starting again from A under each.
    text = (
        "2 Anmälan av delegationsbeslut fattade inom idrottsförvaltningen:\n"
        "Upphandling\n"
        "A. Upphandling av ramavtal för slipning av isknivar\n"
        "Anläggningar\n"
        "A. Upphandling av ramavtal för reparation av konstgräsplaner\n"
    )
    listed = read_beslut_list(text.encode(), "lista.txt")
    assert [row.text for row in listed.rows] == [e.text for e in _BY_DATE["2023-09-26"].expected]
    dropped = {(line.where, line.text, line.why) for line in listed.report.dropped}
    assert ("Rad 4", "Anläggningar", "underrubrik i listan: ingen rad med beslut") in dropped
    assert ("Rad 2", "Upphandling", "står före listans första punkt") in dropped


def test_a_lettered_list_in_a_stadga_is_no_list_of_decisions() -> None:
    """Bostadsrättsföreningen Torskumlet 5's stadgar as Word 365 saved them (word_pdfs/README):
    "… som innebär:" over "a) att en medlems skyldighet … ökas,", "b) …,", "c) …," inside
    point 2 of a numbered list, and no heading naming delegationsbeslut. Its clauses were read
    as three decisions; the PDF holds no list and is refused so."""
    with pytest.raises(InvalidInput, match="ingen lista över delegationsbeslut hittades"):
        read_beslut_list(STADGAR.read_bytes(), STADGAR.name)


_STADGA_CLAUSES = (
    "Kallelsen ska skickas med post om stämman ska behandla en ändring som innebär:\n"
    "a) att en medlems skyldighet att betala insatser eller avgifter till föreningen ökas,\n"
    "b) att en medlems rätt till föreningens vinst inskränks,\n"
    "c) att en medlems rätt till föreningens tillgångar vid dess upplösning inskränks.\n"
)
_STADGA_NUMBERED = (
    "1. en ordinarie föreningsstämma ska hållas på en annan tid än stadgarna bestämt\n"
    "2. stämman ska behandla en fråga om en ändring av stadgarna som innebär\n"
    "a) att en medlems skyldighet att betala insatser eller avgifter ökas\n"
    "b) att en medlems rätt till föreningens vinst inskränks\n"
    "3. stämman ska ta ställning till om föreningen ska gå i likvidation\n"
)


@pytest.mark.parametrize("text", [_STADGA_CLAUSES, _STADGA_NUMBERED], ids=["satsdelar", "i punkt"])
def test_a_sentences_clauses_or_a_sub_list_are_no_decisions(text: str) -> None:
    # Variants of the stadga's list built here: its clauses with their commas alone, and a
    # sub-list inside a numbered list alone (its points without commas).
    with pytest.raises(InvalidInput, match="ingen rubrikrad"):
        read_beslut_list(text.encode(), "stadgar.txt")


def test_a_list_of_decisions_without_its_heading_is_still_read() -> None:
    listed = _BY_DATE["2022-05-24"]
    bare = replace(listed, text="\n".join(listed.text.splitlines()[2:4]) + "\n")
    assert bare.text.startswith("A. 2022-05-11") and _read(bare) == _read(listed)
