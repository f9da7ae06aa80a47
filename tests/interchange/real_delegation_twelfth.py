"""The twelfth set of real delegationsordningar: a kompetens- och arbetsmarknadsnämnd
(vuxenutbildning, skollagen 20-22 kap.), a barn- och utbildningsnämnd whose "Sammanfattning"
is nine numbered paragraphs before the table part, a miljönämnd (miljöbalken, livsmedel) with
its list of delegates, a footnote, a reviewer's comment and tracked changes left in, a
kommunalförbund for gymnasieskola and vuxenutbildning whose web page gives its points as
paragraphs, Botkyrka's arbetsmarknads- och vuxenutbildningsnämnd (lettered chapters in two
parts) and Norrtälje's utbildningsnämnd (its number column headed "UN"), none of whose
nämnder or förbund an earlier set has. Each from a stored excerpt (search tool, corpus
"pages") that shows the document's first page or pages: its title, its header as written, its
contents and its opening sections, whose structure (and short lines: titles, labels,
headings) is kept as published; its prose is cut to a sentence or two in our words. Where the
excerpt ends before the points, the points are ours, written in the layout the document
declares, and each builder says so. `TWELFTH_DOCUMENTS` maps a short name to (builder,
expected points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from tests.interchange.real_delegation_documents import Expect, _table, add_footnote
from tests.interchange.real_delegation_eleventh import _repeat_header
from tests.interchange.real_delegation_fourth_markup import comment, tracked_cell_delete


def _page(document, line: str | None = None) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if line:
        document.add_paragraph(line)


# A kompetens- och arbetsmarknadsnämnd: "Sida 1 av 16", "1.ALLMÄNNA ÄRENDEN", a delegates' table

KAN_SOURCE = (
    "https://5dok.org/document/qmj6jx29-bilaga-reviderad-delegationsordning-kompetens-"
    "arbetsmarknadsn%C3%A4mnden.html"
)
KAN_TITLE = "Delegationsordning för kompetens- och arbetsmarknadsnämnden"
KAN_CONTENTS = [
    f"{KAN_TITLE}\t1",
    "Förutsättningar för delegering\t3",
    "Lagregler om delegering\t3",
    "Anmälan av delegationsbeslut till nämnden\t4",
    "Rektors beslutanderätt\t5",
    "Bilaga - Förteckning över delegater samt tillämpade förkortningar\t7",
    "1.ALLMÄNNA ÄRENDEN\t8",
    "6.UPPHANDLINGSÄRENDEN\t12",
    "8. VUXENUTBILDNING\t13",
    "9. SÄRSKILD VUXENUTBILDNING\t15",
]
KAN_DELEGATES = [
    ["FC", "Förvaltningschef"],
    ["VC", "Verksamhetschef vuxenutbildning"],
    ["R", "Rektor"],
    ["SL", "Skollagen (2010:800)"],
    ["FVUX", "Förordning (2011:1108) om vuxenutbildning"],
]
KAN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
KAN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "1.ALLMÄNNA ÄRENDEN",
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "6 kap. 39 § KL",
                "Ordförande",
                "Anmäls vid nästa sammanträde",
            ],
            [
                "1.2",
                "Avvisning av för sent inkommen överklagan",
                "45 § FL",
                "FC",
                "",
            ],
        ],
    ),
    (
        "6.UPPHANDLINGSÄRENDEN",
        [
            [
                "6.1",
                "Beslut om upphandling och tilldelning inom budget upp till 10 prisbasbelopp",
                "LOU",
                "FC",
                "",
            ],
        ],
    ),
    (
        "8. VUXENUTBILDNING",
        [
            [
                "8.1",
                "Beslut om mottagande till kommunal vuxenutbildning på grundläggande nivå",
                "20 kap. 13 § SL",
                "R",
                "",
            ],
            [
                "8.2",
                "Beslut om att utbildningen på en kurs ska upphöra för en elev som saknar "
                "förutsättningar att nå målen",
                "20 kap. 9 § SL",
                "R",
                "Eleven ska ges tillfälle att yttra sig",
            ],
            [
                "8.3",
                "Beslut om mottagande till kommunal vuxenutbildning på gymnasial nivå",
                "20 kap. 23 § SL",
                "R",
                "",
            ],
        ],
    ),
    (
        "9. SÄRSKILD VUXENUTBILDNING",
        [
            [
                "9.1",
                "Beslut om huruvida en sökande tillhör målgruppen för särskild utbildning för "
                "vuxna",
                "21 kap. 7 § SL",
                "VC",
                "",
            ],
        ],
    ),
]
# The point of chapter 8 that the page break cuts: its first words before the break, the
# rest (and its Lagrum) in the row after the header Word repeats at the next page's top.
KAN_CUT = ("8.2", "Beslut om att utbildningen på en kurs ska upphöra", "för en elev som saknar")


def write_kan(path: Path) -> None:
    """A kommun's "Delegationsordning för kompetens- och arbetsmarknadsnämnden" (Bilaga 1 to
    its revision, Dnr 2019/0040 KAN; the kommun's name is not in the excerpt), as KAN_SOURCE
    stores its pages 1-3: "Sida 1 av 16" typed at each page's head, the title, "Antagen av
    kompetens- och arbetsmarknadsnämnden 2019-01-15, § 5 Dnr 2019/0001 KAN" and "Reviderad
    av … 2019-10-15, § xx Dnr 2019/0040 KAN" (the revision's paragraph not yet known, "§
    xx"), the contents with chapters written "1.ALLMÄNNA ÄRENDEN" and "6.UPPHANDLINGSÄRENDEN"
    (no space after the number), "Förutsättningar för delegering" and "Lagregler om
    delegering" (prose ours, shortened). Ours: the "Bilaga - Förteckning över delegater samt
    tillämpade förkortningar" as a table of two columns (the excerpt names it in the contents),
    and the points of chapters 1, 6, 8 and 9 (the excerpt ends in the rules), each chapter a
    table headed by its Word heading, delegates written by their abbreviation ("R", "FC");
    chapter 8's table goes over a page break, its header row repeated by Word and point 8.2
    cut in two by the break as a PDF turned into Word leaves it (the rest of the row, without
    a number, after the header typed again at the next page's top)."""
    document = docx.Document()
    document.add_paragraph("Sida 1 av 16")
    document.add_paragraph(KAN_TITLE, style="Title")
    document.add_paragraph(
        "Antagen av kompetens- och arbetsmarknadsnämnden 2019-01-15, § 5 Dnr 2019/0001 KAN"
    )
    document.add_paragraph(
        "Reviderad av kompetens- och arbetsmarknadsnämnden 2019-10-15, § xx Dnr 2019/0040 KAN"
    )
    _page(document, "Sida 2 av 16")
    document.add_paragraph("Innehållsförteckning")
    for line in KAN_CONTENTS:
        document.add_paragraph(line)
    _page(document, "Sida 3 av 16")
    document.add_heading("Förutsättningar för delegering", 1)
    document.add_heading("Lagregler om delegering", 2)
    document.add_paragraph(
        "Vad en nämnd får delegera och till vem står i 6 och 7 kap. kommunallagen; det som "
        "inte står i förteckningen beslutar nämnden själv."
    )
    document.add_heading("Rektors beslutanderätt", 2)
    document.add_paragraph(
        "Rektor beslutar i vissa frågor direkt enligt skollagen. Sådana beslut är inte "
        "delegerade av nämnden och tas därför inte upp i förteckningen."
    )
    _page(document, "Sida 7 av 16")
    document.add_heading("Bilaga - Förteckning över delegater samt tillämpade förkortningar", 1)
    _table(document, ["Förkortning", "Delegat/Författning"], KAN_DELEGATES)
    for title, rows in KAN_CHAPTERS:
        _page(document, f"Sida {KAN_PAGES[title]} av 16")
        document.add_heading(title, 1)
        if title.startswith("8."):
            _write_cut(document, rows)
        else:
            _table(document, KAN_HEADER, rows)
    document.save(str(path))


KAN_PAGES = {"1.ALLMÄNNA ÄRENDEN": 8, "6.UPPHANDLINGSÄRENDEN": 12, "8. VUXENUTBILDNING": 13}
KAN_PAGES["9. SÄRSKILD VUXENUTBILDNING"] = 15


def _write_cut(document, rows: list[list[str]]) -> None:
    """Chapter 8 over the page break: 8.1 and the head of 8.2 in a table of its own, then
    "Sida 14 av 16", then the header again and the rest of 8.2 with 8.3 in the next."""
    nr, head, _rest = KAN_CUT
    first = [rows[0], [nr, head, "", rows[1][3], ""]]
    _repeat_header(_table(document, KAN_HEADER, first))
    document.add_paragraph("Sida 14 av 16")
    tail = rows[1][1][len(head) + 1 :]
    second = [["", tail, rows[1][2], "", rows[1][4]], rows[2]]
    _repeat_header(_table(document, KAN_HEADER, second))


KAN_NAMES = dict(KAN_DELEGATES)
KAN: list[Expect] = [
    (r[0], title, r[1], [r[3]], [], r[2], r[4]) for title, rows in KAN_CHAPTERS for r in rows
]


# A barn- och utbildningsnämnd: "1. Sammanfattning:" as nine numbered paragraphs -----------

BUN_SOURCE = "http://docplayer.se/31063260-Delegationsordning-for-barn-och-utbildningsnamnden.html"
BUN_TITLE = "DELEGATIONSORDNING FÖR BARN- OCH UTBILDNINGSNÄMNDEN"
BUN_CONTENTS = [
    "1. Sammanfattning:",
    "Regler kring delegering",
    "Inledning",
    "Ej delegeringsbara ärenden",
    "Delegering i brådskande ärenden",
    "Vidaredelegering",
    "Vikarierande delegat",
    "Jäv",
    "Överklagande",
    "Delegationsordning för barn- och utbildningsnämnden\t6",
]
# The summary's paragraphs, numbered as published; their wording shortened, ours.
BUN_SUMMARY = [
    "1. Delegationsordningen gäller från och med den 12 mars 2012 men kan begränsas av "
    "författningar och avtal som kommer senare.",
    "2. Ärenden av verkställighetskaraktär behöver inte redovisas.",
    "3. Delegationsbeslut fattas på Barn- och utbildningsnämndens vägnar.",
    "4. Delegationsbeslut lämnas till nämndens sekreterare.",
    "5. Besluten kan överklagas enligt kommunallagen och i vissa fall genom förvaltningsbesvär.",
    "6. Delegerad beslutsrätt gäller inom ramen för beviljade anslag.",
    "7. Ärenden delegerade till nämndens ordförande handläggs vid förhinder för denne av "
    "nämndens vice ordförande.",
    "8. Enligt 6 kap. 37 § kommunallagen kan förvaltningschefen vidaredelegera beslutanderätt.",
    "9. En delegat har rätt att föra upp ett ärende till nämnden för beslut.",
]
# The sections of "Regler kring delegering" the contents names, their text ours.
BUN_RULES = [
    ("Inledning", "Nämnden får uppdra åt ett utskott, en ledamot eller en anställd att besluta."),
    ("Ej delegeringsbara ärenden", "Ärenden av principiell beskaffenhet beslutar nämnden."),
    ("Delegering i brådskande ärenden", "Ordföranden får besluta när nämnden inte hinner."),
    ("Vidaredelegering", "Förvaltningschefen får vidaredelegera till annan anställd."),
    ("Vikarierande delegat", "Vid delegatens förfall beslutar den som förordnats som vikarie."),
    ("Jäv", "En delegat som är jävig lämnar ärendet till nämnden."),
    ("Överklagande", "Delegationsbeslut överklagas som nämndens egna beslut."),
]
BUN_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]
BUN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "1. Allmänna ärenden",
        [
            [
                "1.1",
                "Beslut i brådskande ärenden",
                "Ordförande",
                "6 kap. 39 § KL",
                "Vid förhinder vice ordförande",
            ],
            [
                "1.2",
                "Beslut att inte lämna ut allmän handling",
                "Förvaltningschef",
                "6 kap. 3 § OSL",
                "",
            ],
        ],
    ),
    (
        "2. Skolväsendet",
        [
            [
                "2.1",
                "Beslut om skolskjuts",
                "Skolskjutshandläggare",
                "10 kap. 32 § SL",
                "",
            ],
            [
                "2.2",
                "Beslut om mottagande i gymnasieskolan av sökande från annan kommun",
                "Rektor",
                "16 kap. 44 § SL",
                "",
            ],
            [
                "2.3",
                "Beslut om avstängning av elev i gymnasieskolan",
                "Rektor",
                "5 kap. 17 § SL",
                "Anmäls till förvaltningschef",
            ],
        ],
    ),
]


def write_bun(path: Path) -> None:
    """A kommun's "DELEGATIONSORDNING FÖR BARN- OCH UTBILDNINGSNÄMNDEN" (the kommun's name is
    not in the excerpt), as BUN_SOURCE stores its first two pages: the title, the contents
    as a run of headings with only the last one's page ("… 6"), then "1. Sammanfattning:"
    whose nine points are numbered paragraphs "1. Delegationsordningen gäller från och med den
    12 mars 2012 …" to "9. En delegat har rätt att föra upp ett ärende …" (shortened, ours),
    then "Regler kring delegering" with the sections the contents names (their text ours).
    Ours: the points (the excerpt ends in the rules), under "Delegationsordning för barn- och
    utbildningsnämnden", in one table whose chapters are rows across it, numbered "1.1" as
    the summary's paragraphs are not."""
    document = docx.Document()
    document.add_paragraph(BUN_TITLE, style="Title")
    for line in BUN_CONTENTS:
        document.add_paragraph(line)
    document.add_heading("1. Sammanfattning:", 1)
    for line in BUN_SUMMARY:
        document.add_paragraph(line)
    document.add_heading("Regler kring delegering", 1)
    for heading, text in BUN_RULES:
        document.add_heading(heading, 2)
        document.add_paragraph(text)
    document.add_heading("Delegationsordning för barn- och utbildningsnämnden", 1)
    rows: list[list[str]] = []
    for title, points in BUN_CHAPTERS:
        rows.append([title])
        rows.extend(points)
    _table(document, BUN_HEADER, rows)
    document.save(str(path))


def _bun_expect(title: str, row: list[str]) -> Expect:
    """ "Vid förhinder vice ordförande" in Anmärkning names the point's Ersättare (the table
    has no column for it), as the eleventh set's "Vid förhinder: kanslichef" does."""
    if row[4].startswith("Vid förhinder "):
        return (
            row[0],
            title,
            row[1],
            [row[2]],
            [row[4].removeprefix("Vid förhinder ")],
            row[3],
            "",
        )
    return (row[0], title, row[1], [row[2]], [], row[3], row[4])


BUN: list[Expect] = [_bun_expect(title, row) for title, rows in BUN_CHAPTERS for row in rows]


# A miljönämnd: its delegates as a list, a footnote, a comment and tracked changes ----------

MN_SOURCE = "http://docplayer.se/13534657-Delegeringsordning-for-miljonamnden.html"
MN_TITLE = "Delegeringsordning för miljönämnden"
MN_CONTENTS = [
    f"{MN_TITLE}\t2",
    "Återrapportering\t2",
    "Återkallande\t2",
    "Förhinder för delegaten\t2",
    "Ärenden som inte får delegeras",
    "Allmänna ärenden\t3",
    "Miljöbalken\t8",
    "Miljöfarlig verksamhet (9 kap.)\t9",
    "Livsmedel, foder och animaliska biprodukter",
    "Åtgärder vid bristande efterlevnad livsmedel",
]
MN_DELEGATES = [
    "Delegat: Miljöchef",
    "Delegat: Miljöinspektör",
    "Delegat: Livsmedelsinspektör",
    "Delegat: Miljö- och hälsoskyddsinspektör",
]
MN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
MN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "Allmänt",
        [
            [
                "M 0",
                "Beslut om att avvisa en ansökan som är så ofullständig att den inte kan prövas",
                "22 kap. 2 § MB",
                "Miljöchef",
                "",
            ],
        ],
    ),
    (
        "Miljöfarlig verksamhet (9 kap.)",
        [
            [
                "M 1",
                "Beslut i ärenden om anmälan av miljöfarlig verksamhet",
                "9 kap. 6 § MB\n25 § FMH",
                "Miljöinspektör",
                "",
            ],
            [
                "M 2",
                "Beslut om förelägganden och förbud utan vite",
                "26 kap. 9 § MB",
                "Miljöinspektör",
                "",
            ],
            [
                "M 3",
                "Beslut om tillstånd att inrätta avloppsanordning",
                "13 § FMH",
                "Miljö- och hälsoskyddsinspektör",
                "",
            ],
        ],
    ),
    (
        "Åtgärder vid bristande efterlevnad livsmedel",
        [
            [
                "L 1",
                "Beslut om förelägganden och förbud i enskilda ärenden",
                "22 § livsmedelslagen",
                "Livsmedelsinspektör",
                "",
            ],
            [
                "L 2",
                "Beslut om åtgärder vid bristande efterlevnad",
                "Artikel 138 i förordning (EU) 2017/625",
                "Livsmedelsinspektör",
                "",
            ],
        ],
    ),
]
MN_FOOTNOTE = "Kontrollförordningen, ersatte förordning (EG) nr 882/2004 den 14 december 2019"
MN_COMMENT = "Ska miljöchef stå kvar som delegat här?"
MN_DELETED = "Miljöchef"


def write_mn(path: Path) -> None:
    """A kommun's "Delegeringsordning för miljönämnden" (Dnr MN 2015/3; the kommun's name is
    not in the excerpt), as MN_SOURCE stores its first pages: the title, "Reviderad av
    miljönämnden …, § 47, dnr MN 2015/3" (the day is lost in the excerpt: ours),
    "Dokumentkategori: Styrdokument" and "Dokumenttyp: Regel", the contents with some lines
    without a page number, the title again as the heading over "Återrapportering",
    "Återkallande", "Förhinder för delegaten" (prose ours). Ours: the kontor's delegates as
    lines "Delegat: Miljöinspektör" under "Delegater" (a list, not points), the points under
    the contents' headings "Miljöbalken" / "Miljöfarlig verksamhet (9 kap.)" and "Livsmedel,
    foder och animaliska biprodukter" / "Åtgärder vid bristande efterlevnad livsmedel",
    numbered "M 1", "L 1", a footnote on L 2's Lagrum, a reviewer's comment on M 2 and a
    tracked change left in M 3's Delegat ("Miljöchef" struck out, the inspektör kept)."""
    document = docx.Document()
    document.add_paragraph(MN_TITLE, style="Title")
    document.add_paragraph("Reviderad av miljönämnden 2015-03-18, § 47, dnr MN 2015/3")
    document.add_paragraph("Dokumentkategori: Styrdokument")
    document.add_paragraph("Dokumenttyp: Regel")
    _page(document)
    document.add_paragraph("Innehållsförteckning")
    for line in MN_CONTENTS:
        document.add_paragraph(line)
    document.add_heading(MN_TITLE, 1)
    document.add_paragraph(
        "Av delegeringsordningen framgår vilka tjänstemän nämnden har gett rätt att besluta i "
        "olika ärenden på nämndens vägnar."
    )
    for heading, text in (
        ("Återrapportering", "Beslut som fattas på delegation anmäls till nämnden."),
        ("Återkallande", "Nämnden kan när som helst återkalla en delegation."),
        ("Förhinder för delegaten", "Vid förhinder beslutar närmaste överordnade."),
    ):
        document.add_heading(heading, 2)
        document.add_paragraph(text)
    document.add_heading("Delegater", 2)
    for line in MN_DELEGATES:
        document.add_paragraph(line)
    document.add_heading(MN_AREAS[0], 1)
    document.add_heading(MN_CHAPTERS[0][0], 2)
    _table(document, MN_HEADER, MN_CHAPTERS[0][1])
    document.add_heading(MN_CHAPTERS[1][0], 2)
    miljo = _table(document, MN_HEADER, MN_CHAPTERS[1][1])
    comment(document, miljo.rows[2].cells[1].paragraphs[0], MN_COMMENT, 1)
    tracked_cell_delete(
        miljo.rows[3].cells[3].paragraphs[0], MN_CHAPTERS[1][1][2][3] + " ", MN_DELETED, 2
    )
    document.add_heading(MN_AREAS[2], 1)
    document.add_heading(MN_CHAPTERS[2][0], 2)
    livs = _table(document, MN_HEADER, MN_CHAPTERS[2][1])
    add_footnote(document, livs.rows[2].cells[2].paragraphs[0], MN_FOOTNOTE)
    document.save(str(path))


MN_AREAS = ["Miljöbalken", "Miljöbalken", "Livsmedel, foder och animaliska biprodukter"]


def _mn_expect(area: str, row: list[str]) -> Expect:
    """The chapter is the law's area, the Word heading over its sections (each section the
    chapter's subtitle or a sub-heading over its first point)."""
    note = f"Fotnot: {MN_FOOTNOTE}" if row[0] == "L 2" else row[4]
    return (row[0], area, row[1], [row[3]], [], row[2], note)


MN: list[Expect] = [
    _mn_expect(area, row)
    for area, (_, rows) in zip(MN_AREAS, MN_CHAPTERS, strict=True)
    for row in rows
]


# A gymnasieförbund's web page: the points as paragraphs --------------------------------------

GYF_SOURCE = "https://gyf.se/om-oss/styrande-dokument/delegationsordning"
GYF_CHAPTERS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    (
        "3. Gymnasieskolan",
        [
            (
                "3.1",
                "Beslut om mottagande av sökande från annan kommun i mån av plats",
                "Rektor",
                "16 kap. 44 § SL",
            ),
            (
                "3.2",
                "Beslut om att en elev får gå om en kurs",
                "Rektor",
                "15 kap. 15 § SL",
            ),
        ],
    ),
    (
        "4. Kommunal vuxenutbildning",
        [
            (
                "4.1",
                "Beslut om mottagande till kommunal vuxenutbildning",
                "Rektor",
                "20 kap. 13 § SL",
            ),
            (
                "4.2",
                "Beslut om att bevilja interkommunal ersättning för vuxenutbildning",
                "Förbundsdirektör",
                "20 kap. 21 § SL",
            ),
        ],
    ),
]


def write_gyf(path: Path) -> None:
    """Kalmarsunds gymnasieförbund's "Delegationsordning" (a kommunalförbund of Borgholm,
    Kalmar, Mörbylånga and Torsås), as its web page, GYF_SOURCE, stores it, saved into Word:
    the title, a sentence on what direktionen may delegate, the page's "Hitta på sidan", the
    förbundsordning's "(utdrag ur)" under its heading with its approval by four fullmäktige,
    "Namn, säte och medlemmar" and "Ändamål och uppgifter" with the school forms as a
    bulleted list (prose ours, shortened). Ours: the points (the stored page ends in the
    förbundsordning), as a web page writes them: a numbered line with the Ärende and a line
    for each field ("Delegat: Rektor", "Lagrum: 16 kap. 44 § SL") in chapter 3, and in
    chapter 4 the fields run onto the numbered line."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph(
        "Delegering innebär att direktionen uppdrar åt presidiet, ett utskott, en ledamot, en "
        "ersättare eller en anställd att besluta på direktionens vägnar."
    )
    document.add_paragraph("Hitta på sidan")
    document.add_paragraph("Kalmarsunds gymnasieförbunds uppdrag framgår av förbundsordningen.")
    document.add_heading("Förbundsordning (utdrag ur)", 2)
    document.add_paragraph(
        "Godkänd av kommunfullmäktige i Borgholm den 11 februari 2019 § 39, av "
        "kommunfullmäktige i Kalmar den 28 januari 2019 § 9, av kommunfullmäktige i "
        "Mörbylånga den 25 februari 2019 § 25 och av kommunfullmäktige i Torsås den 11 mars "
        "2019 § 67."
    )
    document.add_heading("Namn, säte och medlemmar", 3)
    document.add_paragraph(
        "Förbundet är ett kommunalförbund med säte i Kalmar och fyra medlemskommuner."
    )
    document.add_heading("Ändamål och uppgifter", 3)
    document.add_paragraph("Förbundet ska tillhandahålla utbildning inom:")
    for item in (
        "gymnasieskolan",
        "anpassad gymnasieskola",
        "kommunal vuxenutbildning",
        "särskild utbildning för vuxna och",
        "utbildning i svenska för invandrare.",
    ):
        document.add_paragraph(item, style="List Bullet")
    for title, points in GYF_CHAPTERS:
        document.add_heading(title, 2)
        for nr, arende, delegat, lagrum in points:
            if title.startswith("3."):
                document.add_paragraph(f"{nr} {arende}")
                document.add_paragraph(f"Delegat: {delegat}")
                document.add_paragraph(f"Lagrum: {lagrum}")
            else:
                document.add_paragraph(f"{nr} {arende}. Delegat: {delegat} Lagrum: {lagrum}")
    document.save(str(path))


GYF: list[Expect] = [
    (nr, title, arende, [delegat], [], lagrum, "")
    for title, points in GYF_CHAPTERS
    for nr, arende, delegat, lagrum in points
]


# An arbetsmarknads- och vuxenutbildningsnämnd: its title on three lines, a lettered list ---

AVUX_SOURCE = (
    "http://docplayer.se/132981071-Arbetsmarknads-och-vuxenutbildningsnamndens-"
    "delegationsordning.html"
)
AVUX_TITLE = "Arbetsmarknads och vuxenutbildningsnämndens delegationsordning"
AVUX_ADOPTED = (
    "ANTAGEN AV ARBETSMARKNADS OCH VUXENUTBILDNINGSNÄMNDEN I BOTKYRKA KOMMUN 11 APRIL 2019."
)
AVUX_RULES = [
    (
        "Delegation av beslutanderätt",
        "Nämnden får uppdra åt ordföranden eller en anställd att besluta på nämndens vägnar.",
    ),
    ("Jäv", "En delegat som är jävig får inte besluta i ärendet; det går till nämnden."),
    (
        "Ersättare för delegat",
        "Vid delegatens frånvaro beslutar den som är förordnad som "
        "ersättare, annars närmaste chef.",
    ),
    ("Anmälan av delegationsbeslut", "Delegationsbeslut anmäls vid nämndens nästa sammanträde."),
]
AVUX_DECIDERS = [
    "Arbetsmarknads- och vuxenutbildningsdirektör",
    "Verksamhetschef vuxenutbildning",
    "Rektor",
    "Enhetschef",
]
AVUX_ABBREVIATIONS = [("KL", "Kommunallagen (2017:725)"), ("SL", "Skollagen (2010:800)")]
AVUX_HEADER = ["Nr", "Ärende", "Beslutsfattare", "Lagrum", "Kommentar"]
AVUX_CHAIR = "A Delegation till arbetsmarknads och vuxenutbildningsnämndens ordförande"
AVUX_STAFF = (
    "Delegation till anställda och andra förtroendevalda än arbetsmarknads och "
    "vuxenutbildningsnämndens ordförande samt 1:e vice ordförande"
)
AVUX_CHAPTERS: list[tuple[str, str, list[tuple[str, list[list[str]]]]]] = [
    (
        "",
        AVUX_CHAIR,
        [
            (
                "",
                [
                    [
                        "A.1",
                        "Beslut i ärenden som är så brådskande att nämndens avgörande inte "
                        "kan avvaktas",
                        "Ordförande",
                        "6 kap. 39 § KL",
                        "Vid förfall för ordföranden beslutar 1:e vice ordförande",
                    ],
                ],
            )
        ],
    ),
    (
        AVUX_STAFF,
        "B. Allmänna ärenden",
        [
            (
                "",
                [
                    [
                        "B.1",
                        "Beslut att avslå en begäran om utlämnande av allmän handling",
                        "Arbetsmarknads- och vuxenutbildningsdirektör",
                        "6 kap. 3 § OSL",
                        "",
                    ],
                ],
            ),
            (
                "Personuppgiftsbehandling",
                [
                    [
                        "B.2",
                        "Beslut om att anmäla en personuppgiftsincident till "
                        "Integritetsskyddsmyndigheten",
                        "Arbetsmarknads- och vuxenutbildningsdirektör",
                        "Art. 33 GDPR",
                        "",
                    ],
                ],
            ),
        ],
    ),
    (
        AVUX_STAFF,
        "G. Verksamhetsspecifik delegation",
        [
            (
                "",
                [
                    [
                        "G.1",
                        "Beslut om mottagande till kommunal vuxenutbildning",
                        "Rektor",
                        "20 kap. 13 och 23 §§ SL",
                        "",
                    ],
                    [
                        "G.2",
                        "Beslut om att utbildningen i svenska för invandrare ska upphöra för en "
                        "elev",
                        "Rektor",
                        "20 kap. 33 § SL",
                        "",
                    ],
                ],
            ),
        ],
    ),
]


def write_avux(path: Path) -> None:
    """Botkyrka kommun, "Arbetsmarknads och vuxenutbildningsnämndens delegationsordning",
    as AVUX_SOURCE stores its first pages: the title, "SAMT DELEGATIONSFÖRTECKNING" under it
    and "ANTAGEN AV ARBETSMARKNADS OCH VUXENUTBILDNINGSNÄMNDEN I BOTKYRKA KOMMUN 11 APRIL
    2019." in capitals, the contents (page numbers as published), "Generella regler för
    delegation …" with its sections (prose ours, shortened), "I delegationsförteckningen
    förekommer följande beslutsfattare:" over the deciders (ours: the excerpt names the
    heading only), "Förkortningar" (ours), then "Delegationsförteckning" with "A Delegation
    till arbetsmarknads och vuxenutbildningsnämndens ordförande" and the unlettered
    "Delegation till anställda och andra förtroendevalda än …" over the lettered chapters
    "B. Allmänna ärenden" (with "Personuppgiftsbehandling" under it) and "G.
    Verksamhetsspecifik delegation". Ours: the points (the excerpt ends in the rules), in
    tables headed "Beslutsfattare" and "Kommentar", numbered by their chapter's letter."""
    document = docx.Document()
    document.add_paragraph(AVUX_TITLE, style="Title")
    document.add_paragraph("SAMT DELEGATIONSFÖRTECKNING")
    document.add_paragraph(AVUX_ADOPTED)
    _page(document)
    document.add_paragraph("Innehåll")
    for line in (
        "Generella regler för delegation från arbetsmarknads och vuxenutbildningsnämnden\t3",
        *(
            f"{heading}\t{page}"
            for (heading, _), page in zip(AVUX_RULES, (3, 4, 5, 5), strict=True)
        ),
        "I delegationsförteckningen förekommer följande beslutsfattare:\t7",
        "Förkortningar\t8",
        "Delegationsförteckning\t9",
        f"{AVUX_CHAIR}\t9",
        f"{AVUX_STAFF}\t9",
    ):
        document.add_paragraph(line)
    document.add_heading(
        "Generella regler för delegation från arbetsmarknads och vuxenutbildningsnämnden", 1
    )
    for heading, text in AVUX_RULES:
        document.add_heading(heading, 2)
        document.add_paragraph(text)
    document.add_heading("I delegationsförteckningen förekommer följande beslutsfattare:", 1)
    for decider in AVUX_DECIDERS:
        document.add_paragraph(decider, style="List Bullet")
    document.add_heading("Förkortningar", 1)
    for short, long in AVUX_ABBREVIATIONS:
        document.add_paragraph(f"{short}\t{long}")
    document.add_heading("Delegationsförteckning", 1)
    part = None
    for staff, title, sections in AVUX_CHAPTERS:
        if staff and staff != part:
            document.add_heading(staff, 2)
            part = staff
        document.add_heading(title, 3 if staff else 2)
        for heading, rows in sections:
            if heading:
                document.add_paragraph(heading).runs[0].bold = True
            _table(document, AVUX_HEADER, rows)
    document.save(str(path))


def _avux_expect(title: str, row: list[str]) -> Expect:
    """ "Vid förfall för ordföranden beslutar 1:e vice ordförande" is a sentence: a note."""
    return (row[0], title, row[1], [row[2]], [], row[3], row[4])


AVUX: list[Expect] = [
    _avux_expect(title, row)
    for _, title, sections in AVUX_CHAPTERS
    for _, rows in sections
    for row in rows
]


# An utbildningsnämnd's table: its number column headed "UN", chapter rows by letter --------

UN_SOURCE = "http://docplayer.se/47988199-Lagrum-kommentar-villkor-delegat.html"
UN_TITLE = "Delegationsordning för utbildningsnämnden"
UN_HEADER = ["UN", "Beslut", "Lagrum", "Kommentar/Villkor", "Delegat"]
UN_CHAPTERS: list[tuple[str, str, list[list[str]]]] = [
    (
        "A",
        "Allmänt",
        [
            [
                "A1",
                "Beslut i ärenden av så brådskande karaktär att nämndens beslut inte kan inväntas.",
                "KL 6 kap. 34 §",
                "",
                "Ordförande",
            ],
            [
                "A2",
                "Pröva utlämnande av allmän handling, vägran att lämna ut allmän handling eller "
                "att lämna ut allmän handling med förbehåll",
                "TF 2 kap 1-2, 14 §§\nOSL 6 kap 1-3 §§",
                "",
                "Var och en inom sitt ansvarsområde.",
            ],
            [
                "A3",
                "Prövning av om överklagande inkommit i rätt tid samt beslut att avvisa för sent "
                "inkommet överklagande",
                "FL 24, 27 §§",
                "Avvisningsbeslutet får överklagas i samma ordning som beslutet i huvudsaken",
                "Skolchef",
            ],
            [
                "A4",
                "Utfärdande av fullmakt att föra kommunens talan inför domstol och andra "
                "myndigheter samt vid förrättningar och förhandlingar av skilda slag",
                "",
                "Får ej vidaredelegeras",
                "Ordförande",
            ],
        ],
    ),
    (
        "B",
        "Ekonomi och upphandling",
        [
            [
                "B1",
                "Direktupphandling av varor och tjänster - lågt värde, inklusive behörighet att "
                "teckna avtal",
                "LOU",
                "",
                "Skolchef",
            ],
            [
                "B8",
                "Utse beslutsattestant",
                "Norrtälje kommuns attestreglemente",
                "",
                "Skolchef",
            ],
        ],
    ),
]


def write_un(path: Path) -> None:
    """Norrtälje kommun, "Delegationsordning för utbildningsnämnden", as UN_SOURCE stores
    its first two pages: the page number and the title at each page's head ("1", "2"), a
    table whose number column is headed by the nämnd's short name "UN", then "Beslut",
    "Lagrum", "Kommentar/Villkor", "Delegat"; chapter rows "A | Allmänt" and "B | Ekonomi och
    upphandling" with the letter in the number column and the title beside it; points "A1" to
    "A7" and "B1" to "B9" with Lagrum as the kommun writes them ("KL 6 kap. 34", "FL 24,
    27"), Delegat "Var och en inom sitt ansvarsområde.", Ordförande, and "Får ej
    vidaredelegeras" as a condition; "Norrtälje kommuns attestreglemente" as a Lagrum. The
    points are the excerpt's (a few of them); which delegat stands on which point is lost in
    the excerpt's text and ours (Skolchef where none is legible), the §-signs too."""
    document = docx.Document()
    document.add_paragraph("1")
    document.add_paragraph(UN_TITLE)
    rows: list[list[str]] = []
    for letter, title, points in UN_CHAPTERS:
        rows.append([letter, title, "", "", ""])
        rows.extend(points)
    first, second = rows[:5], rows[5:]
    _table(document, UN_HEADER, first)
    _page(document, "2")
    document.add_paragraph(UN_TITLE)
    _table(document, UN_HEADER, second)
    document.save(str(path))


UN: list[Expect] = [
    (r[0], f"{letter} {title}", r[1], [r[4]], [], r[2], r[3])
    for letter, title, rows in UN_CHAPTERS
    for r in rows
]


TWELFTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "kan_vux": (write_kan, KAN),
    "bun_sammanfattning": (write_bun, BUN),
    "mn_miljo": (write_mn, MN),
    "gyf_lista": (write_gyf, GYF),
    "avux_botkyrka": (write_avux, AVUX),
    "un_norrtalje": (write_un, UN),
}
