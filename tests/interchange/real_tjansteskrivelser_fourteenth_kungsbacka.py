"""Kungsbacka kommun's tjänsteskrivelser of the fourteenth round (see
real_tjansteskrivelser_fourteenth): the template's letterhead and footer, and three of its
documents from Kommunstyrelsens handlingar of 2024-01-23, from two förvaltningar."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table
from tests.interchange.real_tjansteskrivelser_fourteenth_more import side_by_side

KUNGSBACKA_BN_URL = (
    "https://github.com/moggleif/kommunhandlingar/blob/0034852806b3c96c76ceda1e9015b355180d2b71/"
    "data/kungsbacka/bygg-au/2024/2024-02-01/handlingar.md"
)
KUNGSBACKA_KS_URL = (
    "https://github.com/moggleif/kommunhandlingar/blob/39c88596e88d694444e3bcaaacaf1f36d5baa38d/"
    "data/kungsbacka/ks/2024/2024-01-23/handlingar.md"
)

# The kommundirektör and the biträdande kommundirektör sign Kommunledningskontoret's.
KS_SIGNED = [
    ("Malin Aronsson", "Kommundirektör"),
    ("Anders Johansson", "Biträdande kommundirektör"),
]
KUNGSBACKA_ADDRESS = [
    "Kungsbacka kommun",
    "434 81 Kungsbacka",
    "Besöksadress",
    "Stadshuset, Storgatan 37",
    "Telefon 0300-83 40 00",
    "www.kungsbacka.se",
]


def kungsbacka_letterhead(document, datum: str, dnr: str, footer: list[str]) -> None:
    """Kungsbacka's template: page 1's own header, "TJÄNSTESKRIVELSE" over each label over
    its value; page 1's own footer a table, the förvaltning, the handläggare and her title
    on the left, the kommun's address on the right; the later pages' header the kommun's
    name."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    header.paragraphs[0].text = "TJÄNSTESKRIVELSE"
    for text in ("Datum", datum, "Diarienummer", dnr):
        header.add_paragraph(text)
    table(section.first_page_footer, [["\n".join(footer), "\n".join(KUNGSBACKA_ADDRESS)]])
    section.header.paragraphs[0].text = "KUNGSBACKA KOMMUN"


LON_TABLE = [
    ["BAS-kod", "10 p 2024", "90 p 2024"],
    ["A", "23 690", "28 840"],
    ["B", "24 720", "31 930"],
    ["C", "26 780", "35 020"],
    ["D", "28 840", "38 110"],
    ["E", "30 900", "42 230"],
    ["F", "35 020", "47 895"],
    ["G", "38 110", "52 015"],
    ["H", "41 715", "56 650"],
    ["I", "46 350", "61 800"],
    ["J", "50 470", "67 465"],
]


def write_kungsbacka_lon(path: Path) -> None:
    """Kungsbacka kommun, Kommunstyrelsens förvaltning's "Fastställande av lönestruktur 2024
    samt godkännande av rapport om lönekartläggning 2023", 2024-01-15, in Kommunstyrelsens
    handlingar of 2024-01-23 (KUNGSBACKA_KS_URL, pages 19-22, the Beskrivning cut after its
    third paragraph): the Diarienummer with the template's merge field left after it ("KS
    2023-00738«Diarienr»"); the footer's name the template's field not filled ("AnvNamn")
    over "Förhandlingschef" (the masked mobile number left out); the first att-sats ending
    "enligt nedan:" over the table of the lönestruktur, two att-satser after it; Beslutet
    skickas till before "Beskrivning av ärendet"; the signatures side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2024-01-15",
        "KS 2023-00738«Diarienr»",
        ["Kommunstyrelsens förvaltning", "AnvNamn", "Förhandlingschef"],
    )
    bold(
        document,
        "Fastställande av lönestruktur 2024 samt godkännande av rapport om lönekartläggning 2023",
    )
    bold(document, "Förslag till beslut i kommunstyrelsen")
    document.add_paragraph("Kommunstyrelsen fastställer lönestrukturen för 2024 enligt nedan:")
    table(document, LON_TABLE)
    lines(
        document,
        [
            "Kommunstyrelsen godkänner rapport avseende lönekartläggning 2023 och uppmanar "
            "förvaltningarna att i löneöversyn 2024 beakta lönesättningen för kvinnodominerande "
            "befattningar i BAS-intervall D, F och J.",
            "Kommunstyrelsen godkänner rapport avseende lönekartläggning 2023.",
        ],
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        "Kungsbacka kommun arbetar med en lönestruktur där samtliga befattningar är värderade "
        "utifrån BAS som är ett arbetsvärderingssystem. Värderingarna resulterar i att "
        "befattningarna placeras i olika BAS-intervall. Varje BAS-intervall har en beslutad "
        "lönestruktur mellan 10:e och 90:e percentilen som utgör vägledning för befattningarnas "
        "lönenivåer."
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Kommunledningskontorets tjänsteskrivelse, 2023-11-15",
            "Handlingsplan och lönekartläggning 2023, 2022-11-15",
        ],
    )
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Samtliga nämnder")
    bold(document, "Beskrivning av ärendet")
    lines(
        document,
        [
            "I de centrala löneavtalen (HÖK) anges att arbetsgivaren har ansvar för lönebildningen "
            "och att lönebildningen är ett viktigt instrument för att kommunen ska nå sina "
            "verksamhetsmål. Löneavtalet utgår från en lönesättning som är individuell och "
            "differentierad.",
            "Målsättning för hur relationen mellan olika befattningsgrupper ska se ut samt vilken "
            "lönespridning som ska finnas inom och mellan de olika befattningsgrupperna anges i en "
            "kommungemensam lönestruktur.",
            "Lönestrukturen för 2023 föreslås att justeras inför 2024.",
        ],
    )
    side_by_side(document, KS_SIGNED)
    document.save(path)


def write_kungsbacka_kft(path: Path) -> None:
    """Kungsbacka kommun, Förvaltningen för Kultur & Fritid's "Ansökan om medel för att främja
    välmående och motverka psykisk ohälsa", KFT-2023-00301, 2023-10-04, in Kommunstyrelsens
    handlingar of 2024-01-23 (KUNGSBACKA_KS_URL, pages 54-55, the Beskrivning cut after its
    first two paragraphs): the footer's block four lines, the förvaltning, the handläggare,
    his phone and his title; "Förslag till beslut i nämnden för Kultur & Fritid" over one
    att-sats; "Beskrivning av ärende"; one signature, the name over the title."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2023-10-04",
        "KFT-2023-00301",
        ["Förvaltningen för Kultur & Fritid", "Erik Norinder", "0300-834883", "Utvecklingsledare"],
    )
    bold(document, "Ansökan om medel för att främja välmående och motverka psykisk ohälsa")
    bold(document, "Förslag till beslut i nämnden för Kultur & Fritid")
    document.add_paragraph(
        "Nämnden för Kultur & Fritid beslutar att fortsätta arbetet med Friskvårds- & "
        "Aktivitetsgruppens satsning för att nå fler barn och unga och förkorta kön, och ansöker "
        "om finansiering med 1 200 000 kronor hos kommunstyrelsen från medel avsatta i "
        "Kommunbudget 2024 för att ”främja välmående och motverka psykisk ohälsa”."
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        "Nämnden för Kultur och Fritid angav i Nämndbudget 2023 flertalet satsningsområden varav "
        "ett var Friskvårds- och aktivitetsgruppens utveckling av arbetssätt för att nå effekt för "
        "betydligt fler unga än idag. Detta innebär förändrade arbetssätt, nya metoder för "
        "aktivering samt utökning av friskvårds- och aktivitetsgruppen."
    )
    bold(document, "Beslutsunderlag")
    document.add_paragraph("Förvaltningen för Kultur & Fritids tjänsteskrivelse, 2023-10-04")
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Kommunstyrelsen")
    bold(document, "Beskrivning av ärende")
    lines(
        document,
        [
            "Aktivitetsgruppen vänder sig till barn och unga med psykisk ohälsa. Varje vecka "
            "erbjuds aktiviteter som unga är välkomna till och som bidrar till en bättre "
            "självkänsla, ökad skolnärvaro och en bättre hälsa.",
            "Friskvårds- & Aktivitetsgruppen utgår från ett tydligt barnperspektiv som innebär att "
            "lyssna på barnens önskemål och arbeta med dem utifrån ett salutogent perspektiv.",
        ],
    )
    lines(document, ["Karl Persson", "Förvaltningschef"])
    document.save(path)


def write_kungsbacka_medel(path: Path) -> None:
    """Kungsbacka kommun, Kommunledningskontoret's "Begäran om medel för att främja välmående
    och motverka psykisk ohälsa - Kultur & Fritid", KS-2023-00837, 2023-12-18, in
    Kommunstyrelsens handlingar of 2024-01-23 (KUNGSBACKA_KS_URL, pages 51-52): the handläggare
    Christina Hermansson, Ekonomichef, in the footer; Beslutsunderlag three documents; the two
    recipients of Beslutet skickas till on one line, the second in small letters
    ("kommunstyrelsens förvaltning: Styrning & Ekonomi"); the table of the nämnders' requests
    under Beskrivning av ärendet; the signatures side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2023-12-18",
        "KS-2023-00837",
        ["Kommunledningskontoret", "Christina Hermansson", "Ekonomichef"],
    )
    bold(
        document,
        "Begäran om medel för att främja välmående och motverka psykisk ohälsa - Kultur & Fritid",
    )
    bold(document, "Förslag till beslut i kommunstyrelsen")
    document.add_paragraph(
        "Kommunstyrelsen bifaller begäran och omfördelar begärt belopp om 1 200 000 kronor från "
        "centrala finansverksamheten för 2024 till nämnden för Kultur & Fritid."
    )
    bold(document, "Sammanfattning av ärendet")
    lines(
        document,
        [
            "Kommunfullmäktige har avsatt särskilda medel i Kommunbudget 2024, plan 2025–2026 för "
            "att främja välmående och motverka psykisk ohälsa.",
            "Nämnden för Kultur & Fritid har den 18 oktober 2023 kommit in med en begäran om att "
            "få ta del av 1 200 000 kronor av dessa medel.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Kommunledningskontorets tjänsteskrivelse, 2023-12-18",
            "Nämnden för Kultur & Fritid, 2023-10-25 § 85",
            "Förvaltningen för Kultur & Fritids tjänsteskrivelse, 2023-10-04",
        ],
    )
    bold(document, "Beslutet skickas till")
    document.add_paragraph(
        "Nämnden för Kultur & Fritid, kommunstyrelsens förvaltning: Styrning & Ekonomi"
    )
    bold(document, "Beskrivning av ärendet")
    document.add_paragraph(
        "Kommunfullmäktige har avsatt särskilda medel i Kommunbudget 2024, plan 2025–2026 för att "
        "främja välmående och motverka psykisk ohälsa. Nämndernas ansökningar hittills avseende "
        "2024 uppgår till totalt 2,6 miljoner kronor."
    )
    table(
        document,
        [
            ["Nämnd", "Område", "Begärt belopp, kronor", "Beviljat belopp, kronor"],
            [
                "Vård & Omsorg",
                "Möta äldre som besväras av ofrivillig ensamhet",
                "900 000",
                "900 000",
            ],
            ["Kultur & Fritid", "Friskvårds- & Aktivitetsgruppens satsning", "1 200 000", ""],
            ["Kultur & Fritid", "Tillsammansgruppen", "500 000", ""],
            ["SUMMA", "", "2 600 000", "900 000"],
        ],
    )
    side_by_side(document, KS_SIGNED)
    document.save(path)
