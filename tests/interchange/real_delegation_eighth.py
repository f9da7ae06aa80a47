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
_FR = "Till allmän förvaltningsdomstol. Första instans är Förvaltningsrätten i Linköping."
# Page 13 of the document, as the transcript has it; the rows it ran together are set apart
# by the order of its columns (four Lagrum for five points: 1.4.14 has none).
BUN_ROWS = [
    [
        "1.4.13 Beslut om tilläggsbelopp för elever med omfattande behov av särskilt stöd i "
        "grundskola i enskild verksamhet.",
        "10 kap 39 § skollagen",
        "Barn- och utbildningschef",
        "Ja",
        _FR,
    ],
    [
        "1.4.14 Beslut om tilläggsbelopp för barn med omfattande behov av särskilt stöd i "
        "kommunal verksamhet.",
        "",
        "Barn- och utbildningschef",
        "Ja",
        "Laglighetsprövning.",
    ],
    [
        "1.4.15 Beslut om att ta emot ett barn, som inte anses vara bosatt i Sverige, i "
        "grundskolan.",
        "4 kap 2 § skolförordningen",
        "Rektor",
        "Ja",
        "Inte överklagbart.",
    ],
    [
        "1.4.16 Beslut om höst- och vårterminens början och slut.",
        "3 kap 3 § skolförordningen",
        "Barn- och utbildningschef",
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
]
_BUN_CHAPTER = "1.4 Grundskola"  # ours: page 13 does not show its chapter's title


def write_bun(path: Path, split: bool = False) -> None:
    """A kommun's "Flik 3.6 Barn- och utbildningsnämndens delegationsordning", fastställd på
    barn- och utbildningsnämnden 2011-08-25, page 13
    (https://yumpu.com/sv/document/view/18259007/flik-36-barn-och-utbildningsnamndens-
    delegationsordning/13): five columns "Ärende | Lagrum | Lägsta beslutsnivå | Anmäls |
    Överklagan", the point's number at the start of its Ärende cell ("1.4.13 Beslut om
    tilläggsbelopp …"), "Ja" under Anmäls, where to appeal under Överklagan, and "Fastställd på
    Barn- och utbildningsnämnden 2011-08-25 Sida 13" at the foot of the page. The words of the
    points are the page's. With `split`, our variant: the table broken at a page break, as
    Word leaves a table split in two, its header row repeated over the second part."""
    document = docx.Document()
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Fastställd på Barn- och utbildningsnämnden 2011-08-25 Sida 13"
    document.add_paragraph("Flik 3.6 Barn- och utbildningsnämndens delegationsordning")
    document.add_heading(_BUN_CHAPTER, 1)
    if not split:
        _table(document, BUN_HEADER, BUN_ROWS)
    else:
        _table(document, BUN_HEADER, BUN_ROWS[:3])
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _table(document, BUN_HEADER, BUN_ROWS[3:])
    document.save(str(path))


def write_bun_split(path: Path) -> None:
    write_bun(path, split=True)


def _bun_point(row: list[str]) -> Expect:
    nr, arende = row[0].split(" ", 1)
    return (nr, _BUN_CHAPTER, arende, [row[2]], [], row[1], "")


BUN: list[Expect] = [_bun_point(row) for row in BUN_ROWS]


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
