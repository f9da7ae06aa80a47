"""Three överförmyndarnämnder's delegationsordningar for the sixth set
(real_delegation_sixth), each builder naming its source as the set's docstring says. The
transcripts end in the introduction: the points are in the tables an överförmyndarnämnd's
ordning has, under the chapters of föräldrabalken (ours)."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

OFN_COLUMNS = ["Nr", "Ärende", "Lagrum", "Delegat"]


def write_molndal(path: Path) -> None:
    """Mölndals stad, "ÖVERFÖRMYNDARNÄMNDENS DELEGERINGSORDNING"
    (http://docplayer.se/13526301-Molndals-stad-overformyndarnamndens-delegeringsordning-
    allmant-om-delegering-av-beslutanderatt-inom-namnd-kommunallagen.html): the number in
    the city's collection of rules ("38:1") over "Mölndals stad" and the title in capitals;
    headings with the law in brackets ("Allmänt om delegering av beslutanderätt inom nämnd
    (6 kap 33 § kommunallagen)", "Begränsningar av nämndens delegeringsrätt –
    delegeringsförbud (6 kap 34 § KL)") and a question ("Vad innebär delegering?")."""
    document = docx.Document()
    document.add_paragraph("38:1")
    document.add_paragraph("Mölndals stad")
    document.add_paragraph("ÖVERFÖRMYNDARNÄMNDENS DELEGERINGSORDNING", style="Title")
    document.add_heading(
        "Allmänt om delegering av beslutanderätt inom nämnd (6 kap 33 § kommunallagen)", 1
    )
    document.add_heading("Vad innebär delegering?", 2)
    document.add_paragraph(
        "I kommunallagen regleras vilka politiska instanser som ska fatta olika typer av "
        "beslut. Det framgår också att beslutanderätten i många fall kan delegeras till "
        "nämnd, utskott, förtroendevald eller anställd."
    )
    document.add_heading(
        "Begränsningar av nämndens delegeringsrätt – delegeringsförbud (6 kap 34 § KL)", 2
    )
    document.add_paragraph("Nämnden får inte delegera beslutanderätten i följande ärenden:")
    document.add_paragraph(
        "ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet",
        style="List Bullet",
    )
    document.add_heading("1 Förmyndare, god man och förvaltare", 1)
    _table(document, OFN_COLUMNS, MOLNDAL_ROWS)
    document.save(str(path))


MOLNDAL_ROWS = [
    ["1.1", "Beslut om arvode till god man och förvaltare", "12 kap. 16 § FB", "Handläggare"],
    [
        "1.2",
        "Beslut om samtycke till uttag från spärrat konto",
        "15 kap. 1 § FB",
        "Handläggare",
    ],
]
_M1 = "1 Förmyndare, god man och förvaltare"
MOLNDAL: list[Expect] = [(row[0], _M1, row[1], [row[3]], [], row[2], "") for row in MOLNDAL_ROWS]


def write_ofn_enhet(path: Path) -> None:
    """A kommun's "Delegationsordning Överförmyndarnämnden", ÖFN 2015/…, fastställd av
    överförmyndarnämnden (http://docplayer.se/548532-Delegationsordning-
    overformyndarnamnden.html): a cover with the title, the Dnr, "Fastställd av
    överförmyndarnämnden <date>", "Ersätter överförmyndarens beslut ÖFM 4/…" and the unit
    "ÖVERFÖRMYNDARENHETEN" (the transcript lost the numbers: ours); then the title again in
    two lines, "DELEGATIONSORDNING" over "För överförmyndarnämnden", and headings in capitals
    that are questions ("VAD ÄR DELEGATIONSBESLUT?")."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning Överförmyndarnämnden", style="Title")
    document.add_paragraph("ÖFN 2015/17")
    document.add_paragraph("Fastställd av överförmyndarnämnden 2015-03-24")
    document.add_paragraph("Ersätter överförmyndarens beslut ÖFM 4/2013")
    document.add_paragraph("ÖVERFÖRMYNDARENHETEN")
    document.add_paragraph("DELEGATIONSORDNING")
    document.add_paragraph("För överförmyndarnämnden")
    document.add_heading("VAD ÄR DELEGATIONSBESLUT?", 1)
    document.add_paragraph(
        "Syftet med att en nämnd eller styrelse kan delegera sin beslutanderätt är att den "
        "ska avlastas detaljbetonade ärenden och rutinärenden."
    )
    document.add_heading("1 Föräldrabalken 11 kap.", 1)
    _table(document, OFN_COLUMNS, ENHET_ROWS)
    document.save(str(path))


ENHET_ROWS = [
    ["1.1", "Ansökan om godmanskap enligt 11 kap. 4 § FB", "11 kap. 4 § FB", "Handläggare"],
    ["1.2", "Yttrande till tingsrätten i ärende om förvaltarskap", "11 kap. 16 § FB", "Enhetschef"],
]
_E1 = "1 Föräldrabalken 11 kap."
OFN_ENHET: list[Expect] = [(row[0], _E1, row[1], [row[3]], [], row[2], "") for row in ENHET_ROWS]


# An överförmyndarnämnd: the non-delegable matters as a numbered list in the introduction --------

OFN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare"]


def write_ofn(path: Path) -> None:
    """A kommun's "DELEGATIONSORDNING FÖR ÖVERFÖRMYNDARNÄMNDEN", changed by the nämnd on
    19 February 2019, § 28 (http://docplayer.se/129575271-Delegationsordning-for-
    overformyndarnamnden.html): the organ's name over the title in capitals, the change as
    a sentence under it, an introduction "Delegering av ärenden inom nämnd" whose matters
    that may not be delegated are a numbered list typed as "1. ärenden som avser …" to "5.
    ärenden som enligt lag …", followed by prose on 19 kap. 14 § FB. The transcript ends in
    the introduction: the points are in one table with Lagrum before the delegate and a
    substitute column, under chapters named by the chapters of föräldrabalken they apply
    (ours)."""
    document = docx.Document()
    document.add_paragraph("Överförmyndarnämnden")
    document.add_paragraph("DELEGATIONSORDNING FÖR ÖVERFÖRMYNDARNÄMNDEN", style="Title")
    document.add_paragraph("Ändrad av överförmyndarnämnden den 19 februari 2019, § 28")
    document.add_heading("Delegering av ärenden inom nämnd", 1)
    document.add_paragraph(
        "Enligt 6 kap. 37 § kommunallagen får en nämnd uppdra åt presidiet, ett utskott, en "
        "ledamot eller ersättare att besluta på nämndens vägnar i ett visst ärende eller en "
        "viss grupp av ärenden."
    )
    document.add_paragraph(
        "I följande ärenden får beslutanderätten inte delegeras enligt 6 kap. 38 § KL"
    )
    for line in OFN_NOT_DELEGABLE:
        document.add_paragraph(line)
    document.add_paragraph(
        "I 19 kap. 14 § 3 st. föräldrabalken finns det en särreglering som säger att "
        "delegationsbeslut enligt föräldrabalken inom överförmyndarnämnden inte behöver "
        "anmälas för nämnden."
    )
    _table(document, OFN_HEADER, OFN_ROWS)
    document.save(str(path))


OFN_NOT_DELEGABLE = [
    "1. ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet.",
    "2. framställning eller yttrande till fullmäktige liksom yttranden med anledning av att "
    "beslut av nämnden i dess helhet eller av fullmäktige har överklagats.",
    "3. ärenden som rör myndighetsutövning mot enskilda, om de är av principiell "
    "beskaffenhet eller annars av större vikt.",
    "4. ärenden som väckts genom medborgarförslag och lämnats över till nämnden, eller",
    "5. ärenden som enligt lag eller annan författning inte får delegeras.",
]
_OFN_FB11 = "Föräldrabalken 11 kap. om god man och förvaltare"
_OFN_FB16 = "Föräldrabalken 16 kap. om tillsyn"
OFN_ROWS = [
    [_OFN_FB11],
    [
        "1",
        "Ansöka hos tingsrätten om anordnande av godmanskap",
        "11 kap. 4 § FB",
        "Handläggare",
        "Enhetschef",
    ],
    [
        "2",
        "Förordnande av god man för den som har förhinder",
        "11 kap. 1–2 §§ FB",
        "Handläggare",
        "Enhetschef",
    ],
    [_OFN_FB16],
    [
        "3",
        "Beslut om arvode till god man, förvaltare och förmyndare",
        "12 kap. 16 § FB",
        "Handläggare",
        "Enhetschef",
    ],
    ["4", "Föreläggande vid vite", "16 kap. 13 § FB", "Enhetschef", "Ordförande"],
]
OFN: list[Expect] = [
    ("1", _OFN_FB11, OFN_ROWS[1][1], ["Handläggare"], ["Enhetschef"], OFN_ROWS[1][2], ""),
    ("2", _OFN_FB11, OFN_ROWS[2][1], ["Handläggare"], ["Enhetschef"], OFN_ROWS[2][2], ""),
    ("3", _OFN_FB16, OFN_ROWS[4][1], ["Handläggare"], ["Enhetschef"], OFN_ROWS[4][2], ""),
    ("4", _OFN_FB16, OFN_ROWS[5][1], ["Enhetschef"], ["Ordförande"], OFN_ROWS[5][2], ""),
]
