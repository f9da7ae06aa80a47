"""The thirteenth set of real delegationsordningar: a räddningsnämnd (lagen om skydd mot
olyckor, lagen om brandfarliga och explosiva varor) whose points stand in a landscape table
of seven columns (Vidaredelegation, Anmäls till, Kommentar), a regionförbund (a
kommunalförbund whose regionstyrelse delegates) with its delegates as abbreviations listed at
the start and points numbered "A.1.1", an överförmyndarnämnd (föräldrabalken) whose Lagrum
is one merged cell beside several points, a valnämnd whose points are numbered "VN 1", and
a socialnämnd whose page header ("Fastställd av | Dnr: | Sida" over "SN 48/65 | … | 1:26")
is typed as a table at each page's head. None of these nämnder or förbund is in an earlier
set. Each from a stored excerpt (search
tool, corpus "pages") that shows the document's first page: its title, its adoption lines as
written and its opening sections, whose structure (and short lines: titles, labels,
headings) is kept as published; its prose is cut to a sentence or two in our words. Every
excerpt ends before the points: the points are ours, written in a layout such documents
have, and each builder says so. `THIRTEENTH_DOCUMENTS` maps a short name to (builder,
expected points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _merge_down, _table
from tests.interchange.real_delegation_eleventh import _landscape, _repeat_header

# A räddningsnämnd: seven columns in landscape ---------------------------------------------

RTJ_SOURCE = (
    "https://5dok.org/document/y96r4xpd-g%C3%A4ller-fr-o-m-delegationsordning-r%C3%A4ddnings"
    "tj%C3%A4nsten-halmstad.html"
)
RTJ_TITLE = "Delegationsordning för räddningstjänsten i Halmstad"
RTJ_HEADER = [
    "Nr",
    "Ärende",
    "Lagrum",
    "Delegat",
    "Vidaredelegation",
    "Anmäls till",
    "Kommentar",
]
RTJ_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "1 Allmänna ärenden",
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "6 kap. 39 § KL",
                "Ordförande",
                "",
                "Räddningsnämnden",
                "",
            ],
            [
                "1.2",
                "Avvisning av överklagande som kommit in för sent",
                "45 § FL",
                "Räddningschef",
                "Stf räddningschef",
                "Räddningsnämnden",
                "",
            ],
        ],
    ),
    (
        "2 Lagen om skydd mot olyckor",
        [
            [
                "2.1",
                "Föreläggande och förbud i enskilda fall",
                "5 kap. 2 § LSO",
                "Räddningschef",
                "Brandinspektör",
                "Räddningsnämnden",
                "Föreläggande med vite beslutas av nämnden",
            ],
            [
                "2.2",
                "Medgivande att själv utföra eller låta annan utföra rengöring (sotning)",
                "3 kap. 4 § LSO",
                "Räddningschef",
                "Brandinspektör",
                "Räddningsnämnden",
                "",
            ],
        ],
    ),
    (
        "3 Lagen om brandfarliga och explosiva varor",
        [
            [
                "3.1",
                "Tillstånd till hantering av brandfarliga varor",
                "18 § LBE",
                "Räddningschef",
                "Brandingenjör",
                "Räddningsnämnden",
                "",
            ],
            [
                "3.2",
                "Föreläggande och förbud som behövs för att lagen ska efterlevas",
                "25 § LBE",
                "Räddningschef",
                "Brandingenjör",
                "Räddningsnämnden",
                "",
            ],
        ],
    ),
]


def write_rtj(path: Path) -> None:
    """Halmstads kommun, "Delegationsordning för räddningstjänsten i Halmstad" (RTJ_SOURCE):
    "Gäller fr o m" over the title (its date is not in the excerpt; ours), the sections
    "Grunder", "Protokollföring" and "Anmälan av beslut" as headings with their prose cut
    short, the page number "(2)" typed on the second page as the excerpt shows it. Ours: the
    points, in a landscape section, in a table of seven columns whose header Word repeats
    ("Nr | Ärende | Lagrum | Delegat | Vidaredelegation | Anmäls till | Kommentar"; the
    excerpt names vidaredelegation from the räddningschef and anmälan to the nämnd), each
    chapter a row spanning the table."""
    document = docx.Document()
    document.add_paragraph("Gäller fr o m 2011-01-01")
    document.add_paragraph(RTJ_TITLE, style="Title")
    document.add_heading("Grunder", 1)
    document.add_paragraph(
        "Räddningsnämnden får enligt kommunallagen delegera sin beslutanderätt till anställd, "
        "och förvaltningschefen får vidaredelegera den till annan anställd."
    )
    document.add_heading("Protokollföring", 1)
    document.add_paragraph("Beslut som fattas med stöd av delegation undertecknas av delegaten.")
    document.add_paragraph("(2)")
    document.add_heading("Anmälan av beslut", 1)
    document.add_paragraph(
        "Räddningschefen redovisar beslut fattade på delegation vid nämndens närmast "
        "följande sammanträde."
    )
    _landscape(document)
    rows: list[list[str]] = []
    for title, points in RTJ_CHAPTERS:
        rows += [[title], *points]
    _repeat_header(_table(document, RTJ_HEADER, rows))
    document.save(str(path))


RTJ: list[Expect] = [
    (r[0], title, r[1], [r[3]], [], r[2], r[6]) for title, rows in RTJ_CHAPTERS for r in rows
]


# A regionförbund: delegates as abbreviations listed first, points numbered "A.1.1" ---------

RF_SOURCE = "https://docplayer.se/883257-Delegationsordning-for-regionforbundet-sormland.html"
RF_TITLE = "Delegationsordning för Regionförbundet Sörmland"
RF_ABBREVIATIONS = [
    ("RS", "Regionstyrelsen"),
    ("AU", "Regionstyrelsens arbetsutskott"),
    ("Ordf", "Regionstyrelsens ordförande"),
    ("RD", "Regiondirektör"),
    ("EC", "Ekonomichef"),
]
RF_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]
RF_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "A. Allmänna ärenden",
        [
            [
                "A.1.1",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
                "Ordf",
                "AU",
                "6 kap. 39 § KL",
            ],
            ["A.1.2", "Yttranden i remissärenden av mindre vikt", "RD", "", ""],
            ["A.2.1", "Avvisning av för sent inkommen överklagan", "RD", "", "45 § FL"],
        ],
    ),
    (
        "B. Ekonomi",
        [
            ["B.1.1", "Upphandling inom budget upp till 5 prisbasbelopp", "RD", "EC", ""],
            ["B.1.2", "Beslut om attesträtt", "EC", "", "Enligt attestreglementet"],
        ],
    ),
]


def write_rf(path: Path) -> None:
    """Regionförbundet Sörmland (a kommunalförbund; its regionstyrelse delegates), as
    RF_SOURCE stores its first page: "Datum" and "Dnr" over the title (their values are
    blank in the excerpt; the dates here are the ones the förbund's web page gives for the
    adoption and revisions), "Fastställd av regionstyrelsen …, att gälla från …", the section
    "Delegation och verkställighet" (prose cut short). Ours: the list of abbreviations under
    "Förkortningar" (a tab between the abbreviation and the post), and the points, in one
    table with the delegates written by abbreviation, numbered "A.1.1" under chapter rows
    "A. Allmänna ärenden"; no Lagrum column, the law cited in Anmärkning."""
    document = docx.Document()
    document.add_paragraph("Datum 2017-12-06\tDnr RS 2017/12")
    document.add_paragraph(RF_TITLE, style="Title")
    document.add_paragraph("Fastställd av regionstyrelsen 2014-12-04, att gälla från 2015-01-01")
    document.add_paragraph("Reviderad av regionstyrelsen 2016-04-08 och 2017-12-06")
    document.add_heading("Delegation och verkställighet", 1)
    document.add_paragraph(
        "Ett delegationsbeslut fattas på regionstyrelsens vägnar och gäller som om "
        "styrelsen fattat det. Verkställighet är beslut utan utrymme för egna bedömningar."
    )
    document.add_heading("Förkortningar", 1)
    for short, post in RF_ABBREVIATIONS:
        document.add_paragraph(f"{short}\t{post}")
    document.add_heading("Delegationsförteckning", 1)
    rows: list[list[str]] = []
    for title, points in RF_CHAPTERS:
        rows += [[title], *points]
    _table(document, RF_HEADER, rows)
    document.save(str(path))


RF: list[Expect] = [
    (r[0], title, r[1], [r[2]], [r[3]] if r[3] else [], "", r[4])
    for title, rows in RF_CHAPTERS
    for r in rows
]


# An överförmyndarnämnd: the Lagrum one merged cell beside several points -------------------

OFN_SOURCE = (
    "https://www.herjedalen.se/organisation-och-politik/styrdokument-och-regler/"
    "delegationsordning/overformyndarnamndens-delegationsordning.html"
)
OFN_TITLE = "Överförmyndarnämndens delegationsordning"
OFN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare"]
OFN_CHAPTERS: list[tuple[str, str, list[list[str]]]] = [
    (
        "Godmanskap och förvaltarskap",
        "11 kap. FB",
        [
            ["1.1", "Ansökan hos tingsrätten om anordnande av godmanskap", "Handläggare", ""],
            ["1.2", "Ansökan hos tingsrätten om anordnande av förvaltarskap", "Handläggare", ""],
            ["1.3", "Ansökan om upphörande av godmanskap", "Handläggare", ""],
        ],
    ),
    (
        "Tillsyn över förvaltningen",
        "14 kap. FB",
        [
            ["2.1", "Granskning av årsräkning", "Handläggare", "Enhetschef"],
            ["2.2", "Anmärkning mot årsräkning", "Enhetschef", ""],
        ],
    ),
]


def write_ofn(path: Path) -> None:
    """Härjedalens kommun, "Överförmyndarnämndens delegationsordning" (OFN_SOURCE, a web
    page): the adoption and the Dnr as sentences under the title, "Inledning" and "Allmänna
    bestämmelser", "Begränsningar av delegationer" with its list of what may not be delegated
    (prose cut short). Ours (the excerpt ends in the rules): the points, one table per
    chapter of föräldrabalken under a Word heading, the chapter's Lagrum ("11 kap. FB") one
    cell merged down beside all its points, as such tables are often laid out."""
    document = docx.Document()
    document.add_paragraph(OFN_TITLE, style="Title")
    document.add_paragraph("Antagen av överförmyndarnämnden den 28 september 2023.")
    document.add_paragraph("Diarienummer ÖFN 2023/7 00.")
    document.add_heading("Inledning", 1)
    document.add_heading("Allmänna bestämmelser", 2)
    document.add_paragraph(
        "Överförmyndarnämnden får delegera beslutanderätt enligt 6 kap. 37 § kommunallagen "
        "och 19 kap. 14 § föräldrabalken."
    )
    document.add_heading("Begränsningar av delegationer", 2)
    document.add_paragraph("Följande ärenden får inte delegeras:")
    for line in (
        "ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet,",
        "ärenden som rör myndighetsutövning mot enskild av principiell beskaffenhet.",
    ):
        document.add_paragraph(line, style="List Bullet")
    for title, lagrum, points in OFN_CHAPTERS:
        document.add_heading(title, 1)
        rows = [[p[0], p[1], lagrum if i == 0 else "", p[2], p[3]] for i, p in enumerate(points)]
        table = _table(document, OFN_HEADER, rows)
        _merge_down(table, 2, 1, len(points))
    document.save(str(path))


OFN: list[Expect] = [
    (p[0], title, p[1], [p[2]], [p[3]] if p[3] else [], lagrum, "")
    for title, lagrum, points in OFN_CHAPTERS
    for p in points
]


# A valnämnd: points numbered with the nämnd's code, "VN 1" ----------------------------------

VN_SOURCE = (
    "https://vara.se/kommunochpolitik/varorganisationochverksamhet/planerochstyrandedokument/"
    "reglementenochdelegationsordningar/valnamndensdelegationsordning.1303.html"
)
VN_TITLE = "Valnämndens delegationsordning"
VN_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Anmärkning"]
VN_POINTS: list[list[str]] = [
    [
        "VN 1",
        "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
        "Ordförande",
        "Vice ordförande",
        "6 kap. 39 § KL",
        "",
    ],
    [
        "VN 2",
        "Beslut om att anordna röstmottagning i vissa vårdinrättningar",
        "Valsamordnare",
        "",
        "4 kap. 23 § Vallagen",
        "",
    ],
    [
        "VN 3",
        "Förordnande av röstmottagare",
        "Valsamordnare",
        "",
        "3 kap. 6 § Vallagen",
        "Efter utbildning",
    ],
    ["VN 4", "Utse ambulerande röstmottagare", "Valsamordnare", "", "4 kap. 25 § Vallagen", ""],
]
VN_CHAPTER = "Delegationer"


def write_vn(path: Path) -> None:
    """Vara kommun, "Valnämndens delegationsordning" (VN_SOURCE, a web page): the label line
    "Beslutsinstans: Valnämnden 24 februari 2022, § 2", the sentence on where the rules of
    delegation stand, "Beskrivning och tillämpning av delegation" (prose cut short). Ours
    (the excerpt ends in that section): the points under the heading "Delegationer", in the
    column layout of the same kommun's kommunstyrelse (real_delegation_documents), each
    numbered with the nämnd's code ("VN 1")."""
    document = docx.Document()
    document.add_paragraph(VN_TITLE, style="Title")
    document.add_paragraph("Beslutsinstans: Valnämnden 24 februari 2022, § 2")
    document.add_paragraph(
        "Regler om delegering av nämndsärenden finns i 6 kap. 37-39 §§ kommunallagen (KL)."
    )
    document.add_heading("Beskrivning och tillämpning av delegation", 1)
    document.add_paragraph(
        "Delegation innebär att nämnden låter någon annan fatta beslut i dess namn. Nämnden "
        "kan när som helst återkalla en delegation."
    )
    document.add_heading(VN_CHAPTER, 1)
    _table(document, VN_HEADER, VN_POINTS)
    document.save(str(path))


VN: list[Expect] = [
    (r[0], VN_CHAPTER, r[1], [r[2]], [r[3]] if r[3] else [], r[4], r[5]) for r in VN_POINTS
]


# A socialnämnd: the page's header typed as a table at each page's head, "Sida 1:26" --------

SN_SOURCE = (
    "http://docplayer.se/13315755-Faststalld-av-sn-48-65-dnr-2013-000005-700-sida-ersatter-"
    "2013-12-17-andrad-2014-06-26-sign-1-26.html"
)
SN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
SN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "1 Allmänna ärenden",
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "6 kap. 36 § KL",
                "Ordförande",
                "",
            ],
            ["1.2", "Avvisning av för sent inkommen överklagan", "24 § FL", "Enhetschef", ""],
        ],
    ),
    (
        "2 Socialtjänstlagen",
        [
            ["2.1", "Beslut om att inleda utredning", "11 kap. 1 § SoL", "Socialsekreterare", ""],
            [
                "2.2",
                "Beslut om att utredning inte ska inledas eller att inledd utredning ska "
                "läggas ned",
                "11 kap. 1 § SoL",
                "1:e socialsekreterare",
                "",
            ],
            [
                "2.3",
                "Beslut om bistånd i form av kontaktperson",
                "4 kap. 1 § SoL",
                "Socialsekreterare",
                "Högst sex månader i taget",
            ],
        ],
    ),
]


def _sn_page_head(document, page: int) -> None:
    """The block at each page's head, typed as a table: who decided and the Dnr, the page as
    "1:26", the version replaced, the last change and the signature."""
    _table(
        document,
        ["Fastställd av", "Dnr:", "Sida"],
        [
            ["SN 48/65", "2013-000005.700", f"{page}:26"],
            ["Ersätter", "ändrad", "Sign"],
            ["2013-12-17", "2014-06-26", ""],
        ],
    )


def write_sn(path: Path) -> None:
    """A kommun's socialnämnd (its name is not in the excerpt), its delegeringsordning as
    SN_SOURCE stores its first page: the block "Fastställd av SN 48/65 | Dnr: 2013-000005.700 |
    Sida … 1:26", "Ersätter 2013-12-17", "ändrad 2014-06-26", "Sign" at the head of each page,
    as a table typed in the body (a PDF turned into Word), then "INLEDNING" with its prose
    cut short. Ours (the excerpt ends in the introduction): the points, one table per
    chapter under a heading, the block again at the head of page 2 between the chapters."""
    document = docx.Document()
    _sn_page_head(document, 1)
    document.add_heading("INLEDNING", 1)
    document.add_paragraph(
        "Enligt 6 kap. 33 § kommunallagen får en nämnd uppdra åt ett utskott, en ledamot eller "
        "en anställd att besluta på nämndens vägnar i ett visst ärende."
    )
    for page, (title, rows) in enumerate(SN_CHAPTERS, start=1):
        if page > 1:
            document.add_page_break()
            _sn_page_head(document, page)
        document.add_heading(title, 1)
        _table(document, SN_HEADER, rows)
    document.save(str(path))


SN: list[Expect] = [
    (r[0], title, r[1], [r[3]], [], r[2], r[4]) for title, rows in SN_CHAPTERS for r in rows
]


THIRTEENTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "rtj_lso": (write_rtj, RTJ),
    "rf_forbund": (write_rf, RF),
    "ofn_merged_lagrum": (write_ofn, OFN),
    "vn_coded": (write_vn, VN),
    "sn_page_block": (write_sn, SN),
}
