"""Word delegationsordningar laid out as real kommuner's are, and what each must import to.

Each builder reproduces the table layout of one published document (the source is named in
its docstring): its column set and order, its point ids, where its chapter titles stand (Word
headings between tables, rows spanning the table, rows in one cell), its running headers and
footers typed as text, a revision history and a table of contents before the points, cells
merged down over several points, bullet lines inside cells and repeated header rows. The
wording of the points follows the documents; only the number of points is cut down.

`REAL_DOCUMENTS` maps a short name to (builder, expected points); a point is expected as
(nr, chapter, ärende, delegat, ersättare, lagrum, anmärkning).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

Expect = tuple[str, str, str, list[str], list[str], str, str]


def _cells(row, texts: list[str]) -> None:
    for cell, text in zip(row.cells, texts, strict=False):
        lines = text.split("\n")
        cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line)


def _table(document, header: list[str] | None, rows: list[list[str]], width: int | None = None):
    table = document.add_table(rows=0, cols=width or len(header or rows[0]))
    if header:
        _cells(table.add_row(), header)
    for texts in rows:
        row = table.add_row()
        if len(texts) == 1:  # a title row across the table
            row.cells[0].merge(row.cells[-1]).text = texts[0]
        else:
            _cells(row, texts)
    return table


def add_footnote(document, paragraph, text: str) -> None:
    """A Word footnote on `paragraph` (python-docx writes none: the part is made here)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    notes = getattr(document, "_test_notes", None)
    if notes is None:
        notes = document._test_notes = []
        part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, b"", None)
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        document._test_notes_part = part
    notes.append(text)
    number = len(notes)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
    )
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
        "</w:p></w:footnote>"
        for i, t in enumerate(notes, start=1)
    )
    document._test_notes_part._blob = (
        f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        f"<w:separator/></w:r></w:p></w:footnote>{body}</w:footnotes>"
    ).encode()


def _merge_down(table, column: int, first: int, last: int) -> None:
    """One cell of `column` from row `first` to `last` (a Delegat shared by several points):
    the text of the top cell stays, the others are emptied first, as Word does."""
    top = table.rows[first].cells[column]
    for index in range(first + 1, last + 1):
        cell = table.rows[index].cells[column]
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.text = ""
    top.merge(table.rows[last].cells[column])
    # merge() joins the texts of all cells; keep the top one only.
    keep = top.paragraphs[0].text
    for paragraph in top.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    top.paragraphs[0].text = keep


# Vara kommun --------------------------------------------------------------------------------

VARA_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Anmärkning"]


def write_vara(path: Path) -> None:
    """Vara kommun, "Kommunstyrelsens tillika krisledningsnämndens delegationsordning",
    Kommunstyrelsen 10 april 2024 § 38 (https://vara.se/kommunochpolitik/…/
    kommunstyrelsenstillikakrisledningsnamndensdelegationsordning.1299.html): one document
    for two organs ("Kommunstyrelsen punkt 1-8, Krisledningsnämnden punkt 9"), chapters as
    Word headings between the tables, one Delegat cell merged down over two points."""
    document = docx.Document()
    document.add_heading("Kommunstyrelsens tillika krisledningsnämndens delegationsordning", 0)
    document.add_paragraph("Kommunstyrelsen 10 april 2024 § 38")
    document.add_paragraph("Kommunstyrelsen punkt 1-8, Krisledningsnämnden punkt 9")
    document.add_heading("Delegation", 1)
    document.add_heading("Allmänt om delegation", 2)
    document.add_paragraph(
        "Delegation enligt kommunallagens bestämmelser innebär att beslutanderätt flyttas över "
        "till någon annan (delegaten)."
    )
    document.add_paragraph("En chef har alltid samma beslutanderätt som sina underställda.")
    document.add_heading("1. Allmänna ärenden", 1)
    _table(
        document,
        VARA_HEADER,
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan "
                "avvaktas",
                "Kommunstyrelsens ordförande",
                "Kommunstyrelsens 1:e vice ordförande",
                "6 kap. 39 § KL",
                "Anmäls vid nästa sammanträde",
            ],
            [
                "1.2",
                "Avvisa överklagande som kommit in för sent",
                "Kommunsekreterare",
                "Kanslichef",
                "45 § FL",
                "",
            ],
            [
                "1.3",
                "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
                "Kommundirektör, kanslichef",
                "Kommunsekreterare",
                "6 kap. 3 § OSL",
                "",
            ],
            [
                "1.4",
                "Yttrande över ansökan om tillstånd enligt ordningslagen",
                "Kommundirektör / kanslichef",
                "",
                "3 kap. 1 § OL",
                "",
            ],
        ],
    )
    document.add_heading("2. Ekonomi", 1)
    table = _table(
        document,
        VARA_HEADER,
        [
            [
                "2.1",
                "Upphandling och tecknande av avtal inom budget upp till 10 prisbasbelopp",
                "Ekonomichef",
                "Kommundirektör",
                "LOU",
                "",
            ],
            [
                "2.2",
                "Avrop från ramavtal",
                "",
                "Kommundirektör",
                "LOU",
                "",
            ],
            [
                "2.3",
                "Avskrivning av fordran upp till 1 prisbasbelopp",
                "Ekonomichef",
                "",
                "",
                "Över 1 prisbasbelopp beslutar arbetsutskottet",
            ],
        ],
    )
    _merge_down(table, 2, 1, 2)
    document.add_heading("3. Personal", 1)
    _table(
        document,
        VARA_HEADER,
        [
            [
                "3.1",
                "Anställning av förvaltningschef",
                "Kommundirektör",
                "",
                "",
                "Efter samråd med arbetsutskottet",
            ],
            ["3.2", "Lönesättning vid nyanställning", "Närmaste chef", "HR-chef", "", ""],
        ],
    )
    document.add_heading("9. Krisledningsnämnden", 1)
    _table(
        document,
        VARA_HEADER,
        [
            [
                "9.1",
                "Beslut om att extraordinär händelse föreligger och att krisledningsnämnden ska "
                "träda i funktion",
                "Krisledningsnämndens ordförande",
                "Krisledningsnämndens vice ordförande",
                "2 kap. 2 § LEH",
                "",
            ],
            [
                "9.2",
                "Beslut om att överta verksamhetsområden från andra nämnder",
                "Krisledningsnämnden",
                "",
                "2 kap. 3 § LEH",
                "",
            ],
        ],
    )
    document.save(str(path))


VARA: list[Expect] = [
    (
        "1.1",
        "1. Allmänna ärenden",
        "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas",
        ["Kommunstyrelsens ordförande"],
        ["Kommunstyrelsens 1:e vice ordförande"],
        "6 kap. 39 § KL",
        "Anmäls vid nästa sammanträde",
    ),
    (
        "1.2",
        "1. Allmänna ärenden",
        "Avvisa överklagande som kommit in för sent",
        ["Kommunsekreterare"],
        ["Kanslichef"],
        "45 § FL",
        "",
    ),
    (
        "1.3",
        "1. Allmänna ärenden",
        "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
        # Two delegates, either of whom decides ("Kommundirektör, ekonomichef" the same).
        ["Kommundirektör", "kanslichef"],
        ["Kommunsekreterare"],
        "6 kap. 3 § OSL",
        "",
    ),
    (
        "1.4",
        "1. Allmänna ärenden",
        "Yttrande över ansökan om tillstånd enligt ordningslagen",
        ["Kommundirektör / kanslichef"],
        [],
        "3 kap. 1 § OL",
        "",
    ),
    (
        "2.1",
        "2. Ekonomi",
        "Upphandling och tecknande av avtal inom budget upp till 10 prisbasbelopp",
        ["Ekonomichef"],
        ["Kommundirektör"],
        "LOU",
        "",
    ),
    ("2.2", "2. Ekonomi", "Avrop från ramavtal", ["Ekonomichef"], ["Kommundirektör"], "LOU", ""),
    (
        "2.3",
        "2. Ekonomi",
        "Avskrivning av fordran upp till 1 prisbasbelopp",
        ["Ekonomichef"],
        [],
        "",
        "Över 1 prisbasbelopp beslutar arbetsutskottet",
    ),
    (
        "3.1",
        "3. Personal",
        "Anställning av förvaltningschef",
        ["Kommundirektör"],
        [],
        "",
        "Efter samråd med arbetsutskottet",
    ),
    (
        "3.2",
        "3. Personal",
        "Lönesättning vid nyanställning",
        ["Närmaste chef"],
        ["HR-chef"],
        "",
        "",
    ),
    (
        "9.1",
        "9. Krisledningsnämnden",
        "Beslut om att extraordinär händelse föreligger och att krisledningsnämnden ska träda i "
        "funktion",
        ["Krisledningsnämndens ordförande"],
        ["Krisledningsnämndens vice ordförande"],
        "2 kap. 2 § LEH",
        "",
    ),
    (
        "9.2",
        "9. Krisledningsnämnden",
        "Beslut om att överta verksamhetsområden från andra nämnder",
        ["Krisledningsnämnden"],
        [],
        "2 kap. 3 § LEH",
        "",
    ),
]


# Sollentuna kommun ----------------------------------------------------------------------------

SOLLENTUNA_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]


def write_sollentuna(path: Path) -> None:
    """Sollentuna kommun, "Delegationsordning för kommunstyrelsen" (http://docplayer.se/
    3857432-Forutsattningar-for-delegering-4-lagregler-om-delegering-4.html): a revision
    history in lines under the title, a table of contents, "Sida N av 30" footers typed as
    text, chapter and section titles as rows spanning the table ("1 Myndighetsuppgifter",
    "1.7 Beslut enligt …"), a section title ending in a colon, a point whose Ärende is a
    list of dashes, and the header row repeated at the top of each page. The footnote on a
    Lagrum is ours (the excerpt shows none), as Word documents of this kind carry them."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunstyrelsen", style="Title")
    for line in (
        "Antagen av kommunstyrelsen 2011-09-29, § 224 Dnr 2011/391 KS.023",
        "Reviderad av kommunstyrelsen 2012-04-26, § 86 Dnr 2012/129 KS.022",
        "Reviderad av kommunstyrelsen 2014-11-27, § 269, Dnr 2014/0640 KS.023",
    ):
        document.add_paragraph(line)
    document.add_paragraph("Innehållsförteckning")
    for line in (
        "Förutsättningar för delegering\t4",
        "Lagregler om delegering\t4",
        "1 Myndighetsuppgifter\t6",
        "2 Fastighetsärenden\t10",
    ):
        document.add_paragraph(line)
    document.add_paragraph("Sida 1 av 30")
    document.add_heading("Förutsättningar för delegering", 1)
    document.add_heading("Lagregler om delegering", 2)
    rule = document.add_paragraph(
        "Enligt 6 kap. 37 § kommunallagen får kommunstyrelsen uppdra åt ett utskott, åt en "
        "ledamot eller ersättare eller åt en anställd hos kommunen att besluta på styrelsens "
        "vägnar."
    )
    add_footnote(document, rule, "Kommunallagen (2017:725)")
    document.add_paragraph("Sida 4 av 30")
    document.add_heading("Förteckning över delegater m.m.", 1)
    table = _table(
        document,
        SOLLENTUNA_HEADER,
        [
            ["1 Myndighetsuppgifter"],
            ["1.1 Skydds-, säkerhets- och totalförsvarsärenden"],
            [
                "1.1.1",
                "Beslut om tillträdesskydd för kommunens skyddsobjekt",
                "Säkerhetschef",
                "Skyddslagen",
                "",
            ],
            ["1.2 Beslut enligt arkivlagen"],
            [
                "1.2.1",
                "Beslut om gallring av allmänna handlingar",
                "Kommunarkivarie",
                "10 § AL",
                "",
            ],
            ["1.7 Beslut enligt lagen om vidareutnyttjande av handlingar från den offentliga "],
        ],
    )
    add_footnote(document, table.rows[5].cells[3].paragraphs[0], "Arkivlagen (1990:782)")
    document.add_paragraph("Sida 8 av 30")
    _table(
        document,
        SOLLENTUNA_HEADER,
        [
            ["förvaltningen"],
            [
                "1.7.1",
                "Beslut om avgift för vidareutnyttjande av handlingar",
                "Kanslichef",
                "Lag (2010:566)",
                "",
            ],
            ["1.8 Beslut enligt förvaltningslagen"],
            [
                "1.8.1",
                "Avvisning av för sent inkommet överklagande",
                "Kommunsekreterare",
                "45 § FL",
                "",
            ],
            ["2 Fastighetsärenden"],
            [
                "2.1 Köp och försäljning av fastighet eller fastighetsdel, inom ramen för "
                "fullmäktiges bemyndigande till kommunstyrelsen:"
            ],
            [
                "2.1.1",
                "- till ett värde om högst 50 prisbasbelopp",
                "Kommunstyrelsens ordförande",
                "",
                "",
            ],
            [
                "2.1.2",
                "- till ett värde om högst 10 prisbasbelopp",
                "Mark- och exploateringschef",
                "",
                "",
            ],
            ["2.2 Köp och försäljning av bostadsrätt"],
            [
                "2.2.1",
                "Köp och försäljning av bostadsrätt",
                "Fastighetschef",
                "",
                "Anmäls till kommunstyrelsen",
            ],
            ["2.7 Beslut om"],
            [
                "2.7.1",
                "Beslut om\n- rivning av kommunägd byggnad\n- att i anslutning till detta göra "
                "erforderliga upphandlingar och anta eller förkasta anbud samt\n- att för detta "
                "ändamål ta i anspråk medel ur kommunstyrelsens fastighetsbudget",
                "Fastighetschef",
                "",
                "",
            ],
        ],
    )
    document.add_paragraph("Sida 9 av 30")
    document.save(str(path))


SOLLENTUNA: list[Expect] = [
    (
        "1.1.1",
        "1.1 Skydds-, säkerhets- och totalförsvarsärenden",
        "Beslut om tillträdesskydd för kommunens skyddsobjekt",
        ["Säkerhetschef"],
        [],
        "Skyddslagen",
        "",
    ),
    (
        "1.2.1",
        "1.2 Beslut enligt arkivlagen",
        "Beslut om gallring av allmänna handlingar",
        ["Kommunarkivarie"],
        [],
        "10 § AL",
        "Fotnot: Arkivlagen (1990:782)",
    ),
    (
        "1.7.1",
        "1.7 Beslut enligt lagen om vidareutnyttjande av handlingar från den offentliga "
        "förvaltningen",
        "Beslut om avgift för vidareutnyttjande av handlingar",
        ["Kanslichef"],
        [],
        "Lag (2010:566)",
        "",
    ),
    (
        "1.8.1",
        "1.8 Beslut enligt förvaltningslagen",
        "Avvisning av för sent inkommet överklagande",
        ["Kommunsekreterare"],
        [],
        "45 § FL",
        "",
    ),
    (
        "2.1.1",
        "2.1 Köp och försäljning av fastighet eller fastighetsdel, inom ramen för fullmäktiges "
        "bemyndigande till kommunstyrelsen:",
        "- till ett värde om högst 50 prisbasbelopp",
        ["Kommunstyrelsens ordförande"],
        [],
        "",
        "",
    ),
    (
        "2.1.2",
        "2.1 Köp och försäljning av fastighet eller fastighetsdel, inom ramen för fullmäktiges "
        "bemyndigande till kommunstyrelsen:",
        "- till ett värde om högst 10 prisbasbelopp",
        ["Mark- och exploateringschef"],
        [],
        "",
        "",
    ),
    (
        "2.2.1",
        "2.2 Köp och försäljning av bostadsrätt",
        "Köp och försäljning av bostadsrätt",
        ["Fastighetschef"],
        [],
        "",
        "Anmäls till kommunstyrelsen",
    ),
    (
        "2.7.1",
        "2.7 Beslut om",
        "Beslut om\n- rivning av kommunägd byggnad\n- att i anslutning till detta göra "
        "erforderliga upphandlingar och anta eller förkasta anbud samt\n- att för detta "
        "ändamål ta i anspråk medel ur kommunstyrelsens fastighetsbudget",
        ["Fastighetschef"],
        [],
        "",
        "",
    ),
]


# Huddinge kommun ------------------------------------------------------------------------------

HUDDINGE_HEADER = ["Nr", "Beslutanderätt", "Delegat", "Vidaredelegering", "Anmärkning"]


def write_huddinge(path: Path) -> None:
    """Huddinge kommun, "Delegationsordning för kommunstyrelsen (HKF 9210)" as its revision
    describes it (http://docplayer.se/1533940-Revidering-av-reglemente-for-huddinge-
    kommuns-upphandling-hkf-9420-samt-oversyn-av-delegationsordning-for-kommunstyrelsen-
    hkf-9210.html): lettered sections as Word headings ("B. Ekonomiärenden inom
    kommunstyrelsens egen förvaltning"), point ids with a letter and inconsistent spacing
    ("B1.1", "B 1.4"), group titles as rows spanning the table ("B1 Upphandling")."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunstyrelsen (HKF 9210)", style="Title")
    document.add_paragraph("Dnr: KS-2014/1473")
    document.add_heading("A. Allmänna ärenden", 1)
    _table(
        document,
        HUDDINGE_HEADER,
        [
            [
                "A1.1",
                "Beslut i brådskande ärenden",
                "Kommunstyrelsens ordförande",
                "Nej",
                "6 kap. 36 § KL",
            ],
            [
                "A1.2",
                "Utse ombud att föra kommunens talan",
                "Kommundirektör",
                "Ja",
                "",
            ],
        ],
    )
    document.add_heading("B. Ekonomiärenden inom kommunstyrelsens egen förvaltning", 1)
    _table(
        document,
        HUDDINGE_HEADER,
        [
            ["B1 Upphandling"],
            [
                "B1.1",
                "Beslut om att genomföra upphandling, anta anbud och teckna avtal, värde upp "
                "till 1 mnkr",
                "Avdelningschef",
                "Nej",
                "",
            ],
            [
                "B1.2",
                "Beslut om att genomföra upphandling, anta anbud och teckna avtal, värde upp "
                "till 10 mnkr",
                "Kommundirektör",
                "Ja",
                "",
            ],
            [
                "B 1.3",
                "Avbryta upphandling",
                "Upphandlingschef",
                "Nej",
                "",
            ],
            [
                "B 1.4",
                "Beslut om att avvisa ansökan om att delta i upphandling",
                "Upphandlingschef",
                "Nej",
                "",
            ],
            ["B2 Attest"],
            [
                "B2.1",
                "Utse beslutsattestanter och ersättare för dessa",
                "Ekonomidirektör",
                "Nej",
                "Enligt attestreglementet",
            ],
            [
                "B2.2",
                "Beslut om att makulera eller rätta verifikation",
                "Redovisningschef",
                "Nej",
                "",
            ],
        ],
    )
    document.save(str(path))


_B = "B. Ekonomiärenden inom kommunstyrelsens egen förvaltning"
HUDDINGE: list[Expect] = [
    (
        "A1.1",
        "A. Allmänna ärenden",
        "Beslut i brådskande ärenden",
        ["Kommunstyrelsens ordförande"],
        [],
        "",
        "6 kap. 36 § KL",
    ),
    (
        "A1.2",
        "A. Allmänna ärenden",
        "Utse ombud att föra kommunens talan",
        ["Kommundirektör"],
        [],
        "",
        "",
    ),
    (
        "B1.1",
        _B,
        "Beslut om att genomföra upphandling, anta anbud och teckna avtal, värde upp till 1 mnkr",
        ["Avdelningschef"],
        [],
        "",
        "",
    ),
    (
        "B1.2",
        _B,
        "Beslut om att genomföra upphandling, anta anbud och teckna avtal, värde upp till 10 mnkr",
        ["Kommundirektör"],
        [],
        "",
        "",
    ),
    ("B 1.3", _B, "Avbryta upphandling", ["Upphandlingschef"], [], "", ""),
    (
        "B 1.4",
        _B,
        "Beslut om att avvisa ansökan om att delta i upphandling",
        ["Upphandlingschef"],
        [],
        "",
        "",
    ),
    (
        "B2.1",
        _B,
        "Utse beslutsattestanter och ersättare för dessa",
        ["Ekonomidirektör"],
        [],
        "",
        "Enligt attestreglementet",
    ),
    (
        "B2.2",
        _B,
        "Beslut om att makulera eller rätta verifikation",
        ["Redovisningschef"],
        [],
        "",
        "",
    ),
]


# Miljö- och byggnadsnämnden, författningssamling CD 4.1 ---------------------------------------


def write_mbn_cd41(path: Path) -> None:
    """A kommun's "FÖRFATTNINGSSAMLING 1 (19) CD 4.1 Delegationsordning för miljö- och
    byggnadsnämnden" (http://docplayer.se/106206701-Forfattningssamling-1-19.html): the
    running header typed as text on each page, a first table of two columns ("Ärende/
    Ärendegrupp | Beslutande var för sig") with the point number typed into the Ärende text
    ("1. Omfördelning …") and a chapter row in capitals, then tables with Lagrum first and
    no number column at all ("Författning | Ärende | Delegat")."""
    document = docx.Document()
    document.add_paragraph("FÖRFATTNINGSSAMLING 1 (19)")
    document.add_paragraph(
        "CD 4.1 DELEGATIONSORDNING FÖR MILJÖ- OCH BYGGNADSNÄMNDEN", style="Title"
    )
    document.add_heading("Delegation till miljö- och byggförvaltningen", 1)
    _table(
        document,
        ["Ärende/Ärendegrupp", "Beslutande var för sig"],
        [
            ["EKONOMISK FÖRVALTNING"],
            ["1. Omfördelning av medel inom samma verksamhet.", "Förvaltningschef"],
            [
                "2. Upphandling respektive försäljning av lös egendom, entreprenader och "
                "tjänster till ett belopp motsvarande högst åtta basbelopp i varje enskilt fall",
                "Förvaltningschef",
            ],
            ["3. Beslut om attesträtt samt behörighetsattest", "Förvaltningschef"],
        ],
    )
    document.add_heading("Delegation till Plan- och byggkontoret", 1)
    document.add_paragraph(
        "Med stöd av 6 kap 33 och 34 §§ kommunallagen har nämnden beslutat att delegera "
        "beslutanderätten i nedanstående ärenden till där angivna delegater."
    )
    document.add_paragraph("FÖRFATTNINGSSAMLING 2 (19)")
    _table(
        document,
        ["Författning", "Ärende", "Delegat"],
        [
            [
                "PBL 6 kap 12 och 13 §§",
                "Antagande av fastighetsplan som ej antas samtidigt med detaljplan",
                "Stadsarkitekt",
            ],
            [
                "PBL 8 kap 1 §",
                "Anmälan till inskrivningsmyndigheten när kommunen tar mark i anspråk",
                "Stadsarkitekt",
            ],
            [
                "PBL 9 kap 2 §",
                "Beslut om bygglov för nybyggnad av en- och tvåbostadshus inom detaljplan",
                "Bygglovshandläggare",
            ],
            [
                "PBL 10 kap 23 §",
                "Beslut om startbesked",
                "Byggnadsinspektör",
            ],
        ],
    )
    document.add_paragraph("FÖRFATTNINGSSAMLING 3 (19)")
    document.save(str(path))


_E = "Delegation till miljö- och byggförvaltningen"  # "EKONOMISK FÖRVALTNING" a sub-heading
_P = "Delegation till Plan- och byggkontoret"
MBN_CD41: list[Expect] = [
    ("1", _E, "Omfördelning av medel inom samma verksamhet.", ["Förvaltningschef"], [], "", ""),
    (
        "2",
        _E,
        "Upphandling respektive försäljning av lös egendom, entreprenader och tjänster till ett "
        "belopp motsvarande högst åtta basbelopp i varje enskilt fall",
        ["Förvaltningschef"],
        [],
        "",
        "",
    ),
    ("3", _E, "Beslut om attesträtt samt behörighetsattest", ["Förvaltningschef"], [], "", ""),
    (
        "",
        _P,
        "Antagande av fastighetsplan som ej antas samtidigt med detaljplan",
        ["Stadsarkitekt"],
        [],
        "PBL 6 kap 12 och 13 §§",
        "",
    ),
    (
        "",
        _P,
        "Anmälan till inskrivningsmyndigheten när kommunen tar mark i anspråk",
        ["Stadsarkitekt"],
        [],
        "PBL 8 kap 1 §",
        "",
    ),
    (
        "",
        _P,
        "Beslut om bygglov för nybyggnad av en- och tvåbostadshus inom detaljplan",
        ["Bygglovshandläggare"],
        [],
        "PBL 9 kap 2 §",
        "",
    ),
    ("", _P, "Beslut om startbesked", ["Byggnadsinspektör"], [], "PBL 10 kap 23 §", ""),
]


# Söderåsens samordningsförbund ----------------------------------------------------------------


def write_soderasen(path: Path) -> None:
    """Söderåsens samordningsförbund, "Delegationsordning för Söderåsens samordningsförbund",
    antagen 2015-01-27 (https://www.scribd.com/doc/282702585/Delegationsordning-Soderasens):
    a number column without heading, "Delegeras till", "Kommentar" and a column of its own
    ("Anmäls till styrelsen"), amounts as dashed lines under the Ärende."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för Söderåsens samordningsförbund", style="Title")
    document.add_paragraph("Antagen 2015-01-27")
    _table(
        document,
        ["", "Ärende", "Delegeras till", "Kommentar", "Anmäls till styrelsen"],
        [
            [
                "6",
                "Verkställa eller avsluta uppdrag/insatser till uppdragstagare som utför "
                "uppgifter enligt samordningsförbundets direktiv.",
                "Förbundschef",
                "",
                "Nej",
            ],
            [
                "7",
                "Avrop av varor och tjänster inom de samverkande myndigheternas ramavtal\n"
                "- Högst tre basbelopp",
                "Förbundschef",
                "Vid större beställningar ska förfrågan lämnas till flera leverantörer som har "
                "ramavtal.",
                "Ja",
            ],
            [
                "8",
                "Upphandling av varor/tjänster utanför kommunens ramavtal\n- Högst ett basbelopp",
                "Förbundschef",
                "",
                "Ja",
            ],
            [
                "9",
                "Remittera ärenden och besvara remisser, dock ej yttrande till myndigheternas "
                "styrelse eller ägare",
                "Förbundschef",
                "",
                "Ja, vid yttrande",
            ],
            [
                "10",
                "Beslut om att avslå begäran om utlämnande av allmän handling",
                "Förbundschef",
                "Regleras i Offentlighets- och sekretesslagen (2009:400) 6 kap 1, 2, 3 och 7 §§.",
                "Ja",
            ],
        ],
    )
    document.save(str(path))


_S = "Delegationspunkter"
SODERASEN: list[Expect] = [
    (
        "6",
        _S,
        "Verkställa eller avsluta uppdrag/insatser till uppdragstagare som utför uppgifter enligt "
        "samordningsförbundets direktiv.",
        ["Förbundschef"],
        [],
        "",
        "",
    ),
    (
        "7",
        _S,
        "Avrop av varor och tjänster inom de samverkande myndigheternas ramavtal\n"
        "- Högst tre basbelopp",
        ["Förbundschef"],
        [],
        "",
        "Vid större beställningar ska förfrågan lämnas till flera leverantörer som har ramavtal.",
    ),
    (
        "8",
        _S,
        "Upphandling av varor/tjänster utanför kommunens ramavtal\n- Högst ett basbelopp",
        ["Förbundschef"],
        [],
        "",
        "",
    ),
    (
        "9",
        _S,
        "Remittera ärenden och besvara remisser, dock ej yttrande till myndigheternas styrelse "
        "eller ägare",
        ["Förbundschef"],
        [],
        "",
        "",
    ),
    (
        "10",
        _S,
        "Beslut om att avslå begäran om utlämnande av allmän handling",
        ["Förbundschef"],
        [],
        "",
        "Regleras i Offentlighets- och sekretesslagen (2009:400) 6 kap 1, 2, 3 och 7 §§.",
    ),
]


# A byggnadsnämnd: Punkt | Beslut | Delegat | Ändring ------------------------------------------


def write_byggnadsnamnd(path: Path) -> None:
    """A byggnadsnämnd's "Delegationsordning Byggnadsnämnden" with the columns "Punkt |
    Beslut | Delegat | Ändring" (listed among the related documents of https://docplayer.se/
    amp/130081825-…): point ids with a colon ("3:2") and a letter ("12 a"), chapter titles
    in the table's first cell alone, and a change column noting revisions."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning Byggnadsnämnden", style="Title")
    document.add_paragraph("Beslutad i byggnadsnämnden den 8 januari 2015, § 1")
    _table(
        document,
        ["Punkt", "Beslut", "Delegat", "Ändring"],
        [
            ["Allmänna ärenden", "", "", ""],
            ["3:1", "Beslut i brådskande ärenden", "Ordförande", ""],
            ["3:2", "Avvisa för sent inkommet överklagande", "Nämndsekreterare", "Ny 2018-03-01"],
            ["Bygglov", "", "", ""],
            [
                "12",
                "Beslut om bygglov för nybyggnad av komplementbyggnad",
                "Bygglovshandläggare",
                "",
            ],
            [
                "12 a",
                "Beslut om bygglov för tillbyggnad inom detaljplan av en- eller tvåbostadshus",
                "Bygglovshandläggare",
                "Ändrad 2018-03-01",
            ],
            ["12 b", "Beslut om rivningslov", "Bygglovshandläggare", ""],
        ],
    )
    document.save(str(path))


BYGGNADSNAMND: list[Expect] = [
    ("3:1", "Allmänna ärenden", "Beslut i brådskande ärenden", ["Ordförande"], [], "", ""),
    (
        "3:2",
        "Allmänna ärenden",
        "Avvisa för sent inkommet överklagande",
        ["Nämndsekreterare"],
        [],
        "",
        "",
    ),
    (
        "12",
        "Bygglov",
        "Beslut om bygglov för nybyggnad av komplementbyggnad",
        ["Bygglovshandläggare"],
        [],
        "",
        "",
    ),
    (
        "12 a",
        "Bygglov",
        "Beslut om bygglov för tillbyggnad inom detaljplan av en- eller tvåbostadshus",
        ["Bygglovshandläggare"],
        [],
        "",
        "",
    ),
    ("12 b", "Bygglov", "Beslut om rivningslov", ["Bygglovshandläggare"], [], "", ""),
]


# A vård- och omsorgsnämnd: Ärende | Lagrum | Delegat | Vidaredelegering | Kommentar ----------

VON_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Vidaredelegering", "Kommentar"]


def write_von(path: Path) -> None:
    """A kommun's "Delegations- och verkställighetsordning för Vård- och omsorgsnämnden"
    (http://docplayer.se/13396916-Delegations-och-verkstallighetsordning.html): running
    headers "2 (28)" typed as text, a contents list with page numbers, lettered sections as
    Word headings ("A Allmänna ärenden", "B.1 Beslut enligt …", "B.3 - Socialtjänstlagen,
    SoL"), Lagrum before Delegat, a Delegat cell merged down over three points and Delegat
    cells listing several roles on lines of their own."""
    document = docx.Document()
    document.add_paragraph("1 (28)")
    document.add_paragraph(
        "Delegations- och verkställighetsordning för Vård- och omsorgsnämnden", style="Title"
    )
    document.add_paragraph("Innehåll")
    for line in (
        "Om delegation i allmänhet 3",
        "Förkortningar: - Delegater 5",
        "A Allmänna ärenden 6",
        "B.1 Beslut enligt 10 kap 4 § SoL som endast kan delegeras till utskott 7",
    ):
        document.add_paragraph(line)
    document.add_paragraph("2 (28)")
    document.add_heading("Om delegation i allmänhet", 1)
    document.add_paragraph(
        "Vård- och omsorgsnämnden får uppdra åt utskott, ledamot eller anställd att besluta på "
        "nämndens vägnar (KL 6 kap 33 §)."
    )
    document.add_paragraph("6 (28)")
    document.add_heading("A Allmänna ärenden", 1)
    table = _table(
        document,
        VON_HEADER,
        [
            [
                "A 1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "KL 6 kap 36 §",
                "Ordförande\nVice ordförande",
                "Nej",
                "",
            ],
            [
                "A 2",
                "Avvisning av för sent inkommen skrivelse med överklagande",
                "FL 24 §",
                "Förvaltningschef",
                "Ja",
                "",
            ],
            [
                "A 3",
                "Prövning av om överklagande skett i rätt tid",
                "FL 24 §",
                "",
                "Ja",
                "",
            ],
            [
                "A 4",
                "Yttrande till förvaltningsrätt och kammarrätt när nämndens beslut överklagats",
                "FL 27 §",
                "",
                "Nej",
                "Gäller när delegaten fattat det ursprungliga beslutet",
            ],
        ],
    )
    _merge_down(table, 3, 2, 4)
    document.add_paragraph("7 (28)")
    document.add_heading(
        "B.1 Beslut enligt 10 kap 4 § SoL som endast kan delegeras till utskott", 1
    )
    _table(
        document,
        VON_HEADER,
        [
            [
                "B.1.1",
                "Beslut om att ansöka om vård enligt LVU",
                "4 § LVU",
                "Individutskottet",
                "Nej",
                "",
            ],
            [
                "B.1.2",
                "Beslut om hur vården ska ordnas och var den unge ska vistas under vårdtiden",
                "11 § 1 st LVU",
                "Individutskottet",
                "Nej",
                "",
            ],
        ],
    )
    document.add_paragraph("11 (28)")
    document.add_heading("B.3 - Socialtjänstlagen, SoL", 1)
    _table(
        document,
        VON_HEADER,
        [
            [
                "B.3.1",
                "Beslut om bistånd i form av hemtjänst",
                "4 kap 1 § SoL",
                "Biståndshandläggare\nEnhetschef",
                "Nej",
                "",
            ],
            [
                "B.3.2",
                "Beslut om bistånd i form av särskilt boende",
                "4 kap 1 § SoL",
                "Enhetschef",
                "Nej",
                "Anmäls till nämnden",
            ],
        ],
    )
    document.save(str(path))


_VA = "A Allmänna ärenden"
_VB1 = "B.1 Beslut enligt 10 kap 4 § SoL som endast kan delegeras till utskott"
_VB3 = "B.3 - Socialtjänstlagen, SoL"
VON: list[Expect] = [
    (
        "A 1",
        _VA,
        "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
        ["Ordförande", "Vice ordförande"],
        [],
        "KL 6 kap 36 §",
        "",
    ),
    (
        "A 2",
        _VA,
        "Avvisning av för sent inkommen skrivelse med överklagande",
        ["Förvaltningschef"],
        [],
        "FL 24 §",
        "",
    ),
    (
        "A 3",
        _VA,
        "Prövning av om överklagande skett i rätt tid",
        ["Förvaltningschef"],
        [],
        "FL 24 §",
        "",
    ),
    (
        "A 4",
        _VA,
        "Yttrande till förvaltningsrätt och kammarrätt när nämndens beslut överklagats",
        ["Förvaltningschef"],
        [],
        "FL 27 §",
        "Gäller när delegaten fattat det ursprungliga beslutet",
    ),
    (
        "B.1.1",
        _VB1,
        "Beslut om att ansöka om vård enligt LVU",
        ["Individutskottet"],
        [],
        "4 § LVU",
        "",
    ),
    (
        "B.1.2",
        _VB1,
        "Beslut om hur vården ska ordnas och var den unge ska vistas under vårdtiden",
        ["Individutskottet"],
        [],
        "11 § 1 st LVU",
        "",
    ),
    (
        "B.3.1",
        _VB3,
        "Beslut om bistånd i form av hemtjänst",
        ["Biståndshandläggare", "Enhetschef"],
        [],
        "4 kap 1 § SoL",
        "",
    ),
    (
        "B.3.2",
        _VB3,
        "Beslut om bistånd i form av särskilt boende",
        ["Enhetschef"],
        [],
        "4 kap 1 § SoL",
        "Anmäls till nämnden",
    ),
]


# Härjedalens kommun ---------------------------------------------------------------------------


def write_herjedalen(path: Path) -> None:
    """Härjedalens kommun, "Kommunstyrelsens delegationsordning", antagen av kommunstyrelsen
    8 juni 2022, § 46, KS 2022/100 (https://www.herjedalen.se/organisation-och-politik/
    styrdokument-och-regler/delegationsordning/kommunstyrelsens-delegationsordning.html):
    the adoption and the Dnr as sentences under the title ("Diarienummer KS 2022/100."), an
    introduction under headings. The page's excerpt ends in the introduction: the point table
    here has the common "Nr | Ärende | Delegat | Ersättare | Kommentar" shape, with a Word
    bullet list in an Ärende cell and two roles split by a line break in one Delegat cell."""
    document = docx.Document()
    document.add_paragraph("Kommunstyrelsens delegationsordning", style="Title")
    document.add_paragraph("Antagen av kommunstyrelsen 8 juni 2022, § 46.")
    document.add_paragraph("Diarienummer KS 2022/100.")
    document.add_heading("Delegation", 1)
    document.add_paragraph(
        "Grundprincipen i kommunalt beslutsfattande är att samtliga beslut ska fattas av "
        "politiker, antingen i kommunfullmäktige eller i någon av kommunens nämnder."
    )
    document.add_heading("Skillnaden mellan delegation och verkställighet", 1)
    document.add_paragraph(
        "En verkställighetsåtgärd ingår i det dagliga arbetet och kan inte överklagas."
    )
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(
        document,
        ["Nr", "Ärende", "Delegat", "Ersättare", "Kommentar"],
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan "
                "avvaktas",
                "Kommunstyrelsens ordförande",
                "Kommunstyrelsens 1:e vice ordförande",
                "",
            ],
            ["1.2", "Beslut om", "", "", ""],
            [
                "1.3",
                "Beslut att avvisa ett överklagande som kommit in för sent",
                "Kommunsekreterare",
                "",
                "",
            ],
        ],
    )
    cell = table.rows[2].cells[1]
    for line in ("rivning av kommunägd byggnad", "försäljning av lös egendom"):
        cell.add_paragraph(line, style="List Bullet")
    delegat = table.rows[2].cells[2].paragraphs[0]
    delegat.add_run("Kommunchef")
    delegat.add_run().add_break()
    delegat.add_run("Ekonomichef")
    document.save(str(path))


_H = "1 Allmänna ärenden"
HERJEDALEN: list[Expect] = [
    (
        "1.1",
        _H,
        "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas",
        ["Kommunstyrelsens ordförande"],
        ["Kommunstyrelsens 1:e vice ordförande"],
        "",
        "",
    ),
    (
        "1.2",
        _H,
        "Beslut om\n- rivning av kommunägd byggnad\n- försäljning av lös egendom",
        ["Kommunchef", "Ekonomichef"],
        [],
        "",
        "",
    ),
    (
        "1.3",
        _H,
        "Beslut att avvisa ett överklagande som kommit in för sent",
        ["Kommunsekreterare"],
        [],
        "",
        "",
    ),
]


REAL_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "vara": (write_vara, VARA),
    "sollentuna": (write_sollentuna, SOLLENTUNA),
    "huddinge": (write_huddinge, HUDDINGE),
    "mbn_cd41": (write_mbn_cd41, MBN_CD41),
    "soderasen": (write_soderasen, SODERASEN),
    "byggnadsnamnd": (write_byggnadsnamnd, BYGGNADSNAMND),
    "von": (write_von, VON),
    "herjedalen": (write_herjedalen, HERJEDALEN),
}
