"""The sixteenth round of real delegationsordningar: Kungsbacka kommun's nämnder, whose whole
delegeringsförteckning is a bilaga of the meeting's handlingar where the nämnd revises it.
Read in the stored pool of Kungsbacka's handlingar (GitHub moggleif/kommunhandlingar,
converted from the published PDFs, search tool `read_file`):

- Nämnden för Individ & Familjeomsorg, 2025-06-12, ärende 4 "Delegeringsförteckning 2025"
  (IF-2025-00116), data/kungsbacka/ifo/2025/2025-06-12/handlingar.md, pages 2-13;
- Nämnden för Vård & Omsorg, 2025-06-12, ärende 5 "Delegeringsförteckning - Nämnden för Vård
  & Omsorg - revidering" (VO-2025-00189), data/kungsbacka/vo/2025/2025-06-12/handlingar.md,
  pages 16-26.

The words are the documents' own, typos kept ("Reperationsbidrag", "tilhörande"); the
bilaga shows the revision with struck and red text, which the PDF's text gives side by side
("Max 2 6 mån.", "bistånd insats"): kept so. Only the number of points is cut down, and the
PDF's page furniture (page numbers) left out. `SIXTEENTH_DOCUMENTS` maps a short name to
(builder, expected points) as in real_delegation_documents.
"""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

# Nämnden för Individ & Familjeomsorg ------------------------------------------------------

IFO_HEADER = [
    "Nr",
    "Lagrum",
    "Delegeringens omfattning",
    "Delegerat till",
    "Med rätt att vidare-delegera",
    "Anmärkning",
]
IFO_FRONT = [
    "Nämnden för Individ & Familjeomsorg",
    "Antagen av nämnden för Individ & Familjeomsorg 2018-12-12 och nämnden för Funktionsstöd "
    "2018-12-11. Senast reviderad av nämnden för Individ & Familjeomsorg 2024-10-17 2025-06-12",
    "IF 2025-00116",
]
IFO_INTRO: list[tuple[str, list[str]]] = [
    (
        "1 Inledning",
        [
            "Nämnden för Individ & Familjeomsorgs ansvar och uppgifter redovisas i nämndens "
            "reglemente. Med denna delegering avses att nämnden överför självständig "
            "beslutanderätt till delegaten, vilket innebär att delegaten får i uppdrag att på "
            "nämndens vägnar fatta beslut i vissa ärenden. Om nämnden väljer att delegera till "
            "förvaltningschefen ska det även framgå om denne har rätt att vidaredelegera "
            "beslutanderätten till annan anställd. Rätten att vidaredelegera anges på lägsta "
            "nivå. Detta innebär att i de fall förvaltningschef har givits rätt att "
            "vidaredelegera till annan tjänsteman har hon även givits rätt att vidaredelegera "
            "till tjänsteman med en högre befattning än den som anges i "
            "delegeringsförteckningen. Vem som beslutanderätten delegeras till ska framgå av "
            "ett särskilt beslut/förteckning av förvaltningschefen.",
            "I de ärendetyper där såväl avslag som bifall kan förekomma omfattar delegationen "
            "såväl beslut om bifall som beslut om avslag, om inte annat anges.",
            "Tjänstemännens namn och funktion framgår av förvaltningens verksamhetssystem.",
        ],
    ),
    (
        "2 Ersättare vid ordinarie delegats frånvaro",
        [
            "Ersättare för nämndens ordförande",
            "Vid förfall för ordförande inträder vice ordförande, om inte annat anges.",
            "Vid ersättare för förvaltningschef",
            "Vid förfall för förvaltningschefen inträder den person som är utsedd till "
            "förvaltningschefens ersättare eller ställföreträdare.",
            "Vid förfall för övriga delegater",
            "1) annan delegat med samma titel anställd på annan enhet och som har erforderlig "
            "kunskap inom aktuellt område. Vem som tar över beslutanderätten ska framgå av "
            "ärendet och registreras i ärende-/verksamhetssystemet.",
            "2) vikarie/ställföreträdare, vilket ska framgå av ärendet och registreras i "
            "ärende-/verksamhetssystemet.",
            "I samtliga fall finns alltid möjligheten att återlämna delegationen till den som "
            "givit delegationen.",
        ],
    ),
]
IFO_ABBREVIATIONS = [
    ("AB", "Allmänna bestämmelser, kollektivavtal"),
    ("BrB", "Brottsbalk"),
    ("Ek handl", "Ekonomihandläggare"),
    ("FB", "Föräldrabalk"),
    ("FC", "Förvaltningschef"),
    ("Förste s s", "Förste socialsekreterare"),
    ("LVU", "Lag med särskilda bestämmelser om vård av unga"),
    ("Pbb", "Prisbasbelopp"),
    ("SFB", "Socialförsäkringsbalk"),
    ("Soc sekr", "Socialsekreterare"),
    ("SoL", "Socialtjänstlag"),
    ("S-protokoll", "Samboprotokoll"),
    ("Utskott", "Nämndens utskott"),
    ("V&O", "Förvaltningen för Vård och Omsorg"),
]
_SOL_1 = "11 kap 1 § SoL\n14 kap. 2 § SoL\n11 kap. 1 a § SoL\n20 kap. 2 § SoL"
_INSATS = "4 kap 1 § SoL\n11 kap. 1 § SoL\n3 kap 6 b § SoL\n21 kap. 1 § SoL"
IFO_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "4.1 Barn och ungdom, bistånd och vård Insatser mm, SoL/FB",
        [
            ["4.1.1", _SOL_1, "Beslut att inleda utredning", "FC", "X", ""],
            [
                "4.1.2",
                _SOL_1,
                "Beslut att inte inleda utredning eller att inledd utredning ska läggas ned",
                "FC",
                "X",
                "",
            ],
            [
                "4.1.4",
                "11 kap 2 § SoL\n20 kap. 3 § SoL",
                "Beslut om förlängning av utredning för viss tid",
                "FC",
                "X",
                "Endast i de särskilda fall som föreskrivs i lagens förarbeten",
            ],
            [
                "4.1.5",
                "11 kap 4 a § SoL\n23 kap. 1 § SoL",
                "Beslut om uppföljning vid avslutad utredning utan beslut om insats",
                "FC",
                "X",
                "Max 2 6 mån. Om barnet bedöms vara i särskilt behov av nämndens stöd eller "
                "skydd men samtycke saknas",
            ],
            [
                "4.1.7",
                "31§ andra stycket LUL",
                "Beslut om att hos polisen begära utredning av brott avseende någon som inte "
                "har fyllt femton år",
                "FC",
                "X",
                "",
            ],
            [
                "4.1.9",
                "4 kap 1 § SoL\n11 kap. 1 § SoL",
                "Beslut om bistånd i form av öppna insatser",
                "FC",
                "X",
                "Innefattar sådana insatser som tillhandahålls utan individuell behovsprövning",
            ],
            [
                "4.1.12",
                _INSATS,
                "Beslut i fråga om nytt bistånd insats i form av kontaktperson eller "
                "kontaktfamilj\n-- Beslut i fråga om fortsatt bistånd insats",
                "FC\nFC",
                "X\nX",
                "För bistånd till barn som har fyllt 12 år krävs ej vårdnads-havares "
                "samtycke. Om det är lämpligt och barnet samtycker",
            ],
            [
                "4.1.14",
                "",
                "Beslut om förordnande och entledigande av kontaktperson eller kontaktfamilj",
                "FC",
                "X",
                ".",
            ],
            [
                "4.1.15",
                "6 kap 8 § SoL\n22 kap. 13 § SoL",
                "Övervägande om vård i annat hem än det egna eller i skyddat boende "
                "fortfarande behövs",
                "Utskott",
                "",
                "Nämnden är skyldig att minst var sjätte månad överväga om vården fortfarande "
                "behövs",
            ],
        ],
    ),
    (
        "4.2 Barn och ungdom, arvoden och ersättningar",
        [
            [
                "4.2.1",
                "6 kap 11 § SoL\n22 kap. 15 § SoL",
                "Beslut om ersättning till särskilt förordnad vårdnadshavare som tidigare "
                "varit familjehemsförälder",
                "FC",
                "X",
                "Särskilt avtal ska ingås mellan nämnden och de nya vårdnadshavarna",
            ],
            [
                "4.2.2",
                "",
                "Beslut om arvode och omkostnadsersättning till kontaktperson/-familj enligt "
                "norm och riktlinjer samt särskilda engångsköp, högst 10% av pbb per år",
                "FC",
                "X",
                "",
            ],
            ["4.2.3", "", "-- Utöver norm och riktlinjer", "FC", "X", ""],
            [
                "4.2.4",
                "",
                "Beslut om ersättning till familjehem (arvode och omkostnadsersättning) "
                "enligt riktlinjer",
                "FC",
                "X",
                "Se aktuellt cirkulär från SKL",
            ],
            ["4.2.5", "", "--upp till 30 % utöver riktlinjer", "FC", "X", ""],
            [
                "4.2.6",
                "",
                "Beslut om ersättning till familjehem (arvode och omkostnadsersättning) "
                "överstigande 30 % utöver riktlinjer",
                "Utskott",
                "",
                "",
            ],
            ["4.2.9", "", "--- över 20% utöver riktlinje", "FC", "X", ""],
        ],
    ),
    (
        "4.3 Lagen med särskilda bestämmelser om vård av unga, LVU",
        [
            [
                "4.3.1",
                "4 § LVU",
                "Beslut om att ansöka om vård enligt LVU hos förvaltningsrätt",
                "Utskott",
                "",
                "",
            ],
            [
                "4.3.4",
                "9 § 3st LVU",
                "Beslut om att ett omedelbart omhändertagande genast skall upphöra",
                "Utskott",
                "",
                "Enligt anm ovan",
            ],
            [
                "4.3.6",
                "8 § 2 p. och 9 a § LVU",
                "Beslut om att till förvaltningsrätt ansöka om fortsatt omhändertagande "
                "enligt 6 a § LVU",
                "Utskott",
                "",
                "",
            ],
            [
                "4.3.10",
                "11 § 4 st LVU",
                "Beslut om den unges personliga förhållanden i den mån beslutet inte är att "
                "hänföra till 11 § 1 och 2 st LVU",
                "FC",
                "X",
                "Får inte leda till att föräldrarna fråntas allt inflytande",
            ],
            [
                "4.3.36",
                "43 § 2 p LVU",
                "Beslut att begära polishandräckning för att genomföra beslut om vård eller "
                "omhändertagande med stöd av LVU",
                "Utskott\nTjänsteman enligt särskilt förordnande då utskottets beslut inte "
                "kan avvaktas",
                "",
                "Bör anlitas endast då andra lösningar inte är möjliga\nFörordnande enligt "
                "separat beslut med förteckning",
            ],
        ],
    ),
]


def write_ifo(path: Path) -> None:
    """Nämnden för Individ & Familjeomsorg's Delegeringsförteckning (see the module): its
    front page, the table of contents, "1 Inledning", "2 Ersättare vid ordinarie delegats
    frånvaro" and "3 Förkortningar" (a short name and a long one a line) before "4
    Verksamhet", whose sections stand as headings over a table each: Nr | Lagrum |
    Delegeringens omfattning | Delegerat till | Med rätt att vidare-delegera | Anmärkning,
    "X" in the fifth column where the förvaltningschef may delegate further."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Delegeringsförteckning\tKungsbacka kommun"
    document.add_paragraph("Delegeringsförteckning", style="Title")
    for line in IFO_FRONT:
        document.add_paragraph(line)
    document.add_paragraph("Innehåll")
    for line in ("1 Inledning\t3", "2 Ersättare vid ordinarie delegats frånvaro\t4"):
        document.add_paragraph(line)
    for line in ("3 Förkortningar\t5", "4 Verksamhet\t7"):
        document.add_paragraph(line)
    for heading, paragraphs in IFO_INTRO:
        document.add_heading(heading, 1)
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_heading("3 Förkortningar", 1)
    for short, long in IFO_ABBREVIATIONS:
        document.add_paragraph(f"{short}\t{long}")
    document.add_heading("4 Verksamhet", 1)
    for title, rows in IFO_CHAPTERS:
        document.add_heading(title, 2)
        _table(document, IFO_HEADER, rows)
    document.save(str(path))


def _roles(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


IFO: list[Expect] = [
    (r[0], title, r[2], _roles(r[3]), [], r[1], r[5]) for title, rows in IFO_CHAPTERS for r in rows
]

# Nämnden för Vård & Omsorg -----------------------------------------------------------------

VO_HEADER = ["Nr", "Lagrum/stöd", "Delegeringens omfattning", "Delegerat till", "Anmärkning"]
VO_HEADER_VILLKOR = [*VO_HEADER[:4], "Anmärkning/villkor"]
VO_RULES = [
    "Nämnden för Vård & Omsorg ansvarar för att sköta vissa av Kungsbacka kommuns "
    "lagstadgade skyldigheter när det gäller vård och omsorg till enskilda enligt hälso- och "
    "sjukvårdslagen och socialtjänstlagen, i enlighet med nämndens reglemente.",
    "Beslutanderätt medför också rätt att underteckna handlingar i ärendet.",
    "Överordnad till delegat har samma beslutanderätt som delegaten.",
    "Som verksamhetschef i delegeringsförteckningen räknas också övriga chefer direkt "
    "underställda förvaltningschefen.",
]
_SOCTJ = "11 kap 1 § socialtjänstlag"
_BAB = "bostadsanpassningsbidrag"
VO_CHAPTERS: list[tuple[str, str, list[str], list[list[str]]]] = [
    (
        "3.1 Bistånd och handläggning enligt socialtjänstlagen",
        "",
        VO_HEADER,
        [
            ["3.1.1", _SOCTJ, "Särskilt boende", "Biståndshandläggare", ""],
            ["3.1.2", _SOCTJ, "Parboende", "Biståndshandläggare", ""],
            [
                "3.1.4",
                _SOCTJ,
                "Hemtjänst",
                "Biståndshandläggare, socialsekreterare IF",
                "",
            ],
            ["3.1.10", "", "Förordnande av kontaktperson", "Biståndshandläggare", ""],
            [
                "3.1.11",
                _SOCTJ,
                "Köp av plats i annan kommun eller förvaltning (extern verkställighet)",
                "Verksamhetschef",
                "",
            ],
            [
                "3.1.14",
                "4 kap 1 § och 11 kap 1 § socialtjänstlag",
                "Tillfälligt bistånd för att undvika nöd, i avvaktan på prövning från "
                "biståndshandläggare",
                "Chef i beredskap",
                "Beslutet skall bara gälla till dess att det omprövats av biståndshandläggare.",
            ],
        ],
    ),
    (
        "3.2 Bostadsanpassningsbidrag",
        "",
        VO_HEADER_VILLKOR,
        [
            [
                "3.2.1",
                f"4-9 §§ lag om {_BAB}",
                "Bostadsanpassningsbidrag – upp till 10 prisbasbelopp",
                "Bostadsanpassningsbidrags-handläggare",
                "",
            ],
            [
                "3.2.2",
                f"4-9 §§ lag om {_BAB}",
                "Bostadsanpassningsbidrag – över 10 prisbasbelopp",
                "Enhetschef",
                "",
            ],
            [
                "3.2.5",
                f"11 §§ lag om {_BAB}",
                "Reperationsbidrag – upp till 10 prisbasbelopp",
                "Bostadsanpassningsbidrags-handläggare",
                "",
            ],
        ],
    ),
    (
        "3.4 Allmänt om handläggning, överklagan, med mera",
        "",
        VO_HEADER_VILLKOR,
        [
            [
                "3.4.2",
                "37-38 §§ förvaltningslag",
                "Ändring av ett pågående gynnande beslut (omprövning)",
                "Delegaten i ursprungsbeslutet",
                "Beslut som är gynnande för enskild får bara ändras till den enskildes "
                "nackdel i vissa fall, se 37 § 2 st förvaltningslag.",
            ],
            [
                "3.4.4",
                "44-46 §§ förvaltningslag",
                "Prövning av om överklagan har inkommit i rätt tid (rättidsprövning) och ska "
                "överlämnas till överinstans eller om den inkommit för sent och ska avvisas.",
                "Delegaten i ursprungsbeslutet, nämndsekreterare",
                "I de fall nämnden fattat ursprungsbeslutet, eller om ordförande tagit ett "
                "brådskande beslut i nämndens ställe, gör nämndsekreterare rättidsprövning.",
            ],
            [
                "3.4.11",
                "14-15 §§ förvaltningslag",
                "Avvisa olämpligt ombud eller förelägga ombud att styrka sin behörighet "
                "genom fullmakt",
                "Enhetschef",
                "",
            ],
        ],
    ),
    (
        "4. Ekonomi, upphandling och avtal",
        "Kommentar: Avrop på ramavtal eller mindre upphandling genom enklare förfaranden "
        "skall ses som verkställighet.",
        VO_HEADER_VILLKOR,
        [
            [
                "4.2",
                "",
                "Inhyrning, uthyrning och uppsägning av fastigheter, lokaler och lägenheter",
                "Förvaltningschef, verksamhetschef",
                "",
            ],
            [
                "4.6",
                "Policy för fordon och tillämpnings-anvisningar",
                "Göra undantag från Policy för fordon i enskilda fall vid särskilda skäl",
                "Förvaltningschef",
                "",
            ],
            [
                "4.9",
                "Regler för kommunens likvidplanering, krav- och inkasso-verksamhet och "
                "kontanthantering",
                "Beslut om att avskriva utestående fordringar\nAvskrivning om högst ett "
                "prisbasbelopp får vidaredelegeras av förvaltningschef.",
                "Förvaltningschef, Biträdande förvaltningschef",
                "",
            ],
        ],
    ),
]


def write_vo(path: Path) -> None:
    """Nämnden för Vård & Omsorg's Delegeringsförteckning (see the module): the title and
    the nämnd, a table of contents, "2. Bestämmelser för nämndens delegering" cut to four of
    its sentences, then "3. Myndighetsutövning och handläggning" whose sections stand as
    headings over a table each (Nr | Lagrum/stöd | Delegeringens omfattning | Delegerat till
    | Anmärkning, from 3.2 on "Anmärkning/villkor"), and "4. Ekonomi, upphandling och avtal"
    with its "Kommentar:" line over its own table, its points numbered 4.1, 4.2. A cell names
    its delegater on one line, parted by commas."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "DELEGERINGSFÖRTECKNING"
    header.add_paragraph("NÄMNDEN FÖR VÅRD & OMSORG")
    document.add_paragraph("Delegeringsförteckning", style="Title")
    document.add_paragraph("Nämnden för Vård & Omsorg")
    document.add_paragraph("Innehållsförteckning")
    document.add_paragraph("1. ALLMÄNT OM DELEGERING\t2")
    document.add_paragraph("2. BESTÄMMELSER FÖR NÄMNDENS DELEGERING\t3")
    document.add_heading("2. Bestämmelser för nämndens delegering", 1)
    for text in VO_RULES:
        document.add_paragraph(text)
    document.add_heading("3. Myndighetsutövning och handläggning", 1)
    for title, note, header_row, rows in VO_CHAPTERS:
        document.add_heading(title, 1 if title.startswith("4.") else 2)
        if note:
            document.add_paragraph(note)
        _table(document, header_row, rows)
    document.save(str(path))


def _delegates(text: str) -> list[str]:
    return [role.strip() for role in text.split(",")]


VO: list[Expect] = [
    (r[0], title, r[2], _delegates(r[3]), [], r[1], r[4])
    for title, _note, _header, rows in VO_CHAPTERS
    for r in rows
]

SIXTEENTH_DOCUMENTS = {"sixteenth_ifo": (write_ifo, IFO), "sixteenth_vo": (write_vo, VO)}
