"""Real tjänsteskrivelser of a kommun and a region the earlier rounds did not have (Uppsala
kommun's socialförvaltning, Västra Götalandsregionen), rebuilt as Word files in their
templates' shapes, found with the search tool (corpus "pages"); each builder names its
source. The transcripts keep the text, not the Word markup: where a line is bold, a table or
lines, is the builder's choice and said there. The text is the source's, cut where the
transcript ends; where a transcript lost a number or a date, the words around it stand as the
transcript has them. `EXPECTED_THIRTEENTH` is what the import should read from each.

The shapes they bring: a letterhead table whose Handläggare cell names two officials, one a
line, and whose Datum and Diarienummer lost their values; "… föreslås besluta att …" as the
one att-sats; a signature that gives the förvaltning, then the title, then the name
("Socialförvaltningen" over "Direktör" over "Jan Holmlund"); a region's "Förslag till
beslut:" with its colon over the lead-in "Regionstyrelsen föreslår att regionfullmäktige
beslutar följande:" and a Word numbered list of att-satser that each name fullmäktige."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table

UPPSALA_URL = (
    "https://docplayer.se/6803128-Svar-pa-begaran-enligt-arbetsmiljolagen-aml-om-"
    "forelaggande-eller-forbud.html"
)
VGR_URL = (
    "https://www.vgregion.se/aktuellt/aktuella-beslut-fran-regionfullmaktige-och-"
    "regionstyrelsen/beslut-i-regionstyrelsen/regionstyrelsen-16-mars-2021/"
)


def write_uppsala(path: Path) -> None:
    """Uppsala kommun, socialförvaltningen's "Svar på begäran enligt Arbetsmiljölagen, AML om
    föreläggande eller förbud" to the socialnämnd (UPPSALA_URL): the förvaltning's name over
    a letterhead table, "Handläggare" over the two officials (one a line in the cell),
    "Datum" and "Diarienummer" over what the transcript kept ("SCN", the date and number
    lost), the addressee under it; the title bold; Förslag till beslut with its one
    "föreslås besluta att" sentence; Sammanfattning (its first sentence lost its date, as the
    transcript has it; cut at "den 2/"); the signature the förvaltning, the title, the
    name; the kommun's address line in the footer."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "Postadress: Uppsala kommun, socialförvaltningen, Uppsala Besöksadress: Stationsgatan 12 "
        "Telefon: (växel) E-post: socialforvaltningen@uppsala.se"
    )
    document.add_paragraph("SOCIALFÖRVALTNINGEN")
    table(
        document,
        [
            ["Handläggare", "Datum", "Diarienummer"],
            ["Jan Holmlund\nTherese Hagberg", "", "SCN"],
        ],
    )
    document.add_paragraph("Socialnämnden")
    bold(document, "Svar på begäran enligt Arbetsmiljölagen, AML om föreläggande eller förbud")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Socialnämnden föreslås besluta att avge svar till Arbetsmiljöverket enligt upprättat "
        "förslag."
    )
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "genomförde Arbetsmiljöverket en inspektion på socialförvaltningen. Under besöket "
            "framkom brister i det systematiska arbetsmiljöarbetet och arbetsgivaren genomförde "
            "en utbildningsinsats för socialförvaltningens chefer den 2/",
            "Efter besöket har socialförvaltningens ledning i samråd med HR arbetat för en bättre "
            "arbetsmiljö för barnenhet norr och ungdomsenhet norr.",
            "I förslaget redovisas de åtgärder som nämnden och förvaltningen vidtagit.",
        ],
    )
    lines(document, ["Socialförvaltningen", "Direktör", "Jan Holmlund"])
    document.save(path)


VGR_ATTS = [
    "Regionfullmäktige godkänner Årsredovisning för Västra Götalandsregionen 2020.",
    "Regionfullmäktige godkänner förslaget till bokslutsdisposition",  # where the page ends
]


def write_vgr(path: Path) -> None:
    """Västra Götalandsregionen, regionstyrelsen's ärende to regionfullmäktige of 16 March
    2021, "Västra Götalandsregionens årsredovisning 2020" (VGR_URL: the region's page of the
    regionstyrelse's decisions, which gives the ärende's text and its förslag; no letterhead
    there): the title bold, two paragraphs of its summary under "Sammanfattning", "Förslag
    till beslut:" with its colon, bold, over the lead-in "Regionstyrelsen föreslår att
    regionfullmäktige beslutar följande:" and the att-satser in a Word numbered list, the
    second cut where the page's text ends."""
    document = docx.Document()
    bold(document, "Västra Götalandsregionens årsredovisning 2020")
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "År 2020 innebar stora utmaningar för VGR:s verksamheter. Coronapandemin har "
            "inneburit stora prioriteringar för att upprätthålla god medicinsk kvalitet. Det har "
            "också medfört en mängd nya arbetssätt och samarbetsformer.",
            "Årets redovisade resultat på 1 822 miljoner kronor ger VGR bättre förutsättningar "
            "att ekonomiskt klara att hantera dessa utmaningar.",
        ],
    )
    bold(document, "Förslag till beslut:")
    document.add_paragraph("Regionstyrelsen föreslår att regionfullmäktige beslutar följande:")
    lines(document, VGR_ATTS, "List Number")
    document.save(path)


EXPECTED_THIRTEENTH = {
    "uppsala": {
        "write": write_uppsala,
        "title": "Svar på begäran enligt Arbetsmiljölagen, AML om föreläggande eller förbud",
        "diarienummer": "SCN",  # as the transcript has it: the number itself is lost
        "handlaggare": "Jan Holmlund och Therese Hagberg",
        "mottagare": "Socialnämnden",
        "forslag": [("", "")],
        "sections": ["Sammanfattning"],
        "signatories": [("Jan Holmlund", "Direktör")],
    },
    "vgr": {
        "write": write_vgr,
        "title": "Västra Götalandsregionens årsredovisning 2020",
        "forslag": [("1", "fullmäktige"), ("2", "fullmäktige")],
        "sections": ["Sammanfattning"],
    },
}
