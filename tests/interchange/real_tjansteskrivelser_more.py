"""More real tjänsteskrivelser rebuilt as Word files (see real_tjansteskrivelser): Katrineholm
(the letterhead in a table with Vår handläggare, the handläggare's e-mail in the footer),
Karlskoga ("Tjänsteskrivelse KS" and "Handläggare: …" on lines, bold headings, a sub-heading
inside Beskrivning av ärendet), Tranås ("att"-satser under a lead-in sentence, "Expedieras
till") and Tyresö (typed numbers under "Kommunstyrelsens förslag till kommunfullmäktige")."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table

KATRINEHOLM_URL = (
    "https://5dok.org/document/zkw7pmxm-sammantr%C3%A4dande-organkulturn%C3%A4mnden.html"
)
KARLSKOGA_URL = (
    "http://docplayer.se/11748164-Arende-5-motion-om-att-ge-barnen-en-giftfri-vardag.html"
)
TRANAS_URL = "http://docplayer.se/569028-Fortydligande-ansvar-for-medlemmar-i-kommuninvest.html"
TYRESO_URL = "https://insynsverige.se/tyreso-ks/protokoll?date=2015-05-12"


def write_katrineholm(path: Path) -> None:
    """Katrineholms kommun, kulturförvaltningen, "Internkontrollrapport kulturförvaltningen
    2019", KULN/2019:101 - 012, 2019-11-20, in the kallelse to kulturnämnden 2019-12-10
    (KATRINEHOLM_URL): "TJÄNSTESKRIVELSE 1 (1)" and a table "Datum | Vår beteckning" with the
    förvaltning and "ADM" in the page header; in the body a table "Vår handläggare | Ert datum
    | Er beteckning" over "Elin Selig", then "Kulturnämnden"; the kommun's address, the
    handläggare's phone and e-mail in a footer table. The transcript stops inside the
    Sammanfattning; its first sentence is kept."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "TJÄNSTESKRIVELSE\t1 (1)"
    table(
        header,
        [
            ["", "Datum", "Vår beteckning"],
            ["Kulturförvaltningen", "2019-11-20", "KULN/2019:101 - 012"],
            ["ADM", "", ""],
        ],
    )
    table(
        document.sections[0].footer,
        [
            ["KATRINEHOLMS KOMMUN", "Besöksadress: Djulögatan 27", "Org.nummer 212000-0340"],
            ["Kulturförvaltningen", "Telefon: 0150-576 27", "www.katrineholm.se"],
            ["641 80 KATRINEHOLM", "E-post: elin.selig@katrineholm.se", ""],
        ],
    )
    table(document, [["Vår handläggare", "Ert datum", "Er beteckning"], ["Elin Selig", "", ""]])
    document.add_paragraph("Kulturnämnden")
    document.add_heading("Internkontrollrapport kulturförvaltningen 2019", 1)
    document.add_heading("Förvaltningens förslag till beslut", 2)
    document.add_paragraph(
        "Kulturnämnden beslutar godkänna internkontrollrapporten för 2019 samt överlämna ärendet "
        "till kommunstyrelsen för vidare handläggning."
    )
    document.add_heading("Sammanfattning av ärendet", 2)
    document.add_paragraph(
        "Nämnderna har det yttersta ansvaret för den interna kontrollen inom sitt "
        "verksamhetsområde."
    )
    document.save(path)


def write_karlskoga(path: Path) -> None:
    """Karlskoga kommun, "Svar på motion om att ge barnen en giftfri vardag", ärende 5 to
    kommunstyrelsen (KARLSKOGA_URL): "Tjänsteskrivelse KS" and "Handläggare: Karin Jirénius"
    on lines of their own, the title, then bold parts: Sammanfattning, Beslutsunderlag (one
    line each), Bakgrund, Beskrivning av ärendet with "Barn- och utbildningsnämnden" bold
    under it; the file's path and the kommun's address in the footer. The transcript stops
    before Förslag till beslut: the file has none (a real draft can lack one too)."""
    document = docx.Document()
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "c:\\temp\\kjis96pene.doc"
    footer.add_paragraph("POSTADRESS FAKTURAADRESS TELEFON E-POSTADRESS PLUSGIRO KARLSKOGA")
    lines(document, ["Tjänsteskrivelse KS", "Handläggare: Karin Jirénius"])
    bold(document, "Svar på motion om att ge barnen en giftfri vardag")
    motion = (
        "Börje Engholm (MP) har i en motion, daterad den 23 april 2012, föreslagit att "
        "kommunfullmäktige beslutar att kommunens samtliga förskolor ska göras fria från "
        "miljögifter och att därmed påbörja miljödiplomering av förskolorna i enlighet med "
        "motionen."
    )
    bold(document, "Sammanfattning")
    document.add_paragraph(motion)
    bold(document, "Beslutsunderlag")
    lines(
        document,
        [
            "Kommunstyrelsens ledningskontors tjänsteskrivelse den 12 april 2013",
            "Barn- och utbildningsförvaltningens tjänsteskrivelse den 6 mars 2013",
            "Barn- och utbildningsnämndens beslut den 18 mars",
            "Samhällsbyggnadsförvaltningens tjänsteskrivelse den 28 februari 2013",
            "Samhällsbyggnadsnämndens beslut den 12 mars 2013",
            "Upphandlingsenhetens tjänsteskrivelse den 22 februari 2013",
        ],
    )
    bold(document, "Bakgrund")
    document.add_paragraph(motion)
    document.add_paragraph(
        "Kommunfullmäktige har den 24 april 2012 beslutat att remittera motionen till "
        "kommunstyrelsen."
    )
    bold(document, "Beskrivning av ärendet")
    bold(document, "Barn- och utbildningsnämnden")
    document.add_paragraph(
        "Barn- och utbildningsnämnden har den 19 mars 2013 i 29 behandlat yttrande över motionen."
    )
    document.save(path)


TRANAS_ATTS = [
    "att med Kommuninvest ekonomisk förening och medlemmarna i föreningen samt Kommuninvest i "
    "Sverige AB ingå nytt regressavtal",
    'att regressavtalet ska ersätta nuvarande regressavtal, benämnt "Avtal", daterat med '
    "början den 7 maj 1993",
    "att med Kommuninvest i Sverige AB ingå avtal gällande Tranås kommuns ansvar för "
    "Kommuninvest i Sverige AB:s motpartsexponeringar avseende derivat",
    "att bemyndigar kommunstyrelsens ordförande och ekonomichef i förening att underteckna "
    "ovan angivna avtal för Tranås kommuns räkning.",
]


def write_tranas(path: Path) -> None:
    """Tranås kommun, "Förtydligande ansvar för medlemmar i Kommuninvest", Dnr 215/11
    (TRANAS_URL): the transcript gives the arbetsutskott's § 99 and, after it, the head of the
    KL-förvaltningen's tjänsteskrivelse ("Dnr 215/11 Datum: Handläggare: Rosie-Marie Fors
    Sammanfattning"); its text stops there. Rebuilt: that head (Datum left empty, as the
    transcript has it), then the § 99 text as its Sammanfattning and its four att-satser
    under their lead-in sentence, each "att" a paragraph of its own, and "Expedieras till".
    Two scanning errors are put right ("hurproceduren", "tör")."""
    document = docx.Document()
    lines(document, ["Kommunledningsförvaltningen", "Dnr 215/11", "Datum:"])
    document.add_paragraph("Handläggare: Rosie-Marie Fors")
    bold(document, "Förtydligande ansvar för medlemmar i Kommuninvest")
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "Två nya avtalsförslag har upprättats mellan Kommuninvest i Sverige AB, "
            "Kommuninvest ekonomisk förening och medlemmarna i Kommuninvest ekonomisk "
            "förening. Avtalen berör regress m.m. och kommunernas ansvar för Kommuninvests "
            "motpartsexponeringar avseende derivat.",
            "Avtal om regress beskriver medlemmarnas inbördes ansvar och hur proceduren ser ut "
            "om krav på betalning framförs. Avtalet ersätter nuvarande avtal.",
            "Anledningen till förändringarna är att förtydliga medlemsansvaret.",
        ],
    )
    document.add_paragraph("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta")
    lines(document, TRANAS_ATTS)
    bold(document, "Expedieras till")
    document.add_paragraph("Kommunstyrelsen")
    document.save(path)


TYRESO_ATTS = [
    "Tyresö kommun ingår borgen för den ideella föreningen Tyresö Strands Båtklubb (TSBK) "
    "såsom för egen skuld upp till ett belopp om maximalt fyra miljoner kronor jämte ränta och "
    "andra kostnader. För detta ska TSBK till kommunen utge en borgensavgift som årligen "
    "beslutas av fullmäktige, för närvarande 0,4 procent på aktuell upplåning.",
    "Borgensåtagandet gäller till och med 2026-07-31.",
    "I den händelse kommunen tvingas infria borgen, helt eller delvis, övergår äganderätten "
    "till samtliga båtplatsbryggor till kommunen tills dess att skulden är till fullo "
    "reglerad.",
    "Tyresö Strand Båtklubb ska kunna visa att övrig finansiering föreligger innan kommunen "
    "tecknar borgen.",
    "Ekonomichefen får besluta huruvida beslutspunkt 4 är uppfylld, samt underteckna "
    "borgenshandlingarna.",
]


def write_tyreso(path: Path) -> None:
    """Tyresö kommun, "Kommunal borgen Tyresö Strands båtklubb", Dnr 2015/KS 0246 11, ärende 2
    to kommunstyrelsen 2015-05-12 (TYRESO_URL): the kallelse publishes the tjänsteskrivelse's
    text; rebuilt as the Word file it came from: the title as a heading, "Dnr …" on a line,
    "Kommunstyrelsens förslag till kommunfullmäktige" over five att-satser with typed numbers
    ("1. …"), Beskrivning av ärendet cut after its first sentence; the third att-sats keeps
    its first sentence only."""
    document = docx.Document()
    document.add_heading("Kommunal borgen Tyresö Strands båtklubb", 1)
    document.add_paragraph("Dnr 2015/KS 0246 11")
    document.add_heading("Kommunstyrelsens förslag till kommunfullmäktige", 2)
    lines(document, [f"{n}. {text}" for n, text in enumerate(TYRESO_ATTS, start=1)])
    document.add_heading("Beskrivning av ärendet", 2)
    document.add_paragraph(
        "Tyresö Strands Båtklubb (TSBK) ansöker om kommunal borgen för klubbens banklån om "
        "maximalt fyra miljoner kronor för finansiering av nya båtplatsbryggor, anslutande till "
        "den pir kommunen avser att anlägga inom området vid Strandängarna."
    )
    document.save(path)


UPPLANDS_BRO_2013_URL = (
    "http://docplayer.se/2457200-Handlingar-till-socialnamndens-sammantrade-den-19-september-"
    "2013.html"
)


def write_upplands_bro_2013(path: Path) -> None:
    """Upplands-Bro kommun, socialkontoret, "Delårsbokslut 2 med helårsprognos 2013", in the
    handlingar to socialnämnden 2013-09-19 (UPPLANDS_BRO_2013_URL), the kommun's template five
    years before the other Upplands-Bro file: "Socialkontoret TJÄNSTESKRIVELSE", a table
    "Handläggare, telefon | Datum | Vår beteckning" whose values the transcript lost but for
    "Martin Taavola," and "Dnr" (kept as they stand), "Socialnämnden"; bold parts; the
    signatures under "SOCIALKONTORET", a title on two lines; "Bilagor:" and "Kopia av beslut
    till:" with their content on the same line. Built after the reader was written, to
    measure it on a file it was not tuned on; the amounts the transcript lost are left out
    of Sammanfattning."""
    document = docx.Document()
    lines(document, ["Socialkontoret", "TJÄNSTESKRIVELSE"])
    table(
        document,
        [["Handläggare, telefon", "Datum", "Vår beteckning"], ["Martin Taavola,", "", "Dnr"]],
    )
    document.add_paragraph("Socialnämnden")
    bold(document, "Delårsbokslut 2 med helårsprognos 2013")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Socialnämnden beslutar godkänna delårsbokslut 2 med helårsprognos 2013 per den 31 "
        "augusti 2013 och översända densamma till kommunstyrelsen."
    )
    bold(document, "Sammanfattning")
    document.add_paragraph("Delårsbokslut (resultat tom 31/8 2013)")
    document.add_paragraph(
        "Helårsprognos (prognostiserat resultat på helåret 2013) Socialnämnden visar på en "
        "budget i balans."
    )
    bold(document, "Beslutsunderlag")
    document.add_paragraph("Socialkontorets tjänsteskrivelse daterad den 19 september")
    lines(
        document,
        [
            "SOCIALKONTORET",
            "Eva Folke\nSocialchef",
            "Jesper Kyrk\nAvdelningschef, Kvalitets- och verksamhetstöd",
        ],
    )
    document.add_paragraph("Bilagor: Delårsbokslut 2 med helårsprognos 2013")
    document.add_paragraph("Kopia av beslut till: Kommunstyrelsen")
    document.save(path)
