"""More Word delegationsordningar for the sixth set (real_delegation_sixth): a
fastighets- och servicenämnd whose header is rows of labels over rows of values, Vårgårda
kommun's kommunstyrelse with its decisions as "Beslutad <date> Kommunstyrelsen § n" lines,
and Sundbyberg's stadsmiljö- och tekniska nämnd with its decisions in a footnote on the
title. Each builder names its source, as the set's docstring says; the transcripts end in
the introduction, so the points are of the kind the documents' titles name (ours)."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table, add_footnote

# A fastighets- och servicenämnd: labels over values, slashes in the labels --------------------

FSN_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Kommentar"]


def write_fsn(path: Path) -> None:
    """A kommun's "Delegationsbestämmelser för Fastighets- och servicenämnden"
    (http://docplayer.se/155819285-Delegationsbestammelser-for-fastighets-och-
    servicenamnden.html): the first page is a table of the document's header, a row of labels
    over a row of values twice ("Dokumentnamn | Dokumenttyp | Fastställd/upprättad |
    Beslutsinstans", then "Dokumentansvarig/processägare | Version | Senast reviderad |
    Giltig till" over "… | … | Fastighets- och servicenämnden …, § 75 | Tills vidare"), then
    "Dokumentinformation | Dokumentet gäller för" over what the document does and whom it
    concerns; "Sid 2" typed at the top of the next page; an introduction "Allmänt om
    delegering" with questions as sub-headings. The transcript lost the dates, the version and
    the name of the one responsible: ours (a title, not a name). Its points lie beyond it."""
    document = docx.Document()
    _table(document, None, FSN_HEADER_ROWS)
    document.add_paragraph("Sid 2")
    document.add_heading("Allmänt om delegering", 1)
    document.add_heading("Vad menas med delegering", 2)
    document.add_paragraph(
        "Med delegering menas att nämnden överför självständig beslutanderätt till delegaten. "
        "Detta innebär att nämnden ger delegaten i uppdrag att på nämndens vägnar fatta beslut "
        "i vissa ärenden."
    )
    document.add_heading("Anmälan av delegationsbeslut", 2)
    document.add_paragraph(
        "Beslut som fattas på delegering ska anmälas till Fastighets- och servicenämnden vid "
        "nästa nämndssammanträde (6 kap. 40 § KL)."
    )
    for title, rows in FSN_CHAPTERS:
        document.add_heading(title, 1)
        _table(document, FSN_HEADER, rows)
    document.save(str(path))


_FSN_NAME = "Delegationsbestämmelser för Fastighets- och servicenämnden"
FSN_HEADER_ROWS = [
    ["Dokumentnamn", "Dokumenttyp", "Fastställd/upprättad", "Beslutsinstans"],
    [_FSN_NAME, "Delegationsordning", "2019-06-13", "Fastighets- och servicenämnden"],
    ["Dokumentansvarig/processägare", "Version", "Senast reviderad", "Giltig till"],
    ["Förvaltningschef", "3", "Fastighets- och servicenämnden 2019-06-13, § 75", "Tills vidare"],
    [
        "Dokumentinformation",
        "Dokumentinformation",
        "Dokumentet gäller för",
        "Dokumentet gäller för",
    ],
    [
        "Anger till vem Fastighets- och servicenämnden delegerat sin beslutanderätt i vissa "
        "ärenden/grupper av ärenden",
        "Anger till vem Fastighets- och servicenämnden delegerat sin beslutanderätt i vissa "
        "ärenden/grupper av ärenden",
        "Förtroendevalda och tjänstemän",
        "Förtroendevalda och tjänstemän",
    ],
]
FSN_CHAPTERS = [
    (
        "1 Fastighetsärenden",
        [
            ["1.1", "Teckna hyresavtal för lokaler upp till fem år", "Fastighetschef", "", ""],
            [
                "1.2",
                "Säga upp hyresavtal för lokaler",
                "Fastighetschef",
                "",
                "Efter samråd med berörd nämnd",
            ],
        ],
    ),
    (
        "2 Serviceärenden",
        [["2.1", "Beslut om taxor för kost och städ inom ram", "Servicechef", "", ""]],
    ),
]
FSN: list[Expect] = [
    (row[0], title, row[1], [row[2]], [], row[3], row[4])
    for title, rows in FSN_CHAPTERS
    for row in rows
]
FSN_HEADER_FIELDS = {
    "Dokumentnamn": _FSN_NAME,
    "Dokumenttyp": "Delegationsordning",
    "Beslutad": "2019-06-13",
    "Beslutsinstans": "Fastighets- och servicenämnden",
    "Dokumentansvarig": "Förvaltningschef",
    "Senast reviderad": "Fastighets- och servicenämnden 2019-06-13, § 75",
    "Giltigt till": "Tills vidare",
    "Gäller för": "Förtroendevalda och tjänstemän",
}


# Vårgårda kommun, kommunstyrelsen: "Beslutad <date> Kommunstyrelsen § n" ---------------------

VARGARDA_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]


def write_vargarda(path: Path) -> None:
    """Vårgårda kommun, "DELEGERINGSORDNING KOMMUNSTYRELSEN"
    (http://docplayer.se/2221167-Delegeringsordning-kommunstyrelsen.html): "Vårgårda kommun"
    over the title in capitals, then the decision and the revision as "Beslutad <date>
    Kommunstyrelsen § n" and "Reviderad <date> Kommunstyrelsen § n" (the transcript lost
    the dates and the paragraphs, and every R of the cover: ours), an introduction "Regler
    för delegering" with the matters that may not be delegated as bullets and "Rapportering
    av beslut". Its points lie beyond the transcript."""
    document = docx.Document()
    document.add_paragraph("Vårgårda kommun")
    document.add_paragraph("DELEGERINGSORDNING KOMMUNSTYRELSEN", style="Title")
    document.add_paragraph("Beslutad 2012-03-28 Kommunstyrelsen § 56")
    document.add_paragraph("Reviderad 2014-06-11 Kommunstyrelsen § 98")
    document.add_heading("Regler för delegering", 1)
    document.add_paragraph(
        "I kommunallagen 6 kap finns angivet förutsättningar och begränsningar för delegering. "
        "Kommunallagen innehåller ett allmänt förbud att delegera beslut som avser:"
    )
    for line in [
        "verksamhetens mål, inriktning, omfattning eller kvalitet",
        "framställningar eller yttranden till fullmäktige samt yttrande med anledning av "
        "överklagande av nämnds beslut",
        "vissa ärenden som anges i särskilda föreskrifter.",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Rapportering av beslut", 1)
    document.add_paragraph(
        "Alla beslut som fattas med stöd av delegering ska anmälas till den nämnd/styrelse som "
        "lämnat delegeringsuppdraget. Anmälan ska ske skyndsamt."
    )
    document.add_heading("1 Allmänna ärenden", 1)
    _table(document, VARGARDA_HEADER, VARGARDA_ROWS)
    document.save(str(path))


VARGARDA_ROWS = [
    [
        "1.1",
        "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
        "Ordförande",
        "1:e vice ordförande",
        "6 kap. 39 § KL",
    ],
    ["1.2", "Yttranden i ärenden som inte är av principiell beskaffenhet", "Kommunchef", "", ""],
]
_V1 = "1 Allmänna ärenden"
VARGARDA: list[Expect] = [
    (
        "1.1",
        _V1,
        VARGARDA_ROWS[0][1],
        ["Ordförande"],
        ["1:e vice ordförande"],
        "",
        "6 kap. 39 § KL",
    ),
    ("1.2", _V1, VARGARDA_ROWS[1][1], ["Kommunchef"], [], "", ""),
]
VARGARDA_REVISIONS = [
    ("Kommunstyrelsen 2012-03-28 § 56", "Beslutad"),
    ("Kommunstyrelsen 2014-06-11 § 98", "Reviderad"),
]


# Sundbybergs stad, stadsmiljö- och tekniska nämnden: the decisions in a footnote on the title -

STN_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]
STN_DECISIONS = (
    "Antagen vid nämndens sammanträde den 2 januari 2015, § 1. Reviderad vid nämndens "
    "sammanträde den 26 januari 2015, § 12, gäller från och med 2 februari 2015."
)


def write_stn(path: Path) -> None:
    """Sundbybergs stad, "Delegationsordning för stadsmiljö- och tekniska nämnden i
    Sundbybergs stad" (http://docplayer.se/41278423-Delegationsordning-for-stadsmiljo-och-
    tekniska-namnden-i-sundbybergs-stad-1.html): the title carries a footnote, and the
    footnote is where the adoption and the revision stand ("Antagen vid nämndens sammanträde
    den 2 januari 2015, § 1. Reviderad vid nämndens sammanträde den 26 januari …, gäller
    från och med 2 februari 2015"; the transcript lost the revision's year and §: ours);
    "1 (13)" in the page header and the city's address in the page footer; an introduction
    "Riktlinjer för Stadsmiljö- och tekniska nämndens delegationsordning" with "Bakgrund".
    Its points lie beyond the transcript."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "\t\t1 (13)"
    section.footer.paragraphs[
        0
    ].text = "Sundbybergs stad, 172 92 Sundbyberg BESÖKSADRESS Östra Madenvägen 4, Hallonbergen"
    title = document.add_paragraph(
        "Delegationsordning för stadsmiljö- och tekniska nämnden i Sundbybergs stad",
        style="Title",
    )
    add_footnote(document, title, STN_DECISIONS)
    document.add_heading("Riktlinjer för Stadsmiljö- och tekniska nämndens delegationsordning", 1)
    document.add_paragraph(
        "Dessa riktlinjer innehåller information om vad som gäller för beslut som fattas på "
        "delegation från Stadsmiljö- och tekniska nämnden."
    )
    document.add_heading("Bakgrund", 2)
    document.add_paragraph(
        "Stadsmiljö- och tekniska nämnden delegerar beslutanderätt till förvaltningen med stöd "
        "av kommunallagen 6 kap. 33 §."
    )
    document.add_heading("1 Gator och parker", 1)
    _table(document, STN_HEADER, STN_ROWS)
    document.save(str(path))


STN_ROWS = [
    [
        "1.1",
        "Upplåtelse av offentlig plats för högst tre månader",
        "Gatuchef",
        "",
        "Efter yttrande från polisen",
    ],
    ["1.2", "Beslut om lokala trafikföreskrifter", "Trafikplanerare", "10 kap. 1 § TrF", ""],
]
_S1 = "1 Gator och parker"
STN: list[Expect] = [
    ("1.1", _S1, STN_ROWS[0][1], ["Gatuchef"], [], "", "Efter yttrande från polisen"),
    ("1.2", _S1, STN_ROWS[1][1], ["Trafikplanerare"], [], "10 kap. 1 § TrF", ""),
]
