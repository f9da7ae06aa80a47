"""Real published lists of delegationsbeslut, as the stored public pages give them, and what a
secretary would import from each.

Five are Stockholms stad, idrottsnämnden: the item "Anmälan av delegationsbeslut" of a
meeting's agenda and protokoll as insynsverige.se publishes it; one is Västerviks kommun,
kommunstyrelsen, from docplayer.se's transcript of a protokoll (the URL is each list's
`source`). The search found no other list among the stored pages: docplayer.se and 5dok.org
hold delegationsordningar, and protokoll whose lists lie beyond the part stored; no diarium
export (XLSX/CSV) of such a list was found at all.

The lists are short and written as text, not as a table: lettered items, one a line or
several on one line, the decision's date first or not at all, the Dnr at the end ("dnr
322/432/2014") or not at all, no delegat and no point. The file a secretary imports from them
is that text saved as .txt (`text_file`: the heading line, the items, and where the page goes
on, the next agenda item, whose lettered lines are no delegationsbeslut), or the same lines
pasted into the first column of a sheet and saved as XLSX (`xlsx_variant`), or printed as a
kallelse's pages (`pdf_variant`); the two are variants built here. The texts are the published
ones, copied as the search tool returned them.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import openpyxl


@dataclass(frozen=True)
class Expected:
    """One decision as the list has it: what a right reading gives."""

    dnr: str
    date: dt.date | None
    text: str
    delegat: str = ""
    punkt: str = ""
    antal: int | None = None  # the decisions a summary row reports (Teknik's "Beviljade: 21")


@dataclass(frozen=True)
class RealBeslutList:
    name: str
    source: str
    text: str
    expected: tuple[Expected, ...]


_IDROTT = "https://insynsverige.se/stockholm-idrott"

REAL_BESLUT_LISTS = (
    RealBeslutList(
        "Stockholm idrottsnämnden 2014-05-20 (dnr i texten, två på en rad)",
        f"{_IDROTT}/protokoll?date=2014-05-20",
        "4 Anmälan av delegationsbeslut.\n"
        "\n"
        "A. Evenemangsavtal mellan IF Brommapojkarna och Stockholms stad, dnr 322/432/2014. "
        "B. Beslut om tillfällig nedsättning av taxa - Beckomberga simhall, dnr 413/417/2014\n"
        "\n"
        "5 Övriga anmälningsärenden.\n"
        "\n"
        'A. Skrivelse om "Futsal" från Stockholms Fotbollsförbund, dnr 414/460-2014. '
        "B. Skrivelse med anledning av flytt av Älvsjö idrottsplats, dnr 412/418-2014.\n",
        (
            Expected(
                "322/432/2014", None, "Evenemangsavtal mellan IF Brommapojkarna och Stockholms stad"
            ),
            Expected(
                "413/417/2014",
                None,
                "Beslut om tillfällig nedsättning av taxa - Beckomberga simhall",
            ),
        ),
    ),
    RealBeslutList(
        "Stockholm idrottsnämnden 2022-04-26 (tre på rubrikens rad)",
        f"{_IDROTT}/protokoll?date=2022-04-26",
        "2 Anmälan av delegationsbeslut: A. Öppettider på Farsta sim- och idrottshall "
        "B. Öppettider på Högdalens sim- och idrottshall C. Öppettider på Sandsborgsbadet\n"
        "\n"
        "3 Anmälningsärenden: A. Funktionshinderrådets protokoll för mars B. Planärende på "
        "samråd Alviks strand, Alvik 1:18 m.fl.\n",
        (
            Expected("", None, "Öppettider på Farsta sim- och idrottshall"),
            Expected("", None, "Öppettider på Högdalens sim- och idrottshall"),
            Expected("", None, "Öppettider på Sandsborgsbadet"),
        ),
    ),
    RealBeslutList(
        "Stockholm idrottsnämnden 2022-05-24 (datum först)",
        f"{_IDROTT}/dagordning?date=2022-05-24",
        "2 Anmälan av delegationsbeslut\n"
        "\n"
        "A. 2022-05-11, yttrande i mål nr 7978-22\n"
        "B. 2022-05-12, nytt dataskyddsombud\n"
        "\n"
        "3 Anmälningsärenden:\n"
        "\n"
        "A. Funktionshinderrådets protokoll för april\n"
        "B. Skrivelse från Skönhetsrådet angående hybridgräsplaner på Gärdets sportfält\n",
        (
            Expected("", dt.date(2022, 5, 11), "yttrande i mål nr 7978-22"),
            Expected("", dt.date(2022, 5, 12), "nytt dataskyddsombud"),
        ),
    ),
    RealBeslutList(
        "Stockholm idrottsnämnden 2023-03-28 (ett beslut)",
        f"{_IDROTT}/dagordning?date=2023-03-28",
        "2 Anmälan av delegationsbeslut fattade inom idrottsförvaltningen:\n"
        "\n"
        "A. Allmänna villkor för besökare i Stockholm stads simhallar\n"
        "\n"
        "3 Anmälningsärenden:\n"
        "\n"
        "A. Funktionshinderrådets protokoll för februari\n"
        "B. Svar på medborgarförslag om Gubbängsfältet\n",
        (Expected("", None, "Allmänna villkor för besökare i Stockholm stads simhallar"),),
    ),
    RealBeslutList(
        "Stockholm idrottsnämnden 2023-09-26 (upphandlingar)",
        f"{_IDROTT}/protokoll?date=2023-09-26",
        "2 Anmälan av delegationsbeslut fattade inom idrottsförvaltningen:\n"
        "\n"
        "A. Upphandling av ramavtal för slipning av isknivar\n"
        "B. Upphandling av ramavtal för reparation av konstgräsplaner\n"
        "\n"
        "3 Anmälningsärenden:\n"
        "\n"
        "A. Remiss Riktlinje chefsstruktur - svar på remiss från kommunstyrelsen\n"
        "B. Remiss av Idrottsstrategi för Stockholmsregionen - svar på remiss från "
        "kommunstyrelsen\n",
        (
            Expected("", None, "Upphandling av ramavtal för slipning av isknivar"),
            Expected("", None, "Upphandling av ramavtal för reparation av konstgräsplaner"),
        ),
    ),
)

# Västerviks kommun, kommunstyrelsen 11 maj 2015, ärende 2 "Anmälan om delegationsbeslut"
# (docplayer.se's transcript of the protokoll, UTKAST). The transcript runs the PDF's lines
# together and drops the number after "Dnr 2015/"; the file rebuilds the lines (heading,
# the delegat's sub-heading, the decision) and keeps the Dnr as the transcript has it. The list
# goes on with a decision of Statens VA-nämnd that names private persons, cut off in the
# transcript: it is left out, and the file ends with the next agenda item.
VASTERVIK = RealBeslutList(
    "Västervik kommunstyrelsen 2015-05-11 (delegat som underrubrik, Dnr först)",
    "http://docplayer.se/11999975-Arenden-till-kommunfullmaktige-12-13-15-1-upprop-och-val-"
    "av-justerare-2-anmalan-om-delegationsbeslut-utkast-3-kommundirektoren-informerar.html",
    "2. Anmälan om delegationsbeslut\n"
    "Kommundirektörens beslut\n"
    "Dnr 2015/ Kommunstyrelsen förvaltnings svar 11 april 2015 på Trafikverkets remiss om "
    "slopning av spår och växel i Nelhammar läggs till handlingarna.\n"
    "3. Kommundirektören informerar\n",
    (
        Expected(
            "2015/",
            dt.date(2015, 4, 11),
            "Kommunstyrelsen förvaltnings svar 11 april 2015 på Trafikverkets remiss om "
            "slopning av spår och växel i Nelhammar läggs till handlingarna.",
            "Kommundirektören",
        ),
    ),
)
REAL_BESLUT_LISTS = (*REAL_BESLUT_LISTS, VASTERVIK)

# A meeting whose anmälan names no decision: the list is kept on paper (insynsverige.se,
# Stockholm idrottsnämnden 2017-02-21, "{_IDROTT}/protokoll?date=2017-02-21").
LIST_ON_PAPER = "4 Anmälan av delegationsbeslut. Anmäls på lista. Original finns i pärm.\n"


def text_file(listed: RealBeslutList) -> bytes:
    """The published text saved as a .txt file by Notepad (UTF-8, Windows line ends)."""
    return listed.text.replace("\n", "\r\n").encode("utf-8")


def xlsx_variant(listed: RealBeslutList) -> bytes:
    """A variant: the published lines pasted into column A of a new sheet, one a row."""
    book = openpyxl.Workbook()
    sheet = book.active
    for line in listed.text.splitlines():
        sheet.append([line or None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# The whole page as a secretary copies it from insynsverige.se (Stockholm idrottsnämnden,
# dagordning 2022-05-24, the `source` of the list of that day), up to the last line the
# stored copy gives whole: the list is its item 2, and the page names it again as "§2".
WHOLE_PAGE_2022_05_24 = """\
Din position: Hem > Stockholms stad > Idrottsnämnden > Sammanträde 2022-05-24

Sammanträde 2022-05-24

Datum
Klockan
17:30
Plats
Hantverkargatan 3, Glasbruket

1 Val av justerare och tid för justering av dagens protokoll

2 Anmälan av delegationsbeslut

A. 2022-05-11, yttrande i mål nr 7978-22
B. 2022-05-12, nytt dataskyddsombud

3 Anmälningsärenden:

A. Funktionshinderrådets protokoll för april
B. Skrivelse från Skönhetsrådet angående hybridgräsplaner på Gärdets sportfält
C. Skrivelse från Förbundet för Ekoparken angående hybridgräsplaner m.m. på Gärdets Sportfältet
D. Anläggande av konstgräs och konstfryst ispist på Bäverdalens bollplan, slutredovisning

5 Särskilt ärende föreningsstöd

8 Hyresavtal och upphandling för ny idrottshall - Slakthusområdet

§1 Val av justerare och tid för justering

§2 Anmälan av delegationsbeslut

§4 Tertialrapport 1 2022 för idrottsnämnden
"""


def pdf_variant(listed: RealBeslutList, lines_per_page: int = 4) -> bytes:
    """A variant: the published lines printed as a kallelse's pages (ReportLab, Helvetica),
    `lines_per_page` to a page so that the list runs over a page break, under a running
    header built here ("Idrottsnämnden – kallelse", "Sida 1 (2)") as kallelser carry one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [line for line in listed.text.splitlines() if line.strip()]
    pages = [lines[at : at + lines_per_page] for at in range(0, len(lines), lines_per_page)]
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for number, page in enumerate(pages, start=1):
        sheet.setFont("Helvetica", 10)
        sheet.drawString(60, 800, "Idrottsnämnden – kallelse")
        sheet.drawString(60, 786, f"Sida {number} ({len(pages)})")
        for at, line in enumerate(page):
            sheet.drawString(60, 740 - 16 * at, line)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def pdfmaker_variant(listed: RealBeslutList, lines_per_page: int = 2) -> bytes:
    """`pdf_variant` with each line drawn in pieces as Acrobat's PDFMaker draws Word's lines
    (tests/pdfmaker_pieces.py): its first long word's first two letters first, then the rest
    of the line; pypdf reads the word in two ("Up phandling")."""
    from tests.pdfmaker_pieces import pdf_in_pieces

    lines = [line for line in listed.text.splitlines() if line.strip()]
    pages = [lines[at : at + lines_per_page] for at in range(0, len(lines), lines_per_page)]
    return pdf_in_pieces(pages, header="Idrottsnämnden – kallelse")
