"""A bygg-, miljö- och hälsoskyddsnämnd's and a byggnadsnämnd's delegationsordningar for the
sixth set (real_delegation_sixth), each builder naming its source as the set's docstring
says."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

BMHN_TITLE = "Delegationsordning för bygg-, miljö- och hälsoskyddsnämnden"
BMHN_COLUMNS = ["Nr", "Ärende", "Lagrum", "Delegat", "Kommentar"]


def write_bmhn(path: Path) -> None:
    """A kommun's "Delegationsordning för bygg-, miljö- och hälsoskyddsnämnden", Dnr
    2018KS/1401 (https://5dok.org/document/q7wo545r-delegationsordning-f%C3%B6r-bygg-milj%C3%B6-och-h%C3%A4lsoskyddsn%C3%A4mnden.html):
    under the title a table of the header, one label and its value a row, the labels
    ksdesk has no field for among them ("Beslutsnivå- och datum", "Ersätter styrdokument",
    "Uppföljning", "Ansvar") and the revisions run on in one cell ("2020-12-08, BMHN § 159,
    2021-05-04 BMHN § 49, 2022-01-26 ORDF4"); a table of contents; the header again in the
    page header of the following pages ("Beslutsdatum: … Diarienummer: … Dokumentnamn: …");
    chapters under "Delegationsförteckning": "1. Beslut i brådskande ärenden
    (ordförandebeslut)", then "2. Allmänna ärenden" over "2.1 Förtroendevalda" and "2.2
    Allmänna myndighetsbeslut", headings of its points. The full text shown stops at the
    contents: the points are of the kind the chapters' titles name (ours)."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[
        0
    ].text = f"Beslutsdatum: 2018-12-19 Diarienummer: 2018KS/1401 Dokumentnamn: {BMHN_TITLE}"
    document.add_paragraph(BMHN_TITLE, style="Title")
    _table(document, None, BMHN_HEADER_ROWS)
    document.add_paragraph("Innehållsförteckning")
    for line in [
        "Allmänna riktlinjer och bestämmelser för delegation ... 4",
        "Om delegation 4",
        "Förkortningar... 7",
        "Delegationsförteckning ... 10",
        "1. Beslut i brådskande ärenden (ordförandebeslut) 10",
        "2. Allmänna ärenden 10",
        "2.1 Förtroendevalda 10",
        "2.2 Allmänna myndighetsbeslut 11",
    ]:
        document.add_paragraph(line)
    document.add_heading("Allmänna riktlinjer och bestämmelser för delegation", 1)
    document.add_heading("Om delegation", 2)
    document.add_paragraph(
        "Delegering innebär att nämnden överlåter sin beslutanderätt till någon annan, som "
        "fattar beslut på nämndens vägnar."
    )
    document.add_heading("Delegationsförteckning", 1)
    for level, title, rows in BMHN_CHAPTERS:
        document.add_heading(title, level)
        if rows:
            _table(document, BMHN_COLUMNS, rows)
    document.save(str(path))


BMHN_HEADER_ROWS = [
    [
        "Beslutsnivå- och datum",
        "Bygg-, miljö- och hälsoskyddsnämnden 2018-12-19, Kontorschef 2018-12-20",
    ],
    ["Diarienummer", "2018KS/1401"],
    ["Reviderat", "2020-12-08, BMHN § 159, 2021-05-04 BMHN § 49, 2022-01-26 ORDF4"],
    [
        "Ersätter styrdokument",
        "Delegationsordning för bygg-, miljö- och hälsoskyddsnämnden, beslutat 2015-02-24 § 27",
    ],
    ["Uppföljning", "Vid behov och inför varje ny mandatperiod"],
    ["Ansvar", "Bygg-, miljö- och hälsoskyddsnämnden"],
]
_B1 = "1. Beslut i brådskande ärenden (ordförandebeslut)"
_B21 = "2.1 Förtroendevalda"
_B22 = "2.2 Allmänna myndighetsbeslut"
BMHN_CHAPTERS = [
    (
        2,
        _B1,
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "6 kap. 39 § KL",
                "Ordförande",
                "",
            ]
        ],
    ),
    (2, "2. Allmänna ärenden", []),
    (3, _B21, [["2.1.1", "Beslut om deltagande i kurser och konferenser", "", "Ordförande", ""]]),
    (
        3,
        _B22,
        [
            [
                "2.2.1",
                "Avvisa ett överklagande som kommit in för sent",
                "45 § FL",
                "Nämndsekreterare",
                "",
            ],
            [
                "2.2.2",
                "Rätta skrivfel och liknande förbiseenden",
                "36 § FL",
                "Delegaten i ärendet",
                "",
            ],
        ],
    ),
]
# The chapters are numbered one level deep, as "1." with its points shows: "2.1" and "2.2"
# head points within "2. Allmänna ärenden" (as Heby's "2.6.5" does within "2.6").
BMHN_CHAPTER_OF = {_B1: _B1, _B21: "2. Allmänna ärenden", _B22: "2. Allmänna ärenden"}
BMHN: list[Expect] = [
    (row[0], BMHN_CHAPTER_OF[title], row[1], [row[3]], [], row[2], row[4])
    for _level, title, rows in BMHN_CHAPTERS
    for row in rows
]


# A byggnadsnämnd: the title broken after "för", labels over values ---------------------------

BN_COLUMNS = ["Nr", "Ärende", "Delegat", "Lagrum", "Kommentar"]


def write_bn(path: Path) -> None:
    """A city's "Delegationsordning för byggnadsnämnden", BN 2020-001013, senast uppdaterad
    2021-04-21 § 52 (https://5dok.org/document/q2n0k4ee-delegationsordning-f%C3%B6r-byggnadsn%C3%A4mnden.html):
    the title broken after "för" ("Delegationsordning för" / "byggnadsnämnden"); "Dokumentets
    syfte" and "Dokumentet gäller för" each over a paragraph of its own; a table of labels
    over values ("Diarienummer | Senast uppdaterad | Beslutsinstans | Ansvarig processägare"
    over "BN 2020-001013 | 2021-04-21 § 52 | Byggnadsnämnden | Bygg- och miljödirektören");
    a table of contents; chapters "1 Allmänna ärenden" over "1.1 Beslut i brådskande ärenden
    (ordförandebeslut)", "1.2 Hantera begäran om allmänna handlingar". The full text shown
    stops at the contents: the points are of the kind the chapters' titles name (ours)."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för", style="Title")
    document.add_paragraph("byggnadsnämnden")
    document.add_paragraph("Dokumentets syfte")
    document.add_paragraph(
        "Av byggnadsnämnden delegationsordning framgår de ärendetyper för vilka byggnadsnämnden "
        "har överfört beslutanderätt."
    )
    document.add_paragraph("Dokumentet gäller för")
    document.add_paragraph(
        "Delegationsordningen gäller för anställda på miljö- och stadsbyggnadskontoret och "
        "byggnadsnämnden inklusive dess presidium och utskott."
    )
    _table(document, None, BN_HEADER_ROWS)
    document.add_paragraph("Innehållsförteckning")
    for line in [
        "Byggnadsnämndens delegering av ärenden ... 3",
        "1 Allmänna ärenden ... 7",
        "1.1 Beslut i brådskande ärenden (ordförandebeslut) ... 7",
    ]:
        document.add_paragraph(line)
    document.add_heading("Byggnadsnämndens delegering av ärenden", 1)
    document.add_paragraph(
        "Byggnadsnämnden har överfört beslutanderätt i de ärendetyper som anges nedan."
    )
    document.add_heading("1 Allmänna ärenden", 1)
    for title, rows in BN_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, BN_COLUMNS, rows)
    document.save(str(path))


BN_HEADER_ROWS = [
    ["Diarienummer", "Senast uppdaterad", "Beslutsinstans", "Ansvarig processägare"],
    ["BN 2020-001013", "2021-04-21 § 52", "Byggnadsnämnden", "Bygg- och miljödirektören"],
]
BN_CHAPTERS = [
    (
        "1.1 Beslut i brådskande ärenden (ordförandebeslut)",
        [["1.1.1", "Beslut i brådskande ärenden", "Ordförande", "6 kap. 39 § KL", ""]],
    ),
    (
        "1.2 Hantera begäran om allmänna handlingar",
        [
            [
                "1.2.1",
                "Beslut att inte lämna ut allmän handling",
                "Jurist",
                "6 kap. 3 § OSL",
                "",
            ]
        ],
    ),
]
BN: list[Expect] = [
    (row[0], title, row[1], [row[2]], [], row[3], row[4])
    for title, rows in BN_CHAPTERS
    for row in rows
]
