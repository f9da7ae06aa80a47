"""The ärendelistor of real_agendas_sixth.py imported row by row, and the shapes they brought
that were read wrong or refused: a whole web page pasted (its own lines, each ärende's number
on a line of its own after the browser's count), and a Dnr in brackets at a title's end."""

from __future__ import annotations

import datetime as dt
import operator

import pytest

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_portal import without_web_page
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_sixth import (
    REGION_STOCKHOLM_LF_2009_PAGE,
    SIXTH_AGENDAS,
    VASTERBOTTEN_RF_2020,
)

_PAGE_LINE = "hör till webbsidan, inte till listan"


def _pasted(*lines: str) -> tuple[bytes, str]:
    return ("\n".join(lines) + "\n").encode(), "inklistrad.txt"


@pytest.mark.parametrize("agenda", SIXTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_sixth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))


def test_the_landstings_page_lines_are_reported_and_the_meetings_date_read() -> None:
    result = read_agenda(*build_fourth(REGION_STOCKHOLM_LF_2009_PAGE))
    assert result.meeting_date == dt.date(2009, 2, 10)
    page_lines = [line.text for line in result.report.dropped if line.why == _PAGE_LINE]
    assert page_lines == [
        "Hoppa till huvudinnehåll",
        "Anmälan",
        *["Landstingsstyrelsens förslag"] * 4,
    ]
    # Every line of the page above the list is named, the table of contents too.
    dropped = {line.text for line in result.report.dropped}
    assert {"Anmälan om förhinder", "Innehåll", "Nya motioner", "Anna Berg"} <= dropped


# Lines of the kinds portals print (Netpublicator, Meetings Plus, Lex, Platina, a Sitevision
# page): a variant of Region Västerbotten's real list built here, not a page of theirs.
_PORTAL_VARIANT = (
    "Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.",
    "Godkänn alla",
    "Startsida > Politik > Regionfullmäktige",
    "Regionfullmäktige 2020-09-22",
    "Visa handlingar",
    "Ladda ned",
    "Kallelse regionfullmäktige 2020-09-22.pdf (245 kB)",
)


def test_a_portal_pages_lines_around_a_real_list_are_reported_not_refused() -> None:
    items = [row[0] for row in VASTERBOTTEN_RF_2020.rows[2:]]
    lines = [*_PORTAL_VARIANT, *items[:3], "Bilaga", "PDF (123 kB)", *items[3:]]
    result = read_agenda(*_pasted(*lines, "Senast uppdaterad: 2020-09-15"))
    got = [(n, i.title) for n, i in zip(result.numbers, result.items, strict=True)]
    assert got == [(e.nr, e.title) for e in VASTERBOTTEN_RF_2020.expected]
    assert result.meeting_date == dt.date(2020, 9, 22)
    page_lines = {line.text for line in result.report.dropped if line.why == _PAGE_LINE}
    expected = {*_PORTAL_VARIANT, "Bilaga", "PDF (123 kB)", "Senast uppdaterad: 2020-09-15"}
    assert page_lines == expected - {"Regionfullmäktige 2020-09-22"}


def test_a_sitevision_pages_file_lines_are_page_lines() -> None:
    """Borås Stad's page of kommunstyrelsen 2019-09-30, as its file lists read:
    https://www.boras.se/kommunochpolitik/kommunensorganisation/kommunstyrelsen/tidigarear/
    kommunstyrelsensammantrade201909301400.5.e90a65d1677dd5c26e7e0aa.html"""
    lines = [
        "Filer tillgängliga för nedladdning",
        "Ikon som illustrerar filtyp Filnamn Filstorlek Datum fil laddades upp",
        "Kommunstyrelsen 2019-09-30 protokoll.pdf Pdf, 754.8 kB. 754.8 kB 2020-09-02 12.19",
        "KS190930 Tilläggsyrkande SP8.docx Word, 42.1 kB. 42.1 kB 2019-09-30 13.20",
    ]
    report = ImportReport("dagordning", "inklistrad.txt")
    rows = [(at, [line]) for at, line in enumerate([*lines, "1 Budget", "2 Taxor"], start=1)]
    assert [cells[0] for _, cells in without_web_page(rows, report)][-2:] == ["1 Budget", "2 Taxor"]
    assert [line.text for line in report.dropped if line.why == _PAGE_LINE] == lines


def test_an_aerende_naming_a_speed_in_mb_is_no_page_line() -> None:
    result = read_agenda(*_pasted("Visa handlingar", "1 Upprop", "2 Bredband 100 Mb till byarna"))
    assert [i.title for i in result.items] == ["Upprop", "Bredband 100 Mb till byarna"]


@pytest.mark.parametrize(
    ("title", "dnr"),
    [
        ("Influensavaccinering (LS/594/2010)", "LS/594/2010"),
        ("Taxa för bygglov (KS 2020/434)", "KS 2020/434"),
        ("Arbetsordning (förslag 1)", ""),
        ("Budget och plan (2021-2023)", ""),
        ("Riktlinjer enligt OSL (2009:400)", ""),
        ("Ändrade regler (SFS 2010:900)", ""),
        ("Tillgänglighet enligt lagen (2018:1937)", ""),
    ],
)
def test_a_dnr_in_brackets_at_the_end_and_what_is_none(title: str, dnr: str) -> None:
    item = read_agenda(*_pasted("Ärende", f"1 {title}", f"2 {title}")).items[0]
    assert item.dnr == dnr
    assert item.title == (title[: title.rindex("(")].strip() if dnr else title)


def test_a_portal_line_in_a_table_leaves_the_tables_cells_as_they_are() -> None:
    """A list saved as CSV from a portal keeps a "Visa handlingar" row: that row is left
    out, and the Nr cells are never read as numbers standing alone above a title."""
    text = "Nr;Ärende\n1;Budget\n;Visa handlingar\n;Beslutsärenden\n2;Taxor\n;Övrigt\n3;Plan\n"
    result = read_agenda(text.encode(), "lista.csv")
    assert [(n, i.title) for n, i in zip(result.numbers, result.items, strict=True)] == [
        (1, "Budget"),
        (None, "Beslutsärenden"),
        (2, "Taxor"),
        (None, "Övrigt"),
        (3, "Plan"),
    ]
    assert [line.text for line in result.report.dropped] == ["Visa handlingar"]


def test_a_pages_question_about_itself_is_a_page_line() -> None:
    """Lines of real kommun pages: Båstad's
    https://www.bastad.se/kommun-och-politik/politik-och-demokrati/moten-och-protokoll.html and
    Helsingborg's https://helsingborg.se/kommun-och-politik/kommunens-organisation/
    politisk-ordlista/vad-ar-en-motion/, around the start of Region Västerbotten's list."""
    page = (
        "Hjälpte informationen på sidan dig?",
        "Tack för att du hjälper oss att göra webbplatsen bättre.",
        "Vi har ingen möjlighet att återkoppla på dina synpunkter.",
        "question_answer Fick du hjälp av informationen på sidan?",
        "Senast uppdaterad:",
    )
    items = [row[0] for row in VASTERBOTTEN_RF_2020.rows[2:5]]
    result = read_agenda(*_pasted(*items, *page))
    assert [i.title for i in result.items] == [e.title for e in VASTERBOTTEN_RF_2020.expected[:3]]
    assert [line.text for line in result.report.dropped if line.why == _PAGE_LINE] == list(page)


def test_a_title_that_opens_with_uppdaterad_or_names_kakor_stays_in_the_list() -> None:
    """Variants built here: "Uppdaterad …" and "… kakor …" name ärenden; only before a date
    is the word the page's footer, only in a sentence about the page's use of them a banner."""
    lines = (
        "Visa handlingar",
        "Uppdaterad riktlinje för bidrag",
        "Uppdaterad 24 november 2022",
        "Policy för kakor på kommunens webbplats",
        "Vi använder kakor för att webbplatsen ska fungera",
    )
    text = "Ärende;Dnr\n" + "".join(f"{line};\n" for line in lines) + "Taxor;KS 2022/5\n"
    result = read_agenda(text.encode(), "lista.csv")
    assert [i.title for i in result.items] == [lines[1], lines[3], "Taxor"]
    assert [line.text for line in result.report.dropped] == [lines[0], lines[2], lines[4]]
