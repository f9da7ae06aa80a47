"""Real tjänsteskrivelser of kommuner the earlier rounds did not have (Kungsbacka, Österåker,
Kristinehamn, Nynäshamn), rebuilt as Word files in their templates' shapes; each builder
names its source. Kungsbacka's come from the kommun's published handlingar as the text
pdfplumber read from them (the repository moggleif/kommunhandlingar keeps that text, the PDF
itself is gone), the others from transcripts found with the search tool (corpus "pages").
The text is the source's, cut where the transcript ends; where a transcript lost a number,
the words around it stand as the transcript has them. `EXPECTED_FOURTEENTH` is what the
import should read from each.

The shapes they bring: Kungsbacka's letterhead, "TJÄNSTESKRIVELSE" over "Datum" and
"Diarienummer", each label over its value, in the first page's header, the handläggare with
her förvaltning and title in the first page's footer beside the kommun's address, "Förslag
till beslut i Byggnadsnämnden" naming who decides, its att-satser a sentence a paragraph,
"Sammanfattning av ärendet" with a bulleted list, "Beslutet skickas till" whose recipients
run onto the next page, and two signatures side by side, names over titles; Österåker's
"Tjänsteutlåtande" with "Datum" and "Dnr" on one line, "Till Socialnämnden", "Beslutsförslag"
over "Socialnämndens beslut" and numbered att-satser without "att", "Bilagor", a rule of
underscores and "Expedieras" over the recipient; Kristinehamn's förvaltning and handläggare
over "Tjänsteskrivelse", the Dnr's number lost, "Sida 1(3)"; Nynäshamn's
"Tjänsteställe/handläggare" over the avdelning, the handläggare's name, "E-post:" and "Tel:",
"Beslutsinstans", and the signatures each a name over a title in small letters. Kungsbacka's
further three (real_tjansteskrivelser_fourteenth_kungsbacka): a template's merge field left
beside the Dnr ("«Diarienr»") and its name field unfilled in the footer ("AnvNamn"); an
att-sats ending "enligt nedan:" over a table; the footer's block with the handläggare's
phone between name and title under "Förvaltningen för Kultur & Fritid"; two recipients on
one line, the second in small letters; a table with the signatures under it."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines
from tests.interchange.real_tjansteskrivelser_fourteenth_kungsbacka import (
    KS_SIGNED,
    kungsbacka_letterhead,
    write_kungsbacka_kft,
    write_kungsbacka_lon,
    write_kungsbacka_medel,
)
from tests.interchange.real_tjansteskrivelser_fourteenth_more import (
    side_by_side,
    write_kristinehamn,
    write_nynashamn,
    write_osteraker,
)


def write_kungsbacka_bn(path: Path) -> None:
    """Kungsbacka kommun, Bygg- och miljöförvaltningen's "Byggnadsnämndens årsredovisning
    2023", BN-2024-00013, 2024-01-25, in Byggnadsnämndens arbetsutskotts handlingar of
    2024-02-01 (KUNGSBACKA_BN_URL, the first two pages): the letterhead in page 1's header
    and footer (the handläggare Christina Nordberg, Controller Förvaltning); "Förslag till
    beslut i Byggnadsnämnden" bold over its two att-satser, a sentence each; "Sammanfattning
    av ärendet" with its bulleted list; Beslutsunderlag; "Beslutet skickas till" over three
    recipients (the PDF's page 2 begins at the second); the signatures side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2024-01-25",
        "BN-2024-00013",
        ["Bygg- och miljöförvaltningen", "Christina Nordberg", "Controller Förvaltning"],
    )
    bold(document, "Byggnadsnämndens årsredovisning 2023")
    bold(document, "Förslag till beslut i Byggnadsnämnden")
    lines(
        document,
        [
            "Byggnadsnämnden godkänner årsredovisning 2023.",
            "Byggnadsnämnden beslutar att paragrafen justeras omedelbart.",
        ],
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        "Bygg- och miljöförvaltningen har upprättat årsredovisning för 2023. I årsredovisningen "
        "ingår årlig uppföljning av det systematiska arbetsmiljöarbetet samt hållbarhetsbokslut. "
        "I sin helhet innehåller årsredovisningen:"
    )
    lines(
        document,
        [
            "Beskrivning av viktiga händelser under året samt faktorer i omvärlden som påverkat "
            "oss",
            "Uppföljning av mål och direktiv",
            "Uppföljning av verksamhetsmått",
            "Uppföljning av personalområdet inklusive systematiskt arbetsmiljöarbete",
            "Uppföljning av ekonomi",
            "Hållbarhetsbokslut",
        ],
        "List Bullet",
    )
    lines(
        document,
        [
            "Byggnadsnämnden redovisar ett positivt resultat jämfört med budget för 2023, +1,9 "
            "miljoner kronor.",
            "Byggnadsnämnden når måluppfyllelse i fem av sina sex nämndspecifika mål som bidrar "
            "till kommunfullmäktiges övergripande mål. När det gäller målet kopplat till "
            "kommunfullmäktigemålet ”Bästa företagsklimatet i Västsverige” har Byggnadsnämnden "
            "inte mått målet men är på rätt väg.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Bygg- och miljöförvaltningens tjänsteskrivelse, 2024-01-25",
            "Byggnadsnämndens årsredovisning 2023, 2024-01-25",
        ],
    )
    bold(document, "Beslutet skickas till")
    lines(
        document,
        [
            "Kommunstyrelsen",
            "Kommunledningskontoret, Styrning & Ekonomi",
            "Nämnden för Miljö & Hälsoskydd",
        ],
    )
    side_by_side(
        document,
        [("Katarina Öryd", "Förvaltningschef"), ("Christina Nordberg", "Controller förvaltning")],
    )
    document.save(path)


def write_kungsbacka_ks(path: Path) -> None:
    """Kungsbacka kommun, Kommunledningskontoret's "Kommunstyrelsens underlag till
    kommunbudget 2025", KS-2023-00841, 2023-12-14, in Kommunstyrelsens handlingar of
    2024-01-23 (KUNGSBACKA_KS_URL, page 11): the same template as write_kungsbacka_bn, the
    handläggare Malin Larsson, Controller (her mobile number, which the source masked, left
    out); one att-sats without its full stop; two recipients; the kommundirektör and the
    biträdande kommundirektör side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2023-12-14",
        "KS-2023-00841",
        ["Kommunledningskontoret", "Malin Larsson", "Controller"],
    )
    bold(document, "Kommunstyrelsens underlag till kommunbudget 2025")
    bold(document, "Förslag till beslut i kommunstyrelsen")
    document.add_paragraph("Kommunstyrelsen godkänner underlag till kommunbudget 2025")
    bold(document, "Sammanfattning av ärendet")
    lines(
        document,
        [
            "Som en del i kommunens budgetprocess inför 2025 uppmanas alla nämnder lämna ett "
            "underlag som beskriver de möjligheter, utmaningar och förändringar de har framför "
            "sig på kort och lång sikt samt för att nå en budget i balans.",
            "Underlaget från kommunstyrelsen berör det kommungemensamma programarbetet där "
            "kommunstyrelsens roll är att både stödja, samordna och bidra. Underlaget berör också "
            "lågkonjunkturen som både en utmaning och som en möjliggörare samt civilförsvar och "
            "de utmaningar som klimatförändringarna för med sig.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Kommunledningskontorets tjänsteskrivelse, 2023-12-14",
            "Kommunstyrelsen underlag till kommunbudget 2025, plan 2026-2027, 2023-12-14",
        ],
    )
    bold(document, "Beslutet skickas till")
    lines(document, ["Budgetberedningen", "Kommunledningskontoret Styrning & Ekonomi"])
    side_by_side(document, KS_SIGNED)
    document.save(path)


EXPECTED_FOURTEENTH = {
    "kungsbacka_bn": {
        "write": write_kungsbacka_bn,
        "title": "Byggnadsnämndens årsredovisning 2023",
        "datum": "2024-01-25",
        "diarienummer": "BN-2024-00013",
        "handlaggare": "Christina Nordberg",
        "handlaggare_titel": "Controller Förvaltning",
        "forslag": [("", "Byggnadsnämnden"), ("", "Byggnadsnämnden")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag"],
        "signatories": [
            ("Katarina Öryd", "Förvaltningschef"),
            ("Christina Nordberg", "Controller förvaltning"),
        ],
        "send": [
            "Kommunstyrelsen",
            "Kommunledningskontoret, Styrning & Ekonomi",
            "Nämnden för Miljö & Hälsoskydd",
        ],
    },
    "kungsbacka_ks": {
        "write": write_kungsbacka_ks,
        "title": "Kommunstyrelsens underlag till kommunbudget 2025",
        "datum": "2023-12-14",
        "diarienummer": "KS-2023-00841",
        "handlaggare": "Malin Larsson",
        "handlaggare_titel": "Controller",
        "forslag": [("", "Kommunstyrelsen")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag"],
        "signatories": KS_SIGNED,
        "send": ["Budgetberedningen", "Kommunledningskontoret Styrning & Ekonomi"],
    },
    "osteraker": {
        "write": write_osteraker,
        "title": "Socialnämndens budget 2020 med plan åren 2021-2022",
        "datum": "2019-08-15",
        "diarienummer": "SN 2019/0055",
        "mottagare": "Socialnämnden",
        "forslag": [("1", "kommunstyrelsen"), ("2", "kommunstyrelsen")],
        "sections": ["Sammanfattning"],
        "signatories": [("Susanna Kiesel", "Socialdirektör"), ("Christer Hansson", "Controller")],
        "send": ["Kommunstyrelsen"],
    },
    "kristinehamn": {
        "write": write_kristinehamn,
        "title": "Svar på återremiss Medborgarförslag, förslagslåda och e-förslag",
        "handlaggare": "Anneli Wiker",
        # "Ks/2015:" lost its number and "Organisation" names no field: both stay in the
        # letterhead's own section, as a reader sees them
        "sections": ["Övrigt i brevhuvudet", "Sammanfattning", "Beslutsunderlag", "Ärendet"],
    },
    "nynashamn": {
        "write": write_nynashamn,
        "title": (
            "Årsredovisnings för 2016 - Nynäshamnsbostäder AB inklusive dotterbolagen "
            "Tegeltraven AB och Nynäshamns Exploatering AB"
        ),
        "datum": "2017-04-10",
        "diarienummer": "KS/2017/0022/042-20",
        "handlaggare": "Johan Westin",
        "telefon": "08-520 681 71",
        "epost": "Johan.Westin@nynashamn.se",
        "mottagare": "Kommunstyrelsen",
        "forslag": [("", "")],
        "sections": ["Ärendet", "Bakgrund", "Beslutsunderlag"],
        "signatories": [("Tommy Fabricius", "kommundirektör"), ("Johan Westin", "ekonomichef")],
        "send": ["Nynäshamnsbostäder AB"],
    },
    "kungsbacka_lon": {
        "write": write_kungsbacka_lon,
        "title": (
            "Fastställande av lönestruktur 2024 samt godkännande av rapport om "
            "lönekartläggning 2023"
        ),
        "datum": "2024-01-15",
        "diarienummer": "KS 2023-00738",
        "forslag": [("", "Kommunstyrelsen")] * 3,
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag", "Beskrivning av ärendet"],
        "signatories": KS_SIGNED,
        "send": ["Samtliga nämnder"],
    },
    "kungsbacka_kft": {
        "write": write_kungsbacka_kft,
        "title": "Ansökan om medel för att främja välmående och motverka psykisk ohälsa",
        "datum": "2023-10-04",
        "diarienummer": "KFT-2023-00301",
        "handlaggare": "Erik Norinder",
        "handlaggare_titel": "Utvecklingsledare",
        "telefon": "0300-834883",
        "forslag": [("", "Nämnden för Kultur & Fritid")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag", "Beskrivning av ärende"],
        "signatories": [("Karl Persson", "Förvaltningschef")],
        "send": ["Kommunstyrelsen"],
    },
    "kungsbacka_medel": {
        "write": write_kungsbacka_medel,
        "title": (
            "Begäran om medel för att främja välmående och motverka psykisk ohälsa - Kultur & "
            "Fritid"
        ),
        "datum": "2023-12-18",
        "diarienummer": "KS-2023-00837",
        "handlaggare": "Christina Hermansson",
        "handlaggare_titel": "Ekonomichef",
        "forslag": [("", "Kommunstyrelsen")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag", "Beskrivning av ärendet"],
        "signatories": KS_SIGNED,
        "send": ["Nämnden för Kultur & Fritid", "kommunstyrelsens förvaltning: Styrning & Ekonomi"],
    },
}
