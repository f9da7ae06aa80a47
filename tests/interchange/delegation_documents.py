"""Word delegationsordningar built the way other kommuner's documents look, one structure at a
time (issue: "import real Word … without losing a word"), and what each must import to.

`testby_document` writes a document in the shape a PDF-to-Word conversion of a real ordning
takes: running headers typed as body text before every page's table, chapter titles as table
rows in any cell, a sub-title, sub-heading rows with a preamble, rows continued across a page
break before and after the repeated header row, a misspelled and an unknown column, multi-line
Delegat cells with a condition, change marks ("NY:") and yellow highlight, hyphenation at line
ends, an abbreviation list in aligned columns and in a table, and a document header in
"Label: value" lines. EXPECTED is what each point must become.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX

HEADER = [
    "Nr",
    "Delegeringens omfattning",
    "Lagrum/stöd",
    "Delegerat till",
    "Med rätt att vidaredelegera",
    "Anmärkning/villkor",
]
TYPO_HEADER = [*HEADER[:4], "Med rätt att vidareelegera", HEADER[5], "Beslutsnivå"]


@dataclass
class Expected:
    nr: str
    arende: str
    lagrum: str = ""
    delegat: list[str] = field(default_factory=list)
    vidaredelegation: str = ""
    anmarkning: str = ""
    heading: str = ""
    marked: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    chapter: str = ""


def running_header(page: int) -> str:
    return f"Testby kommun     Delegering av beslutanderätt Kommunstyrelsen     {page} (9)"


def _row(table, cells: list[str], highlight: bool = False) -> None:
    row = table.add_row()
    for cell, text in zip(row.cells, cells, strict=False):
        lines = text.split("\n")
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(lines[0])
        if highlight and text:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        for line in lines[1:]:
            extra = cell.add_paragraph().add_run(line)
            if highlight:
                extra.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _title_row(table, text: str, column: int = 0, merged: bool = False) -> None:
    row = table.add_row()
    if merged:
        row.cells[0].merge(row.cells[-1]).text = text
    else:
        row.cells[column].text = text


def _page(document, page: int, width: int = 6):
    document.add_paragraph(running_header(page))
    return document.add_table(rows=0, cols=width)


def write_testby_document(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(running_header(1))
    document.add_paragraph("Delegering av beslutanderätt för kommunstyrelsen", style="Title")
    for line in (
        "Beslutad av: Kommunstyrelsen 2022-03-14 § 45",
        "Giltigt från: 2022-04-01",
        "Dnr: KS 2022/77",
        "Ansvarig förvaltning: Kommunledningsförvaltningen",
    ):
        document.add_paragraph(line)
    document.add_heading("1 Inledning", level=1)
    document.add_paragraph("Kommunstyrelsen delegerar beslutanderätt enligt 6 kap. 37 § KL.")
    document.add_paragraph("Beslut på delegation anmäls till kommunstyrelsen.")
    document.add_paragraph(running_header(2))
    document.add_heading("2 Delegeringar", level=1)

    table = _page(document, 3)
    _row(table, HEADER)
    _title_row(table, "2.1 Allmänna ärenden", column=1)
    _row(table, ["2.1.1", "Beslut i brådskande ärenden", "6 kap. 39 § KL", "Ordf.", "Nej", ""])
    _row(
        table,
        [
            "2.1.2",
            "Avvisa för sent inkommen överklagan",
            "45 § FL",
            "Kommunsekreterare",
            "",
            "",
        ],
    )
    _row(
        table,
        [
            "2.1.12",
            "Beslut om utlämnande av allmän handling och uppställande av förbehåll i samband",
            "6 kap. 3 § OSL",
            "Kommunsekreterare",
            "Nej",
            "",
        ],
    )

    table = _page(document, 4)
    _row(table, ["", "med utlämnande till enskild", "", "", "", "Avslag anmäls"])
    _row(table, HEADER)
    _row(
        table,
        [
            "2.1.13",
            "Beslut om ärende-/\nverksamhetssystemet",
            "",
            "Chef för stadsbyggnads-\nkontoret",
            "Ja",
            "",
        ],
    )
    _title_row(table, "2.2 Ekonomi och inköp", merged=True)
    _row(
        table,
        [
            "",
            "Inköp\nFör alla inköp gäller kommunens upphandlingspolicy och riktlinjer för "
            "direktupphandling.",
            "",
            "",
            "",
            "",
        ],
    )
    _row(table, ["2.2.1", "Upphandling upp till 100 000 kr", "LOU", "Enhetschef", "Nej", ""])
    _row(
        table,
        ["2.2.1 a)", "Avrop från ramavtal", "LOU", "Enhetschef\nInköpssamordnare", "Nej", ""],
    )
    _row(
        table,
        ["2.2.2", "NY: Beslut om attesträtt", "", "Ekonomichef", "Ja", "Se attestreglementet"],
    )
    _row(
        table,
        ["2.2.3", "Nedskrivning av fordringar", "", "Ekonomichef", "Nej", "Högst 5 pbb"],
        highlight=True,
    )
    _row(
        table,
        ["2.2.4", "Försäljning av lös egendom upp till ett värde av", "", "Ekonomichef", "", ""],
    )

    table = _page(document, 5, width=7)
    _row(table, TYPO_HEADER)
    _row(table, ["", "10 prisbasbelopp", "", "", "Nej", "", ""])
    _title_row(table, "2.3 Styrelsen som arbetsgivare", column=2)
    _title_row(table, "Kommunövergripande personalärenden", merged=True)
    _row(
        table,
        [
            "2.3.1",
            "Tolkning av lag och avtal",
            "",
            "Ordf.\nVid förfall för ordföranden\nbeslutar 1:e vice ordförande.",
            "Nej",
            "",
            "Nämnd",
        ],
    )
    _title_row(table, "Anställa", column=1)
    _row(table, ["2.3.2", "Anställning av förvaltningschef", "", "KSAU", "Nej", "", "Utskott"])
    _row(
        table,
        [
            "2.3.3",
            "Anställning av övrig personal",
            "",
            "Närmast överordnad chef",
            "Ja",
            "",
            "",
        ],
    )
    _title_row(table, "Avveckla", column=1)
    _row(table, ["2.3.4", "Uppsägning av personliga skäl", "7 § LAS", "HR-chef", "Nej", "", ""])
    _title_row(table, "Annat", column=1)
    _row(
        table,
        [
            "2.3.5",
            "Beslut om bisyssla",
            "7 § LOA",
            "Närmast överordnad chef",
            "Ja",
            "",
            "",
        ],
    )

    table = _page(document, 6)
    _row(table, HEADER)
    _title_row(table, "2.6 Lokaler och fastigheter", column=3)
    _title_row(table, "2.6.5 Hyresavtal", column=1)
    _row(table, ["2.6.5.1", "Teckna hyresavtal upp till tre år", "", "Fastighetschef", "Ja", ""])

    document.add_paragraph(running_header(7))
    document.add_heading("Förkortningar", level=1)
    for line in (
        "KL\tKommunallag (2017:725)",
        "OSL      Offentlighets- och sekretesslag (2009:400)",
        "FL\tFörvaltningslag (2017:900)",
        "LAS = Lag (1982:80) om anställningsskydd",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for short, long in (
        ("LOU", "Lag (2016:1145) om offentlig upphandling"),
        ("LOA", "Lag (1994:260) om offentlig anställning"),
        ("GDPR", "Dataskyddsförordningen (EU) 2016/679"),
        ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ):
        _row(table, [short, long])
    document.add_paragraph(running_header(8))
    document.save(str(path))


EXPECTED = [
    Expected(
        "2.1.1",
        "Beslut i brådskande ärenden",
        "6 kap. 39 § KL",
        ["Ordf."],
        "Nej",
        chapter="2.1 Allmänna ärenden",
    ),
    Expected(
        "2.1.2",
        "Avvisa för sent inkommen överklagan",
        "45 § FL",
        ["Kommunsekreterare"],
        chapter="2.1 Allmänna ärenden",
    ),
    Expected(
        "2.1.12",
        "Beslut om utlämnande av allmän handling och uppställande av förbehåll i samband "
        "med utlämnande till enskild",
        "6 kap. 3 § OSL",
        ["Kommunsekreterare"],
        "Nej",
        "Avslag anmäls",
        chapter="2.1 Allmänna ärenden",
    ),
    Expected(
        "2.1.13",
        "Beslut om ärende-/verksamhetssystemet",
        "",
        ["Chef för stadsbyggnadskontoret"],
        "Ja",
        chapter="2.1 Allmänna ärenden",
    ),
    Expected(
        "2.2.1",
        "Upphandling upp till 100 000 kr",
        "LOU",
        ["Enhetschef"],
        "Nej",
        heading="Inköp\nFör alla inköp gäller kommunens upphandlingspolicy och riktlinjer för "
        "direktupphandling.",
        chapter="2.2 Ekonomi och inköp",
    ),
    Expected(
        "2.2.1 a)",
        "Avrop från ramavtal",
        "LOU",
        ["Enhetschef", "Inköpssamordnare"],
        "Nej",
        chapter="2.2 Ekonomi och inköp",
    ),
    Expected(
        "2.2.2",
        "Beslut om attesträtt",
        "",
        ["Ekonomichef"],
        "Ja",
        "Se attestreglementet",
        marked="ny",
        chapter="2.2 Ekonomi och inköp",
    ),
    Expected(
        "2.2.3",
        "Nedskrivning av fordringar",
        "",
        ["Ekonomichef"],
        "Nej",
        "Högst 5 pbb",
        marked="ny",
        chapter="2.2 Ekonomi och inköp",
    ),
    Expected(
        "2.2.4",
        "Försäljning av lös egendom upp till ett värde av 10 prisbasbelopp",
        "",
        ["Ekonomichef"],
        "Nej",
        chapter="2.2 Ekonomi och inköp",
    ),
    Expected(
        "2.3.1",
        "Tolkning av lag och avtal",
        "",
        ["Ordf."],
        "Nej",
        "Vid förfall för ordföranden beslutar 1:e vice ordförande.",
        extra={"Beslutsnivå": "Nämnd"},
        chapter="2.3 Styrelsen som arbetsgivare",
    ),
    Expected(
        "2.3.2",
        "Anställning av förvaltningschef",
        "",
        ["KSAU"],
        "Nej",
        heading="Anställa",
        extra={"Beslutsnivå": "Utskott"},
        chapter="2.3 Styrelsen som arbetsgivare",
    ),
    Expected(
        "2.3.3",
        "Anställning av övrig personal",
        "",
        ["Närmast överordnad chef"],
        "Ja",
        chapter="2.3 Styrelsen som arbetsgivare",
    ),
    Expected(
        "2.3.4",
        "Uppsägning av personliga skäl",
        "7 § LAS",
        ["HR-chef"],
        "Nej",
        heading="Avveckla",
        chapter="2.3 Styrelsen som arbetsgivare",
    ),
    Expected(
        "2.3.5",
        "Beslut om bisyssla",
        "7 § LOA",
        ["Närmast överordnad chef"],
        "Ja",
        heading="Annat",
        chapter="2.3 Styrelsen som arbetsgivare",
    ),
    Expected(
        "2.6.5.1",
        "Teckna hyresavtal upp till tre år",
        "",
        ["Fastighetschef"],
        "Ja",
        heading="2.6.5 Hyresavtal",
        chapter="2.6 Lokaler och fastigheter",
    ),
]
ABBREVIATIONS = ["KL", "OSL", "FL", "LAS", "LOU", "LOA", "GDPR", "KSAU"]


def actual(chapter, point) -> Expected:
    return Expected(
        point.nr,
        point.arende,
        point.lagrum,
        point.delegat,
        point.vidaredelegation,
        point.anmarkning,
        point.heading,
        point.marked,
        point.extra,
        chapter.title,
    )


def write_exempelvik_document(path: Path) -> None:
    """Another kommun's shape: the header as a label | value table, unnumbered chapters as
    Word headings before each table, the column header only on the first page (the next
    page's table starts with a continuation), other column names ("Beslutsfattare",
    "Ersättare vid förfall"), "Sida 2 av 4" typed between the tables, conditions and comma-
    separated abbreviations in Delegat cells, and the abbreviations two pairs to a row."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunstyrelsen", style="Title")
    header = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Beslutad av", "Kommunstyrelsen"),
        ("Beslutsdatum", "2021-09-13"),
        ("Dnr", "KS 2021/5"),
        ("Dokumentansvarig", "Kanslichef"),
    ):
        _row(header, [label, value])
    document.add_heading("Inledning", level=1)
    document.add_paragraph("Delegering innebär att beslutanderätten flyttas till en delegat.")
    document.add_paragraph("Beslut anmäls vid nästa sammanträde.", style="List Bullet")
    document.add_heading("Allmänna ärenden", level=1)
    table = document.add_table(rows=0, cols=6)
    _row(table, ["Nr", "Ärende", "Lagrum", "Beslutsfattare", "Ersättare vid förfall", "Anm."])
    _row(table, ["1.1", "Brådskande ärenden", "6 kap. 39 § KL", "KSO, KD", "", ""])
    remiss = "Yttranden i remisser av mindre vikt"
    _row(table, ["1.2", remiss, "", "Kommundirektör", "Kanslichef", ""])
    document.add_paragraph("Sida 2 av 4")
    table = document.add_table(rows=0, cols=6)
    _row(table, ["", "", "", "", "eller ekonomichef", ""])
    _row(table, ["1.3", "Ändring av ärendes diarienummer", "", "Registrator", "", ""])
    document.add_heading("Ekonomi", level=1)
    table = document.add_table(rows=0, cols=6)
    _row(table, ["Nr", "Ärende", "Lagrum", "Beslutsfattare", "Ersättare vid förfall", "Anm."])
    _row(
        table,
        [
            "2.1",
            "Avskrivning av fordran",
            "",
            "Ordf.\nI brådskande fall får vice ordf. besluta",
            "",
            "Högst 1 pbb",
        ],
    )
    _row(table, ["2.2", "Placering av medel", "", "Ekonomichef", "Controller", ""])
    document.add_paragraph("Sida 3 av 4")
    document.add_heading("Förkortningar och lagar", level=1)
    table = document.add_table(rows=0, cols=4)
    _row(table, ["KL", "Kommunallag (2017:725)", "FL", "Förvaltningslag (2017:900)"])
    _row(table, ["KSO", "Kommunstyrelsens ordförande", "KD", "Kommundirektör"])
    document.add_paragraph("Sida 4 av 4")
    document.save(str(path))


@dataclass
class Short:
    nr: str
    arende: str
    delegat: list[str]
    ersattare: list[str] = field(default_factory=list)
    anmarkning: str = ""
    chapter: str = ""


EXEMPELVIK = [
    Short("1.1", "Brådskande ärenden", ["KSO", "KD"], chapter="Allmänna ärenden"),
    Short(
        "1.2",
        "Yttranden i remisser av mindre vikt",
        ["Kommundirektör"],
        ["Kanslichef eller ekonomichef"],
        chapter="Allmänna ärenden",
    ),
    Short("1.3", "Ändring av ärendes diarienummer", ["Registrator"], chapter="Allmänna ärenden"),
    Short(
        "2.1",
        "Avskrivning av fordran",
        ["Ordf."],
        anmarkning="Högst 1 pbb\nI brådskande fall får vice ordf. besluta",
        chapter="Ekonomi",
    ),
    Short("2.2", "Placering av medel", ["Ekonomichef"], ["Controller"], chapter="Ekonomi"),
]


def short(chapter, point) -> Short:
    return Short(
        point.nr, point.arende, point.delegat, point.ersattare, point.anmarkning, chapter.title
    )
