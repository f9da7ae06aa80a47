"""More Word delegationsordningar laid out as real kommuner's are: documents whose layout
differs from the eight of real_delegation_documents, and what each must import to.

Each builder names its source (a public transcript found with the search tool, corpus
"pages") and the structures taken from it. The stored transcripts show a document's first
pages only; where a table lies beyond them, its shape is built from the structures the
docstring names, and the wording of its points follows the kind of document. Only the
number of points is cut down.

`MORE_DOCUMENTS` maps a short name to (builder, expected points); a point is expected as
(nr, chapter, ärende, delegat, ersättare, lagrum, anmärkning), as in real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table, add_footnote

# Katrineholms kommun, kommunstyrelsen ---------------------------------------------------------

KATRINEHOLM_HEADER = ["Ärende", "Delegat", "Ersättare"]


def write_katrineholm(path: Path) -> None:
    """Katrineholms kommun, "Delegationsordning för kommunstyrelsen i Katrineholms kommun",
    handling nr 3/2015 (http://docplayer.se/2609184-Delegationsordning-for-kommunstyrelsen-
    i-katrineholms-kommun.html): page numbers "3 (12)" typed as text, a "Beslutshistorik"
    page, the title again over the points, "Förkortningar:" as lines of an abbreviation and
    its meaning, no number column (the points have no numbers), chapter titles as rows
    spanning the table ("Allmänna juridiska ärenden", "Yttranden", "Frågor rörande fast
    egendom"), two delegates after one another in one cell ("förvaltningschef KLF,
    förvaltningschef SBF"), and a row broken by a page break inside a hyphenated word of the
    Delegat cell ("Mark- och exploa-" / "teringschefen") that goes on under the header
    repeated on the next page. The transcript lost some of the delegates' names: those cells
    are filled with titles of the same kind, not the document's own."""
    document = docx.Document()
    document.add_paragraph("handling nr 3/2015")
    document.add_paragraph(
        "Delegationsordning för kommunstyrelsen i Katrineholms kommun", style="Title"
    )
    document.add_paragraph("Senast reviderad av kommunstyrelsen 2015-01-28, § 21")
    document.add_paragraph("2 (12)")
    document.add_heading("Beslutshistorik", 1)
    document.add_paragraph(
        "Reviderad av kommunstyrelsen: 2011-05-25, § 112, 2012-06-13, § 218 och 2014-09-03, § 234"
    )
    document.add_paragraph("3 (12)")
    document.add_paragraph("Delegationsordning för kommunstyrelsen i Katrineholms kommun")
    document.add_paragraph("Förkortningar:")
    for line in (
        "KS\tkommunstyrelsen",
        "KLF\tkommunledningsförvaltningen",
        "SBF\tsamhällsbyggnadsförvaltningen",
    ):
        document.add_paragraph(line)
    _table(
        document,
        KATRINEHOLM_HEADER,
        [
            ["Allmänna juridiska ärenden"],
            [
                "Föra kommunens talan inför domstol och andra myndigheter/organ, med rätt att "
                "genom fullmakt sätta annan i sitt ställe",
                "Kommundirektören",
                "Kanslichefen",
            ],
            [
                "Avvisa för sent inkommet överklagande i enlighet med förvaltningslagen",
                "Kanslichefen",
                "",
            ],
            [
                "Avslag på begäran hos kommunstyrelsen att utlämna ej arkiverade allmänna "
                "handlingar eller utlämnande med förbehåll",
                "förvaltningschef KLF, förvaltningschef SBF",
                "Respektive avdelningschef, kommunjuristen",
            ],
            ["Bedöma om en handling är allmän eller ej", "Respektive handläggare", ""],
            ["Yttranden"],
            [
                "Yttranden angående ansökan om att få använda övervakningskamera enligt lagen "
                "om TV-övervakning",
                "KS ordförande",
                "KS vice ordförande",
            ],
            ["Yttranden över ansökan om antagande av hemvärnsmän", "Kanslichefen", ""],
            ["Frågor rörande fast egendom"],
            [
                "Köp eller försäljning av fast egendom där köpeskillingen inte överstiger tio "
                "basbelopp",
                "Mark- och exploateringschefen",
                "",
            ],
            ["Utarrendering (liksom byte av arrendator)", "Mark- och exploa-", ""],
        ],
    )
    document.add_paragraph("4 (12)")
    _table(
        document,
        KATRINEHOLM_HEADER,
        [
            ["samt upplåtelse av kommunens mark och vatten", "teringschefen", ""],
            [
                "Företräda kommunen inför myndigheter i ärenden om fast egendom samt att ansöka "
                "hos myndighet om åtgärd rörande fast egendom.",
                "Mark- och exploateringschefen",
                "",
            ],
        ],
    )
    document.add_paragraph("5 (12)")
    document.save(str(path))


_KJ = "Allmänna juridiska ärenden"
_KF = "Frågor rörande fast egendom"
KATRINEHOLM: list[Expect] = [
    (
        "",
        _KJ,
        "Föra kommunens talan inför domstol och andra myndigheter/organ, med rätt att genom "
        "fullmakt sätta annan i sitt ställe",
        ["Kommundirektören"],
        ["Kanslichefen"],
        "",
        "",
    ),
    (
        "",
        _KJ,
        "Avvisa för sent inkommet överklagande i enlighet med förvaltningslagen",
        ["Kanslichefen"],
        [],
        "",
        "",
    ),
    (
        "",
        _KJ,
        "Avslag på begäran hos kommunstyrelsen att utlämna ej arkiverade allmänna handlingar "
        "eller utlämnande med förbehåll",
        ["förvaltningschef KLF", "förvaltningschef SBF"],
        ["Respektive avdelningschef", "kommunjuristen"],
        "",
        "",
    ),
    ("", _KJ, "Bedöma om en handling är allmän eller ej", ["Respektive handläggare"], [], "", ""),
    (
        "",
        "Yttranden",
        "Yttranden angående ansökan om att få använda övervakningskamera enligt lagen om "
        "TV-övervakning",
        ["KS ordförande"],
        ["KS vice ordförande"],
        "",
        "",
    ),
    (
        "",
        "Yttranden",
        "Yttranden över ansökan om antagande av hemvärnsmän",
        ["Kanslichefen"],
        [],
        "",
        "",
    ),
    (
        "",
        _KF,
        "Köp eller försäljning av fast egendom där köpeskillingen inte överstiger tio basbelopp",
        ["Mark- och exploateringschefen"],
        [],
        "",
        "",
    ),
    (
        "",
        _KF,
        "Utarrendering (liksom byte av arrendator) samt upplåtelse av kommunens mark och vatten",
        ["Mark- och exploateringschefen"],
        [],
        "",
        "",
    ),
    (
        "",
        _KF,
        "Företräda kommunen inför myndigheter i ärenden om fast egendom samt att ansöka hos "
        "myndighet om åtgärd rörande fast egendom.",
        ["Mark- och exploateringschefen"],
        [],
        "",
        "",
    ),
]


# A kommunstyrelse's ordning with a long Förkortningar list in two column pairs -----------------

KANSLI_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]
KANSLI_ABBREVIATIONS = [
    ("KS", "kommunstyrelse", "AC", "administrativ chef"),
    ("KS ordf", "KS ordförande", "PC", "personalchef"),
    ("KS viceordf", "KS 1:e eller 2:e vice ordförande", "EC", "ekonomichef"),
    ("KSAU", "KS arbetsutskott", "ECstf", "ställföreträdande ekonomichef"),
    ("KD", "kommundirektör", "KJ", "kommunjurist"),
    ("FC", "förvaltningschef", "UC", "upphandlingschef"),
    ("AvdC", "avdelningschef", "KC", "kommunikationschef"),
    ("ECARB", "enhetschef arbetsmarknad", "mnkr", "miljoner kronor"),
    ("FK", "fritidskonsulent", "H", "handläggare/inspektör"),
    ("KSS", "kris- och säkerhetssamordnare", "tkr", "tusen kronor"),
]


def write_kansli(path: Path) -> None:
    """A kommunstyrelse's delegationsordning, "Utgivare: Kommunledningsförvaltningen Kansli"
    (https://docplayer.se/26897734-4-jav-delegat-far-inte-besluta-i-arenden-dar-han-eller-
    hon-ar-javig.html): the header as "Label: value" lines under which the adoption and its
    revisions run on in one line, numbered introduction headings ("1 Anmälan" … "4 Jäv"),
    and "Förkortningar" as a list in two column pairs on each line ("KS  kommunstyrelse  AC
    administrativ chef"), with abbreviations of two words ("KS ordf"), in lower case
    ("mnkr", "tkr") and of one letter ("H"), broken by a page number. The points name their
    delegates by those abbreviations, two in one cell after a comma ("KD, EC")."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunstyrelsen", style="Title")
    for line in (
        "Utgivare: Kommunledningsförvaltningen Kansli",
        "Gäller från: lagakraftvunnet beslut",
    ):
        document.add_paragraph(line)
    document.add_paragraph(
        "Med stöd av kommunallagen 6 kap delegerar kommunstyrelsen till utskott, "
        "förtroendevalda och anställda enligt följande uppställning att besluta på styrelsens "
        "vägnar i angivna slag av ärenden."
    )
    for heading, text in (
        ("1 Anmälan", "Delegeringsbeslut ska alltid anmälas till kommunstyrelsen."),
        ("2 Beslut – Verkställighet", "Delegering omfattar beslutanderätt."),
        ("3 Vidaredelegering", "Vidaredelegering får endast ske i ett steg."),
        ("4 Jäv", "Delegat får inte besluta i ärenden där han eller hon är jävig."),
    ):
        document.add_heading(heading, 2)
        document.add_paragraph(text)
    document.add_heading("Förkortningar", 2)
    for number, row in enumerate(KANSLI_ABBREVIATIONS):
        if number == 8:
            document.add_paragraph("1")  # the page ends inside the list
        document.add_paragraph("\t".join(row))
    document.add_heading("A Allmänna ärenden", 1)
    _table(
        document,
        KANSLI_HEADER,
        [
            [
                "A 1",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
                "KS ordf",
                "KS viceordf",
                "",
            ],
            ["A 2", "Utse ombud att föra kommunens talan", "KD, KJ", "", ""],
        ],
    )
    document.add_heading("B Ekonomi", 1)
    _table(
        document,
        KANSLI_HEADER,
        [
            [
                "B 1",
                "Upphandling och tecknande av avtal",
                "KD, EC",
                "ECstf",
                "Upp till 5 mnkr",
            ],
            ["B 2", "Avskrivning av fordringar", "EC", "ECstf", "Högst 50 tkr"],
            ["B 3", "Bidrag till föreningar", "FK", "AvdC", ""],
        ],
    )
    document.save(str(path))


_KA = "A Allmänna ärenden"
_KB = "B Ekonomi"
KANSLI: list[Expect] = [
    (
        "A 1",
        _KA,
        "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
        ["KS ordf"],
        ["KS viceordf"],
        "",
        "",
    ),
    ("A 2", _KA, "Utse ombud att föra kommunens talan", ["KD", "KJ"], [], "", ""),
    (
        "B 1",
        _KB,
        "Upphandling och tecknande av avtal",
        ["KD", "EC"],
        ["ECstf"],
        "",
        "Upp till 5 mnkr",
    ),
    ("B 2", _KB, "Avskrivning av fordringar", ["EC"], ["ECstf"], "", "Högst 50 tkr"),
    ("B 3", _KB, "Bidrag till föreningar", ["FK"], ["AvdC"], "", ""),
]


# A tekniska nämnd: a) and b) inside the cells ---------------------------------------------------

TEKNISKA_HEADER = ["Nr", "Ärende", "Delegat", "Anmärkning"]
_NOT_FURTHER = "Vidaredelegering är inte tillåten"


def write_tekniska(path: Path) -> None:
    """A kommun's "Delegeringsordning för tekniska nämnden" (http://docplayer.se/105202220-
    Delegeringsordning-for-tekniska-namnden.html): the table from the first page, a chapter
    row "1 Organisation och allmän administration", the substitute in the delegate's cell
    ("Tekniska nämndens ordförande, i andra hand nämndens 1:a vice ordförande"), points
    split into a) and b) inside the Ärende and the Delegat cells, two delegates after a comma
    ("Tekniska nämndens ordförande, bygg- och miljödirektör"), and an "Anmärkning:" typed
    under the Ärende text."""
    document = docx.Document()
    _table(
        document,
        TEKNISKA_HEADER,
        [
            ["1 Organisation och allmän administration"],
            [
                "1.1",
                "Besluta om organisationsstruktur för tekniska nämndens verksamheter.",
                "Bygg- och miljödirektör",
                _NOT_FURTHER,
            ],
            [
                "1.2",
                "Besluta på tekniska nämndens vägnar i ärenden som är så brådskande att "
                "tekniska nämndens eller vid fall av delegering - dess utskotts sammanträde "
                "inte kan avvaktas.",
                "Tekniska nämndens ordförande, i andra hand nämndens 1:a vice ordförande",
                _NOT_FURTHER,
            ],
            [
                "1.3",
                "Avge yttranden till myndigheter, kommunala styrelser och nämnder, dock ej "
                "kommunfullmäktige, i fall då nämnden i dess helhet inte hinner yttra sig vid "
                "ordinarie sammanträde.",
                "Arbetsutskott",
                _NOT_FURTHER,
            ],
            [
                "1.5",
                "Företräda tekniska nämnden samt utfärda fullmakt att företräda tekniska "
                "nämnden inför myndighet, domstol och vid förrättning gällande\na) ärenden om "
                "upphandling\nb) övriga ärenden",
                "a) Kommunens upphandlingschef\nb) Bygg- och miljödirektör",
                "",
            ],
            [
                "1.7",
                "Ompröva beslut som har meddelats av tekniska nämnden som första instans\n"
                "a) Beslut av nämnd i dess helhet eller utskott\nb) Beslut av anställd hos "
                "kommunen som fattats på nämndens vägnar\nAnmärkning: Rättelse av uppenbar "
                "oriktighet i beslut på grund av skrivfel, räknefel eller liknande förbiseende "
                "anses som verkställighet.",
                "a) Tekniska nämndens ordförande, bygg- och miljödirektör\nb) Respektive delegat",
                "",
            ],
        ],
    )
    document.save(str(path))


_T = "1 Organisation och allmän administration"
TEKNISKA: list[Expect] = [
    (
        "1.1",
        _T,
        "Besluta om organisationsstruktur för tekniska nämndens verksamheter.",
        ["Bygg- och miljödirektör"],
        [],
        "",
        _NOT_FURTHER,
    ),
    (
        "1.2",
        _T,
        "Besluta på tekniska nämndens vägnar i ärenden som är så brådskande att tekniska "
        "nämndens eller vid fall av delegering - dess utskotts sammanträde inte kan avvaktas.",
        ["Tekniska nämndens ordförande"],
        ["nämndens 1:a vice ordförande"],
        "",
        _NOT_FURTHER,
    ),
    (
        "1.3",
        _T,
        "Avge yttranden till myndigheter, kommunala styrelser och nämnder, dock ej "
        "kommunfullmäktige, i fall då nämnden i dess helhet inte hinner yttra sig vid "
        "ordinarie sammanträde.",
        ["Arbetsutskott"],
        [],
        "",
        _NOT_FURTHER,
    ),
    (
        "1.5",
        _T,
        "Företräda tekniska nämnden samt utfärda fullmakt att företräda tekniska nämnden "
        "inför myndighet, domstol och vid förrättning gällande\na) ärenden om upphandling\n"
        "b) övriga ärenden",
        ["a) Kommunens upphandlingschef", "b) Bygg- och miljödirektör"],
        [],
        "",
        "",
    ),
    (
        "1.7",
        _T,
        "Ompröva beslut som har meddelats av tekniska nämnden som första instans\n"
        "a) Beslut av nämnd i dess helhet eller utskott\nb) Beslut av anställd hos kommunen "
        "som fattats på nämndens vägnar",
        ["a) Tekniska nämndens ordförande", "bygg- och miljödirektör", "b) Respektive delegat"],
        [],
        "",
        "Rättelse av uppenbar oriktighet i beslut på grund av skrivfel, räknefel eller "
        "liknande förbiseende anses som verkställighet.",
    ),
]


# Landstingsstyrelsen: Delegat before Ärende, the Lagrum inside the Ärende -----------------------

LANDSTING_HEADER = ["Nr", "Delegat", "Ärende", "Anmärkning"]


def write_landsting(path: Path) -> None:
    """A landsting's "LS Bilaga 2 DELEGATIONSORDNING FÖR LANDSTINGSSTYRELSEN"
    (http://docplayer.se/32272629-Delegationsordning-for-landstingsstyrelsen.html): "LS
    Bilaga 2" over the title, the adoption and every revision in one sentence ("Fastställd
    den 17 december 2002, § 253, kompletterad och ändrad den 17 juni 2003, § 146, … den xx
    2008 § xx."), an introduction under headings. The transcript ends in the introduction:
    the point table is built with the structures the brief for this import names, Delegat
    before Ärende, the substitute in the delegate's cell ("Landstingsdirektören, ersättare
    biträdande landstingsdirektören"), two delegates after a comma, and the Lagrum written
    into the Ärende ("… (6 kap. 36 § KL)", "… enligt 6 kap. 3 § OSL") in a table with no
    Lagrum column."""
    document = docx.Document()
    document.add_paragraph("LS Bilaga 2")
    document.add_paragraph("DELEGATIONSORDNING FÖR LANDSTINGSSTYRELSEN", style="Title")
    document.add_paragraph(
        "Fastställd den 17 december 2002, § 253, kompletterad och ändrad den 17 juni 2003, "
        "§ 146, den 16 mars 2004, § 75, den 14 december 2004, § 331, den 13 mars 2007, § 46, "
        "den 19 juni 2007, § 183, den 6 november 2007, § 288, den xx 2008 § xx."
    )
    document.add_heading("Inledning", 1)
    document.add_paragraph(
        "Enligt kommunallagen får landstingsstyrelsen uppdra åt ett utskott, en ledamot eller "
        "ersättare eller åt en anställd hos landstinget att besluta på styrelsens vägnar."
    )
    document.add_heading("Undertecknande av handlingar i landstingsstyrelsens namn", 1)
    document.add_paragraph(
        "Styrelsens tjänstgörande ordförande skall på styrelsens vägnar underteckna avtal med "
        "kontrasignation av landstingsdirektören."
    )
    document.add_heading("1 Allmänna ärenden", 1)
    _table(
        document,
        LANDSTING_HEADER,
        [
            [
                "1.1",
                "Landstingsstyrelsens ordförande, ersättare förste vice ordförande",
                "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan "
                "avvaktas (6 kap. 36 § KL)",
                "Anmäls vid nästa sammanträde",
            ],
            [
                "1.2",
                "Landstingsdirektören, ersättare biträdande landstingsdirektören",
                "Föra landstingets talan inför domstol och andra myndigheter samt utfärda "
                "fullmakt för ombud",
                "",
            ],
            [
                "1.3",
                "Landstingsdirektören, kanslichefen",
                "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll "
                "enligt 6 kap. 3 § OSL",
                "",
            ],
        ],
    )
    document.add_heading("2 Ekonomi och upphandling", 1)
    _table(
        document,
        LANDSTING_HEADER,
        [
            [
                "2.1",
                "Finansdirektören",
                "Upptagande av lån inom av fullmäktige beslutad ram",
                "",
            ],
            [
                "2.2",
                "Finansdirektören, ekonomichefen",
                "Avskrivning av fordran upp till 5 prisbasbelopp",
                "Över 5 prisbasbelopp beslutar styrelsen",
            ],
            [
                "2.3",
                "Landstingsdirektören",
                "Beslut att avbryta en upphandling enligt lagen om offentlig upphandling",
                "",
            ],
        ],
    )
    document.save(str(path))


_LA = "1 Allmänna ärenden"
_LE = "2 Ekonomi och upphandling"
LANDSTING: list[Expect] = [
    (
        "1.1",
        _LA,
        "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
        ["Landstingsstyrelsens ordförande"],
        ["förste vice ordförande"],
        "6 kap. 36 § KL",
        "Anmäls vid nästa sammanträde",
    ),
    (
        "1.2",
        _LA,
        "Föra landstingets talan inför domstol och andra myndigheter samt utfärda fullmakt för "
        "ombud",
        ["Landstingsdirektören"],
        ["biträdande landstingsdirektören"],
        "",
        "",
    ),
    (
        "1.3",
        _LA,
        "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
        ["Landstingsdirektören", "kanslichefen"],
        [],
        "6 kap. 3 § OSL",
        "",
    ),
    (
        "2.1",
        _LE,
        "Upptagande av lån inom av fullmäktige beslutad ram",
        ["Finansdirektören"],
        [],
        "",
        "",
    ),
    (
        "2.2",
        _LE,
        "Avskrivning av fordran upp till 5 prisbasbelopp",
        ["Finansdirektören", "ekonomichefen"],
        [],
        "",
        "Över 5 prisbasbelopp beslutar styrelsen",
    ),
    (
        "2.3",
        _LE,
        # "enligt lagen om …" names no paragraph: not a Lagrum, the text stays whole.
        "Beslut att avbryta en upphandling enligt lagen om offentlig upphandling",
        ["Landstingsdirektören"],
        [],
        "",
        "",
    ),
]


# Heby kommuns författningssamling ------------------------------------------------------------

HEBY_HEADER = ["Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Anmärkning"]


def write_heby(path: Path) -> None:
    """Heby kommun, "Heby kommuns författningssamling … HebyFS 2015:46", kommunstyrelsens
    delegationsordning of 11 maj 2015 (http://docplayer.se/2609162-Heby-kommuns-
    forfattningssamling.html): the författningssamling's lines over the text ("Heby kommuns
    författningssamling", "KOMMUNSTYRELSEN", "HebyFS 2015:46", "Infördes i
    författningssamlingen den 20 augusti 2015"), the decision as a sentence with a footnote
    ("Kommunstyrelsen beslutade¹ den 11 maj 2015 …", "¹ Beslutet ersätter HebyFS 2015:13"),
    headings in capitals with questions under them ("ALLMÄNT OM DELEGATION", "Vad är
    delegationsbeslut?"), and "HebyFS 2015:46" again at the top of every page. The transcript
    ends in the introduction: the point table is built with the numbering the brief names,
    chapters as rows whose only text is "2.2 Ekonomi och inköp" (in the Ärende cell), a
    title numbered deeper ("2.6.5 Hyresavtal") over points "2.6.5.1", and points "2.2.1 a)"
    and "2.2.1 b)"."""
    document = docx.Document()
    for line in ("Heby kommuns författningssamling", "KOMMUNSTYRELSEN", "HebyFS 2015:46"):
        document.add_paragraph(line)
    document.add_paragraph("Infördes i författningssamlingen den 20 augusti 2015")
    decision = document.add_paragraph(
        "Kommunstyrelsen beslutade den 11 maj 2015, § 94, om följande delegationsordning"
    )
    add_footnote(document, decision, "Beslutet ersätter HebyFS 2015:13")
    document.add_heading("ALLMÄNT OM DELEGATION", 1)
    document.add_heading("Vad är delegationsbeslut?", 2)
    document.add_paragraph(
        "Denna delegationsordning beskriver vem som får fatta beslut i kommunstyrelsens ställe."
    )
    document.add_heading("Varför ska vi ha delegationsbeslut?", 2)
    document.add_paragraph("Att avlasta fullmäktige och nämnder rutinärenden.")
    document.add_paragraph("HebyFS 2015:46")
    document.add_heading("Anmälan", 2)
    document.add_paragraph(
        "Alla beslut som fattas med stöd av delegation skall anmälas till kommunstyrelsen."
    )
    document.add_paragraph("HebyFS 2015:46")
    table = document.add_table(rows=0, cols=len(HEBY_HEADER))
    rows = [
        HEBY_HEADER,
        ["", "2.1 Allmänna ärenden", "", "", "", ""],
        [
            "2.1.1",
            "Beslut i brådskande ärenden",
            "Kommunstyrelsens ordförande",
            "Kommunstyrelsens 1:e vice ordförande",
            "6 kap. 39 § KL",
            "",
        ],
        ["", "2.2 Ekonomi och inköp", "", "", "", ""],
        [
            "2.2.1 a)",
            "Direktupphandling upp till 100 000 kronor",
            "Verksamhetschef",
            "",
            "LOU",
            "",
        ],
        [
            "2.2.1 b)",
            "Direktupphandling över 100 000 kronor",
            "Ekonomichef",
            "Kommunchef",
            "LOU",
            "",
        ],
        ["", "2.6 Lokaler och fastigheter", "", "", "", ""],
        ["", "2.6.5 Hyresavtal", "", "", "", ""],
        [
            "2.6.5.1",
            "Teckna hyresavtal för kommunens verksamhetslokaler upp till fem år",
            "Fastighetschef",
            "Kommunchef",
            "",
            "",
        ],
        ["2.6.5.2", "Säga upp hyresavtal", "Fastighetschef", "", "", ""],
    ]
    for texts in rows:
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("HebyFS 2015:46")
    document.save(str(path))


_HE = "2.2 Ekonomi och inköp"
_HL = "2.6 Lokaler och fastigheter"
HEBY: list[Expect] = [
    (
        "2.1.1",
        "2.1 Allmänna ärenden",
        "Beslut i brådskande ärenden",
        ["Kommunstyrelsens ordförande"],
        ["Kommunstyrelsens 1:e vice ordförande"],
        "6 kap. 39 § KL",
        "",
    ),
    (
        "2.2.1 a)",
        _HE,
        "Direktupphandling upp till 100 000 kronor",
        ["Verksamhetschef"],
        [],
        "LOU",
        "",
    ),
    (
        "2.2.1 b)",
        _HE,
        "Direktupphandling över 100 000 kronor",
        ["Ekonomichef"],
        ["Kommunchef"],
        "LOU",
        "",
    ),
    (
        "2.6.5.1",
        _HL,
        "Teckna hyresavtal för kommunens verksamhetslokaler upp till fem år",
        ["Fastighetschef"],
        ["Kommunchef"],
        "",
        "",
    ),
    ("2.6.5.2", _HL, "Säga upp hyresavtal", ["Fastighetschef"], [], "", ""),
]


# Samhällsbyggnadsnämnden: chapters by law under level-1 headings ------------------------------

SBN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
SBN_ABBREVIATIONS = [
    ("AB", "Allmänna bestämmelser (kollektivavtal)", ""),
    ("AFS", "Arbetsmiljöverkets författningssamling", ""),
    ("AL", "Anläggningslag", "1973:1149"),
    ("AML", "Arbetsmiljölag", "1977:1160"),
    ("BBR", "Boverkets byggregler", "2011:6"),
    ("FBL", "Fastighetsbildningslag", "1970:988"),
]


def write_sbn(path: Path) -> None:
    """A kommun's "Delegationsordning för samhällsbyggnadsförvaltningen", beslutad av
    samhällsbyggnadsnämnden § 70 (http://docplayer.se/30489105-Delegationsordning-for-
    samhallsbyggnadsforvaltningen.html): "SBN … 1(21)" typed at the top of each page, a
    table of contents with dotted leaders, "Förkortningar" as a three-column table
    ("Förkortning | Förklaring | ev. SFSnummer", the number cell empty where there is
    none), chapters as level-1 headings ("Allmänna ärenden", "Personalärenden") over one
    level-2 heading per law or stage ("Tryckfrihetsförordningen (1949:105)",
    "Förvaltningslagen (1986:223)", "Anställningen"), each with its own table, and two
    delegates after a comma."""
    document = docx.Document()
    document.add_paragraph("SBN 2015-06-17 1(21)")
    document.add_paragraph("Delegationsordning för samhällsbyggnadsförvaltningen", style="Title")
    document.add_paragraph("Beslutad av samhällsbyggnadsnämnden 2015-06-17 § 70")
    document.add_paragraph("SBN 2015-06-17 2(21)")
    document.add_paragraph("Innehåll")
    for line in ("Förkortningar... 3", "Allmänna ärenden... 5", "Personalärenden... 6"):
        document.add_paragraph(line)
    document.add_paragraph("SBN 2015-06-17 3(21)")
    document.add_heading("Förkortningar", 1)
    table = document.add_table(rows=0, cols=3)
    for texts in [("Förkortning", "Förklaring", "ev. SFSnummer"), *SBN_ABBREVIATIONS]:
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("SBN 2015-06-17 5(21)")
    document.add_heading("Allmänna ärenden", 1)
    document.add_heading("Tryckfrihetsförordningen (1949:105)", 2)
    _table(
        document,
        SBN_HEADER,
        [
            [
                "1.1",
                "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
                "2 kap. 14 § TF",
                "Förvaltningschef, avdelningschef",
                "",
            ],
        ],
    )
    document.add_heading("Förvaltningslagen (1986:223)", 2)
    _table(
        document,
        SBN_HEADER,
        [["1.2", "Avvisa för sent inkommet överklagande", "24 § FL", "Respektive delegat", ""]],
    )
    document.add_paragraph("SBN 2015-06-17 6(21)")
    document.add_heading("Personalärenden", 1)
    document.add_heading("Anställningen", 2)
    _table(
        document,
        SBN_HEADER,
        [
            [
                "2.1",
                "Anställning av avdelningschef",
                "",
                "Förvaltningschef",
                "Efter samråd med HR-chef",
            ],
            ["2.2", "Anställning av övrig personal", "", "Avdelningschef", ""],
        ],
    )
    document.add_heading("Under anställningen", 2)
    _table(
        document,
        SBN_HEADER,
        [["2.3", "Beslut om tjänstledighet", "", "Närmaste chef", ""]],
    )
    document.save(str(path))


SBN: list[Expect] = [
    (
        "1.1",
        "Allmänna ärenden",
        "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
        ["Förvaltningschef", "avdelningschef"],
        [],
        "2 kap. 14 § TF",
        "",
    ),
    (
        "1.2",
        "Allmänna ärenden",
        "Avvisa för sent inkommet överklagande",
        ["Respektive delegat"],
        [],
        "24 § FL",
        "",
    ),
    (
        "2.1",
        "Personalärenden",
        "Anställning av avdelningschef",
        ["Förvaltningschef"],
        [],
        "",
        "Efter samråd med HR-chef",
    ),
    (
        "2.2",
        "Personalärenden",
        "Anställning av övrig personal",
        ["Avdelningschef"],
        [],
        "",
        "",
    ),
    ("2.3", "Personalärenden", "Beslut om tjänstledighet", ["Närmaste chef"], [], "", ""),
]


MORE_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "katrineholm": (write_katrineholm, KATRINEHOLM),
    "kansli": (write_kansli, KANSLI),
    "tekniska": (write_tekniska, TEKNISKA),
    "landsting": (write_landsting, LANDSTING),
    "heby": (write_heby, HEBY),
    "sbn": (write_sbn, SBN),
}
