"""The fourteenth set of real delegationsordningar: a miljö- och byggnämnd whose points stand
under the plan- och bygglag's chapters ("9 kap. Bygglov, rivningslov och marklov") with the
ersättare in a column of their own, a näringslivsnämnd whose introduction is numbered as its
chapters are ("1 Om delegationsordningen", "1.1 Reglementen") and whose points are numbered
"§ 3.1", a nämnd för service och teknik adopted on a line that ends in its Dnr with no stop
before it, its points lettered "4 a" under chapter rows, and an omsorgsnämnd whose page gives
"Antagen: …" and "Giltig: Från och med …". None of these nämnder is in an earlier set. Each
from a stored excerpt (search tool, corpus "pages"): its title and adoption lines as
published, its opening sections' headings kept and their prose cut to a sentence in our
words. Every excerpt ends before the points: the points are ours, in a layout such documents
have, and each builder says so. The two whose chapters are rows of one table are in
real_delegation_fourteenth_rows. `FOURTEENTH_DOCUMENTS` maps a short name to (builder,
expected points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table
from tests.interchange.real_delegation_fourteenth_rows import NST, OMN, write_nst, write_omn

# A miljö- och byggnämnd: the plan- och bygglag's chapters, ersättare a column ---------------

MBN_SOURCE = "http://docplayer.se/13534611-Delegeringsordning-for-miljo-och-byggnamnden.html"
MBN_TITLE = "Delegeringsordning för Miljö- och byggnämnden"
MBN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare"]
MBN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "Allmänna ärenden",
        [
            [
                "1.1",
                "Beslut i brådskande ärenden",
                "6 kap. 39 § KL",
                "Ordförande",
                "Vice ordförande",
            ],
            [
                "1.2",
                "Avvisa överklagande som kommit in för sent",
                "45 § FL",
                "Förvaltningschef",
                "",
            ],
        ],
    ),
    (
        "9 kap. Bygglov, rivningslov och marklov",
        [
            [
                "9.1",
                "Bygglov för en- och tvåbostadshus inom detaljplan",
                "9 kap. 30 § PBL",
                "Bygglovshandläggare",
                "Stadsarkitekt",
            ],
            ["9.2", "Rivningslov", "9 kap. 34 § PBL", "Bygglovshandläggare", "Stadsarkitekt"],
        ],
    ),
    (
        "11 kap. Tillsyn, tillträde, ingripande och påföljder",
        [
            ["11.1", "Beslut om lovföreläggande", "11 kap. 17 § PBL", "Stadsarkitekt", ""],
            [
                "11.2",
                "Beslut om byggsanktionsavgift upp till 50 000 kronor",
                "11 kap. 51 § PBL",
                "Stadsarkitekt",
                "Förvaltningschef",
            ],
        ],
    ),
]


def write_mbn(path: Path) -> None:
    """A kommun's "Delegeringsordning för Miljö- och byggnämnden" (MBN_SOURCE), as its first
    page stands: the title, then on one line "Gäller från och med … Antagen av miljö- och
    byggnämnden …, § 125." (the excerpt has lost both dates: ours), then "Allmänna
    bestämmelser kring delegering" with its prose cut short. Ours: the points, under the
    heading "Delegationsförteckning" one table per chapter, each under its heading, the
    plan- och bygglag's chapters named as the law does ("9 kap. Bygglov, rivningslov och
    marklov"); Delegat and Ersättare in columns of their own."""
    document = docx.Document()
    document.add_paragraph(MBN_TITLE, style="Title")
    document.add_paragraph(
        "Gäller från och med 2015-01-01 Antagen av miljö- och byggnämnden 2014-12-10, § 125."
    )
    document.add_heading("Allmänna bestämmelser kring delegering", 1)
    document.add_paragraph(
        "Möjligheten att delegera beslutsrätten inom miljö- och byggnämndens ansvarsområde "
        "regleras av kommunallagen och speciallagstiftning."
    )
    document.add_heading("Delegationsförteckning", 1)
    for title, rows in MBN_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, MBN_HEADER, rows)
    document.save(str(path))


MBN: list[Expect] = [
    (r[0], title, r[1], [r[3]], [r[4]] if r[4] else [], r[2], "")
    for title, rows in MBN_CHAPTERS
    for r in rows
]


# A näringslivsnämnd: the introduction numbered as chapters are, points "§ 3.1" -------------

NLN_SOURCE = "https://docplayer.se/32272785-Delegationsordning-for-naringslivsnamnden.html"
NLN_TITLE = "Delegationsordning för näringslivsnämnden"
NLN_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]
NLN_INTRO = [
    ("1 Om delegationsordningen", 1, ""),
    ("1.1 Reglementen", 2, "Fullmäktige utfärdar reglementen för nämndernas verksamhet."),
    ("1.2 Beslutanderätt och delegering", 2, "Styrelsen leder och samordnar förvaltningen."),
    ("1.3 Nämnderna", 2, "Nämnderna ser var och en inom sitt område till verksamheten."),
    ("2 Allmänna frågor om delegering", 1, ""),
    ("2.1 Inledning", 2, "Med delegering överför nämnden självständig beslutanderätt."),
    (
        "2.2 Skillnaden mellan delegering och ren verkställighet",
        2,
        "Gränsen avgör om ett beslut kan överklagas genom laglighetsprövning.",
    ),
]
NLN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "3.1 Allmänna ärenden",
        [
            ["§ 3.1.1", "Beslut i brådskande ärenden", "Ordförande", "Vice ordförande", ""],
            [
                "§ 3.1.2",
                "Yttranden i ärenden som inte är av principiell betydelse",
                "Näringslivsdirektör",
                "",
                "Anmäls till nämnden",
            ],
        ],
    ),
    (
        "3.2 Näringslivsärenden",
        [
            [
                "§ 3.2.1",
                "Bidrag till företagsfrämjande projekt upp till 100 000 kronor",
                "Näringslivsdirektör",
                "Näringslivsutvecklare",
                "",
            ],
            ["§ 3.2.2", "Avtal om medverkan i mässor och evenemang", "Näringslivsdirektör", "", ""],
        ],
    ),
]


def write_nln(path: Path) -> None:
    """A kommun's "Delegationsordning för näringslivsnämnden" (NLN_SOURCE): its title, then
    its sections as numbered headings, "1 Om delegationsordningen" over "1.1 Reglementen",
    "1.2 Beslutanderätt och delegering", "1.3 Nämnderna", then "2 Allmänna frågor om
    delegering" over "2.1 Inledning" and "2.2 Skillnaden mellan delegering och ren
    verkställighet", as published (their prose a sentence of ours each). Ours (the excerpt
    ends in section 2.2): "3 Delegationsförteckning" and its chapters "3.1 …", "3.2 …" as
    numbered headings of the same style, each over a table whose points are numbered
    "§ 3.1.1"."""
    document = docx.Document()
    document.add_paragraph(NLN_TITLE, style="Title")
    for heading, level, text in NLN_INTRO:
        document.add_heading(heading, level)
        if text:
            document.add_paragraph(text)
    document.add_heading("3 Delegationsförteckning", 1)
    for title, rows in NLN_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, NLN_HEADER, rows)
    document.save(str(path))


NLN: list[Expect] = [
    (r[0], title, r[1], [r[2]], [r[3]] if r[3] else [], "", r[4])
    for title, rows in NLN_CHAPTERS
    for r in rows
]


FOURTEENTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "mbn_pbl": (write_mbn, MBN),
    "nln_numbered_intro": (write_nln, NLN),
    "nst_lettered": (write_nst, NST),
    "omn_giltig": (write_omn, OMN),
}
