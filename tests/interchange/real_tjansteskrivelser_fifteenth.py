"""Kungsbacka kommun's tjänsteskrivelser of the fifteenth round: three of other organs than
round 14's (real_tjansteskrivelser_fourteenth_kungsbacka), Nämnden för Service and Nämnden
för Miljö & Hälsoskydd, as the kommun published them in the nämnders' handlingar (the text as
moggleif/kommunhandlingar converted it from the PDF, its mobile numbers masked). Each is
rebuilt in Word on the kommun's template (kungsbacka_letterhead), its text cut to what the
shape needs.

The shapes they bring: the handläggare's block in the footer with her name over the
förvaltning (Bygg- och miljöförvaltningen's), not under it; a phone written with spaces
("0300 83 46 58"); a title that starts with the förvaltning's name ("Förvaltningen för Service
tjänsteskrivelse - …"); an att-sats that ends "följande datum år 2026:" over a table of dates;
a Dnr with an en dash ("MH 2025–2501"); a footer with no handläggare; the place and date over
the signatures ("Kungsbacka den 1 juli 2025") and each signature a name and title on one line
("Katarina Öryd, förvaltningschef")."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table
from tests.interchange.real_tjansteskrivelser_fourteenth_kungsbacka import kungsbacka_letterhead
from tests.interchange.real_tjansteskrivelser_fourteenth_more import side_by_side

SERVICE_URL = (
    "https://github.com/moggleif/kommunhandlingar/blob/0034852806b3c96c76ceda1e9015b355180d2b71/"
    "data/kungsbacka/service/2025/2025-12-10/handlingar.md"
)
MILJO_URL = (
    "https://github.com/moggleif/kommunhandlingar/blob/5b6f5815472b23a17808f0f3fafc634e29715784/"
    "data/kungsbacka/miljo/2025/2025-08-14/handlingar.md"
)
KSAU_URL = (
    "https://github.com/moggleif/kommunhandlingar/blob/257074937072c6892d045397594b677dd82a5962/"
    "data/kungsbacka/ks-au/2025/2025-12-09/handlingar.md"
)
MH = "Nämnden för Miljö & Hälsoskydd"


def write_kungsbacka_service(path: Path) -> None:
    """Förvaltningen för Service's "Anmälan av delegeringsbeslut december 2025",
    SE-2025-00477, 2025-11-26, in Nämnden för Service's handlingar of 2025-12-10 (SERVICE_URL,
    page 1): the title starts with the förvaltning's name; the nämndsekreterare's phone with
    spaces; the förvaltningschef's name three words."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2025-11-26",
        "SE-2025-00477",
        ["Förvaltningen för Service", "Namita Magnusson", "0300 83 46 58", "Nämndsekreterare"],
    )
    bold(
        document,
        "Förvaltningen för Service tjänsteskrivelse - Anmälan av delegeringsbeslut december 2025",
    )
    bold(document, "Förslag till beslut i nämnden för Service")
    document.add_paragraph(
        "Nämnden för Service godkänner anmälan av delegeringsbeslut december 2025."
    )
    bold(document, "Sammanfattning av ärendet")
    lines(
        document,
        [
            "Nämnden för Service har överlåtit sin beslutanderätt till ordförande och tjänstemän i "
            "enlighet med nämnden för Service delegeringsförteckning, beslutad 2025-05-15 § 47.",
            "Redovisningen innebär inte att nämnden för Service omprövar eller fastställer "
            "delegeringsbesluten.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Förvaltningen för Services tjänsteskrivelse, 2025-11-26",
            "Sammanställning delegeringsbeslut december 2025",
            "Sammanställningar delegeringsbeslut anställningar oktober 2025",
        ],
    )
    lines(document, ["Julia Tryggvadottir Tollesson", "Förvaltningschef Service"])
    document.save(path)


def write_kungsbacka_mh_dagar(path: Path) -> None:
    """Bygg- och miljöförvaltningen's "Sammanträdesdagar 2026 för nämnden för Miljö &
    Hälsoskydd", MH-2025-03432, 2025-06-12, in the nämnd's handlingar of 2025-08-14
    (MILJO_URL, pages 1-2): the footer's block the handläggare's name over the förvaltning
    over her title; the att-sats over a table of the dates (three columns); Beslutet skickas
    till two recipients; the signatures side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document,
        "2025-06-12",
        "MH-2025-03432",
        ["Sofie Axelsson", "Bygg- och miljöförvaltningen", "Nämndsekreterare"],
    )
    bold(document, f"Sammanträdesdagar 2026 för {MH[0].lower()}{MH[1:]}")
    bold(document, f"Förslag till beslut i {MH[0].lower()}{MH[1:]}")
    document.add_paragraph(f"{MH} sammanträder följande datum år 2026:")
    table(
        document,
        [
            ["15 januari", "7 maj", "8 oktober"],
            ["5 februari", "4 juni", "12 november"],
            ["12 mars", "13 augusti", "3 december"],
            ["16 april", "10 september", ""],
        ],
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        f"{MH} fastställer varje år, kommande års sammanträdesdagar. Det finns inga "
        "bestämmelser kring med vilken tidsintervall nämnden eller dess utskott ska sammanträda."
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-06-12",
            "Årsplanering för sammanträdesdagar 2026",
        ],
    )
    bold(document, "Beslutet skickas till")
    lines(document, ["Kommunstyrelsens förvaltning – styrning & ekonomi", "Byggnadsnämnden"])
    bold(document, "Beskrivning av ärendet")
    document.add_paragraph(
        "Utgångspunkten i planeringen av sammanträdesdagar är att nämnden för Miljö & "
        "Hälsoskydd sammanträder på torsdagar."
    )
    side_by_side(
        document, [("Katarina Öryd", "Förvaltningschef"), ("Tina Carlson", "Verksamhetschef")]
    )
    document.save(path)


def write_kungsbacka_mh_remiss(path: Path) -> None:
    """Bygg- och miljöförvaltningen's "Svar på Landsbygds- och Infrastrukturdepartementets
    remiss …", MH 2025–2501 (an en dash), 2025-07-01, in the nämnd's handlingar of 2025-08-14
    (MILJO_URL, pages 3-5, Sammanfattning and Beskrivning cut to their first paragraphs): the
    footer the kommun's address alone; the long title one paragraph; "Kungsbacka den 1 juli
    2025" over the signatures, each a name and title after a comma, side by side."""
    document = docx.Document()
    kungsbacka_letterhead(document, "2025-07-01", "MH 2025–2501", [])
    bold(
        document,
        "Svar på Landsbygds- och Infrastrukturdepartementets remiss av betänkandet: En ny "
        "kontrollorganisation i livsmedelskedjan – för ökad effektivitet, likvärdighet & "
        "konkurrenskraft (SOU 2025:64)",
    )
    bold(document, f"Förslag till beslut i {MH[0].lower()}{MH[1:]}")
    document.add_paragraph(
        f"{MH} antar yttrandet daterat 2025-07-01 och översänder det som sitt svar till "
        "kommunstyrelsen."
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        "Landsbygds- och infrastrukturdepartementet har genom remiss daterad den 3 juni 2025 "
        "önskat synpunkter på betänkandet En ny kontrollorganisation i livsmedelskedjan – för "
        "ökad effektivitet, likvärdighet och konkurrenskraft (SOU 2025:64)."
    )
    bold(document, "Beskrivning av ärendet")
    document.add_paragraph(
        "Mot denna bakgrund föreslås att nämnden godkänner det framtagna yttrandet och "
        "överlämnar det till kommunstyrelsen som sitt svar på remissen."
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-07-01",
            "Förslag till yttrande från nämnden för miljö- och hälsoskydd, 2025-07-01",
        ],
    )
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Kommunstyrelsen")
    document.add_paragraph("Kungsbacka den 1 juli 2025")
    table(document, [["Katarina Öryd, förvaltningschef", "Kasra Hassirian, förvaltningsjurist"]])
    document.save(path)


def write_kungsbacka_ks_avtal(path: Path) -> None:
    """Kommunstyrelsens förvaltning's "Godkännande av säkerhetsskyddsavtal avseende samverkan
    inom ramen för totalförsvarsplaneringen", KS-2025-00150, 2025-11-11, in Kommunstyrelsens
    arbetsutskott's handlingar of 2025-12-09 (KSAU_URL, pages 5-6, Sammanfattning and
    Beskrivning cut to their first paragraphs): the footer's block the handläggare's name over
    her title, no förvaltning; two att-satser, two paragraphs; the recipient with a contact
    after a comma; the signatures side by side."""
    document = docx.Document()
    kungsbacka_letterhead(
        document, "2025-11-11", "KS-2025-00150", ["Joel Ledsgård", "Specialist krisberedskap"]
    )
    bold(
        document,
        "Godkännande av säkerhetsskyddsavtal avseende samverkan inom ramen för "
        "totalförsvarsplaneringen",
    )
    bold(document, "Förslag till beslut i kommunstyrelsen")
    lines(
        document,
        [
            "Kommunstyrelsen godkänner säkerhetsskyddsavtal, avseende samverkan inom ramen för "
            "totalförsvarsplaneringen, mellan kommunen och Länsstyrelsen i Hallands län, Region "
            "Halland, Varberg kommun, Falkenberg kommun, Halmstad kommun, Hylte kommun samt "
            "Laholm kommun, daterat 2025-12-09.",
            "Säkerhetsskyddschefen utses att för kommunens räkning underteckna avtalet.",
        ],
    )
    bold(document, "Sammanfattning av ärendet")
    document.add_paragraph(
        "Länsstyrelsen i Hallands län har i uppdrag att samordna totalförsvarsplaneringen i "
        "länet, i enlighet med det geografiska områdesansvaret."
    )
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Kommunstyrelsens förvaltnings tjänsteskrivelse, 2025-11-11",
            "Säkerhetsskyddsavtal, framtaget av Länsstyrelsen i Hallands län, 2025-12-09",
        ],
    )
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Länsstyrelsen i Hallands län, Magnus Fogelblad")
    bold(document, "Beskrivning av ärendet")
    document.add_paragraph(
        "Avtalet har tagits fram av Länsstyrelsen och är likalydande för kommunerna och "
        "regionen i Halland."
    )
    side_by_side(
        document,
        [("Rickard Vidlund", "Kommundirektör"), ("Anders Johansson", "Biträdande kommundirektör")],
    )
    document.save(path)


EXPECTED_FIFTEENTH = {
    "kungsbacka_service": {
        "write": write_kungsbacka_service,
        "title": (
            "Förvaltningen för Service tjänsteskrivelse - Anmälan av delegeringsbeslut "
            "december 2025"
        ),
        "datum": "2025-11-26",
        "diarienummer": "SE-2025-00477",
        "handlaggare": "Namita Magnusson",
        "handlaggare_titel": "Nämndsekreterare",
        "telefon": "0300 83 46 58",
        "forslag": [("", "Nämnden för Service")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag"],
        "signatories": [("Julia Tryggvadottir Tollesson", "Förvaltningschef Service")],
    },
    "kungsbacka_mh_dagar": {
        "write": write_kungsbacka_mh_dagar,
        "title": "Sammanträdesdagar 2026 för nämnden för Miljö & Hälsoskydd",
        "datum": "2025-06-12",
        "diarienummer": "MH-2025-03432",
        "handlaggare": "Sofie Axelsson",
        "handlaggare_titel": "Nämndsekreterare",
        "forslag": [("", "Nämnden för Miljö & Hälsoskydd")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag", "Beskrivning av ärendet"],
        "signatories": [("Katarina Öryd", "Förvaltningschef"), ("Tina Carlson", "Verksamhetschef")],
        "send": ["Kommunstyrelsens förvaltning – styrning & ekonomi", "Byggnadsnämnden"],
    },
    "kungsbacka_mh_remiss": {
        "write": write_kungsbacka_mh_remiss,
        "title": (
            "Svar på Landsbygds- och Infrastrukturdepartementets remiss av betänkandet: En ny "
            "kontrollorganisation i livsmedelskedjan – för ökad effektivitet, likvärdighet & "
            "konkurrenskraft (SOU 2025:64)"
        ),
        "datum": "2025-07-01",
        "diarienummer": "MH 2025–2501",
        "handlaggare": "",
        "telefon": "",
        "forslag": [("", "Nämnden för Miljö & Hälsoskydd")],
        "sections": ["Sammanfattning av ärendet", "Beskrivning av ärendet", "Beslutsunderlag"],
        "signatories": [
            ("Katarina Öryd", "förvaltningschef"),
            ("Kasra Hassirian", "förvaltningsjurist"),
        ],
        "send": ["Kommunstyrelsen"],
    },
    "kungsbacka_ks_avtal": {
        "write": write_kungsbacka_ks_avtal,
        "title": (
            "Godkännande av säkerhetsskyddsavtal avseende samverkan inom ramen för "
            "totalförsvarsplaneringen"
        ),
        "datum": "2025-11-11",
        "diarienummer": "KS-2025-00150",
        "handlaggare": "Joel Ledsgård",
        "handlaggare_titel": "Specialist krisberedskap",
        "forslag": [("", "Kommunstyrelsen"), ("", "Kommunstyrelsen")],
        "sections": ["Sammanfattning av ärendet", "Beslutsunderlag", "Beskrivning av ärendet"],
        "signatories": [
            ("Rickard Vidlund", "Kommundirektör"),
            ("Anders Johansson", "Biträdande kommundirektör"),
        ],
        "send": ["Länsstyrelsen i Hallands län, Magnus Fogelblad"],
    },
}
