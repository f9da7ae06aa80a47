"""Two socialnämnder's delegationsordningar for the sixth set of real documents
(real_delegation_sixth), each builder naming its source as the set's docstring says."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

# A socialnämnd whose header is a table of labels with colons, in parts "Del 1 Allmänt" ---------

SON_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Anmärkning"]


def write_son(path: Path) -> None:
    """A kommun's "Delegationsordning Socialnämnden", beslutad av socialnämnden 10 januari
    2019, § 4, Dnr SON2018.0097 (https://docplayer.se/amp/123218727-Delegationsordning-
    socialnamnden.html): the decision and the Dnr in one line under the title; a table of
    contents whose parts are "Del 1 Allmänt...7" with the page run on to the dots; then the
    document's header as a table of "Label:" | value cells, some labels ksdesk has no field
    for ("Giltighetstid", "Tidpunkt för aktualitetsprövning", "Andra tillhörande dokument")
    and one left empty ("Reviderad:"); an introduction in numbered headings "1 Delegationsordning
    för socialnämnden", "1.1 Vad är delegering?". The transcript ends in the introduction: the
    parts "Del 1 Allmänt", "Del 2 Ekonomi" are headings over tables with the columns a
    socialnämnd's ordning has, numbered by part, and points of the kind their titles name
    (ours)."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning Socialnämnden", style="Title")
    document.add_paragraph("Beslutad av socialnämnden 10 januari 2019, § 4. Dnr SON2018.0097")
    document.add_paragraph("Innehåll")
    for line in [
        "1 Delegationsordning för socialnämnden... 3",
        "1.1 Vad är delegering?... 3",
        "Del 1 Allmänt...7",
        "Del 2 Ekonomi.....11",
    ]:
        document.add_paragraph(line)
    _table(document, None, SON_HEADER_ROWS)
    document.add_heading("1 Delegationsordning för socialnämnden", 1)
    document.add_paragraph(
        "Kommunfullmäktige har i sitt reglemente för socialnämnden bestämt socialnämndens "
        "verksamhetsområde och samtidigt delegerat till socialnämnden att fatta beslut för "
        "kommunen i angivna grupper av ärenden."
    )
    document.add_heading("1.1 Vad är delegering?", 2)
    document.add_paragraph(
        "En nämnd får uppdra åt ett utskott, en ledamot eller ersättare eller åt en anställd "
        "hos kommunen att besluta på nämndens vägnar i ett visst ärende (KL 6 kap 33 §). "
        "Detta kallas för att delegera beslutanderätten."
    )
    for part, rows in SON_PARTS:
        document.add_heading(part, 1)
        _table(document, SON_HEADER, rows)
    document.save(str(path))


SON_HEADER_ROWS = [
    ["Dokumenttyp:", "Delegationsordning"],
    ["Dokumentet gäller för:", "Socialnämnden"],
    ["Diarienummer:", "SON2018.0097"],
    ["Reviderad:", ""],
    ["Giltighetstid:", "Till dess att nytt beslut tas"],
    ["Tidpunkt för aktualitetsprövning:", "1 gång per mandatperiod"],
    ["Dokumentansvarig:", "SC sektor socialtjänst"],
    ["Andra tillhörande dokument:", "Sektorschef vidaredelegation"],
]
SON_PARTS = [
    (
        "Del 1 Allmänt",
        [
            [
                "1.1",
                "Beslut i brådskande ärenden",
                "6 kap. 39 § KL",
                "Ordförande",
                "Vice ordförande",
                "",
            ],
            ["1.2", "Avvisande av ombud", "14 § FL", "Socialsekreterare", "", ""],
        ],
    ),
    (
        "Del 2 Ekonomi",
        [["2.1", "Attesträtt", "", "Sektorschef", "Enhetschef", "Enligt attestreglementet"]],
    ),
]
SON: list[Expect] = [
    (row[0], part, row[1], [row[3]], [row[4]] if row[4] else [], row[2], row[5])
    for part, rows in SON_PARTS
    for row in rows
]


# A social- och arbetsmarknadsnämnd: the title on two lines, chapters three headings deep ------

SAN_HEADER = ["Ärende", "Lagrum", "Delegat", "Anmärkning"]


def write_san(path: Path) -> None:
    """A kommun's "Delegationsförteckning SOCIAL- OCH ARBETSMARKNADSNÄMND"
    (http://docplayer.se/33218228-Delegationsforteckning.html): the title on two lines, the
    kind of document over the nämnd's name in capitals; a table of contents whose groups have
    no page numbers; an introduction "Inledning" with "Bestämmelser kring delegation",
    "Delegationsförbud", "Vidaredelegation", "Särskilt brådskande beslut", "Anmälan av
    delegationsbeslut"; then unnumbered headings three deep, "Övergripande ärenden" over
    "Allmänna ärenden" over "Anmälan till överförmyndare", "Polisanmälan", and "Handläggning
    av barn och unga" over "Utredning": read as part, chapter and the heading of the points.
    The transcript ends in the contents and the introduction: the points are in tables
    without a number column under the deepest headings (ours)."""
    document = docx.Document()
    document.add_paragraph("Delegationsförteckning", style="Title")
    document.add_paragraph("SOCIAL- OCH ARBETSMARKNADSNÄMND")
    document.add_paragraph("Innehåll")
    for line in [
        "Inledning... 4",
        "Bestämmelser kring delegation... 4",
        "Övergripande ärenden... 9",
        "Allmänna ärenden",
        "Anmälan till överförmyndare... 9",
        "Polisanmälan... 10",
        "Handläggning av barn och unga... 15",
        "Utredning... 15",
    ]:
        document.add_paragraph(line)
    document.add_heading("Inledning", 1)
    document.add_paragraph(
        "Delegationsförteckningen innehåller de ärenden i vilka Social- och "
        "arbetsmarknadsnämnden har delegerat beslutanderätt. Om en ärendetyp inte finns med i "
        "delegationsförteckningen innebär det att beslutet inte har delegerats."
    )
    document.add_heading("Bestämmelser kring delegation", 2)
    document.add_paragraph("Delegationsbeslut ska anmälas till nämnden vid nästa sammanträde.")
    for level, title, rows in SAN_HEADINGS:
        document.add_heading(title, level)
        if rows:
            _table(document, SAN_HEADER, rows)
    document.save(str(path))


SAN_HEADINGS = [
    (1, "Övergripande ärenden", []),
    (2, "Allmänna ärenden", []),
    (
        3,
        "Anmälan till överförmyndare",
        [
            [
                "Anmälan om behov av god man eller förvaltare",
                "5 kap. 3 § SoF",
                "Socialsekreterare",
                "",
            ]
        ],
    ),
    (
        3,
        "Polisanmälan",
        [["Polisanmälan om brott mot underårig", "12 kap. 10 § SoL", "Enhetschef", ""]],
    ),
    (1, "Handläggning av barn och unga", []),
    (
        2,
        "Utredning",
        [
            ["Beslut att inleda utredning", "11 kap. 1 § SoL", "Socialsekreterare", ""],
            ["Beslut att förlänga utredningstiden", "11 kap. 2 § SoL", "Enhetschef", ""],
        ],
    ),
]
# The chapters are the headings at the level a table stands under first-hand ("Utredning");
# a heading a level below heads its points, one a level above is their part.
SAN_CHAPTERS = {
    "Anmälan till överförmyndare": "Allmänna ärenden",
    "Polisanmälan": "Allmänna ärenden",
    "Utredning": "Utredning",
}
SAN: list[Expect] = [
    ("", SAN_CHAPTERS[title], row[0], [row[2]], [], row[1], row[3])
    for _level, title, rows in SAN_HEADINGS
    for row in rows
]
