"""Real tjänsteskrivelser rebuilt as Word files, in the shapes the kommuners templates give
them. Each builder names its source (the demo's seed, or a public transcript found with the
search tool, corpus "pages") and which shape of the template it rebuilds: the transcripts
keep the text, not the Word markup, so where a heading is a Word heading or a bold line,
and whether the letterhead is a table or lines, is the builder's choice and said there. The
text is the source's, cut where the transcript ends. `EXPECTED` maps each document to the
Tjansteskrivelse fields the import should give (real_tjansteskrivelser_more has the rest).
"""

from __future__ import annotations

from pathlib import Path

import docx
import docx.document
from docx.shared import Cm


def bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def lines(document, texts: list[str], style: str | None = None) -> None:
    for text in texts:
        document.add_paragraph(text, style=style)


def headed(letterhead: list[str], title: str, heading: str, text: str):
    """A Word tjänsteskrivelse of letterhead lines, the title in Heading 1 and one part."""
    document = docx.Document()
    lines(document, letterhead)
    document.add_heading(title, 1)
    document.add_heading(heading, 2)
    document.add_paragraph(text)
    return document


def table(container, rows: list[list[str]]) -> None:
    shape = {"rows": len(rows), "cols": max(len(r) for r in rows)}
    if isinstance(container, docx.document.Document):
        grid = container.add_table(**shape)
    else:  # a page header or footer: its tables need a width
        grid = container.add_table(width=Cm(16), **shape)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text


# Ludvika kommun, kommunstyrelsen 2020-12-07 --------------------------------------------------

LUDVIKA_434_TEXT = [
    "Samhällsbyggnadsnämnden beslutade, genom ordförandes delegation, den 25 november 2020 att "
    "debiteringen avseende upplåtelse av offentlig plats samt arrendeavgifter utgår under "
    "tidsperioden 1 januari 2020 och till och med 31 december 2021. Dessa avgifter omfattar "
    "totalt 273 558 kr för dessa två år.",
    "Kommunen (Planering), arrenderar också ut delar av kommunens mark till olika "
    "näringsidkare som driver restauranger och kioskverksamhet. Kommunen tar här in en årlig "
    "arrendeavgift.",
    "Under denna tidsperiod om två år kommer debitering av ansökta uteserveringar, 160 000 kr, "
    "och arrenden, 113 558 kr, att utebli från samhällsbyggnadsnämnden. Åtgärden medför "
    "ytterligare uteblivna intäkter om totalt 273 558 kr vilket samhällsbyggnadsnämnden önskar "
    "få kompensation för.",
    "De förlorade intäkterna avser 273 558 kr i avgifter. Inga kostnader härrör till taxor.",
]


def write_ludvika_434(path: Path) -> None:
    """Ludvika kommun, "Omfördelning av budgetmedel från kommunstyrelsen till
    samhällsbyggnadsnämnden", KS 2020/434, in the kallelse to kommunstyrelsen 2020-12-07 (the
    demo's seed, seed/ludvika-ks-2020-12-07.txt, lines 39–95). The template's letterhead:
    Datum and Diarienummer over their values in a table in the first page's header (the
    seed's "2020-11-27Diarienummer" is two cells read together), the handläggare with her
    extension and e-mail on lines of their own, "Ert datum | Er referens" empty, the addressee
    "Fullmäktige"; the parts are bold lines, the signatures a name over a title. Four of the
    eight paragraphs of Beskrivning av ärendet are kept; one paragraph the PDF broke across a
    page is joined."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    table(section.first_page_header, [["Datum", "Diarienummer"], ["2020-11-27", "KS 2020/434"]])
    lines(document, ["Jessica Hedlund, 86656", "jessica.hedlund@ludvika.se"])
    table(document, [["Ert datum", "Er referens"], ["", ""]])
    document.add_paragraph("Fullmäktige")
    bold(document, "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden")
    bold(document, "Förvaltningens förslag till beslut")
    document.add_paragraph(
        "Fullmäktige uppdrar till samhällsbyggnadsnämnden att särskilt redovisa sina förlorade "
        "intäkter i årsredovisningarna för år 2020 och 2021 för att kommunstyrelsens ska kunna "
        "omfördela budgetmedel till samhällsbyggnadsnämnden som ersättning för sina förlorade "
        "intäkter med sammanlagt maximalt 300 000 kr för åren 2020 och 2021."
    )
    bold(document, "Beskrivning av ärendet")
    lines(document, LUDVIKA_434_TEXT)
    bold(document, "Ekonomiska konsekvenser")
    document.add_paragraph(
        "Kommunstyrelsen omfördelar maximalt 300 tkr till samhällsbyggnadsnämnden kommande "
        "kultur och samhällsutvecklingsnämnden under åren 2020 och 2021 efter att "
        "samhällsbyggnadsnämnden i sin årsredovisning angett hur mycket deras minskade "
        "intäkter utgör."
    )
    lines(document, ["Maria Skoglund", "Kommundirektör", "Jessica Hedlund", "Sektionschef"])
    bold(document, "Bilagor")
    document.add_paragraph("Delegationsbeslut SBN 2020/877")
    bold(document, "Beslut skickas till")
    lines(document, ["Samhällsbyggnadsnämnden", "Ekonomienheten för kännedom", "Akten"])
    document.save(path)


LUDVIKA_437_KS = [
    "Kommunstyrelsen fastställer verksamhetsplan för 2021 daterad 26 november 2020.",
    "Kommunstyrelsen fastställer driftsramarna för respektive enhet inom kommunstyrelsens "
    "förvaltning enligt förslag daterat 30 november 2020.",
    "Under förutsättning att fullmäktige fattar beslut om ramjustering noterar "
    "kommunstyrelsen dess påverkan på kommunstyrelsens budgetram med 4,7 miljoner kronor "
    "enligt förslag daterat 30 november 2020.",
    "Kommunstyrelsen noterar de av fullmäktige fastställda investeringsramarna för 2021-2025 "
    "enligt sammanställning daterad 30 november 2020.",
]
LUDVIKA_437_KF = (
    "Fullmäktige beslutar om en ramjustering om 8,9 mkr som fördelas till social- och "
    "utbildningsnämnden, samhällsbyggnadsnämnden, vård- och omsorgsnämnden samt "
    "kommunstyrelsen enligt förslag daterat 30 november 2020."
)


def write_ludvika_437(path: Path) -> None:
    """Ludvika kommun, "Fastställande av kommunstyrelsens budget 2021", KS 2020/437 (the seed,
    lines 125–178): the förslag split under "Förslag till beslut kommunstyrelsen" and "Förslag
    till beslut fullmäktige", its five att-satser one Word numbered list (the fullmäktige part
    goes on at 5, as the seed prints it); the parts as Word headings here (the first
    Ludvika file has them bold). The seed's text of this tjänsteskrivelse has no letterhead;
    two of its six paragraphs of Beskrivning av ärendet are kept."""
    document = docx.Document()
    document.add_heading("Fastställande av kommunstyrelsens budget 2021", 1)
    document.add_heading("Förvaltningens förslag till beslut", 2)
    document.add_heading("Förslag till beslut kommunstyrelsen", 3)
    lines(document, LUDVIKA_437_KS, "List Number")
    document.add_heading("Förslag till beslut fullmäktige", 3)
    document.add_paragraph(LUDVIKA_437_KF, style="List Number")
    document.add_heading("Beskrivning av ärendet", 2)
    lines(
        document,
        [
            "Kommunstyrelsens del av besparing enligt strukturplanen uppgår till 1,4 mnkr.",
            "Investeringsbudgeten 2021 uppgår till 19,3 mnkr, detaljer framgår i bilaga 4.",
        ],
    )
    document.add_heading("Ekonomiska konsekvenser", 2)
    document.add_paragraph("Inga särskilda ekonomiska konsekvenser.")
    lines(document, ["Maria Skoglund", "Kommundirektör"])
    document.add_heading("Bilagor", 2)
    lines(
        document,
        [
            "1. Verksamhetsplan kommunstyrelsens förvaltning 2021.",
            "2. Driftsbudgetförslag kommunstyrelsens förvaltning 2021 per enhet.",
            "3. Budget 2021 IT-center fördelning till övriga nämnder.",
            "4. Investeringsramar 2021-2025.",
        ],
    )
    document.add_heading("Beslut skickas till", 2)
    lines(document, ["Kommunstyrelsens förvaltning", "Ekonomienheten", "Akten"])
    document.save(path)


# Upplands-Bro kommun, socialnämnden 2018 ------------------------------------------------------

UPPLANDS_BRO_URL = (
    "https://5dok.org/article/f%C3%B6r%C3%A4ndringar-taxor-ers%C3%A4ttningar-a-tj%C3%A4nste"
    "skrivelse-elisabeth-r%C3%A5g%C3%A5rd-kvalitetsutve.q5mnd9v3"
)


def write_upplands_bro(path: Path) -> None:
    """Upplands-Bro kommun, socialkontoret, "Revidering av riktlinjer för ekonomiskt bistånd",
    SN 18/0098, 2018-08-28 (UPPLANDS_BRO_URL): the template UBK1005 v2.0. Its letterhead is a
    table "Datum | Vår beteckning | Er beteckning" over the values, beside the handläggare, the
    förvaltning and her e-mail; "Socialnämnden" the addressee; page 2 repeats Datum and Vår
    beteckning with "2 (2)" (here the header of later pages); the kommun's address and the
    template's code in the footer. Parts are Word headings, Beslutsunderlag and Beslut sänds
    till bulleted lists (the transcript's "" is Word's Symbol bullet), the two signatures side
    by side (a table), and after Beslut sänds till the transcript goes on with a part
    "Ensamkommande gymnasiestuderande", cut after its first sentence."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    table(
        section.first_page_header,
        [["Datum", "Vår beteckning", "Er beteckning"], ["2018-08-28", "SN 18/0098", ""]],
    )
    table(section.header, [["Datum", "Vår beteckning", "2 (2)"], ["2018-08-28", "SN 18/0098", ""]])
    section.first_page_footer.paragraphs[0].text = (
        "Postadress: Upplands-Bro kommun, 196 81 Kungsängen Besöksadress: Furuhällsplan 1, "
        "Kungsängen Telefon: 08-581 690 00"
    )
    section.first_page_footer.add_paragraph("UBK1005, v2.0, 2014-11-03")
    document.add_paragraph("TJÄNSTESKRIVELSE\t1 (2)")
    lines(document, ["Lena Bergström", "Socialkontoret", "lena.bergstrom@upplands-bro.se"])
    document.add_paragraph("Socialnämnden")
    document.add_heading("Revidering av riktlinjer för ekonomiskt bistånd", 1)
    document.add_heading("Förslag till beslut", 2)
    document.add_paragraph(
        "Socialnämnden godkänner delrevidering av riktlinjer för ekonomiskt bistånd."
    )
    document.add_heading("Sammanfattning", 2)
    lines(
        document,
        [
            "Ärendet avser en delrevidering av riktlinjerna för ekonomiskt bistånd.",
            "Revideringen avser handläggning av ensamkommande ungdomar.",
            "De ensamkommande ungdomarna kan ansöka om försörjningsstöd från det att de fyller "
            "18 år. Tidigare fick de ungdomar som bor i Upplands-Bro kommuns eget stödboende "
            "ekonomisk ersättning som utbetalades av LANE.",
        ],
    )
    document.add_heading("Beslutsunderlag", 2)
    lines(
        document,
        ["Tjänsteskrivelse daterad 2018-08-28", "Utdrag ur riktlinjerna för ekonomiskt bistånd"],
        "List Bullet",
    )
    document.add_heading("Barnperspektiv", 2)
    document.add_paragraph("Ur ett barnperspektiv är det viktigt att riktlinjerna uppdaterade.")
    table(document, [["Eva Folke\nSocialchef", "Elisabeth Rågård\nAvdelningschef"]])
    document.add_heading("Beslut sänds till", 2)
    document.add_paragraph("Diariet", style="List Bullet")
    document.add_heading("Ensamkommande gymnasiestuderande", 2)
    document.add_paragraph(
        "Ensamkommande ungdomar som studerar på gymnasiet har tidigare haft ersättning från "
        "migrationsverket till de har fyllt 21 år."
    )
    document.save(path)
