"""The ninth set of real-structure delegationsordningar: stored excerpts (search tool, corpus
"pages", 5dok.org's article pages, which show a document's middle) that hold points, so the
WORDS of the points are the documents'. Each builder names its source and says what is ours.
`NINTH_DOCUMENTS` maps a short name to (builder, expected points), as in
real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

# A miljö- och byggnadsnämnd: "F.1.1" numbers, a chapter title as a row across the table ---------

MBN_SOURCE = (
    "https://5dok.org/article/plan-bygglagen-pbl-bilaga-f%C3%B6rslag-delegationsordning-"
    "milj%C3%B6-b.zkw6wmee"
)
MBN_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]
MBN_CHAPTER = "F.1 Beslut om lov och övriga beslut, 9 kap. 30–32 §§, PBL"
_ROLES = "Bygglovschef\nBygglovshandläggare\nArbetsutskottet"
_LOV = "PBL 9 kap. 2 § första stycket 1 och 2"
MBN_ROWS: list[list[str]] = [
    [
        "F.1.1",
        "Nybyggnad av en- eller tvåbostadshus utanför område med detaljplan, inom ramen för de "
        "villkor som bestämts i bindande förhandsbesked.",
        _ROLES,
        _LOV,
        "",
    ],
    [
        "F.1.2",
        "Nybyggnad eller tillbyggnad inom detaljplan för handel, kontor, hantverk, industri och "
        "dylikt.",
        _ROLES,
        _LOV,
        "Gäller ej ärenden som avser hotell och liknande verksamhet för ej varaktigt boende. "
        "Gäller ej lov för byggnader som avser fritidsändamål/idrottsanläggningar. Sådana "
        "beslut ska tas av nämnden.",
    ],
    ["F.1.3", "Ny- och tillbyggnad av komplementbyggnad.", _ROLES, _LOV, ""],
    [
        "F.1.4",
        "Ny- eller tillbyggnad av kiosk, avloppspumpstation eller därmed jämförliga byggnader.",
        _ROLES,
        _LOV,
        "",
    ],
    [
        "F.1.5",
        "Ny- och tillbyggnad av bostadshus inom område med gällande detaljplan.",
        _ROLES,
        _LOV,
        "Gäller ej ärenden som avser flerbostadshus på fastigheter med beteckning ”B” i "
        "detaljplan som inte är preciserad beträffande boendeform.",
    ],
    [
        "F.1.6",
        "Ny- eller tillbyggnad av kolonistugor eller därmed jämförliga byggnader.",
        _ROLES,
        _LOV,
        "",
    ],
]


def write_mbn(path: Path) -> None:
    """A kommun's "Förslag delegationsordning" for its miljö- och byggnadsnämnd (Bilaga to
    ärende 2018-0135 MBN), pages 37–38 of 50 as 5dok.org's article page has them
    (MBN_SOURCE): the points numbered "F.1.1" under the section "F.1 Beslut om lov och
    övriga beslut, 9 kap. 30–32 §§, PBL", a sentence on older law above the table, the three
    who may decide one under the other in one cell (Bygglovschef, Bygglovshandläggare,
    Arbetsutskottet), the Lagrum after them, and conditions under Anmärkning; "Sida 37 av 50"
    in the footer. The words are the excerpt's. Ours: the column names (the excerpt shows
    none), the section title as a row across the table (the excerpt gives it above the
    first point), and the cut after F.1.6 (F.1.7 is cut off in the excerpt)."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Sida 37 av 50"
    document.add_paragraph(
        "Delegationsordningen gäller även för ärenden enligt äldre lagstiftning utifrån "
        "motsvarande bestämmelser i plan- och bygglagen (1987:10), ÄPBL"
    )
    _table(document, MBN_HEADER, [[MBN_CHAPTER], *MBN_ROWS])
    document.save(str(path))


MBN: list[Expect] = [
    (row[0], MBN_CHAPTER, row[1], row[2].split("\n"), [], row[3], row[4]) for row in MBN_ROWS
]


# A kommunstyrelse with IFO: a chapter heading over each table, its header row again ------------

KS_SOURCE = (
    "https://5dok.org/article/alkohollagen-och-tobakslagen-delegeringsordning-f%C3%B6r-"
    "kommunstyrelsen.q5mnp4or"
)
KS_HEADER = ["Nr", "Delegationens art", "Lagrum", "Delegat", "Ersättare"]
_EC, _AC = "Enhetschef IFO", "Avdelningschef IFO"
_NHB = "Närmast högre befattningshavare"
KS_CHAPTERS: list[tuple[str, str, list[list[str]]]] = [
    (
        "11. Stipendier och premier",
        "31",
        [
            [
                "11.1",
                "Fördelning av anvisade medel till stipendier och premier, grund- och "
                "gymnasieskolan",
                "",
                "Rektor\nMusikledare",
                "Grundskolechef\nGymnasiechef\nVhtchef LoS",
            ],
        ],
    ),
    (
        "14. Överflyttning av ärende till annan kommun",
        "32",
        [
            [
                "14.1",
                "Beslut om framställning om överflyttning av ärende till annan kommun",
                "2a kap 10 § SoL",
                _EC,
                _AC,
            ],
            [
                "14.2",
                "Beslut i fråga om mottagande av ärende från annan kommun",
                "2a kap 10 § SoL",
                _EC,
                _AC,
            ],
            [
                "14.3",
                "Beslut att ansöka hos IVO om överflyttning av ärende",
                "2a kap 11 § SoL",
                _EC,
                _AC,
            ],
            [
                "14.4",
                "Beslut att överklaga IVO:s beslut om överflyttning av ärende",
                "16 kap 4 § SoL",
                _EC,
                _AC,
            ],
        ],
    ),
    (
        "15. Överklagande, yttrande och anmälningar m.m. till domstol, åklagarmyndighet och "
        "andra myndigheter",
        "",
        [
            [
                "15.1",
                "Beslut om att föra talan i ärenden eller mål vid allmän domstol eller "
                "förvaltningsdomstol",
                "10 kap 2 § SoL",
                "Per Lind",
                "Hans Ek",
            ],
            [
                "15.2",
                "Utseende av ombud att föra nämndens talan",
                "10 kap 2 § SoL",
                "Per Lind",
                "Hans Ek",
            ],
            [
                "15.3",
                "Överklaganden och yrkanden om inhibition när förvaltningsrätt eller kammarrätt "
                "ändrat nämndens beslut och detta beslut ursprungligen fattats av delegaten samt "
                "avgivande av yttrande i SoL-, LVU- och LVM-ärenden där ursprungsbeslutet "
                "fattats av delegat",
                "",
                _NHB,
                "",
            ],
            [
                "15.4",
                "Överklagande, yrkande om inhibition samt yttrande till förvaltningsrätt och "
                "kammarrätt i SoL-, LVU- och LVM-ärenden",
                "10 kap 1-2 §§ SoL\n6 kap 36 § KL",
                "Delegat i ursprungsärendet",
                _NHB,
            ],
            [
                "15.5",
                "Visar ett ombud eller biträde oskicklighet, oförstånd eller om denne är "
                "olämplig på något annat sätt, får myndigheten avvisa vederbörande som ombud "
                "eller biträde i ärendet",
                "9 § FL",
                "Utskottet LoS",
                "Per Lind",
            ],
        ],
    ),
]


def write_ks(path: Path) -> None:
    """A kommun's "Delegeringsordning för kommunstyrelsen" (the kommun's name is not in the
    stored excerpt; its kommunstyrelse holds the individ- och familjeomsorg, "IFO", and a
    förvaltning "LoS"), pages 31–32 as 5dok.org's article page has them (KS_SOURCE): each
    chapter a heading ("14. Överflyttning av ärende till annan kommun") over a table of its
    own whose header row is "Nr | Delegationens art | Lagrum | Delegat | Ersättare", the
    page number alone on a line between the tables ("31", "32"), a point with two Lagrum, a
    point without Lagrum, a named person as Delegat. The words are the excerpt's. Ours: the
    persons' names (made up), chapter 11's number (the excerpt begins with its title), and
    15.5's Ersättare (cut off in the excerpt after "Pete")."""
    document = docx.Document()
    document.add_paragraph("Delegeringsordning för kommunstyrelsen", style="Title")
    for title, page, rows in KS_CHAPTERS:
        document.add_heading(title, 1)
        _table(document, KS_HEADER, rows)
        if page:
            document.add_paragraph(page)
    document.save(str(path))


def _lines(cell: str) -> list[str]:
    return cell.split("\n") if cell else []


KS: list[Expect] = [
    (row[0], title, row[1], _lines(row[3]), _lines(row[4]), row[2], "")
    for title, _page, rows in KS_CHAPTERS
    for row in rows
]


NINTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "mbn_f1": (write_mbn, MBN),
    "ks_ifo": (write_ks, KS),
}
