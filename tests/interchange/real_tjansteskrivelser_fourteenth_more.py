"""Real tjänsteskrivelser of the fourteenth round (see real_tjansteskrivelser_fourteenth):
Österåker's tjänsteutlåtande, Kristinehamn's and Nynäshamn's tjänsteskrivelser, each builder
naming its source."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table

OSTERAKER_URL = (
    "https://5dok.org/document/zpnxg1d7-socialn%C3%A4mndens-budget-med-plan-%C3%A5ren.html"
)
KRISTINEHAMN_URL = (
    "http://docplayer.se/3638042-Svar-pa-aterremiss-medborgarforslag-forslagslada-och-e-"
    "forslag.html"
)
NYNASHAMN_URL = "https://docplayer.se/amp/112356579-.html"


def side_by_side(document, people: list[tuple[str, str]]) -> None:
    """Signatures side by side, each name over its title, as a borderless table."""
    table(document, [[name for name, _ in people], [title for _, title in people]])


def write_osteraker(path: Path) -> None:
    """Österåkers kommun, socialförvaltningen's "Socialnämndens budget 2020 med plan åren
    2021-2022", SN 2019/0055, 2019-08-15 (OSTERAKER_URL): "Tjänsteutlåtande" and "Sida 1 av
    1" over "Socialförvaltningen" in the header, the kommun's address line in the footer;
    "Datum 2019-08-15 Dnr SN 2019/0055" on one line, "Till Socialnämnden"; the title bold;
    Sammanfattning; "Beslutsförslag" over "Socialnämndens beslut" and the two att-satser
    numbered by hand ("1. Godkänna …"); Bilagor; the socialdirektör and the controller side
    by side; a rule of underscores; "Expedieras" over Kommunstyrelsen."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Tjänsteutlåtande"
    section.header.add_paragraph("Sida 1 av 1")
    section.header.add_paragraph("Socialförvaltningen")
    section.footer.paragraphs[0].text = (
        "Österåkers kommun | 184 86 Åkersberga | Tel 08-540 810 00 | Fax 08-540 810 20 | "
        "kommun@osteraker.se | www.osteraker.se"
    )
    lines(document, ["Datum 2019-08-15 Dnr SN 2019/0055", "Till Socialnämnden"])
    bold(document, "Socialnämndens budget 2020 med plan åren 2021-2022")
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "Kommunfullmäktige har fastställt Socialnämndens preliminära budgetram till 86 100 "
            "tkr för år 2020. Det innebär en sänkt ram för nettokostnader med 900 tkr jämfört med "
            "budget 2019. Index med 2 % uppgår till 1 740 tkr. Detta innebär att "
            "effektiviseringar motsvarande 2 640 tkr behöver genomföras 2020 för att få en budget "
            "i balans.",
            "Förslaget till budget och plan redovisas i bilaga.",
        ],
    )
    bold(document, "Beslutsförslag")
    document.add_paragraph("Socialnämndens beslut")
    lines(
        document,
        [
            "1. Godkänna budget för 2020 med plan åren 2021 - 2022",
            "2. Överlämna budget för 2020 med plan åren 2021 - 2022 till Kommunstyrelsen",
        ],
    )
    bold(document, "Bilagor")
    document.add_paragraph("Förslag till budget 2020 med plan åren 2021-2022 daterad 2019-08-29")
    side_by_side(
        document, [("Susanna Kiesel", "Socialdirektör"), ("Christer Hansson", "Controller")]
    )
    lines(document, ["___________", "Expedieras", "Kommunstyrelsen"])
    document.save(path)


def write_kristinehamn(path: Path) -> None:
    """Kristinehamns kommun, Kommunledningsförvaltningen's "Svar på återremiss
    Medborgarförslag, förslagslåda och e-förslag" (KRISTINEHAMN_URL): a letterhead table of
    two columns in the transcript's order, the förvaltning over the handläggare (her
    telephone number lost in the transcript, with the date's value and the Dnr's number)
    beside "Tjänsteskrivelse", "Datum", "Ks/2015:", "Organisation" and "Sida 1(3)"; the
    title bold; Sammanfattning (the report's dates lost); Beslutsunderlag; Ärendet, cut
    after its first paragraph's third sentence."""
    document = docx.Document()
    table(
        document,
        [
            [
                "Kommunledningsförvaltningen\nAnneli Wiker,",
                "Tjänsteskrivelse\nDatum\nKs/2015:\nOrganisation\nSida 1(3)",
            ]
        ],
    )
    bold(document, "Svar på återremiss Medborgarförslag, förslagslåda och e-förslag")
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "I rapporten Medborgarförslag, förslagslåda och e-förslag ( ) redovisas tre "
            "alternativ till medborgarförslag och e-förslag föreslås vara det som ska ersätta "
            "medborgarförslagen, enligt rapporten. E-förslag är ett modernt och transparent "
            "verktyg i arbetet med att öka kommuninvånarnas delaktighet i den demokratiska "
            "processen och ökar chansen att nå nya grupper av invånare.",
            "Kommunstyrelsen återremitterade ärendet med hänvisning till att man vill se ett "
            "färdigt förslag om hur tillgängligheten av e-förslag kan lösas för personer som "
            "saknar dator. Kommunledningsförvaltningen har utrett ärendet ytterligare för att "
            "säkerställa att även de som inte har tillgång till dator ska kunna lämna in förslag.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(document, ["Tjänsteskrivelse", "Rapport Medborgarförslag, förslagslåda och e-förslag"])
    bold(document, "Ärendet")
    document.add_paragraph(
        "Enkelheten, den demokratiska vinsten och måluppfyllelse talar för att e-förslag är det "
        "som ska ersätta medborgarförslagen. Ett e-förslag är en kort fråga, önskan om åtgärd "
        "eller information från en invånare till kommunen. Inkomna e-förslag administreras av "
        "en moderator som lägger ut förslaget"
    )
    document.save(path)


def write_nynashamn(path: Path) -> None:
    """Nynäshamns kommun, the ekonomiavdelning's "Årsredovisnings för 2016 -
    Nynäshamnsbostäder AB inklusive dotterbolagen Tegeltraven AB och Nynäshamns Exploatering
    AB", KS/2017/0022/042-20, 2017-04-10, in kommunstyrelsens kallelse of 2017-04-19
    (NYNASHAMN_URL, page 3): a header table, the date, "Sida 1" and the Dnr; the labels in
    their own cells over their values, "Tjänsteställe/handläggare" over the avdelning, the
    name, "E-post:" and "Tel:", "Beslutsinstans" over Kommunstyrelsen (which the transcript
    lost, as it lost "Kommunstyrelsen" before "tackar"); the title bold; Förslag till beslut;
    Ärendet and Bakgrund; the kommundirektör and the ekonomichef side by side, each name over
    a title in small letters; "Beslutsunderlag" with nothing under it; "Skickas till" and
    "Bilaga:" over the annual reports."""
    document = docx.Document()
    table(document.sections[0].header, [["2017-04-10", "Sida 1", "KS/2017/0022/042-20"]])
    table(
        document,
        [
            ["Tjänsteställe/handläggare", "Beslutsinstans"],
            [
                "Ekonomiavdelning\nJohan Westin\nE-post: Johan.Westin@nynashamn.se\n"
                "Tel: 08-520 681 71",
                "Kommunstyrelsen",
            ],
        ],
    )
    bold(
        document,
        "Årsredovisnings för 2016 - Nynäshamnsbostäder AB inklusive dotterbolagen Tegeltraven "
        "AB och Nynäshamns Exploatering AB",
    )
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Kommunstyrelsen tackar för rapporten och översänder den till kommunfullmäktige för "
        "information."
    )
    bold(document, "Ärendet")
    document.add_paragraph(
        "Nynäshamnsbostäder AB, Tegeltraven AB och Nynäshamns Exploatering AB har översänt "
        "revisionsberättelse och årsredovisning för år 2016."
    )
    bold(document, "Bakgrund")
    lines(
        document,
        [
            "Auktoriserade revisorn har avgett en revisionsberättelse där uppfattningen är att "
            "årsredovisningen upprättats i enlighet med årsredovisningslagen och ger en i all "
            "väsentliga avseenden rättvisande bild av AB Nynäshamnsbostäders, Tegeltraven AB och "
            "Nynäshamns Exploatering AB finansiella ställning per den 31 december 2016 och av "
            "dess finansiella resultat och kassaflöden för året. Förvaltningsberättelsen är "
            "förenlig med årsredovisningens övriga delar.",
            "Revisorn tillstyrker Nynäshamnsbostäder AB årstämma att bevilja styrelsens "
            "ledamöter och verkställande direktör ansvarsfrihet för räkenskapsåret.",
        ],
    )
    side_by_side(document, [("Tommy Fabricius", "kommundirektör"), ("Johan Westin", "ekonomichef")])
    bold(document, "Beslutsunderlag")
    bold(document, "Skickas till")
    document.add_paragraph("Nynäshamnsbostäder AB")
    bold(document, "Bilaga:")
    lines(
        document,
        [
            "Årsredovisning 2016 Nynäshamnsbostäder AB",
            "Årsredovisning 2016 Tegeltraven AB",
            "Årsredovisning 2016 Nynäshamns Exploatering AB",
            "PwC Revisionsberättelse AB Nynäshamnsbostäder",
        ],
    )
    document.save(path)
