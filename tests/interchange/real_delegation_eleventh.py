"""The eleventh set of real delegationsordningar: a bildningsnämnd, a socialnämnd with its
socialjour, a plan- och byggnadsnämnd and a kommunalförbund's förbundsstyrelse, none of whose
kommuner or förbund an earlier set has. Each from a stored excerpt (search tool, corpus
"pages") that shows the document's first page or pages: its title, its header as written, its
contents and its opening sections, whose structure (and short lines: titles, labels, headings)
is kept as published; its prose is cut to a sentence or two in our words. Where the excerpt
ends before the points, the points are ours, written in the layout the document declares,
and each builder says so. `ELEVENTH_DOCUMENTS` maps a short name to (builder, expected
points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.interchange.real_delegation_documents import Expect, _table


def _repeat_header(table) -> None:
    """Word's "Upprepa som rubrikrad" on the table's first row."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(flag)


def _landscape(document) -> None:
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def _lines(cell: str) -> list[str]:
    return cell.split("\n") if cell else []


# A bildningsnämnd: "Label: value" lines under the title, a contents line Word could not number -

BIN_SOURCE = "https://lawinsider.com/sv/contracts/jrR2BtoMuDD"
BIN_FIELDS = [
    ("Beslutat av", "Bildningsnämnden"),
    ("Datum", "2023-12-20"),
    ("Dokumentet gäller för", "Chefer och anställda inom bildningsförvaltningen"),
    ("Dokumentansvarig", "Förvaltningschef"),
    ("Giltig till", "Tills vidare"),
]
BIN_CONTENTS = [
    "1.1 Beslutanderätt och delegation inom Bildningsnämndens verksamhetsområde\t3",
    "1.2 Delegering av beslutanderätt\t3",
    "1.4 Vem nämnden kan delegera till\t4",
    "1.6 Delegeringsbegränsningar i kommunallagen\t4",
    "3. PERSONALFRÅGOR\tFEL! BOKMÄRKET ÄR INTE DEFINIERAT.",
    "8. FÖRSKOLEPLATS OCH GRUNDSKOLA\t15",
    "11. SÄRSKILD UTBILDNING FÖR VUXNA\t17",
]
BIN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
BIN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "3. PERSONALFRÅGOR",
        [
            [
                "3.1",
                "Anställning av rektor och förskolechef",
                "",
                "Förvaltningschef",
                "Vid förhinder för förvaltningschef beslutar biträdande förvaltningschef",
            ],
            [
                "3.2",
                "Beslut om ledighet och tjänstledighet upp till sex månader",
                "AB\nLAS",
                "Rektor",
                "",
            ],
        ],
    ),
    (
        "8. FÖRSKOLEPLATS OCH GRUNDSKOLA",
        [
            [
                "8.1",
                "Beslut om placering vid förskoleenhet",
                "8 kap. 15 § SL",
                "Rektor",
                "",
            ],
            [
                "8.2",
                "Beslut om mottagande i förskoleklass, grundskola eller anpassad grundskola "
                "i annan kommun",
                "9 kap. 13 § SL\n10 kap. 25-27 §§ SL\n11 kap. 25-27 §§ SL",
                "Förvaltningschef",
                "Ersättare: verksamhetschef grundskola",
            ],
        ],
    ),
]


def write_bin(path: Path) -> None:
    """A kommun's "Delegationsordning För Bildningsnämnden och dess förvaltning" (Dnr BIN
    2023/31, the kommun's name is not in the excerpt), as BIN_SOURCE stores its first pages:
    the title, "För Bildningsnämnden och dess förvaltning", "Dnr BIN 2023/31", then five
    "Label: value" lines (Beslutat av, Datum, Dokumentet gäller för, Dokumentansvarig, Giltig
    till), "Innehållsförteckning" with a line whose page number Word replaced by "FEL!
    BOKMÄRKET ÄR INTE DEFINIERAT." (its bookmark was deleted), then "Inledande bestämmelser"
    and "1.1 …" with the opening sentences (ours, shortened). The structure and short lines
    are the excerpt's. Ours: the points of chapters 3 and 8 (the excerpt ends in 1.2), each
    chapter a table of its own with the same header row repeated on each page, no Ersättare
    column (a substitute said in Anmärkning), and Lagrum cells with several laws a line each."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph("För Bildningsnämnden och dess förvaltning")
    document.add_paragraph("Dnr BIN 2023/31")
    for label, value in BIN_FIELDS:
        document.add_paragraph(f"{label}: {value}")
    document.add_paragraph("Innehållsförteckning")
    for line in BIN_CONTENTS:
        document.add_paragraph(line, style="toc 1" if "toc 1" in _styles(document) else None)
    document.add_heading("Inledande bestämmelser", 1)
    document.add_heading(
        "1.1 Beslutanderätt och delegation inom Bildningsnämndens verksamhetsområde", 2
    )
    document.add_paragraph(
        "Kommunstyrelsen leder och samordnar förvaltningen av kommunens angelägenheter och har "
        "uppsikt över nämndernas verksamheter (6 kap. 1 § kommunallagen)."
    )
    document.add_heading("1.2 Delegering av beslutanderätt", 2)
    document.add_paragraph(
        "Med delegering avses att nämnden ger någon i uppdrag att fatta beslut på nämndens "
        "vägnar i vissa ärenden. Ett beslut som fattas utan delegering saknar laga verkan."
    )
    for title, rows in BIN_CHAPTERS:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(title, 1)
        _repeat_header(_table(document, BIN_HEADER, rows))
    document.save(str(path))


def _styles(document) -> set[str]:
    return {style.name for style in document.styles}


def _bin_expect(title: str, row: list[str]) -> Expect:
    """ "Ersättare: …" in Anmärkning is the point's Ersättare: the table has no column for
    it. A sentence saying who decides in the delegate's absence stays the note it is."""
    if row[4].startswith("Ersättare: "):
        return (row[0], title, row[1], [row[3]], [row[4].split(": ", 1)[1]], row[2], "")
    return (row[0], title, row[1], [row[3]], [], row[2], row[4])


BIN: list[Expect] = [_bin_expect(title, row) for title, rows in BIN_CHAPTERS for row in rows]


# A socialnämnd: "Nr 4:1" numbers, "Ordf, vid förfall vice ordf", an "Anmäls till" column ------

SN_SOURCE = (
    "http://docplayer.se/194305617-Delegationsordning-socialnamnden-galler-fr-o-m-beslutad-"
    "sn-4-reviderad-sn-37-reviderad-sn-46.html"
)
SN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmäls till"]
SN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "4 Lag med särskilda bestämmelser om vård av unga (LVU)",
        [
            [
                "4:1",
                "Beslut om omedelbart omhändertagande av barn och unga",
                "6 § LVU",
                "Ordf, vid förfall vice ordf",
                "SN",
            ],
            [
                "4:2",
                "Beslut om att ansöka hos förvaltningsrätten om vård",
                "4 § LVU",
                "Individutskottet",
                "SN",
            ],
            [
                "4:3",
                "Beslut om läkarundersökning och om vem som ska utföra den",
                "32 § 1 st. LVU\n11 kap. 1 § SoL",
                "Enhetschef",
                "IU",
            ],
        ],
    ),
    (
        "5 Lag om vård av missbrukare i vissa fall (LVM)",
        [
            [
                "5:1",
                "Beslut om omedelbart omhändertagande",
                "13 § LVM",
                "Ordf, vid förfall vice ordf",
                "SN",
            ],
            [
                "5:2",
                "Beslut om att inleda utredning",
                "7 § LVM",
                "Socialsekreterare",
                "IU",
            ],
        ],
    ),
]
SN_JOUR_TITLE = "Delegeringsordning för kommungemensam socialjour"
SN_JOUR_ROWS = [
    [
        "J:1",
        "Beslut om tillfälligt boende i akut situation",
        "4 kap. 1 § SoL",
        "Socialjourens socialsekreterare",
        "IU",
    ],
    [
        "J:2",
        "Begäran om polishandräckning för att genomföra beslut om omedelbart omhändertagande",
        "43 § 2 p. LVU\n45 § LVM",
        "Socialjourens socialsekreterare",
        "SN",
    ],
]


def write_sn(path: Path) -> None:
    """A kommun's "Delegationsordning Socialnämnden" (the kommun's name is not in the
    excerpt), as SN_SOURCE stores its first pages: the title on two lines, "Gäller fr.o.m"
    and the decisions "Beslutad SN 4/ Reviderad SN 37/ Reviderad SN 46/" (the figures after
    the slashes, and the day, are lost in the excerpt: ours), "Innehållsförteckning" with its
    parts by law (SoL, LVU, LVM, FB …) and the socialjour's own ordning last, "-3-" alone on
    a page, then "DELEGATION" and "Allmänt om delegation" (its prose ours, shortened). Ours:
    the points of the LVU and LVM chapters (the excerpt ends in the general rules), numbered
    "4:1" as the kommun's chapter and point, with "Ordf, vid förfall vice ordf" as Delegat,
    a Lagrum of two laws, an "Anmäls till" column (SN, IU), and the socialjour's table in a
    landscape section under its own title."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph("Socialnämnden", style="Title")
    document.add_paragraph("Gäller fr.o.m 2020-01-01")
    for line in ("Beslutad SN § 4/2019", "Reviderad SN § 37/2019", "Reviderad SN § 46/2019"):
        document.add_paragraph(line)
    document.add_paragraph("Innehållsförteckning")
    for line in (
        "DELEGATION\t4",
        "Individ- och familjeomsorg\t15",
        "Lag med särskilda bestämmelser om vård av unga (LVU)\t21",
        "Lag om vård av missbrukare i vissa fall (LVM)\t25",
        f"{SN_JOUR_TITLE}\t33",
    ):
        document.add_paragraph(line)
    document.add_paragraph("-3-")
    document.add_heading("DELEGATION", 1)
    document.add_heading("Allmänt om delegation", 2)
    document.add_paragraph(
        "Genom delegation flyttas beslutanderätten i ett ärende eller en grupp av ärenden "
        "från nämnden till delegaten, som beslutar på socialnämndens vägnar."
    )
    for title, rows in SN_CHAPTERS:
        document.add_heading(title, 1)
        _table(document, SN_HEADER, rows)
    _landscape(document)
    document.add_heading(SN_JOUR_TITLE, 1)
    _table(document, SN_HEADER, SN_JOUR_ROWS)
    document.save(str(path))


def _sn_expect(title: str, row: list[str]) -> Expect:
    delegat, ersattare = (["Ordf"], ["vice ordf"]) if row[3].startswith("Ordf,") else ([row[3]], [])
    return (row[0], title, row[1], delegat, ersattare, row[2], "")


SN: list[Expect] = [
    *(_sn_expect(title, row) for title, rows in SN_CHAPTERS for row in rows),
    *(_sn_expect(SN_JOUR_TITLE, row) for row in SN_JOUR_ROWS),
]
# The "Anmäls till" column, point by point (not among Expect's fields).
SN_REPORTED_TO = {
    row[0]: row[4] for rows in [*(r for _, r in SN_CHAPTERS), SN_JOUR_ROWS] for row in rows
}


# A plan- och byggnadsnämnd: the title on three lines, contents a line per number and title ----

PBN_SOURCE = (
    "http://spotidoc.com/doc/4163497/delegationsordning-f%C3%B6r-plan--och-byggnadsn%C3%A4mnden"
)
PBN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare"]
PBN_LIST = "7 Delegeringsförteckning"
PBN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "7.1 Allmänt",
        [
            [
                "7.1.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "6 kap. 36 § KL",
                "Ordförande",
                "Vice ordförande",
            ],
            [
                "7.1.2",
                "Avvisning av överklagande som kommit in för sent",
                "24 § FL",
                "Stadsarkitekt",
                "Bygglovshandläggare",
            ],
        ],
    ),
    (
        "7.4 Bygglov",
        [
            [
                "7.4.1",
                "Beslut om bygglov för nybyggnad av en- eller tvåbostadshus inom detaljplan",
                "9 kap. 2 § PBL\n9 kap. 30 § PBL",
                "Bygglovshandläggare",
                "Stadsarkitekt",
            ],
            [
                "7.4.2",
                "Beslut om startbesked",
                "10 kap. 23 § PBL",
                "Byggnadsinspektör",
                "Bygglovshandläggare",
            ],
        ],
    ),
]


def write_pbn(path: Path) -> None:
    """A kommun's "Delegationsordning för Plan- och byggnadsnämnden" (PBN-2014-0040, "Antagen
    28 januari 2015", "Reviderad 26 mars 2015 § 77"), as PBN_SOURCE stores its first pages:
    "1(20)" at the page's head, the Dnr, the title broken on three lines ("Delegationsordning"
    / "för" / "Plan- och byggnadsnämnden"), the two decisions, then "2(20)" and the contents
    with each entry's number, title and page number on lines of their own (as the PDF's text
    runs them), then "1 Kommunallagens samt plan- och bygglagens regler om delegering av
    ärenden inom en nämnd" (prose ours, shortened). Structure and short lines are the
    excerpt's. Ours: the points of 7.1 and 7.4 (the excerpt ends in chapter 1), under "7
    Delegeringsförteckning" as Heading 1 and its sections as Heading 2, numbered three deep
    ("7.4.1"), a Lagrum of two PBL paragraphs."""
    document = docx.Document()
    document.add_paragraph("1(20)")
    document.add_paragraph("PBN-2014-0040")
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph("för", style="Title")
    document.add_paragraph("Plan- och byggnadsnämnden", style="Title")
    document.add_paragraph("Antagen 28 januari 2015")
    document.add_paragraph("Reviderad 26 mars 2015 § 77")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("2(20)")
    document.add_paragraph("Innehållsförteckning")
    for number, title, page in (
        ("1", "Kommunallagens samt plan- och bygglagens regler om delegering av ärenden", "3"),
        ("2", "Delegerad beslutanderätt", "4"),
        ("7", "Delegeringsförteckning", "7"),
        ("7.1", "Allmänt", "7"),
        ("7.4", "Bygglov", "10"),
    ):
        for line in (number, title, page):
            document.add_paragraph(line)
    document.add_heading(
        "1 Kommunallagens samt plan- och bygglagens regler om delegering av ärenden inom en nämnd",
        1,
    )
    document.add_paragraph(
        "En nämnd får uppdra åt ett utskott, en ledamot eller ersättare eller en anställd att "
        "besluta på nämndens vägnar i ett visst ärende eller en viss grupp av ärenden."
    )
    document.add_heading(PBN_LIST, 1)
    for title, rows in PBN_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, PBN_HEADER, rows)
    document.save(str(path))


PBN: list[Expect] = [
    (r[0], title, r[1], [r[3]], [r[4]], r[2], "") for title, rows in PBN_CHAPTERS for r in rows
]


# A kommunalförbund's förbundsstyrelse: web-page sections, points "B.3.1" -----------------------

GR_SOURCE = (
    "https://goteborgsregionen.se/styrande-dokument/2020-05-08-delegationsordning-for-"
    "forbundsstyrelsen"
)
GR_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]
GR_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "B.3 Ekonomi",
        [
            [
                "B.3.1",
                "Beslut om upphandling och avrop inom av styrelsen beslutad budget",
                "Förbundsdirektör",
                "Ekonomichef",
                "",
            ],
            [
                "B.3.2",
                "Beslut om att avskriva fordran upp till ett prisbasbelopp",
                "Ekonomichef",
                "",
                "",
            ],
        ],
    ),
    (
        "B.4 Brådskande ärenden och ombud",
        [
            [
                "B.4.1",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
                "Förbundsstyrelsens ordförande, vid förhinder vice ordförande",
                "",
                "Anmäls vid styrelsens nästa sammanträde",
            ],
            [
                "B.4.2",
                "Utse ombud att föra förbundets talan inför domstol och myndighet",
                "Förbundsdirektör",
                "",
                "",
            ],
        ],
    ),
]


def write_gr(path: Path) -> None:
    """A kommunalförbund's "Delegationsordning för förbundsstyrelsen" (Göteborgsregionens
    kommunalförbund, GR, 2020-05-08), as GR_SOURCE stores the web edition: the title, a
    sentence on what a nämnd may delegate, the sections "Dokumentets syfte", "Dokumentet
    gäller för" and "Inledning" as headings over their text, the decisions fullmäktige cannot
    hand down as a numbered list. The structure and the headings are the page's; the prose is
    ours, shortened. Ours: the points (the page ends in the introduction), lettered and
    numbered three deep ("B.3.1") under the förbund's parts, "Förbundsstyrelsens ordförande,
    vid förhinder vice ordförande" as Delegat in a table that has an Ersättare column."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för förbundsstyrelsen", style="Title")
    document.add_paragraph(
        "En nämnd får uppdra åt ett utskott, en ledamot eller ersättare eller en anställd att "
        "besluta på nämndens vägnar."
    )
    document.add_heading("Dokumentets syfte", 2)
    document.add_paragraph(
        "Delegationsordningen anger vilka frågor förbundsstyrelsen har delegerat och vem som "
        "har rätt att besluta."
    )
    document.add_heading("Dokumentet gäller för", 2)
    document.add_paragraph("Verksamhet inom förbundsstyrelsens ansvarsområden.")
    document.add_heading("Inledning", 2)
    document.add_paragraph(
        "Förbundsfullmäktige har det övergripande ansvaret för kommunalförbundets verksamhet "
        "och ekonomi. Följande beslut kan inte föras ner från fullmäktige till nämnd:"
    )
    for item in (
        "1. mål och riktlinjer för verksamheten",
        "2. budget, skatt och andra viktiga ekonomiska frågor",
    ):
        document.add_paragraph(item)
    for title, rows in GR_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, GR_HEADER, rows)
    document.save(str(path))


def _gr_expect(title: str, row: list[str]) -> Expect:
    if ", vid förhinder " in row[2]:
        delegat, _, ersattare = row[2].partition(", vid förhinder ")
        return (row[0], title, row[1], [delegat], [ersattare], "", row[4])
    return (row[0], title, row[1], [row[2]], _lines(row[3]), "", row[4])


GR: list[Expect] = [_gr_expect(title, row) for title, rows in GR_CHAPTERS for row in rows]


# A vård- och omsorgsnämnd in a kommun's författningssamling: the series over the title -------

VON_SOURCE = (
    "https://docplayer.se/112061040-Tomelilla-kommun-kommunal-forfattningssamling-nr-c-17-1.html"
)
VON_TITLE = "Delegeringsregler för vård- och omsorgsnämnden"
VON_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
VON_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "2 SOCIALTJÄNSTLAGEN",
        [
            [
                "2.1",
                "Beslut om bistånd i form av hemtjänst",
                "4 kap. 1 § SoL",
                "Biståndshandläggare",
                "",
            ],
            [
                "2.2",
                "Beslut om bistånd i form av särskilt boende",
                "4 kap. 1 § SoL",
                "Biståndshandläggare",
                "Efter samråd med enhetschef",
            ],
        ],
    ),
    (
        "3 LAG OM STÖD OCH SERVICE TILL VISSA FUNKTIONSHINDRADE",
        [
            [
                "3.1",
                "Beslut om personlig assistans",
                "9 § 2 p. LSS",
                "LSS-handläggare",
                "",
            ],
        ],
    ),
]


def write_von(path: Path) -> None:
    """Tomelilla kommun, "Delegeringsregler för vård- och omsorgsnämnden" (Kommunal
    författningssamling Nr C 17:1, Dnr Von 2015/8), as VON_SOURCE stores its first pages:
    "TOMELILLA KOMMUN" over "KOMMUNAL FÖRFATTNINGSSAMLING Nr C 17:1", the decisions as the
    nämnd's paragraph and year ("Von 70/2017, Von 91/2017"), the Dnr, the title, "Antagen av
    … Von 70/2017." and "Gäller från …" (the excerpt has "datum" where the days are: ours),
    then three "Label: value" lines whose labels ksdesk has no field for (Dokumentansvarig
    politisk instans, Dokumentansvarig tjänsteman, Uppföljning), and at each page's foot the
    series, the title and "Sida 1 av 23" typed as text. Then "Allmänna riktlinjer för
    delegeringsbeslut" and "1 ALLMÄNT VERKSAMHETSANSVAR" (prose ours, shortened; the excerpt
    loses the word "omsorg" in the nämnd's name, as its PDF's font did). Ours: the points of
    chapters 2 and 3 (the excerpt ends in the rules), each chapter a Word heading over its
    table, the page's foot line between them."""
    document = docx.Document()
    document.add_paragraph("TOMELILLA KOMMUN")
    document.add_paragraph("KOMMUNAL FÖRFATTNINGSSAMLING Nr C 17:1")
    document.add_paragraph("Von 70/2017, Von 91/2017")
    document.add_paragraph("Dnr Von 2015/8")
    document.add_paragraph(VON_TITLE, style="Title")
    document.add_paragraph("Antagen av vård- och omsorgsnämnden 2017-06-15, Von 70/2017.")
    document.add_paragraph("Gäller från 2017-07-01")
    document.add_paragraph("Dokumentansvarig politisk instans: Vård- och omsorgsnämnden")
    document.add_paragraph("Dokumentansvarig tjänsteman: Socialchef")
    document.add_paragraph("Uppföljning: vid byte av mandatperiod eller oftare vid behov.")
    document.add_paragraph(f"C 17:1 {VON_TITLE} Sida 1 av 23")
    document.add_heading("Allmänna riktlinjer för delegeringsbeslut", 1)
    document.add_paragraph(
        "För att verksamheten ska fungera smidigt fattas de flesta beslut på delegering, som "
        "regel av anställda. Frågor om ansvar och delegering regleras i kommunallagen."
    )
    document.add_heading("1 ALLMÄNT VERKSAMHETSANSVAR", 1)
    document.add_paragraph(
        "Nämnden ska inom sitt område se till att verksamheten bedrivs enligt de mål och "
        "riktlinjer som fullmäktige har bestämt."
    )
    document.add_paragraph(f"C 17:1 {VON_TITLE} Sida 2 av 23")
    for page, (title, rows) in enumerate(VON_CHAPTERS, start=3):
        document.add_heading(title, 1)
        _table(document, VON_HEADER, rows)
        document.add_paragraph(f"C 17:1 {VON_TITLE} Sida {page} av 23")
    document.save(str(path))


VON: list[Expect] = [
    (r[0], title, r[1], [r[3]], [], r[2], r[4]) for title, rows in VON_CHAPTERS for r in rows
]


# A vård- och omsorgsnämnd's delegation list and its list of verkställighet ---------------------

VETLANDA_SOURCE = "http://docplayer.se/2697884-Delegations-och-beslutsforteckning.html"
VETLANDA_RUNNING = "Vetlanda kommun Vård- och omsorgsnämnden"
VETLANDA_PARTS: list[tuple[str, list[str], list[tuple[str, list[list[str]]]]]] = [
    (
        "DELEGATIONSFÖRTECKNING",
        ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"],
        [
            (
                "2. Socialtjänstlagen",
                [
                    [
                        "2.1",
                        "Beslut om bistånd i form av hemtjänst",
                        "4 kap. 1 § SoL",
                        "Biståndshandläggare",
                        "",
                    ],
                    [
                        "2.2",
                        "Beslut om avgift för hemtjänst",
                        "8 kap. 2 § SoL",
                        "Avgiftshandläggare",
                        "",
                    ],
                ],
            ),
        ],
    ),
    (
        "BESLUTSFÖRTECKNING (VERKSTÄLLIGHET)",
        ["Nr", "Beslut", "Beslutsfattare", "Kommentar"],
        [
            (
                "BA Arbetsmiljö",
                [
                    ["BA 1", "Fördelning av arbetsmiljöuppgifter", "Förvaltningschef", ""],
                    ["BA 2", "Beslut om skyddsåtgärder på arbetsplatsen", "Enhetschef", ""],
                ],
            ),
            (
                "BE Ekonomi och administration",
                [
                    [
                        "BE 1",
                        "Attest av fakturor inom egen budget",
                        "Enhetschef",
                        "Enligt attestreglementet",
                    ],
                ],
            ),
        ],
    ),
]


def write_vetlanda(path: Path) -> None:
    """Vetlanda kommun, vård- och omsorgsnämndens "Delegations- och beslutsförteckning", as
    VETLANDA_SOURCE stores its first pages: "Vetlanda kommun Vård- och omsorgsnämnden" at the
    head of each page, the title, "Fastställd av …" and "Reviderad av …" (the days are lost
    in the excerpt: ours), the contents in two parts, DELEGATIONSFÖRTECKNING (chapters
    numbered "1.", "2.") and BESLUTSFÖRTECKNING (VERKSTÄLLIGHET) with sections coded "BA
    Arbetsmiljö", "BE Ekonomi och administration", then "Inledning" (prose ours, shortened).
    Ours: the points (the excerpt ends in the introduction): the delegation list's under a
    Heading 1 part with its chapters as Heading 2, and the list of decisions that are
    verkställighet as a part of its own, its table headed "Beslut | Beslutsfattare" and its
    points numbered "BA 1" after their section's code."""
    document = docx.Document()
    document.add_paragraph(VETLANDA_RUNNING)
    document.add_paragraph("Delegations- och beslutsförteckning", style="Title")
    document.add_paragraph("Fastställd av vård- och omsorgsnämnden 2009-06-17, § 71")
    document.add_paragraph("Reviderad av vård- och omsorgsnämnden 2012-05-23, § 52")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(VETLANDA_RUNNING)
    document.add_paragraph("Innehållsförteckning")
    for line in (
        "DELEGATIONSFÖRTECKNING",
        "2. Socialtjänstlagen\t5",
        "BESLUTSFÖRTECKNING (VERKSTÄLLIGHET)",
        "BA Arbetsmiljö\t12",
        "BE Ekonomi och administration\t12",
    ):
        document.add_paragraph(line)
    document.add_heading("Inledning", 1)
    document.add_paragraph(
        "Nämndens möjlighet att delegera sin beslutanderätt regleras i 6 kap. kommunallagen. "
        "Delegationen avlastar nämnden, så att den kan ägna sig åt mål, uppföljning och "
        "principiella frågor."
    )
    for part, header, chapters in VETLANDA_PARTS:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(VETLANDA_RUNNING)
        document.add_heading(part, 1)
        for title, rows in chapters:
            document.add_heading(title, 2)
            _table(document, header, rows)
    document.save(str(path))


VETLANDA: list[Expect] = [
    (r[0], title, r[1], [r[3]], [], r[2], r[4])
    for title, rows in VETLANDA_PARTS[0][2]
    for r in rows
] + [
    (r[0], title, r[1], [r[2]], [], "", r[3]) for title, rows in VETLANDA_PARTS[1][2] for r in rows
]


ELEVENTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "bin_labels": (write_bin, BIN),
    "sn_jour": (write_sn, SN),
    "pbn_three_deep": (write_pbn, PBN),
    "gr_forbund": (write_gr, GR),
    "von_tomelilla": (write_von, VON),
    "von_vetlanda": (write_vetlanda, VETLANDA),
}
