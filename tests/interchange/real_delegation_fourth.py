"""A fourth set of Word delegationsordningar, from kinds of nämnd the first three sets had few
of (a regionstyrelse, a barn- och utbildningsnämnd, a miljö- och hälsoskyddsnämnd, two
socialnämnder, a regional utvecklingsnämnd), built as those kommuner and regioner built them.
Each builder names its source (a public transcript found with the search tool, corpus
"pages") and the structures taken from it. The stored transcripts show a document's first
pages only; where a table lies beyond them, its shape follows the structures the docstring
names and the wording of its points the kind of document. Names, dates and diarienummer the
transcripts lost are ours. Only the number of points is cut down.

The Word markup real files carry is put where such files have it (Word_markup in
real_delegation_fourth_markup): fields showing the organ's name, tracked changes of a
revision, symbols from a symbol font, comments. `FOURTH_DOCUMENTS` maps a short name to
(builder, expected points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _merge_down, _table
from tests.interchange.real_delegation_fourth_markup import (
    comment,
    complex_field,
    deleted_paragraph_mark,
    symbol,
    tracked_cell_delete,
    tracked_row_insert,
)
from tests.interchange.real_delegation_third import tracked_insert

# Västra Götalandsregionen, regionstyrelsen ------------------------------------------------------

VGR_HEADER = ["Nr", "Grupp av ärenden", "Delegat", "Ersättare", "Anmäls av", "Lagrum, kommentar"]


def write_vgr(path: Path) -> None:
    """Västra Götalandsregionen, "Delegeringsordning för regionstyrelsen", antagen 13 januari
    2015, § 7 (https://docplayer.se/6262421-Delegeringsordning-for-regionstyrelsen.html): the
    organ's name is a DOCPROPERTY field wherever it stands (the transcript lost it in the
    title, in a chapter row and in a comment); one table with six columns, "Grupp av
    ärenden" and an "Anmäls av" column; chapters "A Brådskande ärenden …" and, under "B
    Regionövergripande uppdrag" and a paragraph of scope, "B 1 Personal- och
    förhandlingsärenden" as rows across the table; points numbered 1, 2, 3 again in each
    chapter; "Förvaltningschef *" with the star explained under the table."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Delegeringsordning\t\t1 (7)"
    title = document.add_paragraph("Delegeringsordning för ", style="Title")
    complex_field(title, "DOCPROPERTY Organ", "regionstyrelsen")
    document.add_paragraph("Västra Götalandsregionen")
    document.add_paragraph("Diarienummer RS 4711-2014")
    antaget = document.add_paragraph("Antaget av ")
    complex_field(antaget, "DOCPROPERTY Organ", "regionstyrelsen")
    antaget.add_run(" den 13 januari 2015, § 7")
    document.add_paragraph(
        "Förteckning över grupper av ärenden, där regionstyrelsen har delegerat beslutanderätt"
    )
    table = _table(
        document,
        VGR_HEADER,
        [
            ["A Brådskande ärenden i "],
            [
                "1",
                "Ärenden som är så brådskande, att det inte går att avvakta styrelsens beslut",
                "Ordförande",
                "Vice ordförande",
                "Sekreterare",
                "6 kap 36 § kommunallagen",
            ],
            ["B Regionövergripande uppdrag"],
            [
                "Avser hela Västra Götalandsregionens (VGR:s) verksamhet. Med förvaltningschef "
                "avses under detta avsnitt även förvaltningschef vid andra nämnder och styrelser."
            ],
            ["B 1 Personal- och förhandlingsärenden"],
            [
                "1",
                "Utse förvaltningschefer efter samråd med berörda nämnder och styrelser",
                "Regiondirektören",
                "",
                "Regiondirektören",
                "",
            ],
            [
                "2",
                "Förhandla och teckna kollektivavtal i tvisteförhandling",
                "Förhandlingschefen",
                "Arbetsrättsjurist",
                "Förhandlingschefen",
                "",
            ],
            [
                "3",
                "Teckna lokala kollektivavtal inom ramen för AB",
                "Förvaltningschef *",
                "",
                "Förvaltningschefen",
                "Anmäls från vidaredelegat till förvaltningschef som anmäler till ",
            ],
            ["B 2 Ekonomiärenden"],
            [
                "1",
                "Besluta om placering av regionens likvida medel inom ramen för finanspolicyn",
                "Finansdirektören",
                "Ekonomidirektören",
                "Finansdirektören",
                "",
            ],
        ],
    )
    complex_field(table.rows[1].cells[0].paragraphs[0], "DOCPROPERTY Organ", "regionstyrelsen")
    complex_field(table.rows[8].cells[5].paragraphs[0], "DOCPROPERTY Organ", "regionstyrelsen")
    document.add_paragraph("* Förvaltningschef får vidaredelegera beslutanderätten.")
    document.save(str(path))


_VA = "A Brådskande ärenden i regionstyrelsen"
_VB1 = "B 1 Personal- och förhandlingsärenden"
VGR: list[Expect] = [
    (
        "1",
        _VA,
        "Ärenden som är så brådskande, att det inte går att avvakta styrelsens beslut",
        ["Ordförande"],
        ["Vice ordförande"],
        "6 kap 36 § kommunallagen",
        "",
    ),
    (
        "1",
        _VB1,
        "Utse förvaltningschefer efter samråd med berörda nämnder och styrelser",
        ["Regiondirektören"],
        [],
        "",
        "",
    ),
    (
        "2",
        _VB1,
        "Förhandla och teckna kollektivavtal i tvisteförhandling",
        ["Förhandlingschefen"],
        ["Arbetsrättsjurist"],
        "",
        "",
    ),
    (
        "3",
        _VB1,
        "Teckna lokala kollektivavtal inom ramen för AB",
        ["Förvaltningschef"],
        [],
        "",
        "Anmäls från vidaredelegat till förvaltningschef som anmäler till regionstyrelsen\n"
        "* Förvaltningschef får vidaredelegera beslutanderätten.",
    ),
    (
        "1",
        "B 2 Ekonomiärenden",
        "Besluta om placering av regionens likvida medel inom ramen för finanspolicyn",
        ["Finansdirektören"],
        ["Ekonomidirektören"],
        "",
        "",
    ),
]


# Kils kommun, barn- och utbildningsnämnden ------------------------------------------------------

KIL_HEADER = ["Ärendetyp", "Delegat"]


def write_kil(path: Path) -> None:
    """Kils kommun, "Delegeringsordning för barn- och utbildningsnämnden", antagen BUN 4/14
    (http://docplayer.se/6693503-Delegeringsordning-for-barn-och-utbildningsnamnden.html):
    chapters "1 Arbetsgivarärenden" and sections "1.1 Organisation" as headings, each section
    a two-column table "Ärendetyp | Delegat" with no point numbers at all; a remark on a line
    of its own in the Ärendetyp cell; a note under a table; the file's path, the address
    block and "Sida 1 av 15" in Word's footer."""
    document = docx.Document()
    footer = document.sections[0].footer
    footer.paragraphs[
        0
    ].text = "b:\\kk-forvaltning\\buf-kansli\\delegeringsordning för bun, beslut 2014.doc"
    footer.add_paragraph("Kils kommun\tBox 88\t665 23 Kil\tSida 1 av 15")
    document.add_paragraph("BARN- OCH UTBILDNINGSFÖRVALTNINGEN")
    document.add_paragraph("Delegeringsordning för barn- och utbildningsnämnden", style="Title")
    document.add_paragraph("Antagen 2014-02-11, BUN 4/14")
    document.add_paragraph(
        "Delegeringsbesluten skickas till nämndsekreteraren för anmälan till barn- och "
        "utbildningsnämnden"
    )
    document.add_heading("1 Arbetsgivarärenden", 1)
    document.add_heading("1.1 Organisation", 2)
    _table(
        document,
        KIL_HEADER,
        [
            [
                "Beslut om mindre organisatorisk förändring inom barn- och "
                "utbildningsförvaltningens stab\nAvser även kortare vikariatsförordnanden "
                "(t. ex. vid semester) för förvaltningschef och funktionsansvariga",
                "Förvaltningschef",
            ]
        ],
    )
    document.add_heading("1.2 Anställa och avveckla personal", 2)
    _table(
        document,
        KIL_HEADER,
        [
            ["Anställning av förskolechef, rektor och verksamhetschef", "Förvaltningschef"],
            ["Anställning av personal direkt underställd rektor", "Rektor"],
            [
                "Uppsägning eller avsked av förskolechef, rektor eller verksamhetschef",
                "Förvaltningschef",
            ],
            ["Beslut enligt kommunens pensionspolicy", "Personalchef"],
        ],
    )
    document.add_paragraph(
        "Anställning upp till 6 månader är verkställighet (med undantag för förvaltningschef)."
    )
    document.add_heading("2 Ekonomiärenden", 1)
    document.add_heading("2.1 Attest", 2)
    _table(
        document,
        KIL_HEADER,
        [
            ["Utse beslutsattestanter och ersättare för dessa", "Förvaltningschef"],
        ],
    )
    document.save(str(path))


_KO = "1.1 Organisation"
_KA = "1.2 Anställa och avveckla personal"
KIL: list[Expect] = [
    (
        "",
        _KO,
        "Beslut om mindre organisatorisk förändring inom barn- och utbildningsförvaltningens "
        "stab\nAvser även kortare vikariatsförordnanden (t. ex. vid semester) för "
        "förvaltningschef och funktionsansvariga",
        ["Förvaltningschef"],
        [],
        "",
        "",
    ),
    (
        "",
        _KA,
        "Anställning av förskolechef, rektor och verksamhetschef",
        ["Förvaltningschef"],
        [],
        "",
        "",
    ),
    ("", _KA, "Anställning av personal direkt underställd rektor", ["Rektor"], [], "", ""),
    (
        "",
        _KA,
        "Uppsägning eller avsked av förskolechef, rektor eller verksamhetschef",
        ["Förvaltningschef"],
        [],
        "",
        "",
    ),
    ("", _KA, "Beslut enligt kommunens pensionspolicy", ["Personalchef"], [], "", ""),
    (
        "",
        "2.1 Attest",
        "Utse beslutsattestanter och ersättare för dessa",
        ["Förvaltningschef"],
        [],
        "",
        "",
    ),
]


# Södra Roslagens miljö- och hälsoskyddsnämnd ------------------------------------------------------

SRMH_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]


def write_srmh(path: Path) -> None:
    """Södra Roslagens miljö- och hälsoskyddsnämnd (Täby och Vaxholm), "Delegationsordning",
    beslutad 19/19 (https://docplayer.se/162837219-Sodra-roslagens-miljo-och-
    halsoskyddsnamnds.html): the delegates as abbreviations in a table under "Förkortningar";
    parts lettered "M. Miljöbalkens område", "L. Livsmedelslagstiftningens område" and
    chapters "M.1 Allmänna hänsynsregler m.m., 2 kap. MB" as headings, points numbered
    "M.1.1"; several delegates in one cell ("MC, AC, MI"). The file is the nämnd's revision
    with its tracked changes left in (as the Höör proposal in the same search was): a point
    added as an inserted row, a delegate struck out, words inserted, and two lines of an
    Ärende joined by deleting the paragraph mark between them; a "≥" typed from the Symbol
    font; a comment of the reviewer's."""
    document = docx.Document()
    document.add_paragraph("Södra Roslagens miljö- och hälsoskyddsnämnds", style="Title")
    document.add_paragraph("Delegationsordning")
    document.add_paragraph("Delegationsordningen gäller från och med 2019-04-01")
    document.add_paragraph("Beslut fattat av Södra Roslagens miljö- och hälsoskyddsnämnd 19/19")
    document.add_heading("1. Delegater", 1)
    document.add_heading("Förkortningar", 2)
    _table(
        document,
        ["Förkortning", "Befattning"],
        [
            ["MC", "Miljöchef"],
            ["AC", "Avdelningschef"],
            ["MI", "Miljö- och hälsoskyddsinspektör"],
            ["LI", "Livsmedelsinspektör"],
        ],
    )
    document.add_heading("M. Miljöbalkens område", 1)
    document.add_heading("M.1 Allmänna hänsynsregler m.m., 2 kap. MB", 2)
    first = _table(
        document,
        SRMH_HEADER,
        [
            [
                "M.1.1",
                "Besluta om förelägganden och förbud\nför att hänsynsreglerna ska följas",
                "26 kap. 9 § MB",
                "MC, AC, MI",
                "",
            ],
            [
                "M.1.2",
                "Besluta om förelägganden med vite som understiger 50 000 kr",
                "26 kap. 14 § MB",
                "MC, AC",
                "",
            ],
        ],
    )
    # The revision: "för att hänsynsreglerna ska följas" joined to the line above, MI struck
    # out of M.1.2's delegates, a condition inserted, a point added as a new row.
    deleted_paragraph_mark(first.rows[1].cells[1].paragraphs[0], 11)
    tracked_cell_delete(first.rows[2].cells[3].paragraphs[0], "MC, AC", ", MI", 12)
    tracked_insert(first.rows[2].cells[4].paragraphs[0], "Gäller vite per tillfälle", 13)
    comment(document, first.rows[2].cells[1].paragraphs[0], "Stäm av beloppet med juristen", 14)
    added = first.add_row()
    for cell, text in zip(
        added.cells,
        ["M.1.3", "Besluta om miljösanktionsavgift", "30 kap. 3 § MB", "MC, AC", ""],
        strict=True,
    ):
        cell.text = text
    tracked_row_insert(added, 15)
    document.add_heading("L. Livsmedelslagstiftningens område", 1)
    document.add_heading("L.1 Livsmedelslagen", 2)
    second = _table(
        document,
        SRMH_HEADER,
        [
            [
                "L.1.1",
                "Besluta om förelägganden och förbud",
                "22 § livsmedelslagen",
                "MC, AC, LI",
                "",
            ],
            [
                "L.1.2",
                "Besluta om sanktionsavgift när avgiften är 10 000 kr",
                "30 c § livsmedelslagen",
                "MC",
                "",
            ],
        ],
    )
    amount = second.rows[2].cells[1].paragraphs[0]
    amount.runs[0].text = "Besluta om sanktionsavgift när avgiften är "
    symbol(amount, "Symbol", "F0B3")  # ≥, from Insert Symbol
    amount.add_run(" 10 000 kr")
    document.save(str(path))


_SM = "M.1 Allmänna hänsynsregler m.m., 2 kap. MB"
_SL = "L.1 Livsmedelslagen"
SRMH: list[Expect] = [
    (
        "M.1.1",
        _SM,
        "Besluta om förelägganden och förbud för att hänsynsreglerna ska följas",
        ["MC", "AC", "MI"],
        [],
        "26 kap. 9 § MB",
        "",
    ),
    (
        "M.1.2",
        _SM,
        "Besluta om förelägganden med vite som understiger 50 000 kr",
        ["MC", "AC"],
        [],
        "26 kap. 14 § MB",
        "Gäller vite per tillfälle",
    ),
    ("M.1.3", _SM, "Besluta om miljösanktionsavgift", ["MC", "AC"], [], "30 kap. 3 § MB", ""),
    (
        "L.1.1",
        _SL,
        "Besluta om förelägganden och förbud",
        ["MC", "AC", "LI"],
        [],
        "22 § livsmedelslagen",
        "",
    ),
    (
        "L.1.2",
        _SL,
        "Besluta om sanktionsavgift när avgiften är ≥ 10 000 kr",
        ["MC"],
        [],
        "30 c § livsmedelslagen",
        "",
    ),
]
SRMH_ABBREVIATIONS = [
    ("MC", "Miljöchef"),
    ("AC", "Avdelningschef"),
    ("MI", "Miljö- och hälsoskyddsinspektör"),
    ("LI", "Livsmedelsinspektör"),
]


# Järfälla kommun, socialnämnden ---------------------------------------------------------------

JARFALLA_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmäls till SN"]


def _jarfalla_page(document, page: int) -> None:
    document.add_paragraph(f"2017-05-18\t{page} (45)")


def write_jarfalla(path: Path) -> None:
    """Järfälla kommun, "Delegeringsordning för socialnämnden i Järfälla kommun", Dnr Son
    2017/2, fastställd av socialnämnden 2017-09-21 (https://docplayer.se/amp/109498979-
    Delegeringsordning-for-socialnamnden-i-jarfalla-kommun.html): "2017-05-18 2 (45)" typed at
    the head of each page; chapters in capitals with a full stop ("5. EKONOMISKT BISTÅND");
    "1. Förkortningar" with groups "1.1 Organisation och befattningar" of "Ass = Assistent"
    lines, among them "Avd.chef", "EC. drift" and a starred note; a yes/no column of whether
    the decision is reported to the nämnd; a Delegat merged down over three points; a point
    whose row goes on over a page break, its rest in a row without number under the header
    typed again."""
    document = docx.Document()
    document.add_paragraph("Delegeringsordning för socialnämnden i Järfälla kommun", style="Title")
    document.add_paragraph("Dnr Son: 2017/2")
    document.add_paragraph("Fastställd av socialnämnden 2017-09-21")
    _jarfalla_page(document, 4)
    document.add_heading("1. Förkortningar", 1)
    document.add_heading("1.1 Organisation och befattningar", 2)
    for line in JARFALLA_LINES:
        document.add_paragraph(line)
    document.add_heading("1.2 Lagar och förordningar", 2)
    for short, long in JARFALLA_LAWS:
        document.add_paragraph(f"{short} = {long}")
    _jarfalla_page(document, 18)
    document.add_heading("5. EKONOMISKT BISTÅND", 1)
    table = _table(
        document,
        JARFALLA_HEADER,
        [
            [
                "5.1",
                "Bistånd till försörjningsstöd enligt riksnormen",
                "4 kap. 1 § SoL",
                "SS",
                "Nej",
            ],
            [
                "5.2",
                "Bistånd till försörjningsstöd utöver riksnormen",
                "4 kap. 1 § SoL",
                "",
                "Nej",
            ],
            ["5.3", "Avslag på ansökan om ekonomiskt bistånd", "4 kap. 1 § SoL", "", "Ja"],
            [
                "5.4",
                "Beslut om återkrav av ekonomiskt bistånd som utgått obehörigen eller med för "
                "högt belopp",
                "9 kap. 1 § SoL",
                "GC",
                "Ja",
            ],
        ],
    )
    _merge_down(table, 3, 1, 3)
    _jarfalla_page(document, 19)
    _table(
        document,
        JARFALLA_HEADER,
        [
            ["", "på grund av oriktiga uppgifter", "", "", ""],
            [
                "5.5",
                "Beslut om att föra talan om återkrav hos förvaltningsrätten",
                "9 kap. 3 § SoL",
                "EC",
                "Ja",
            ],
        ],
    )
    document.add_heading("7. LAGEN OM SÄRSKILDA BESTÄMMELSER OM VÅRD AV UNGA", 1)
    _table(
        document,
        JARFALLA_HEADER,
        [
            [
                "7.1",
                "Beslut om att ansöka hos förvaltningsrätten om vård",
                "4 § LVU",
                "AU",
                "Ja",
            ],
            [
                "7.2",
                "Beslut om omedelbart omhändertagande när AU:s beslut inte kan avvaktas",
                "6 § 2 st LVU",
                "Ordf, vice ordf",
                "Ja",
            ],
        ],
    )
    document.save(str(path))


JARFALLA_LINES = [
    "Ass = Assistent",
    "* Med respektive chef/närmaste chef avses närmaste personalansvarig chef",
    "Avd.chef = Avdelningschef",
    "AU = Arbetsutskott",
    "EC = Enhetschef",
    "EC. drift = Enhetschef driftavdelning",
    "GC = Gruppchef",
    "SS = Socialsekreterare",
]
JARFALLA_LAWS = [
    ("SoL", "Socialtjänstlagen (2001:453)"),
    ("LVU", "Lag (1990:52) med särskilda bestämmelser om vård av unga"),
]
JARFALLA_ABBREVIATIONS = [
    ("Ass", "Assistent"),
    ("Avd.chef", "Avdelningschef"),
    ("AU", "Arbetsutskott"),
    ("EC", "Enhetschef"),
    ("EC. drift", "Enhetschef driftavdelning"),
    ("GC", "Gruppchef"),
    ("SS", "Socialsekreterare"),
    *JARFALLA_LAWS,
]
_JE = "5. EKONOMISKT BISTÅND"
_JV = "7. LAGEN OM SÄRSKILDA BESTÄMMELSER OM VÅRD AV UNGA"
JARFALLA: list[Expect] = [
    (
        "5.1",
        _JE,
        "Bistånd till försörjningsstöd enligt riksnormen",
        ["SS"],
        [],
        "4 kap. 1 § SoL",
        "",
    ),
    (
        "5.2",
        _JE,
        "Bistånd till försörjningsstöd utöver riksnormen",
        ["SS"],
        [],
        "4 kap. 1 § SoL",
        "",
    ),
    ("5.3", _JE, "Avslag på ansökan om ekonomiskt bistånd", ["SS"], [], "4 kap. 1 § SoL", ""),
    (
        "5.4",
        _JE,
        "Beslut om återkrav av ekonomiskt bistånd som utgått obehörigen eller med för högt "
        "belopp på grund av oriktiga uppgifter",
        ["GC"],
        [],
        "9 kap. 1 § SoL",
        "",
    ),
    (
        "5.5",
        _JE,
        "Beslut om att föra talan om återkrav hos förvaltningsrätten",
        ["EC"],
        [],
        "9 kap. 3 § SoL",
        "",
    ),
    ("7.1", _JV, "Beslut om att ansöka hos förvaltningsrätten om vård", ["AU"], [], "4 § LVU", ""),
    (
        "7.2",
        _JV,
        "Beslut om omedelbart omhändertagande när AU:s beslut inte kan avvaktas",
        ["Ordf", "vice ordf"],
        [],
        "6 § 2 st LVU",
        "",
    ),
]
# The yes/no column, by point: kept under its own heading.
JARFALLA_REPORTED = {"5.1": "Nej", "5.2": "Nej", "5.3": "Ja", "5.4": "Ja", "7.2": "Ja"}


# A socialnämnd in Halland ---------------------------------------------------------------------

HALLAND_TOP = [
    "Nr",
    "Ärende",
    "Lagrum",
    "Beslutanderätt",
    "Beslutanderätt",
    "Vidare\u00addelegering",  # typed with a soft hyphen
    "Anmäls till nämnd",
]
HALLAND_SUB = ["", "", "", "Delegat", "Ersättare", "", ""]


def write_halland(path: Path) -> None:
    """A socialnämnd in Halland, "Socialnämndens delegeringsförteckning" (http://docplayer.se/
    18629952-Socialnamndens-delegeringsforteckning.html): a revision history of dated lines
    with what each revision was about in brackets; three-level numbered headings ("3.3.2
    Avrop från ramavtal") each over its own table; a seven-column table whose header is two
    rows: "Beslutanderätt" across "Delegat | Ersättare", then "Vidaredelegering" (typed with a
    soft hyphen) and "Anmäls till nämnd", both Ja/Nej, and a check mark from Wingdings
    for Ja."""
    document = docx.Document()
    document.add_paragraph("Socialnämndens delegeringsförteckning", style="Title")
    document.add_paragraph("Antagen i socialnämnden 2012-02-23")
    document.add_paragraph(
        "Reviderad 2013-05-30 (beslut om anmälan till IVO och mottagande av rapport i lex "
        "Sarah-ärende)"
    )
    document.add_paragraph("Reviderad 2014-09-25 (särskilt förordnande enligt LVU och LVM)")
    document.add_heading("3 Administrativa ärenden", 1)
    document.add_heading("3.3 Inköp/Upphandling av varor, tjänster och entreprenader", 2)
    for heading, rows in (
        (
            "3.3.1 Direktupphandling (upp till 100 000 kr)",
            [
                [
                    "1",
                    "Beslut om direktupphandling",
                    "LOU",
                    "Enhetschef",
                    "Verksamhetschef",
                    "Nej",
                    "Nej",
                ],
            ],
        ),
        (
            "3.3.2 Avrop från ramavtal",
            [
                [
                    "1",
                    "Beslut om avrop från ramavtal inom budget",
                    "",
                    "Enhetschef",
                    "Verksamhetschef",
                    "Nej",
                    "Nej",
                ],
                [
                    "2",
                    "Beslut om avrop från ramavtal över budget",
                    "",
                    "Socialchef",
                    "",
                    "Nej",
                    "",
                ],
            ],
        ),
    ):
        document.add_heading(heading, 3)
        table = _table(document, None, [HALLAND_TOP, HALLAND_SUB, *rows], width=7)
        merged = table.rows[0].cells[3].merge(table.rows[0].cells[4])
        for paragraph in merged.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        for column in (0, 1, 2, 5, 6):
            table.rows[0].cells[column].merge(table.rows[1].cells[column])
            for paragraph in table.rows[0].cells[column].paragraphs[1:]:
                paragraph._p.getparent().remove(paragraph._p)
    last = table.rows[3].cells[6].paragraphs[0]
    symbol(last, "Wingdings", "F0FC")  # a check mark: Ja
    document.save(str(path))


_HD = "3.3.1 Direktupphandling (upp till 100 000 kr)"
_HA = "3.3.2 Avrop från ramavtal"
HALLAND: list[Expect] = [
    ("1", _HD, "Beslut om direktupphandling", ["Enhetschef"], ["Verksamhetschef"], "LOU", ""),
    (
        "1",
        _HA,
        "Beslut om avrop från ramavtal inom budget",
        ["Enhetschef"],
        ["Verksamhetschef"],
        "",
        "",
    ),
    ("2", _HA, "Beslut om avrop från ramavtal över budget", ["Socialchef"], [], "", ""),
]
# Extra columns by point (chapter's last words, nr): (Vidaredelegering, Anmäls till nämnd).
HALLAND_COLUMNS = [("Nej", "Nej"), ("Nej", "Nej"), ("Nej", "✓")]


# A regional utvecklingsnämnd: points listed under the delegate's heading -------------------------


def write_run(path: Path) -> None:
    """A region's "Delegationsbestämmelser för Regionala utvecklingsnämnden", version 3
    (https://docplayer.se/40791514-Delegationsbestammelser-for-regionala-
    utvecklingsnamnden-version-3-beslutsinstans-regionala-utvecklingsnamnden.html): no table
    of points at all. Under "2 DELEGERING" ("Regionala utvecklingsnämnden uppdrar till") each
    heading names a delegate, in capitals ("2.1 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE MED
    VICE ORDFÖRANDEN SOM ERSÄTTARE"), a line "att besluta i" follows, then the points as
    numbered paragraphs "1. Ärenden som …", numbered again from 1 under each heading; a
    heading a level down groups the points ("Allmänt") under the delegate above it."""
    document = docx.Document()
    document.add_paragraph("Regionala utvecklingsnämnden", style="Title")
    document.add_paragraph("Version: 3")
    document.add_paragraph("Beslutsinstans: Regionala utvecklingsnämnden")
    document.add_heading("1 ALLMÄNT", 1)
    document.add_paragraph(
        "Regionala utvecklingsnämnden har under de förutsättningar som anges i 6 kap "
        "kommunallagen rätt att delegera beslutanderätt i ett visst ärende eller en viss grupp "
        "av ärenden. Delegationsbeslut skall anmälas vid nämndens nästa sammanträde."
    )
    document.add_heading("2 DELEGERING", 1)
    document.add_paragraph("Regionala utvecklingsnämnden uppdrar till")
    for heading, group, points in RUN_SECTIONS:
        document.add_heading(heading, 2)
        if group:
            document.add_heading(group, 3)
        document.add_paragraph("att besluta i")
        for number, text in enumerate(points, start=1):
            document.add_paragraph(f"{number}. {text}")
    document.save(str(path))


RUN_SECTIONS = [
    (
        "2.1 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE MED VICE ORDFÖRANDEN SOM ERSÄTTARE",
        "",
        [
            "Ärenden som är så brådskande att regionala utvecklingsnämndens avgörande inte "
            "kan avvaktas.",
            "Regionala utvecklingsnämndens representation.",
        ],
    ),
    (
        "2.2 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE",
        "",
        ["Yttranden i ärenden där remisstiden inte medger att nämnden hörs."],
    ),
    (
        "2.4 ARBETSUTSKOTTET",
        "Allmänt",
        ["Fördelning av medel ur anslaget för regionala utvecklingsinsatser upp till 1 mnkr."],
    ),
]
_R1 = "2.1 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE MED VICE ORDFÖRANDEN SOM ERSÄTTARE"
RUN: list[Expect] = [
    (
        "1",
        _R1,
        "Ärenden som är så brådskande att regionala utvecklingsnämndens avgörande inte kan "
        "avvaktas.",
        ["Regionala utvecklingsnämndens ordförande"],
        ["Vice ordföranden"],
        "",
        "",
    ),
    (
        "2",
        _R1,
        "Regionala utvecklingsnämndens representation.",
        ["Regionala utvecklingsnämndens ordförande"],
        ["Vice ordföranden"],
        "",
        "",
    ),
    (
        "1",
        "2.2 REGIONALA UTVECKLINGSNÄMNDENS ORDFÖRANDE",
        "Yttranden i ärenden där remisstiden inte medger att nämnden hörs.",
        ["Regionala utvecklingsnämndens ordförande"],
        [],
        "",
        "",
    ),
    (
        "1",
        "2.4 ARBETSUTSKOTTET",
        "Fördelning av medel ur anslaget för regionala utvecklingsinsatser upp till 1 mnkr.",
        ["Arbetsutskottet"],
        [],
        "",
        "",
    ),
]


FOURTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "vgr": (write_vgr, VGR),
    "kil": (write_kil, KIL),
    "srmh": (write_srmh, SRMH),
    "jarfalla": (write_jarfalla, JARFALLA),
    "halland": (write_halland, HALLAND),
    "run": (write_run, RUN),
}
