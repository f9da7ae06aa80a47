"""The eighth set of real-structure delegationsordningar: documents whose stored transcripts
show points, not only an introduction, so the WORDS of the points here are the documents' own
(found with the search tool, corpus "pages"). Each builder names its source and says which
parts are ours: a chapter title the page did not show, the layout of a table whose rows the
transcript ran together. `EIGHTH_DOCUMENTS` maps a short name to (builder, expected points),
as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from tests.interchange.real_delegation_documents import Expect, _table

# A barn- och utbildningsnämnd: the number inside the Ärende cell, Anmäls and Överklagan -------

BUN_HEADER = ["Ärende", "Lagrum", "Lägsta beslutsnivå", "Anmäls", "Överklagan"]
_LP = "Laglighetsprövning"
_BUC = "Barn- och utbildningschef"
# Pages 8 and 13 of the document, as the transcripts have them; the rows they ran together
# are set apart by the order of the columns (page 13 has four Lagrum for five points: 1.4.14
# has none).
BUN_PAGES = [
    (
        "1.2 Förskola",
        [
            [
                "1.2.1 Tilldelning av anmärkning inom tillsynen",
                "26 kap 11 § skollagen",
                _BUC,
                "Ja",
                f"{_LP} enligt 10 kap kommunallagen",
            ],
            [
                "1.2.2 Föreläggande inom ramen för tillsynen",
                "26 kap 10 § skollagen",
                "BU-utskottet",
                "Ja",
                _LP,
            ],
            [
                "1.2.3 Beslut om tillfälligt verksamhetsförbud",
                "26 kap 18 § skollagen",
                "BU-utskottet",
                "Ja",
                "Till allmän förvaltningsdomstol. Första instans Förvaltningsrätten i Linköping.",
            ],
            ["1.2.4 Beslut om plats i förskola.", "8 kap 3 § skollagen", "Förskolechef", "Ja", _LP],
            [
                "1.2.5 Beslut om plats i förskola på grund av barnets behov av särskilt stöd.",
                "8 kap 7 § skollagen",
                "Förskolechef",
                "Ja",
                _LP,
            ],
            [
                "1.2.6 Överenskommelse med annan kommun om mottagande av barn vars utbildning "
                "i förskola kommunen ansvarar för.\n(Hemkommunens ansvar)",
                "8 kap 12 § skollagen",
                _BUC,
                "Ja",
                _LP,
            ],
            [
                "1.2.7 Beslut om att ta emot barn från annan kommun i förskola på grund av "
                "särskilda skäl.",
                "8 kap 13 § första stycket skollagen",
                "Förskolechef",
                "Ja",
                _LP,
            ],
        ],
    ),
    (
        "1.4 Grundskola",  # ours: page 13 does not show its chapter's title
        [
            [
                "1.4.13 Beslut om tilläggsbelopp för elever med omfattande behov av särskilt "
                "stöd i grundskola i enskild verksamhet.",
                "10 kap 39 § skollagen",
                _BUC,
                "Ja",
                "Till allmän förvaltningsdomstol. Första instans är Förvaltningsrätten i "
                "Linköping.",
            ],
            [
                "1.4.14 Beslut om tilläggsbelopp för barn med omfattande behov av särskilt stöd "
                "i kommunal verksamhet.",
                "",
                _BUC,
                "Ja",
                f"{_LP}.",
            ],
            [
                "1.4.15 Beslut om att ta emot ett barn, som inte anses vara bosatt i Sverige, "
                "i grundskolan.",
                "4 kap 2 § skolförordningen",
                "Rektor",
                "Ja",
                "Inte överklagbart.",
            ],
            [
                "1.4.16 Beslut om höst- och vårterminens början och slut.",
                "3 kap 3 § skolförordningen",
                _BUC,
                "Ja",
                "",
            ],
            [
                "1.4.17 Beslut om skolarbetets förläggning under dagen inom skolskjutsramar.",
                "3 kap 4 § skolförordningen",
                "Rektor",
                "Ja",
                "",
            ],
        ],
    ),
]


def write_bun(path: Path, split: bool = False) -> None:
    """A kommun's "Flik 3.6 Barn- och utbildningsnämndens delegationsordning", fastställd på
    barn- och utbildningsnämnden 2011-08-25, pages 8 and 13
    (https://yumpu.com/sv/document/view/18259007/flik-36-barn-och-utbildningsnamndens-
    delegationsordning/8 and …/13): a chapter heading ("1.2 Förskola") over a table of five
    columns "Ärende | Lagrum | Lägsta beslutsnivå | Anmäls | Överklagan", the point's number
    at the start of its Ärende cell ("1.2.1 Tilldelning av anmärkning inom tillsynen"), "Ja"
    under Anmäls, where to appeal under Överklagan, a committee as the delegate
    ("BU-utskottet"), and "Fastställd på Barn- och utbildningsnämnden 2011-08-25 Sida 8" at
    the foot of each page. The words of the points are the pages'. With `split`, our variant:
    the second chapter's table broken at a page break, as Word leaves a table split in two,
    its header row repeated over the second part."""
    document = docx.Document()
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Fastställd på Barn- och utbildningsnämnden 2011-08-25 Sida 8"
    document.add_paragraph("Flik 3.6 Barn- och utbildningsnämndens delegationsordning")
    for title, rows in BUN_PAGES:
        document.add_heading(title, 2)
        if split and title.startswith("1.4"):
            _table(document, BUN_HEADER, rows[:3])
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _table(document, BUN_HEADER, rows[3:])
        else:
            _table(document, BUN_HEADER, rows)
    document.save(str(path))


def write_bun_split(path: Path) -> None:
    write_bun(path, split=True)


def _bun_point(title: str, row: list[str]) -> Expect:
    nr, arende = row[0].split(" ", 1)
    return (nr, title, arende, [row[2]], [], row[1], "")


BUN: list[Expect] = [_bun_point(title, row) for title, rows in BUN_PAGES for row in rows]


# A samhällsbyggnadsförvaltning: points as numbered paragraphs under the delegate's heading ----

SBF_HEADING = "Delegation till förvaltningschefen vid samhällsbyggnadsförvaltningen"
_PRINCIPLE = "Ärenden av principiell natur skall alltid avgöras av ledningsutskottet."
SBF_POINTS: list[tuple[str, list[str], str]] = [
    (
        "Arrende- och nyttjanderättsavtal för en avtalstid på längst 10 år med möjlighet till "
        "vidaredelegering.",
        [],
        "",
    ),
    (
        "Fastighetsregleringsärenden upp till 3 basbelopp/fastighet/gång med möjlighet till "
        "vidaredelegering.",
        [],
        "",
    ),
    (
        "Trafikärenden med rätt till vidaredelegation",
        [
            "beslut om lokala trafikföreskrifter",
            "beslut om tillfälliga lokala trafikföreskrifter",
            "beslut om nyttoparkeringstillstånd",
            "beslut om parkeringstillstånd för rörelsehindrade(PRH)",
            "dispens beslutavseende parkeringsförbud, motorfordonstrafikförbjuden m.m.",
            "dispens beslut avseende tunga/breda/långa transporter",
        ],
        _PRINCIPLE,
    ),
    ("Trafiksäkerhetsärenden med möjlighet till vidaredelegering.", [], _PRINCIPLE),
    ("Torghandelsärenden med möjlighet till vidaredelegering.", [], ""),
    (
        "Upplåtelse av offentlig plats och område som jämställs med sådan plats såvida det inte "
        "ligger under hamnens verksamhetsområde med möjlighet till vidaredelegering.",
        [],
        "",
    ),
    ("Igångsättningstillstånd för investeringar upp till 300 tkr.", [], ""),
    (
        "Dödning, utsträckning, sammanföring, relax av pantbrev och därmed jämförlig åtgärd "
        "med möjlighet till vidaredelegering.",
        [],
        "",
    ),
    (
        "Kommunens företrädare i ärenden enligt fastighetsbildningslagen och i "
        "inskrivningsärenden enligt Jordabalken med möjlighet till vidaredelegering.",
        [],
        "",
    ),
]


def write_sbf(path: Path) -> None:
    """Lysekils kommun's delegationsordning of 2011-06-08 as a page of Fiskebäckskil's village
    site quotes it, "Del av delegationsordning 11-06-08"
    (http://www.xn--fiskebckskil-lcb.se/upphandling/delegationsordning/): no table; under
    the heading "Delegation till förvaltningschefen vid samhällsbyggnadsförvaltningen" the
    points are numbered paragraphs ("l. Arrende-och nyttjanderättsavtal …", the page's "l."
    a scanned "1."), point 3 a list of bullets, and "Ärenden av principiell natur skall alltid
    avgöras av ledningsutskottet." as a paragraph of its own after points 3 and 4. The words
    are the page's, its two typing slips ("Arrende-och", "lgångsättningstillstånd") set
    right; its tenth point is cut off in the transcript and left out. The page's own
    introduction is the site's, not the kommun's: ours is one line."""
    document = docx.Document()
    document.add_paragraph("Del av delegationsordning 11-06-08", style="Title")
    document.add_heading(SBF_HEADING, 1)
    for number, (text, bullets, note) in enumerate(SBF_POINTS, start=1):
        document.add_paragraph(f"{number}. {text}")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
        if note:
            document.add_paragraph(note)
    document.save(str(path))


def _sbf_point(number: int, text: str, bullets: list[str], note: str) -> Expect:
    arende = "\n".join([text, *(f"- {b}" for b in bullets)])
    delegat = ["Förvaltningschefen vid samhällsbyggnadsförvaltningen"]
    return (str(number), SBF_HEADING, arende, delegat, [], "", note)


SBF: list[Expect] = [_sbf_point(n, *point) for n, point in enumerate(SBF_POINTS, start=1)]


EIGHTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "bun_flik": (write_bun, BUN),
    "bun_flik_split": (write_bun_split, BUN),
    "sbf": (write_sbf, SBF),
}
