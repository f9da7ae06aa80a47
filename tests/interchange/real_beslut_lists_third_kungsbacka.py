"""Real published lists of delegationsbeslut, third round: Kungsbacka kommun's handlingar and
protokoll, as the pool moggleif/kommunhandlingar keeps them (Markdown of the PDF, its tables
also as CSV; personnummer, mobile numbers, e-mail and street addresses masked there). The
path and date of each are in a comment; the excerpts are short, the words the documents'.

- Nämnden för Individ & Familjeomsorg, handlingar 2025-10-16, "Anmälan av delegeringsbeslut,
  oktober 2025" (IF-2023-00003): the list in the tjänsteskrivelse's text, grouped under
  headings (Avtal, Övrigt), one decision a paragraph "Dnr IF-2025-00017. <text>, <enhet>",
  wrapped, over a page break with the letter's footer and the next page's running head.
  The secretary copies it out of the PDF: the text as pasted, and the pages printed.
- Nämnden för Teknik, handlingar 2025-10-22 (tables 21-1, 22-1), the list of delegerings-
  beslut in September as a Word table per point of the delegeringsordning: Punkt, Lagrum,
  Ansvarig Delegat, Delegeringens omfattning, "Taget beslut och datum för beslutet". No
  column for the date: a row reports a count ("28 st beslut …", "Beviljade: 21") or dates
  inside its text; a row "10.1 Anställa" heads the points under it.
- Nämnden för Service, protokoll 2025-01-16 (tables 16-1, 17-1), the delegationsbeslut as a
  table: "Ärende/ärendegrupp enligt delegationslistan" (the point with its lagrum in one
  cell), "Beslut, insats samt ev. omfattning", Beslutsfattare, Beslutsdatum, Dnr; the table
  goes on over a page without its rubrikrad. Printed (the protokoll's pages) and as Word.

- Nämnden för Vård & Omsorg, handlingar 2025-01-23, "Anmälan av delegeringsbeslut 2025"
  (VO-2025-00004): as Individ & Familjeomsorg's, "Diarienummer" for "Dnr", and under "Lex
  Sarah" the decisions' Dnr alone, two a row, no text.

The pool's ks, kultur, bygg and miljo meetings looked at name their lists only ("Delegerings-
beslut från september", "Yttrande Teknik – September 2025").
"""

from __future__ import annotations

import datetime as dt
import io

from tests.interchange.real_beslut_lists import Expected, RealBeslutList

_POOL = "https://github.com/moggleif/kommunhandlingar/blob/main/data/kungsbacka"
# The period each list names above its decisions, none of which names a day: their date.
_SEPTEMBER_END, _DECEMBER_END = dt.date(2025, 9, 30), dt.date(2024, 12, 31)

# data/kungsbacka/ifo/2025/2025-10-16/handlingar.md, sidor 65–67 (2025-10-01)
IFO_2025_10 = RealBeslutList(
    "Kungsbacka Individ & Familjeomsorg 2025-10-16 (Dnr först, grupper, sidbrott)",
    f"{_POOL}/ifo/2025/2025-10-16/handlingar.md",
    "Anmälan av delegeringsbeslut, oktober 2025\n"
    "Följande delegeringsbeslut anmäls till nämnden.\n"
    "Utskottet för Individ & Familjeomsorg\n"
    "Beslut förtecknade i protokoll enligt följande sammanträdesdatum: Den 10, 16, 18 och 24 "
    "september\n"
    "2025.\n"
    "Delegationsrapport enligt listor (Individ & Familjeomsorgen och funktionsstödsenheten)\n"
    "Personal\n"
    "2025-09-01 – 2025-09-30\n"
    "1 (3)\n"
    "Kungsbacka kommun\n"
    "434 81 Kungsbacka\n"
    "Telefon 0300-83 40 00\n"
    "www.kungsbacka.se\n"
    "KUNGSBACKA  KOMMUN\n"
    "2 (3)\n"
    "Avtal\n"
    "Dnr IF-2025-00017. Placeringsavtal – HVB, Individ och familj AB, Broarp HVB,\n"
    "Familjehemsenheten\n"
    "Dnr IF 2025-00018. Placeringsavtal – HVB, Skyddat, Barn och Ungdomsenheten\n"
    "Dnr IF-2025-00019. Placeringsavtal – Heldygnsvård i behandlingshem för vuxna, Kvinnohemmet\n"
    "Rosen AB, Vuxenenheten\n"
    "KUNGSBACKA  KOMMUN\n"
    "3 (3)\n"
    "Dnr IF-2025-00020. Placeringsavtal – Daglig verksamhet, Föreningen Grunden Göteborg,\n"
    "Funktionsstödsenheten\n"
    "AVTAL-2025-00422. Avtal - Mottaget Barn och Unga\n"
    "Övrigt\n"
    "Dnr IF-2025-00254. Dokumentation av personuppgiftsincident\n"
    "Dnr IF-2025-00142. Yttrande till Inspektionen för vård & omsorg, IVO, gällande särskild "
    "avgift enligt\n"
    "socialtjänstlagen\n"
    "Beslutsunderlag\n"
    "Förvaltningen för Individ & Familjeomsorgs tjänsteskrivelse, 2025-10-01\n",
    (
        Expected(
            "IF-2025-00017",
            _SEPTEMBER_END,
            "Placeringsavtal – HVB, Individ och familj AB, Broarp HVB, Familjehemsenheten",
        ),
        Expected(
            "IF 2025-00018",
            _SEPTEMBER_END,
            "Placeringsavtal – HVB, Skyddat, Barn och Ungdomsenheten",
        ),
        Expected(
            "IF-2025-00019",
            _SEPTEMBER_END,
            "Placeringsavtal – Heldygnsvård i behandlingshem för vuxna, Kvinnohemmet Rosen AB, "
            "Vuxenenheten",
        ),
        Expected(
            "IF-2025-00020",
            _SEPTEMBER_END,
            "Placeringsavtal – Daglig verksamhet, Föreningen Grunden Göteborg, "
            "Funktionsstödsenheten",
        ),
        Expected("AVTAL-2025-00422", _SEPTEMBER_END, "Avtal - Mottaget Barn och Unga"),
        Expected("IF-2025-00254", _SEPTEMBER_END, "Dokumentation av personuppgiftsincident"),
        Expected(
            "IF-2025-00142",
            _SEPTEMBER_END,
            "Yttrande till Inspektionen för vård & omsorg, IVO, gällande särskild avgift "
            "enligt socialtjänstlagen",
        ),
    ),
)

# data/kungsbacka/vo/2025/2025-01-23/handlingar.md, sidor 509–510 (2025-01-03), and its table
# 510-1: the Dnr of the Lex Sarah decisions, two a row, which the pool's Markdown gives after
# the page's text; on the page they stand under "Lex Sarah", before "Avtal".
VO_2025_01 = RealBeslutList(
    "Kungsbacka Vård & Omsorg 2025-01-23 (Lex Sarah: bara Dnr, två på en rad)",
    f"{_POOL}/vo/2025/2025-01-23/handlingar.md",
    "Anmälan av delegeringsbeslut 2025\n"
    "Delegationsrapport enligt listor från verksamhetssystemet BAB online. Beslut enligt Lag "
    "(2018:222)\n"
    "om bostadsanpassningsbidrag, BAB.\n"
    "Personal\n"
    "2024-12-01 - 2024-12-31\n"
    "1 (2)\n"
    "Förvaltningen för Vård & Omsorg                           Kungsbacka kommun\n"
    "KUNGSBACKA  KOMMUN\n"
    "2 (2)\n"
    "Attester\n"
    "2024-12-01 - 2024-12-31\n"
    "Lex Sarah\n"
    "Diarienummer VO-2024-00444 Diarienummer VO-2024-00473\n"
    "Diarienummer VO-2024-00461 Diarienummer VO-2024-00479\n"
    "Diarienummer VO-2024-00467 -\n"
    "Avtal\n"
    "Diarienummer AVTAL-2024-00488. Avtal - Test av AI-baserat system för schemaoptimering –\n"
    "Konvoj AB.\n"
    "Övrigt\n"
    "Diarienummer VO-2024-00457. Yttrande till Patientnämnden Halland.\n"
    "Diarienummer VO-2024-00488. Fördelning av arbetsmiljöuppgifter.\n"
    "Beslutsunderlag\n"
    "Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2025-01-03\n",
    (
        # A Dnr alone under "Lex Sarah": the group's heading says what the decision is.
        *(
            Expected(dnr, _DECEMBER_END, "Lex Sarah")
            for dnr in (
                "VO-2024-00444",
                "VO-2024-00473",
                "VO-2024-00461",
                "VO-2024-00479",
                "VO-2024-00467",
            )
        ),
        Expected(
            "AVTAL-2024-00488",
            _DECEMBER_END,
            "Avtal - Test av AI-baserat system för schemaoptimering – Konvoj AB.",
        ),
        Expected("VO-2024-00457", _DECEMBER_END, "Yttrande till Patientnämnden Halland."),
        Expected("VO-2024-00488", _DECEMBER_END, "Fördelning av arbetsmiljöuppgifter."),
    ),
)

# data/kungsbacka/teknik/2025/2025-10-22/handlingar.tabeller/21-1.csv and 22-1.csv
TEKNIK_HEADER = (
    "Punkt i delegeringsordning",
    "Lagrum",
    "Ansvarig Delegat",
    "Delegeringens omfattning",
    "Taget beslut och datum för beslutet",
)
_VC = "VC Trafik & Utemiljö\nEC drift Gata\nEC Anläggning & Utveckling\nSamordnare"
TEKNIK_ROWS = (
    (
        "4.15",
        "Vägmärkesförordningen SFS 2007:90 AFS 1999:3 49 § 81 § (a-e) Ordningslagen 3 kap. 4 §",
        _VC,
        "Godkännande av trafikanordningsplan",
        "28 st beslut om enbart trafikanordningsplan",
    ),
    (
        "4.16",
        "13 kap. och 8 § trafikförordningen (1998:1276)",
        "Färdtjänstutredare",
        "Beslut om parkeringstillstånd för rörelsehindrade",
        "Beslut om parkeringstillstånd för rörelsehindrad\nBeviljade: 21\nAvslagna: 1",
    ),
    (
        "5.1",
        "6–9 §§ lag (1997:736) om färdtjänst",
        "Färdtjänstutredare\nEC Kansli",
        "Beslut om tillstånd till färdtjänst med regelkompletteringar",
        "Beslut om färdtjänst\nBeviljade: 77\nAvslagna: 0",
    ),
    (
        "8.6",
        "43, 43a §§ Lokala avfallsföreskrifter för Kungsbacka kommun",
        "Anette Englund, administratör Kund & Kommunikation",
        "Besluta om tillfälligt uppehåll i sophämtning",
        "250902, 4 st\n250903, 3 st\n250910, 3 st",
    ),
    ("10.1", "LAS, AB §§ 3-5", "Anställa", "", ""),
    (
        "10.1.2",
        "LAS, AB §§ 3-5",
        "FC",
        "Övriga medarbetare Tillsvidareanställning och tidsbegränsadeanställningar längre än "
        "6 månader",
        "- Handläggare, anställd 2025-09-04 av Maria Samuelsson\n"
        "- Förrådstekniker, anställd 2025-09-01",
    ),
)
_ONE_LINE = " ".join
# The decisions a row reports: "28 st beslut", "Beviljade: 21" and "Avslagna: 1", "250902, 4 st"
# and so on; the anställningar are listed one by one, not counted.
_TEKNIK_COUNTS = {"4.15": 28, "4.16": 22, "5.1": 77, "8.6": 10}
TEKNIK_2025_10 = RealBeslutList(
    "Kungsbacka Teknik 2025-10-22 (tabell per punkt, inget datum, antal)",
    f"{_POOL}/teknik/2025/2025-10-22/handlingar.tabeller/21-1.csv",
    "",
    tuple(
        Expected(
            "",
            None,
            _ONE_LINE(row[4].split()),
            _ONE_LINE(row[2].split()),
            row[0],
            _TEKNIK_COUNTS.get(row[0]),
        )
        for row in TEKNIK_ROWS
        if row[4]  # "10.1 Anställa" heads the points under it: no decision
    ),
)

# data/kungsbacka/service/2025/2025-01-16/protokoll.tabeller/16-1.csv and 17-1.csv
SERVICE_HEADER = (
    "Ärende/ärendegrupp enligt delegationslistan",
    "Beslut, insats samt ev. omfattning",
    "Beslutsfattare",
    "Beslutsdatum",
    "Dnr",
)
_GDPR_33 = "2.1.10\nDataskyddsförordningen\nGDPR, Artikel 33 och 34"
_FC = "Julia\nTryggvadottir\nTollesson\nFC"
_INCIDENT = "Hantering av\npersonuppgifts-\nincident"
SERVICE_PAGES = (
    (
        (_GDPR_33, _INCIDENT, _FC, "2024-08-19", "SE-2024-00255"),
        (_GDPR_33, _INCIDENT, _FC, "2024-12-03", "SE-2023-00448"),
        (
            "Punkt 2.1.11\nDataskyddsförordningen\nGDPR, artikel 35",
            "Beslut med\nanledning av\nkonsekvens-\nbedömning avseende\ndataskydd",
            _FC,
            "2024-12-09",
            "SE-2024-00448",
        ),
    ),
    (
        (_GDPR_33, _INCIDENT, _FC, "2025-01-06", "SE-2024-00445"),
        (
            "2.1.6\nDataskyddsförordningen\nGDPR artikel 28",
            "Teckna\npersonuppgifts-\nbiträdesavtal.",
            _FC,
            "2025-01-07",
            "SE-2025-00010",
        ),
        (
            "2.2.16\n2.2.17",
            "Hantera och besluta\nom anläggningsstöd\ntill samlingslokaler,\nhembygdsgårdar och\n"
            "liknande byggnader",
            "Martin Funkerud\nEC Fastighet",
            "2025-01-08",
            "SE-2025-00005",
        ),
    ),
)
_FC_ONE = "Julia Tryggvadottir Tollesson FC"
SERVICE_2025_01 = RealBeslutList(
    "Kungsbacka Service 2025-01-16 (punkt och lagrum i en cell, tabellen över sidbrott)",
    f"{_POOL}/service/2025/2025-01-16/protokoll.tabeller/16-1.csv",
    "",
    (
        Expected(
            "SE-2024-00255",
            dt.date(2024, 8, 19),
            "Hantering av personuppgiftsincident",
            _FC_ONE,
            "2.1.10",
        ),
        Expected(
            "SE-2023-00448",
            dt.date(2024, 12, 3),
            "Hantering av personuppgiftsincident",
            _FC_ONE,
            "2.1.10",
        ),
        Expected(
            "SE-2024-00448",
            dt.date(2024, 12, 9),
            "Beslut med anledning av konsekvensbedömning avseende dataskydd",
            _FC_ONE,
            "2.1.11",
        ),
        Expected(
            "SE-2024-00445",
            dt.date(2025, 1, 6),
            "Hantering av personuppgiftsincident",
            _FC_ONE,
            "2.1.10",
        ),
        Expected(
            "SE-2025-00010",
            dt.date(2025, 1, 7),
            "Teckna personuppgiftsbiträdesavtal.",
            _FC_ONE,
            "2.1.6",
        ),
        Expected(
            "SE-2025-00005",
            dt.date(2025, 1, 8),
            "Hantera och besluta om anläggningsstöd till samlingslokaler, hembygdsgårdar och "
            "liknande byggnader",
            "Martin Funkerud EC Fastighet",
            "2.2.16",
        ),
    ),
)

THIRD_TEXT_LISTS = (IFO_2025_10, VO_2025_01)
THIRD_TABLES = (
    (TEKNIK_2025_10, TEKNIK_HEADER, (TEKNIK_ROWS,)),
    (SERVICE_2025_01, SERVICE_HEADER, SERVICE_PAGES),
)
# The columns' shares of the printed page's width, about as the protokoll prints them.
_SHARES = {
    TEKNIK_HEADER: (0.13, 0.22, 0.2, 0.2, 0.25),
    SERVICE_HEADER: (0.3, 0.24, 0.18, 0.14, 0.14),
}


def word_table(header: tuple[str, ...], pages: tuple[tuple[tuple[str, ...], ...], ...]) -> bytes:
    """The list as a Word table, as the förvaltning writes it: the rubrikrad, then a row per
    decision (or point); a cell's lines are its paragraphs."""
    import docx

    document = docx.Document()
    document.add_paragraph("Delegeringsbeslut")
    rows = [row for page in pages for row in page]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cells, values in zip(table.rows, (header, *rows), strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def printed_table(
    header: tuple[str, ...],
    pages: tuple[tuple[tuple[str, ...], ...], ...],
    shares: tuple[float, ...] = (),
) -> bytes:
    """The table as the protokoll prints it (ReportLab): the rubrikrad on the first page only,
    a cell's lines under each other, the running head "KUNGSBACKA KOMMUN … N (M)" on each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    shares = shares or _SHARES.get(header) or (1 / len(header),) * len(header)
    lefts = [30 + sum(shares[:at]) * (A4[0] - 60) for at in range(len(header))]
    for number, rows in enumerate(pages, 1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(
            30, 800, f"KUNGSBACKA KOMMUN    SAMMANTRÄDESPROTOKOLL    {number} ({len(pages)})"
        )
        y = 760.0
        for values in ((header,) if number == 1 else ()) + rows:
            cells = [
                [
                    part
                    for line in value.split("\n")
                    for part in simpleSplit(line, "Helvetica", 9, share * (A4[0] - 60) - 14)
                ]
                for value, share in zip(values, shares, strict=True)
            ]
            for column, lines in enumerate(cells):
                for at, line in enumerate(lines):
                    pdf.drawString(lefts[column], y - at * 11, line)
            y -= 11 * max(len(lines) for lines in cells) + 8
        pdf.showPage()
    pdf.save()
    return out.getvalue()
