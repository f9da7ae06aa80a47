"""A third set of Word delegationsordningar laid out as real kommuner's are, with the Word
markup real files carry and python-docx does not read as text: tracked changes left in the
file, content controls around cells and rows, fields in body text, text boxes and soft line
breaks. Each builder names its source (a public transcript found with the search tool,
corpus "pages") and the structures taken from it. The stored transcripts show a document's
first pages only; where a table lies beyond them, its shape is built from the structures the
docstring names and the wording of its points follows the kind of document. Names of people
and dates the transcripts lost are ours. Only the number of points is cut down.

`THIRD_DOCUMENTS` maps a short name to (builder, expected points); a point is expected as
(nr, chapter, ärende, delegat, ersättare, lagrum, anmärkning), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tests.interchange.real_delegation_documents import Expect, _merge_down, _table

_W = nsdecls("w")
_STAMP = 'w:author="Handläggare" w:date="2016-03-01T10:00:00Z"'


# Word markup ----------------------------------------------------------------------------------


def _run(text: str) -> str:
    return f'<w:r {_W}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def tracked_insert(paragraph, text: str, change: int) -> None:
    """Text added with Word's Spåra ändringar on, not yet accepted."""
    paragraph._p.append(parse_xml(f'<w:ins {_W} w:id="{change}" {_STAMP}>{_run(text)}</w:ins>'))


def tracked_delete(paragraph, text: str, change: int) -> None:
    """Text struck out with Spåra ändringar on: Word shows it crossed out, it is gone."""
    paragraph._p.append(
        parse_xml(
            f'<w:del {_W} w:id="{change}" {_STAMP}><w:r><w:delText xml:space="preserve">'
            f"{escape(text)}</w:delText></w:r></w:del>"
        )
    )


def tracked_row_delete(row, change: int) -> None:
    """A whole row struck out with Spåra ändringar on: its text is deleted text."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:del {_W} w:id="{change}" {_STAMP}/>'))
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                for t in run._r.findall(qn("w:t")):
                    deleted = (
                        f'<w:delText {_W} xml:space="preserve">{escape(t.text or "")}</w:delText>'
                    )
                    t.addprevious(parse_xml(deleted))
                    run._r.remove(t)


def content_control(element, tag: str) -> None:
    """Wrap a paragraph's runs, a cell or a row in a content control (w:sdt), as a kommun's
    template does for the fields it wants filled in."""
    sdt = parse_xml(f'<w:sdt {_W}><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    element.addprevious(sdt)
    sdt[1].append(element)


def control_around_runs(paragraph, tag: str) -> None:
    runs = list(paragraph._p.iter(qn("w:r")))
    sdt = parse_xml(f'<w:sdt {_W}><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    runs[0].addprevious(sdt)
    for run in runs:
        sdt[1].append(run)


def page_field_line(document, before: str, page: int, pages: int) -> None:
    """ "Sida 3 (12)" typed in the body with PAGE and NUMPAGES fields (the shown result kept)."""
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(_run(before)))
    for code, shown, after in (("PAGE", page, " ("), ("NUMPAGES", pages, ")")):
        paragraph._p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>'))
        paragraph._p.append(
            parse_xml(f'<w:r {_W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>')
        )
        paragraph._p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        paragraph._p.append(parse_xml(_run(str(shown))))
        paragraph._p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>'))
        paragraph._p.append(parse_xml(_run(after)))


def simple_field(paragraph, instruction: str, shown: str) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {_W} w:instr=" {instruction} ">{_run(shown)}</w:fldSimple>')
    )


def text_box(paragraph, lines: list[str]) -> None:
    """A text box anchored in `paragraph`, written as Word writes it: a drawing and the same
    box again as VML for older versions."""
    inner = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml = (
        f'<w:r {_W} xmlns:mc="{mc}" xmlns:wps="{wps}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent '
        'cx="2000000" cy="400000"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com'
        f'/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{inner}'
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def word_list(document, texts: list[tuple[str, str]]) -> str:
    """A numbering definition of our own (Word's multilevel list: one (numFmt, lvlText) a
    level, "%1.%2" for 2.1); its numId, to put on paragraphs with `list_number`."""
    numbering = document.part.numbering_part.element
    abstract_id = 90 + len(numbering.findall(qn("w:abstractNum")))
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(texts)
    )
    numbering.insert(
        0,
        parse_xml(f'<w:abstractNum {_W} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'),
    )
    num_id = str(abstract_id + 100)
    numbering.append(
        parse_xml(
            f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def list_number(paragraph, num_id: str, level: int) -> None:
    """The paragraph numbered by Word (its number is not in its text)."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def soft_lines(cell, lines: list[str]) -> None:
    """The cell's text as one paragraph with line breaks (Skift+Enter), not paragraphs."""
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    run = paragraph.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run = paragraph.add_run(line)


# Riktlinjer för delegation inom kommunstyrelsen -------------------------------------------------

RIKTLINJER_HEADER = ["Nr", "Ärende", "Delegat", "Vidaredelegation", "Anmärkning"]


def write_riktlinjer(path: Path) -> None:
    """A kommun's "Riktlinjer för delegation inom kommunstyrelsen" (http://docplayer.se/
    3601883-Riktlinjer-for-delegation-inom-kommunstyrelsen.html): "1 (12)" over the title,
    typed here with PAGE and NUMPAGES fields, a header block of labels with colons, some of
    them left empty ("Giltig fr.o.m", "Senast granskad:"), prose on delegation and
    verkställighet, then the points. The points tables lie beyond the transcript: built with a
    Vidaredelegation column and a revision still under way, as tracked changes nobody
    accepted (a delegate struck out and another typed in, words added to an Ärende, a whole
    row struck out) and the Anmärkning of one point a DOCPROPERTY field."""
    document = docx.Document()
    page_field_line(document, "", 1, 12)
    document.add_paragraph("Riktlinjer för delegation inom kommunstyrelsen", style="Title")
    for line in (
        "Dokumenttyp: Riktlinje",
        "Beslutad av: Kommunstyrelsen (2013-04-29 § 75)",
        "Gäller för: Kommunledningsförvaltningen",
        "Giltig fr.o.m",
        "Dokumentansvarig: Kommunsekreteraren, kommunledningsförvaltningen",
        "Senast reviderad: 2013-04-29 (nämnd § 75)",
        "Senast granskad:",
    ):
        document.add_paragraph(line)
    document.add_paragraph(
        "Kommunstyrelsen får, enligt 6:33 Kommunallagen, uppdra åt utskott, ledamot eller "
        "ersättare i styrelsen, eller tjänsteman hos kommunen, att på styrelsens vägnar besluta "
        "i viss grupp av ärenden."
    )
    document.add_paragraph(
        "Skillnaden mellan delegationsbeslut och ren verkställighet kan beskrivas så att ett "
        "delegationsbeslut kräver något moment av självständig beslutanderätt."
    )
    page_field_line(document, "", 4, 12)
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(
        document,
        RIKTLINJER_HEADER,
        [
            [
                "1.1",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
                "Ordförande",
                "Nej",
                "Anmäls vid nästa sammanträde",
            ],
            ["1.2", "Avvisa för sent inkommet överklagande", "", "Ja", ""],
            [
                "1.3",
                "Beslut att inte lämna ut allmän handling",
                "Kommunsekreteraren",
                "Nej",
                "",
            ],
            ["1.4", "Yttrande i remissärenden av mindre vikt", "Kommunchefen", "Ja", ""],
            ["1.5", "Ändring av firmatecknare", "Kommunchefen", "Nej", ""],
        ],
    )
    delegat = table.rows[2].cells[2].paragraphs[0]
    tracked_delete(delegat, "Kanslichefen", 1)
    tracked_insert(delegat, "Kommunsekreteraren", 2)
    tracked_insert(table.rows[3].cells[1].paragraphs[0], " eller utlämnande med förbehåll", 3)
    tracked_row_delete(table.rows[5], 4)
    simple_field(
        table.rows[4].cells[4].paragraphs[0], "DOCPROPERTY Remissregel", "Se remissrutinen"
    )
    page_field_line(document, "", 5, 12)
    document.add_heading("2 Ekonomi", 1)
    _table(
        document,
        RIKTLINJER_HEADER,
        [
            ["2.1", "Utse beslutsattestanter", "Ekonomichefen", "Nej", ""],
            [
                "2.2",
                "Upptagande av lån inom ram beslutad av fullmäktige",
                "Ekonomichefen",
                "Nej",
                "Tillsammans med kommunchefen",
            ],
        ],
    )
    document.save(str(path))


_RA = "1 Allmänna ärenden"
RIKTLINJER: list[Expect] = [
    (
        "1.1",
        _RA,
        "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
        ["Ordförande"],
        [],
        "",
        "Anmäls vid nästa sammanträde",
    ),
    ("1.2", _RA, "Avvisa för sent inkommet överklagande", ["Kommunsekreteraren"], [], "", ""),
    (
        "1.3",
        _RA,
        "Beslut att inte lämna ut allmän handling eller utlämnande med förbehåll",
        ["Kommunsekreteraren"],
        [],
        "",
        "",
    ),
    (
        "1.4",
        _RA,
        "Yttrande i remissärenden av mindre vikt",
        ["Kommunchefen"],
        [],
        "",
        "Se remissrutinen",
    ),
    ("2.1", "2 Ekonomi", "Utse beslutsattestanter", ["Ekonomichefen"], [], "", ""),
    (
        "2.2",
        "2 Ekonomi",
        "Upptagande av lån inom ram beslutad av fullmäktige",
        ["Ekonomichefen"],
        [],
        "",
        "Tillsammans med kommunchefen",
    ),
]


# Kommunstyrelsen with omsorg: "Delegationens art" ------------------------------------------------

OMSORG_HEADER = ["Nr.", "Delegationens art", "Lagrum", "Delegat"]


def write_omsorg(path: Path) -> None:
    """A kommun whose kommunstyrelsen runs the omsorg, "Gäller från 2012-09-01. Antagen av
    kommunstyrelsen 2012-08-27, § 212." (http://docplayer.se/9000269-Galler-fran-2012-09-01-
    antagen-av-kommunstyrelsen-2012-08-27-212.html): the validity and adoption lines over the
    contents, an upper-case chapter "4 OMSORG" as a Word heading and its sections "4.1
    INDIVID- OCH FAMILJEOMSORG" as rows spanning the table (Word: one cell over four columns,
    gridSpan), the columns "Nr. | Delegationens art | Lagrum | Delegat", a Lagrum cell of two
    laws on lines broken with Skift+Enter ("4 kap 1 § SoL," / "4 kap 2 § SoL"), amount levels
    as lines of the Ärende ("- upp till ett halvt basbelopp" / "- med belopp därutöver") with
    one delegate a line in the Delegat cell, "Ursprunglig beslutsfattare" as delegate, and one
    Lagrum cell merged down over two points (vMerge)."""
    document = docx.Document()
    document.add_paragraph("Gäller från 2012-09-01")
    document.add_paragraph("Antagen av kommunstyrelsen 2012-08-27, § 212.")
    document.add_heading("4 OMSORG", 1)
    table = _table(
        document,
        OMSORG_HEADER,
        [
            ["4.1 INDIVID- OCH FAMILJEOMSORG"],
            [
                "4.1.1",
                "Ekonomiskt bistånd i enlighet med riksnorm och gällande riktlinjer",
                "",
                "Socialsekreterare",
            ],
            [
                "4.1.2",
                "Beslut om deltagande i praktik eller annan kompetenshöjande verksamhet",
                "4 kap 4 § SoL",
                "Socialsekreterare",
            ],
            [
                "4.1.3",
                "Vägran eller nedsättning av fortsatt försörjningsstöd",
                "4 kap 5 § SoL",
                "Samordnare",
            ],
            [
                "4.1.4",
                "Beslut att återkräva ekonomiskt bistånd enligt 4 kap 1 § SoL",
                "9 kap 1 § SoL",
                "Ursprunglig beslutsfattare",
            ],
            [
                "4.1.5",
                "Beslut om av- eller nedskrivning av fordran enligt gällande regler\n"
                "- upp till ett halvt basbelopp\n- med belopp därutöver",
                "9 kap 4 § SoL",
                "Samordnare\nSocialchef",
            ],
            ["4.2 Beslut om bistånd placering barn"],
            [
                "4.2.1",
                "Beslut om placering i familjehem",
                "4 kap 1 § SoL",
                "Individutskottet",
            ],
            [
                "4.2.2",
                "Beslut om placering i jourhem högst två månader",
                "",
                "Samordnare",
            ],
        ],
    )
    soft_lines(table.rows[2].cells[2], ["4 kap 1 § SoL,", "4 kap 2 § SoL"])
    _merge_down(table, 2, 8, 9)
    document.save(str(path))


_OI = "4.1 INDIVID- OCH FAMILJEOMSORG"
_OB = "4.2 Beslut om bistånd placering barn"
OMSORG: list[Expect] = [
    (
        "4.1.1",
        _OI,
        "Ekonomiskt bistånd i enlighet med riksnorm och gällande riktlinjer",
        ["Socialsekreterare"],
        [],
        "4 kap 1 § SoL,\n4 kap 2 § SoL",
        "",
    ),
    (
        "4.1.2",
        _OI,
        "Beslut om deltagande i praktik eller annan kompetenshöjande verksamhet",
        ["Socialsekreterare"],
        [],
        "4 kap 4 § SoL",
        "",
    ),
    (
        "4.1.3",
        _OI,
        "Vägran eller nedsättning av fortsatt försörjningsstöd",
        ["Samordnare"],
        [],
        "4 kap 5 § SoL",
        "",
    ),
    (
        "4.1.4",
        _OI,
        "Beslut att återkräva ekonomiskt bistånd enligt 4 kap 1 § SoL",
        ["Ursprunglig beslutsfattare"],
        [],
        "9 kap 1 § SoL",
        "",
    ),
    (
        "4.1.5",
        _OI,
        "Beslut om av- eller nedskrivning av fordran enligt gällande regler\n"
        "- upp till ett halvt basbelopp\n- med belopp därutöver",
        ["Samordnare", "Socialchef"],
        [],
        "9 kap 4 § SoL",
        "",
    ),
    (
        "4.2.1",
        _OB,
        "Beslut om placering i familjehem",
        ["Individutskottet"],
        [],
        "4 kap 1 § SoL",
        "",
    ),
    (
        "4.2.2",
        _OB,
        "Beslut om placering i jourhem högst två månader",
        ["Samordnare"],
        [],
        "4 kap 1 § SoL",
        "",
    ),
]


# Individ- och familjenämnden: a header table of label rows over value rows ----------------------

IFN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
IFN_ABBREVIATIONS = [
    ("SoL", "Socialtjänstlagen (2001:453)"),
    ("LVU", "Lag (1990:52) med särskilda bestämmelser om vård av unga"),
    ("LVM", "Lag (1988:870) om vård av missbrukare i vissa fall"),
    ("FB", "Föräldrabalken"),
]


def write_ifn(path: Path) -> None:
    """A kommun's "Delegationsbestämmelser för Individ- och familjenämnden", adopted 2 januari
    2015 (http://docplayer.se/2292184-Delegationsbestammelser-for-individ-och-familjenamnden
    .html): the template's header table, a row of labels over a row of values ("Ansvarig |
    Utfärdad av | Berörd verksamhet" over "IoF Nämnd | <name> | Hela IoF", then "Utfärdad |
    Reviderad | Revideras senast" over their dates), its values in content controls; the
    sentence of adoption under the title; "Författningssamlingar med förkortningar" as the
    heading of the abbreviations; "A. Myndighetsutövning mot enskild" over upper-case
    numbered chapters ("1. EKONOMISKT BISTÅND") and sub-headings without number
    ("Försörjningsstöd", "Återkrav av ekonomiskt bistånd"); a point's row inside a content
    control of its own. The name in the header is ours."""
    document = docx.Document()
    top = document.add_table(rows=5, cols=3)
    values = [
        ["Individ- och familjeförvaltningen", "Delegationsordning", "dnr 2014/212"],
        ["Ansvarig", "Utfärdad av", "Berörd verksamhet"],
        ["IoF Nämnd", "Karin Ek", "Hela IoF"],
        ["Utfärdad", "Reviderad", "Revideras senast"],
        ["2015-01-02", "2015-01-02", "2016-12-31"],
    ]
    for row, texts in zip(top.rows, values, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.paragraphs[0].add_run(text)
    for row in (top.rows[2], top.rows[4]):
        for cell in row.cells:
            control_around_runs(cell.paragraphs[0], "Dokumentfält")
    document.add_paragraph("Delegationsbestämmelser för Individ- och familjenämnden", style="Title")
    document.add_paragraph(
        "Föreliggande delegationsordning är antagen av Individ- och familjenämnden den 2 januari "
        "2015 med ikraftträdande den 2 januari 2015."
    )
    document.add_heading("Delegation och delegering", 1)
    document.add_paragraph(
        "Delegering innebär att nämnden överlåter sin beslutanderätt i vissa ärenden till "
        "utskott, ledamot eller ersättare eller till anställd."
    )
    document.add_heading("Författningssamlingar med förkortningar", 1)
    _table(document, None, [list(pair) for pair in IFN_ABBREVIATIONS], width=2)
    document.add_heading("A. Myndighetsutövning mot enskild", 1)
    table = _table(
        document,
        IFN_HEADER,
        [
            ["1. EKONOMISKT BISTÅND"],
            ["Försörjningsstöd"],
            [
                "1.1",
                "Beslut om försörjningsstöd enligt riksnormen",
                "4 kap 1 § SoL",
                "Socialsekreterare",
                "",
            ],
            [
                "1.2",
                "Beslut om försörjningsstöd utöver riksnormen",
                "4 kap 3 § SoL",
                "Enhetschef",
                "",
            ],
            ["Återkrav av ekonomiskt bistånd"],
            [
                "1.3",
                "Beslut om återkrav av ekonomiskt bistånd",
                "9 kap 1 § SoL",
                "Enhetschef",
                "",
            ],
            ["2. VÅRD AV UNGA"],
            [
                "2.1",
                "Ansökan hos förvaltningsrätten om vård enligt LVU",
                "4 § LVU",
                "Individutskottet",
                "",
            ],
            [
                "2.2",
                "Beslut om omedelbart omhändertagande",
                "6 § LVU",
                "Ordförande",
                "Anmäls vid nästa sammanträde",
            ],
        ],
    )
    content_control(table.rows[6]._tr, "Punkt")
    document.save(str(path))


_IE = "1. EKONOMISKT BISTÅND"
_IV = "2. VÅRD AV UNGA"
IFN: list[Expect] = [
    (
        "1.1",
        _IE,
        "Beslut om försörjningsstöd enligt riksnormen",
        ["Socialsekreterare"],
        [],
        "4 kap 1 § SoL",
        "",
    ),
    (
        "1.2",
        _IE,
        "Beslut om försörjningsstöd utöver riksnormen",
        ["Enhetschef"],
        [],
        "4 kap 3 § SoL",
        "",
    ),
    (
        "1.3",
        _IE,
        "Beslut om återkrav av ekonomiskt bistånd",
        ["Enhetschef"],
        [],
        "9 kap 1 § SoL",
        "",
    ),
    (
        "2.1",
        _IV,
        "Ansökan hos förvaltningsrätten om vård enligt LVU",
        ["Individutskottet"],
        [],
        "4 § LVU",
        "",
    ),
    (
        "2.2",
        _IV,
        "Beslut om omedelbart omhändertagande",
        ["Ordförande"],
        [],
        "6 § LVU",
        "Anmäls vid nästa sammanträde",
    ),
]


# Kungsör, socialnämnden: a long revision history, no numbers ------------------------------------

KUNGSOR_HEADER = ["Ärende", "Lagrum", "Delegat"]
KUNGSOR_REVISIONS = [
    ("Antagen", "socialnämnden 2007-03-28, § 32"),
    ("Reviderad", "socialnämnden 2008-02-27, § 13"),
    ("Reviderad", "socialnämnden 2009-09-30, § 73"),
    ("Reviderad", "socialnämnden 2010-05-26, § 37"),
    ("Reviderad", "socialnämnden 2011-05-25, § 38"),
    ("Reviderad", "socialnämnden 2012-06-27, § 56"),
    ("Reviderad", "socialnämnden 2013-08-28, § 69"),
    ("Reviderad", "socialnämnden 2014-10-29, § 80"),
    ("Reviderad", "socialnämnden 2015-12-16, § 96"),
]


def write_kungsor(path: Path) -> None:
    """Kungsörs kommun, "Delegationsordning för socialnämnden", författningssamling Nr B.05
    (http://docplayer.se/6803346-Kungsors-kommuns-forfattningssamling-nr-b-05.html): the
    series name in a text box at the top of the first page, an adoption line and eight
    revision lines under the title, prose, "Sida 1 (32)" typed at the foot of each page, and
    points without numbers in "Ärende | Lagrum | Delegat" tables whose chapters are rows
    spanning the table ("Delegation överflytt av ärende till annan kommun", "Barn och
    ungdom"); an Ärende written over two paragraphs and the law typed into the Ärende
    ("enligt Socialtjänstlagens 2 a kap 10 §"). The transcript lost the dates of the
    decisions: those are ours."""
    document = docx.Document()
    series = document.add_paragraph()
    text_box(series, ["Kungsörs kommuns författningssamling", "Nr B.05"])
    document.add_paragraph("Delegationsordning för socialnämnden", style="Title")
    for kind, beslut in KUNGSOR_REVISIONS:
        document.add_paragraph(f"{kind} av {beslut}")
    document.add_paragraph(
        "Kommunallagen skiljer mellan beslut som kan delegeras och verkställighetsbeslut. Denna "
        "delegationsordning omfattar inte beslut av rent verkställande art."
    )
    document.add_paragraph(
        "Anmälan om beslut fattade med grund i denna delegationsordning ska delges "
        "socialnämnden snarast."
    )
    document.add_paragraph("Sida 1 (32)")
    _table(
        document,
        KUNGSOR_HEADER,
        [
            ["Delegation överflytt av ärende till annan kommun"],
            [
                "Begäran om överflyttning av ärende till annan kommun enligt Socialtjänstlagens "
                "2 a kap 10 §",
                "2 a kap 10 § SoL",
                "Enhetschef",
            ],
            [
                "Ansökan till Socialstyrelsen om överflyttning av ärende till annan kommun",
                "2 a kap 11 § SoL",
                "Socialchef",
            ],
            ["Barn och ungdom"],
            ["Beslut om att inleda utredning", "11 kap. 1 § SoL", "Socialsekreterare"],
            [
                "Beslut om att utredning inte skall inledas eller att inledd utredning skall\n"
                "läggas ned",
                "11 kap. 1 § SoL",
                "Enhetschef",
            ],
        ],
    )
    document.add_paragraph("Sida 2 (32)")
    _table(
        document,
        KUNGSOR_HEADER,
        [
            [
                "Beslut om förlängning av utredningstiden",
                "11 kap. 2 § SoL",
                "Enhetschef",
            ],
        ],
    )
    document.add_paragraph("Sida 3 (32)")
    document.save(str(path))


_KO = "Delegation överflytt av ärende till annan kommun"
_KB = "Barn och ungdom"
KUNGSOR: list[Expect] = [
    (
        "",
        _KO,
        "Begäran om överflyttning av ärende till annan kommun enligt Socialtjänstlagens 2 a "
        "kap 10 §",
        ["Enhetschef"],
        [],
        "2 a kap 10 § SoL",
        "",
    ),
    (
        "",
        _KO,
        "Ansökan till Socialstyrelsen om överflyttning av ärende till annan kommun",
        ["Socialchef"],
        [],
        "2 a kap 11 § SoL",
        "",
    ),
    ("", _KB, "Beslut om att inleda utredning", ["Socialsekreterare"], [], "11 kap. 1 § SoL", ""),
    (
        "",
        _KB,
        "Beslut om att utredning inte skall inledas eller att inledd utredning skall läggas ned",
        ["Enhetschef"],
        [],
        "11 kap. 1 § SoL",
        "",
    ),
    (
        "",
        _KB,
        "Beslut om förlängning av utredningstiden",
        ["Enhetschef"],
        [],
        "11 kap. 2 § SoL",
        "",
    ),
]


# Göteborgs Stad, Socialnämnden Centrum: abbreviations in groups ------------------------------

CENTRUM_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Kommentar"]
CENTRUM_ABBREVIATIONS = {
    "Avdelningar": [("EK", "Ekonomiavdelning"), ("HR", "HR-avdelning")],
    "Befattningar": [
        ("FD", "Förvaltningsdirektör"),
        ("AC", "Avdelningschef"),
        ("AC EK", "Avdelningschef Ekonomi"),
        ("AC HR", "Avdelningschef HR"),
    ],
    "Lagar och författningar": [
        ("LOU", "Lag (2016:1145) om offentlig upphandling"),
        ("SoL", "Socialtjänstlag (2001:453)"),
    ],
}


def write_centrum(path: Path) -> None:
    """Göteborgs Stad, "Socialnämnden Centrum. Delegationsordning" (https://docplayer.se/
    213893287-Socialnamnden-centrum-delegationsordning.html): "Förkortningar" split in groups
    under headings of their own ("Avdelningar", "Befattningar", "Lagar och författningar"),
    each a two-column table, with two-word abbreviations ("AC EK", "AC HR") that the Delegat
    cells then use; "Göteborgs Stad Socialnämnden Centrum, 1 (87)" typed at the foot of each
    page; numbered chapters "3.1 Upphandling", "3.2 Fastighetsfrågor och avtal" as Word
    headings; the points tables inside a one-cell layout table (nested tables); a Delegat
    cell of two abbreviations on two lines."""
    document = docx.Document()
    document.add_paragraph("Socialnämnden Centrum", style="Title")
    document.add_paragraph("Delegationsordning")
    document.add_heading("Förkortningar", 1)
    for group, pairs in CENTRUM_ABBREVIATIONS.items():
        document.add_heading(group, 2)
        _table(document, None, [list(pair) for pair in pairs], width=2)
    document.add_paragraph("Göteborgs Stad Socialnämnden Centrum, 3 (87)")
    document.add_heading("Regler och riktlinjer för delegation", 1)
    document.add_paragraph(
        "Delegation innebär att nämnden uppdrar åt någon annan att fatta beslut på nämndens "
        "vägnar. Beslut som fattas med stöd av delegation ska anmälas till nämnden."
    )
    document.add_paragraph("Göteborgs Stad Socialnämnden Centrum, 9 (87)")
    for heading, rows in (
        (
            "3.1 Upphandling",
            [
                [
                    "3.1.1",
                    "Beslut om upphandling och tilldelning av kontrakt inom budget",
                    "AC EK",
                    "LOU",
                    "",
                ],
                [
                    "3.1.2",
                    "Beslut om att avbryta upphandling",
                    "FD\nAC EK",
                    "4 kap. 3 § LOU",
                    "Var för sig",
                ],
            ],
        ),
        (
            "3.2 Fastighetsfrågor och avtal",
            [
                ["3.2.1", "Teckna hyresavtal för lokaler upp till tre år", "AC", "", ""],
                ["3.2.2", "Säga upp hyresavtal för lokaler", "FD", "", ""],
            ],
        ),
    ):
        document.add_heading(heading, 2)
        layout = document.add_table(rows=1, cols=1)
        inner = _table(document, CENTRUM_HEADER, rows)
        layout.rows[0].cells[0]._tc.append(inner._tbl)  # moved into the layout cell
        layout.rows[0].cells[0]._tc.append(parse_xml(f"<w:p {_W}/>"))
        document.add_paragraph("Göteborgs Stad Socialnämnden Centrum, 10 (87)")
    document.save(str(path))


_CU = "3.1 Upphandling"
_CF = "3.2 Fastighetsfrågor och avtal"
CENTRUM: list[Expect] = [
    (
        "3.1.1",
        _CU,
        "Beslut om upphandling och tilldelning av kontrakt inom budget",
        ["AC EK"],
        [],
        "LOU",
        "",
    ),
    (
        "3.1.2",
        _CU,
        "Beslut om att avbryta upphandling",
        ["FD", "AC EK"],
        [],
        "4 kap. 3 § LOU",
        "Var för sig",
    ),
    ("3.2.1", _CF, "Teckna hyresavtal för lokaler upp till tre år", ["AC"], [], "", ""),
    ("3.2.2", _CF, "Säga upp hyresavtal för lokaler", ["FD"], [], "", ""),
]


# Krokom, kommunstyrelsen: a styrdokument cover, a header table with colons, a Word contents ---

KROKOM_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Vidaredelegering"]
KROKOM_FIELDS = [
    ("Fastställt av:", "Kommunstyrelsen"),
    ("Datum:", "25 mars 2015"),
    ("För revidering ansvarar:", "Kommunstyrelsen"),
    ("Dokumentet gäller för:", "Kommunstyrelsen"),
    ("Dokumentet gäller till och med:", "Nästa revidering tas"),
]


def write_krokom(path: Path) -> None:
    """Krokoms kommun, "Delegationsreglemente. Kommunstyrelsen", fastställt 25 mars 2015
    (https://docplayer.se/154873460-Delegationsreglemente-kommunstyrelsen.html): a cover
    page with the kommun's ladder of styrdokument as a two-column table ("STRATEGI |
    avgörande vägval för att nå målen" …), a header table of labels ending in a colon
    ("Fastställt av:", "Datum:", "För revidering ansvarar:", "Dokumentet gäller för:",
    "Dokumentet gäller till och med:"), Word's own table of contents (a content control
    holding the heading "Innehåll" and its lines), an upper-case "DELEGATIONSREGLEMENTE" over
    numbered headings ("1 Delegationsreglemente", "1.1 Delegering av beslutanderätt inom
    nämnd (6 kap kommunallagen)") with questions as sub-headings ("Vad innebär
    delegering?"). The points lie beyond the transcript: built as a kommunstyrelse's, under
    "2 Delegationsförteckning"."""
    document = docx.Document()
    document.add_paragraph("Delegationsreglemente Kommunstyrelsen", style="Title")
    document.add_paragraph("Krokoms kommuns styrdokument")
    _table(
        document,
        None,
        [
            ["STRATEGI", "avgörande vägval för att nå målen"],
            ["PROGRAM", "verksamheter och metoder i riktning mot målen"],
            ["POLICY", "Krokoms kommuns hållning"],
            ["RIKTLINJER", "rekommenderade sätt att agera"],
        ],
    )
    _table(document, None, [list(pair) for pair in KROKOM_FIELDS])
    contents = document.add_paragraph(
        "Innehåll", style="TOC Heading" if _has_style(document, "TOC Heading") else None
    )
    lines = [
        document.add_paragraph("1 Delegationsreglemente\t5"),
        document.add_paragraph("Vad innebär delegering?\t5"),
        document.add_paragraph("2 Delegationsförteckning\t7"),
    ]
    toc = parse_xml(
        f'<w:sdt {_W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>"
    )
    contents._p.addprevious(toc)
    for paragraph in (contents, *lines):
        toc[1].append(paragraph._p)
    document.add_paragraph("DELEGATIONSREGLEMENTE")
    document.add_heading("1 Delegationsreglemente", 1)
    document.add_heading("1.1 Delegering av beslutanderätt inom nämnd (6 kap kommunallagen)", 2)
    document.add_heading("Vad innebär delegering?", 3)
    document.add_paragraph(
        "Delegering enligt kommunallagen (KL) innebär att beslutanderätten, i ett visst ärende "
        "eller i en ärendegrupp, flyttas över till någon annan (= delegaten)."
    )
    document.add_heading("2 Delegationsförteckning", 1)
    document.add_heading("2.1 Allmänna ärenden", 2)
    _table(
        document,
        KROKOM_HEADER,
        [
            [
                "2.1.1",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
                "Ordföranden",
                "6 kap 39 § KL",
                "Nej",
            ],
            [
                "2.1.2",
                "Avvisa ombud",
                "Kommunchef",
                "14 § FL",
                "Ja",
            ],
        ],
    )
    document.add_heading("2.2 Ekonomi", 2)
    _table(
        document,
        KROKOM_HEADER,
        [["2.2.1", "Utse attestanter", "Ekonomichef", "", "Nej"]],
    )
    document.save(str(path))


def _has_style(document, name: str) -> bool:
    return any(style.name == name for style in document.styles)


_KA = "2.1 Allmänna ärenden"
KROKOM: list[Expect] = [
    (
        "2.1.1",
        _KA,
        "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
        ["Ordföranden"],
        [],
        "6 kap 39 § KL",
        "",
    ),
    ("2.1.2", _KA, "Avvisa ombud", ["Kommunchef"], [], "14 § FL", ""),
    ("2.2.1", "2.2 Ekonomi", "Utse attestanter", ["Ekonomichef"], [], "", ""),
]


THIRD_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "riktlinjer": (write_riktlinjer, RIKTLINJER),
    "omsorg": (write_omsorg, OMSORG),
    "ifn": (write_ifn, IFN),
    "kungsor": (write_kungsor, KUNGSOR),
    "centrum": (write_centrum, CENTRUM),
    "krokom": (write_krokom, KROKOM),
}
