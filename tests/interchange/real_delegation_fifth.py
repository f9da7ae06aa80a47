"""A fifth set of Word delegationsordningar, with layouts the first four sets lack: changes
marked in a colour the document names, tables with no header row. Each builder names its
source (a public transcript found with the search tool, corpus "pages") and the structures
taken from it. The stored transcripts show a document's first pages only and keep no
colours; what lies beyond them, and which text is in colour, is said in the docstring. Only
the number of points is cut down. `FIFTH_DOCUMENTS` maps a short name to (builder, expected
points), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import RGBColor

from tests.interchange.real_delegation_documents import Expect, _table

# Karlstads kommun, vård- och omsorgsnämnden --------------------------------------------------

KARLSTAD_RED = "Beslut om kortare vikariatsförordnande för verksamhetsansvariga (t ex vid semester)"


def write_karlstad(path: Path) -> None:
    """Karlstads kommun, "Delegeringsordning för vård- och omsorgsnämnden", Dnr VON-358
    (http://docplayer.se/2673977-Delegeringsordning-for-vard-och-omsorgsnamnden.html): the
    first line says "Röd text är ändringar"; an introduction, then chapters "1
    Arbetsgivarärenden" over sections "1.1 Organisation", "1.2 Anställa och avveckla
    personal" as headings, each section a two-column table Ärende | Delegat with no header
    row and no point numbers; a remark on a line of its own in the Ärende cell ("Avser även
    kortare vikariatsförordnanden …"); a list in the Ärende cell with a delegate for each
    line in the Delegat cell and a condition under them ("Efter samråd med personalchef");
    a lead row without delegate over rows "- inom enheten | Enhetschef"; the address block
    in the first page's footer, "sid 2 (15)" in the header. Which text was red the
    transcript does not keep: here one point's Ärende, as a revision would mark it."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "sid 2 (15)"
    section.footer.paragraphs[0].text = (
        "Postadress: Vård- och omsorgsförvaltningen, Karlstad Besöksadress: Järnvägsgatan 4 "
        "Tel: Fax: Epost: Org.nr: Säte: Karlstad Postgiro: Bankgiro:"
    )
    legend = document.add_paragraph().add_run("Röd text är ändringar")
    legend.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    document.add_paragraph("Delegeringsordning för vård- och omsorgsnämnden", style="Title")
    document.add_paragraph("Dnr VON-358 Dpl 00")
    document.add_paragraph(
        "Delegeringsordningen visar inom vilka områden vård- och omsorgsnämnden lämnat över "
        "rätten att besluta i ärenden till ett utskott, en enskild politiker eller tjänsteman, "
        "så kallad delegering. Beslut som fattas av delegat med stöd av delegeringsordningen "
        "ska anmälas till nämnden löpande."
    )
    document.add_heading("1 Arbetsgivarärenden", 1)
    document.add_heading("1.1 Organisation", 2)
    organisation = _table(
        document,
        None,
        [
            [
                "Beslut om organisatorisk förändring inom vård- och omsorgsförvaltningen\n"
                "Avser även kortare vikariatsförordnanden (t ex vid semester) för "
                "förvaltningsdirektör",
                "Vård- och omsorgsdirektör",
            ],
            [KARLSTAD_RED, "Verksamhetsansvariga"],
        ],
    )
    for run in organisation.rows[1].cells[0].paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    document.add_heading("1.2 Anställa och avveckla personal", 2)
    _table(
        document,
        None,
        [
            [
                "Uppsägning eller avsked av personal på vård- och omsorgsförvaltningen\n"
                "- Besked om uppsägning av personliga skäl\n"
                "- Uppsägning på grund av arbetsbrist",
                "Samtliga chefer\nPersonalchef\nEfter samråd med personalchef",
            ],
            ["Omplacering av personal MBL-förhandling", ""],
            ["- inom enheten", "Enhetschef"],
            ["- inom området", "Verksamhetsansvarig"],
        ],
    )
    document.save(str(path))


def _unnumbered(chapter: str, arende: str, delegat: list[str], anmarkning: str = "") -> Expect:
    """A point of a table without numbers, Lagrum or Ersättare."""
    return ("", chapter, arende, delegat, [], "", anmarkning)


_KO = "1.1 Organisation"
_KA = "1.2 Anställa och avveckla personal"
KARLSTAD: list[Expect] = [
    _unnumbered(
        _KO,
        "Beslut om organisatorisk förändring inom vård- och omsorgsförvaltningen\nAvser även "
        "kortare vikariatsförordnanden (t ex vid semester) för förvaltningsdirektör",
        ["Vård- och omsorgsdirektör"],
    ),
    _unnumbered(_KO, KARLSTAD_RED, ["Verksamhetsansvariga"]),
    _unnumbered(
        _KA,
        "Uppsägning eller avsked av personal på vård- och omsorgsförvaltningen\n"
        "- Besked om uppsägning av personliga skäl\n- Uppsägning på grund av arbetsbrist",
        ["Samtliga chefer", "Personalchef"],
        "Efter samråd med personalchef",
    ),
    _unnumbered(_KA, "- inom enheten", ["Enhetschef"]),
    _unnumbered(_KA, "- inom området", ["Verksamhetsansvarig"]),
]

# Nacka kommun, äldrenämnden ---------------------------------------------------------------

NACKA_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
NACKA_LAWS = [
    ("BegrL", "Begravningslagen (1990:1144)"),
    ("BrB", "Brottsbalken (1962:700)"),
    ("", "Bidragsbrottslagen (2007:612)"),
    ("", "Förordning om offentligt biträde (1997:405)"),
    ("FL", "Förvaltningslagen (1986:223)"),
    ("KL", "Kommunallagen (1991:900)"),
    ("LOU", "Lag om offentlig upphandling (2007:1091)"),
]


def write_nacka(path: Path) -> None:
    """Nacka kommun, "Delegationsordning för äldrenämnden" (http://docplayer.se/46822891-
    Delegationsordning-dokumentets-syfte-delegationsordningen-styr-vilka-beslut-som-fattas-
    av-hela-aldrenamnden-delar-av-namnden-eller-anstallda.html): the kommun's document
    template, "Dokumentets syfte" and "Dokumentet gäller för" as bold lines over their text,
    a table of contents, the fields Diarienummer, Fastställd/senast uppdaterad,
    Beslutsinstans, Ansvarigt politiskt organ and Ansvarig processägare as a row of headings
    over a row of values, the address block (POSTADRESS … ORG.NUMMER) in the footer; chapter
    "1 Förkortningar" with "1.1 Lagar" listing each law by tab, some with no abbreviation
    ("Bidragsbrottslagen (2007:612)"); then "3 Gemensamt" over "3.1 Brådskande ärenden". The
    point tables lie beyond the transcript: their columns are the usual Nr | Ärende | Lagrum
    | Delegat | Anmärkning, their wording the chapter titles'. The diarienummer and the date
    the transcript lost are ours."""
    document = docx.Document()
    # The footer's address block, as far as the transcript shows it.
    labels = ["POSTADRESS", "BESÖKSADRESS", "TELEFON", "E-POST", "SMS", "WEBB", "ORG.NUMMER"]
    values = ["Nacka kommun, Nacka", "Stadshuset, Granitvägen", "", "info@nacka.se", "", "", ""]
    address = document.sections[0].footer.add_table(rows=2, cols=7, width=docx.shared.Mm(170))
    for row, texts in zip(address.rows, (labels, values), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("DELEGATIONSORDNING för äldrenämnden", style="Title")
    for label, text in (
        (
            "Dokumentets syfte",
            "Delegationsordningen styr vilka beslut som fattas av hela "
            "äldrenämnden, delar av nämnden eller anställda",
        ),
        ("Dokumentet gäller för", "Alla verksamheter inom äldrenämndens ansvarsområde"),
    ):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(text)
    document.add_paragraph("Innehållsförteckning")
    for line in (
        "1 Förkortningar\t3",
        "1.1 Lagar\t3",
        "3 Gemensamt\t6",
        "3.1 Brådskande ärenden\t6",
    ):
        document.add_paragraph(line)
    _table(
        document,
        [
            "Diarienummer",
            "Fastställd/senast uppdaterad",
            "Beslutsinstans",
            "Ansvarigt politiskt organ",
            "Ansvarig processägare",
        ],
        [["ÄLN 2016/112", "2016-12-14", "Äldrenämnden", "Äldrenämnden", "Anders Fredriksson"]],
    )
    document.add_heading("1 Förkortningar", 1)
    document.add_heading("1.1 Lagar", 2)
    for short, long in NACKA_LAWS:
        document.add_paragraph(f"{short}\t{long}")
    document.add_heading("3 Gemensamt", 1)
    # The points beyond the transcript: (section, nr, ärende, lagrum, delegat, anmärkning).
    for section, *point in NACKA_POINTS:
        document.add_heading(section, 2)
        _table(document, NACKA_HEADER, [point])
    document.save(str(path))


NACKA_POINTS = [
    (
        "3.1 Brådskande ärenden",
        "3.1.1",
        "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
        "6 kap. 39 § KL",
        "Ordförande",
        "Anmäls vid nämndens nästa sammanträde",
    ),
    (
        "3.2 Handläggning av ärenden",
        "3.2.1",
        "Beslut om att inleda utredning",
        "11 kap. 1 § SoL",
        "Biståndshandläggare",
        "",
    ),
]
NACKA: list[Expect] = [
    (nr, section, arende, [delegat], [], lagrum, anmarkning)
    for section, nr, arende, lagrum, delegat, anmarkning in NACKA_POINTS
]


# Skövde kommun, vård- och omsorgsnämnden ----------------------------------------------------

SKOVDE_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
SKOVDE_POINTS = [
    (
        "Del 1 Allmänt",
        "1.1",
        "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
        "KL 6 kap 36 §",
        "Ordförande",
    ),
    ("Del 1 Allmänt", "1.2", "Avvisa ombud", "FL 9 §", "Enhetschef"),
    ("Del 2 Ekonomi", "2.1", "Attestera fakturor inom egen budget", "", "Enhetschef"),
    (
        "Del 4 Ärenden enligt LSS",
        "4.1",
        "Beslut om personlig assistans",
        "9 § 2 LSS",
        "Biståndshandläggare",
    ),
]


def write_skovde(path: Path) -> None:
    """Skövde kommun, "Vård- och omsorgsnämndens delegationsordning", beslutad i vård- och
    omsorgsnämnden 2015-01-29, § 8 (http://docplayer.se/2314391-Vard-och-omsorgsnamndens-
    delegationsordning-beslutad-i-vard-och-omsorgsnamnden-2015-01-29-8.html): a table of
    contents with dot leaders, an introduction under a heading of the document's own title,
    then its parts "Del 1 Allmänt", "Del 2 Ekonomi" … "Del 7 Ärenden enligt Lag om
    bostadsanpassningsbidrag" as the only headings over their points, and at the end a
    "Förkortningslista lagar och förordningar". The point tables lie beyond the transcript:
    their columns are the usual Nr | Ärende | Lagrum | Delegat | Anmärkning, numbered by
    part, the list's lines written "SoL<tab>Socialtjänstlagen (2001:453)"."""
    document = docx.Document()
    document.add_paragraph("Dnr: VON 2014/00163")
    document.add_paragraph("Vård- och omsorgsnämndens delegationsordning", style="Title")
    document.add_paragraph("Beslutad i vård- och omsorgsnämnden 2015-01-29, § 8")
    document.add_paragraph("Innehållsförteckning")
    for line in (
        "Del 1 Allmänt... 3",
        "Del 2 Ekonomi... 8",
        "Förkortningslista lagar och förordningar... 19",
    ):
        document.add_paragraph(line)
    document.add_heading("Delegationsordning för vård- och omsorgsnämnden", 1)
    document.add_paragraph(
        "En nämnd får uppdra åt ett utskott, en ledamot eller ersättare eller åt en anställd "
        "hos kommunen att besluta på nämndens vägnar i ett visst ärende (KL 6 kap 33 §)."
    )
    for part in dict.fromkeys(point[0] for point in SKOVDE_POINTS):
        document.add_heading(part, 1)
        rows = [[*point[1:], ""] for point in SKOVDE_POINTS if point[0] == part]
        _table(document, SKOVDE_HEADER, rows)
    document.add_heading("Förkortningslista lagar och förordningar", 1)
    for short, long in SKOVDE_LAWS:
        document.add_paragraph(f"{short}\t{long}")
    document.save(str(path))


SKOVDE_LAWS = [
    ("FL", "Förvaltningslagen (1986:223)"),
    ("KL", "Kommunallagen (1991:900)"),
    ("LSS", "Lag om stöd och service till vissa funktionshindrade (1993:387)"),
]
SKOVDE: list[Expect] = [
    (nr, part, arende, [delegat], [], lagrum, "")
    for part, nr, arende, lagrum, delegat in SKOVDE_POINTS
]


# A vård- och omsorgsnämnd, "Delegationsordning Vård och Omsorg" ------------------------------

VO_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]
VO_PARTS = {
    "Utskott": ["1. Gemensamt för utskottens delegation"],
    "Delegationsbestämmelser rörande äldreomsorg och omsorg om funktionsnedsatta, samt "
    "hälso- och sjukvård": [
        "2. Beslut enligt socialtjänstlagen 2001:453",
        "3. Beslut enligt lag (1993:387) om stöd och service till vissa funktionshindrade",
    ],
}
VO_POINTS = {
    "1. Gemensamt för utskottens delegation": (
        "1.1",
        "Beslut om att inleda utredning",
        "Utskottet",
        "11 kap. 1 § SoL",
    ),
    "2. Beslut enligt socialtjänstlagen 2001:453": (
        "2.1",
        "Beslut om hemtjänst",
        "Biståndshandläggare",
        "4 kap. 1 § SoL",
    ),
    "3. Beslut enligt lag (1993:387) om stöd och service till vissa funktionshindrade": (
        "3.1",
        "Beslut om ledsagarservice",
        "LSS-handläggare",
        "9 § 3 LSS",
    ),
}


def write_vardomsorg(path: Path) -> None:
    """A nämnd's "Delegationsordning Vård och Omsorg", gäller fr.o.m. 2015-01-01, antagen av
    socialnämnden 16 december 2014, § 90, godkänd av vård- och omsorgsnämnden 13 januari
    2015 (http://docplayer.se/9569159-Delegationsordning-vard-och-omsorg-galler-fr-o-m-2015-
    01-01.html; the transcript does not name the kommun): the decisions as lines under the
    title, "Antagen av …" and "Godkänd av …"; a table of contents; an introduction with
    numbered questions as headings; the laws under "Förkortning av lagar"; unnumbered
    headings ("Utskott", "Delegationsbestämmelser rörande äldreomsorg …") over chapters
    numbered "1.", "2.", "3.". The point tables lie beyond the transcript: their columns are
    Nr | Ärende | Delegat | Lagrum | Anmärkning, one point from each chapter's title."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning Vård och Omsorg", style="Title")
    # The decisions under the title, then a table of contents.
    front = (
        "Gäller fr.o.m. 2015-01-01",
        "Antagen av socialnämnden den 16 december 2014, § 90",
        "Godkänd av Vård och omsorgsnämnden den 13 januari 2015",
        "Innehållsförteckning",
        "Allmänt om delegering från nämnd 3",
        "Förkortning av lagar 6",
    )
    for line in front:
        document.add_paragraph(line)
    for level, heading in (
        (1, "Allmänt om delegering av beslutanderätt inom en nämnd"),
        (2, "1. Vad innebär delegering?"),
    ):
        document.add_heading(heading, level)
    document.add_paragraph(
        "Delegering innebär att beslutanderätten, i ett visst ärende eller i en ärendegrupp, "
        "flyttas över till någon annan (=delegaten)."
    )
    document.add_heading("Förkortning av lagar", 1)
    for short, long in VO_LAWS:
        document.add_paragraph(f"{short}\t{long}")
    for part, chapters in VO_PARTS.items():
        document.add_heading(part, 1)
        for chapter in chapters:
            document.add_heading(chapter, 2)
            _table(document, VO_HEADER, [[*VO_POINTS[chapter], ""]])
    document.save(str(path))


VO_LAWS = [
    ("SoL", "Socialtjänstlagen (2001:453)"),
    ("LSS", "Lag om stöd och service till vissa funktionshindrade (1993:387)"),
]
VARDOMSORG: list[Expect] = [
    (nr, chapter, arende, [delegat], [], lagrum, "")
    for chapter, (nr, arende, delegat, lagrum) in VO_POINTS.items()
]


# Each document: its builder and the points it must import to.
FIFTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "karlstad": (write_karlstad, KARLSTAD),
    "nacka": (write_nacka, NACKA),
    "skovde": (write_skovde, SKOVDE),
    "vardomsorg": (write_vardomsorg, VARDOMSORG),
}
