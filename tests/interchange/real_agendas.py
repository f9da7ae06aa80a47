"""Ärendelistor of other kommuner, as their secretaries would have them in a spreadsheet, with
the wording of the published documents (sources in each agenda's `source`). Each agenda has
its rows as the file holds them and what the import must make of every row.

Built as CSV or XLSX by `build`, never kept as binary fixtures."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import openpyxl


@dataclass(frozen=True)
class Expected:
    """What one row of the file must become: the agenda number it is placed at (None for a
    heading row or an item the file gave no number), its title, its Dnr as typed, the Dnr's
    parsed key, whether it is a heading row, its time and föredragande, and whether the
    row is marked secret ("(sluten del)", "OBS!! SEKRETESSÄRENDE")."""

    nr: int | None
    title: str
    dnr: str = ""
    key: str = ""
    section: bool = False
    time_slot: str = ""
    presenter: str = ""
    secret: bool = False


@dataclass(frozen=True)
class RealAgenda:
    name: str
    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    expected: tuple[Expected, ...]
    kind: str = "csv"  # or "xlsx" ("tab", "diarium": real_agendas_third.build_third)
    notes: tuple[str, ...] = field(default_factory=tuple)


def build(agenda: RealAgenda, above: str = "") -> tuple[bytes, str]:
    """The file's bytes and its name; `above` is a line of the document's own heading
    written above the rubrikrad."""
    if agenda.kind == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        if above:
            sheet.append([above])
        sheet.append(list(agenda.header))
        for row in agenda.rows:
            sheet.append([cell or None for cell in row])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue(), f"{agenda.name}.xlsx"
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    if above:
        writer.writerow([above])
    writer.writerow(agenda.header)
    writer.writerows(agenda.rows)
    return text.getvalue().encode("utf-8-sig"), f"{agenda.name}.csv"


def rows_read(agenda: RealAgenda, built: tuple[bytes, str]) -> tuple[list[tuple], list[tuple]]:
    """(what the import made of each row of the built file, what the kommun meant), field by
    field, in the order `Expected` names them."""
    from ksdesk.core.dnr import parse_dnr
    from ksdesk.interchange.agenda_import import read_agenda

    result = read_agenda(*built)
    got = [
        (n, i.title, i.dnr, parse_dnr(i.dnr).key, i.is_section, i.time_slot, i.presenter, i.secret)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]
    expected = [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter, e.secret)
        for e in agenda.expected
    ]
    return got, expected


KRAMFORS_KSAU_2018 = RealAgenda(
    name="kramfors-ksau-2018-03",
    source="https://docplayer.se/amp/109269219-Kommunstyrelsens-arbetsutskott.html",
    kind="xlsx",
    header=("§", "Dnr", "Ärende"),
    rows=(
        ("26", "Dnr KS 2018/14", "Information"),
        ("27", "Dnr KS 2018/124", "Årsredovisning för Kramfors kommun 2017"),
        ("28", "Dnr KS 2018/117", "Instruktion till ägarombud vid 2018 års bolagsstämmor"),
        (
            "29",
            "Dnr KS 2017/484",
            "Svar på medborgarförslag: Bättre bussförbindelser i kommunens ytterområden",
        ),
        (
            "30",
            "Dnr KS 2017/245",
            "Svar på medborgarförslag: Upphörande av användning och inköp av produkter "
            "innehållande mikroplaster",
        ),
        ("32", "Dnr KS 2018/56", "Svar på remiss reboot- omstart för den digitala förvaltningen"),
        ("33", "Dnr KS 2016/527", "Uppföljning av kommunstyrelsens verksamhetsplan 2017"),
        ("35", "Dnr KS 2018/123", "Ekonomisk prognos grundad på februariutfall"),
    ),
    expected=(
        Expected(26, "Information", "KS 2018/14", "KS 2018/14"),
        Expected(27, "Årsredovisning för Kramfors kommun 2017", "KS 2018/124", "KS 2018/124"),
        Expected(
            28,
            "Instruktion till ägarombud vid 2018 års bolagsstämmor",
            "KS 2018/117",
            "KS 2018/117",
        ),
        Expected(
            29,
            "Svar på medborgarförslag: Bättre bussförbindelser i kommunens ytterområden",
            "KS 2017/484",
            "KS 2017/484",
        ),
        Expected(
            30,
            "Svar på medborgarförslag: Upphörande av användning och inköp av produkter "
            "innehållande mikroplaster",
            "KS 2017/245",
            "KS 2017/245",
        ),
        Expected(
            32,
            "Svar på remiss reboot- omstart för den digitala förvaltningen",
            "KS 2018/56",
            "KS 2018/56",
        ),
        Expected(
            33,
            "Uppföljning av kommunstyrelsens verksamhetsplan 2017",
            "KS 2016/527",
            "KS 2016/527",
        ),
        Expected(35, "Ekonomisk prognos grundad på februariutfall", "KS 2018/123", "KS 2018/123"),
    ),
    notes=("§ as the Nr heading, 'Dnr ' written inside the Dnr cell, numbers that skip",),
)

# Insyn's page of each item: the title, then the Dnr on a line of its own, then the förslag.
TYRESO_KS_2018 = RealAgenda(
    name="tyreso-ks-2018-10-02",
    source="https://insynsverige.se/tyreso-ks/protokoll?date=2018-10-02 (and 2018-05-29)",
    header=("Nr", "Ärende", "Förslag till beslut"),
    rows=(
        (
            "1",
            "Kommundirektörens rapport oktober 2018\nDnr 2018/KS 0001 001",
            "- Informationen noteras.",
        ),
        (
            "2",
            "Delårsrapport 2 2018 avseende kommunstyrelsens verksamhetsområden\n"
            "Dnr 2018/KS 0290 10",
            "- Delårsrapport för tertial 2 2018 för kommunstyrelsens verksamhetsområden godkänns.",
        ),
        (
            "3",
            "Antagande av strategi för östra Tyresö *\nDnr 2018/SBF 0051",
            "- Strategin för östra Tyresö (ej Dyviksudd) antas.",
        ),
        (
            "4",
            "Verksamhetsberättelse miljö- och samhällsbyggnadsutskottet 2014\n"
            "Dnr 2015/KSM 0167 042",
            "- Miljö- och samhällsbyggnadsutskottets verksamhetsberättelse för 2014 godkänns.",
        ),
    ),
    expected=(
        Expected(1, "Kommundirektörens rapport oktober 2018", "2018/KS 0001 001", "KS 2018/1"),
        Expected(
            2,
            "Delårsrapport 2 2018 avseende kommunstyrelsens verksamhetsområden",
            "2018/KS 0290 10",
            "KS 2018/290",
        ),
        Expected(3, "Antagande av strategi för östra Tyresö *", "2018/SBF 0051", "SBF 2018/51"),
        Expected(
            4,
            "Verksamhetsberättelse miljö- och samhällsbyggnadsutskottet 2014",
            "2015/KSM 0167 042",
            "KSM 2015/167",
        ),
    ),
    notes=("Dnr on its own line in the title cell; Tyresö's 'ÅÅÅÅ/ORGAN löpnr klass'",),
)

STOCKHOLM_SOCN_2011 = RealAgenda(
    name="stockholm-socialnamnden-2011-11-24",
    source="https://insynsverige.se/stockholm-soc/protokoll?date=2011-11-24",
    header=("Nr", "Ärende", "Dnr"),
    rows=(
        ("1", "Sammanträdets öppnande och godkännande av föredragningslista", ""),
        ("2", "Val av protokolljusterare och tid för justering av protokollet", ""),
        ("", "Sekretessärenden", ""),
        (
            "3",
            "Upphandling av entreprenaddrift av verksamheten vid asylboendena Mandelgården "
            "och Söderbo",
            "",
        ),
        ("", "Remissärenden", ""),
        (
            "4",
            "Program för kvalitetsutveckling i Stockholms stad\n"
            "Svar på remiss från kommunstyrelsen",
            "Dnr 1.6-0463/2011",
        ),
        (
            "5",
            "Evenemangsstrategi för Stockholms stad\nSvar på remiss från kommunstyrelsen",
            "Dnr 1.6-0539/2011",
        ),
        ("", "Övriga beslutsärenden", ""),
        ("9", "Månadsrapport för oktober 2011", ""),
        ("", "Anmälningsärenden", ""),
        ("14", "Anmälan av ansökan till e-tjänstprogrammet - socialrådgivning på nätet", ""),
        ("15 a)", "Anmälan av protokollsjustering", ""),
        ("b)", "Anmälan av handikapprådets protokoll", ""),
        ("c)", "Anmälan av delegationsprotokoll", ""),
        ("", "Övriga frågor", ""),
        ("16", "Nämndens frågor", ""),
    ),
    expected=(
        Expected(1, "Sammanträdets öppnande och godkännande av föredragningslista"),
        Expected(2, "Val av protokolljusterare och tid för justering av protokollet"),
        Expected(None, "Sekretessärenden", section=True),
        Expected(
            3,
            "Upphandling av entreprenaddrift av verksamheten vid asylboendena Mandelgården "
            "och Söderbo",
            secret=True,  # under the list's own heading "Sekretessärenden"
        ),
        Expected(None, "Remissärenden", section=True),
        Expected(
            4,
            "Program för kvalitetsutveckling i Stockholms stad Svar på remiss från kommunstyrelsen",
            "1.6-0463/2011",
            "2011/463",
        ),
        Expected(
            5,
            "Evenemangsstrategi för Stockholms stad Svar på remiss från kommunstyrelsen",
            "1.6-0539/2011",
            "2011/539",
        ),
        Expected(None, "Övriga beslutsärenden", section=True),
        Expected(9, "Månadsrapport för oktober 2011"),
        Expected(None, "Anmälningsärenden", section=True),
        Expected(14, "Anmälan av ansökan till e-tjänstprogrammet - socialrådgivning på nätet"),
        # The delpunkter b) and c) are parts of 15, as the list writes them: 16 stays 16.
        Expected(
            15,
            "a) Anmälan av protokollsjustering b) Anmälan av handikapprådets protokoll "
            "c) Anmälan av delegationsprotokoll",
        ),
        Expected(None, "Övriga frågor", section=True),
        Expected(16, "Nämndens frågor"),
    ),
    notes=("sections, sub-items 15 a)–c), multi-line titles, diarieplan code before löpnr/år",),
)

VASTERVIK_KS_2015 = RealAgenda(
    name="vastervik-ks-2015-05-11",
    source="http://docplayer.se/11999975-arenden-till-kommunfullmaktige-12-13-15-1-upprop-och"
    "-val-av-justerare-2-anmalan-om-delegationsbeslut-utkast-3-kommundirektoren-informerar.html",
    header=("Nr", "Ärende"),
    rows=(
        ("1.", "Upprop och val av justerare"),
        ("2.", "Anmälan om delegationsbeslut"),
        ("3.", "Kommundirektören informerar"),
        ("4.", "Sommaravstängning Fiskaretorget i Västervik – lokal trafikföreskrift"),
        ("5.", "Medborgarförslag om övergångsställe för änder – svar"),
        ("11.", "Val av ledamöter i kommunstyrelsens konstinköpskommitté för mandatperioden"),
        ("13.", "Motion om kommunal utsmyckning – yttrande"),
        ("17.", "Rapporter"),
    ),
    expected=(
        Expected(1, "Upprop och val av justerare"),
        Expected(2, "Anmälan om delegationsbeslut"),
        Expected(3, "Kommundirektören informerar"),
        Expected(4, "Sommaravstängning Fiskaretorget i Västervik – lokal trafikföreskrift"),
        Expected(5, "Medborgarförslag om övergångsställe för änder – svar"),
        Expected(11, "Val av ledamöter i kommunstyrelsens konstinköpskommitté för mandatperioden"),
        Expected(13, "Motion om kommunal utsmyckning – yttrande"),
        Expected(17, "Rapporter"),
    ),
    notes=("'1.' numbers, no Dnr column, '– svar' and '– yttrande' ending titles",),
)

NYNASHAMN_SNAU_2020 = RealAgenda(
    name="nynashamn-snau-2020-08-18",
    source="https://5dok.org/document/zx50pg9v-protokoll-sida-plats-%C3%B6rngrund-beslutande-"
    "%C3%B6vriga-deltagare-paragrafer.html",
    kind="xlsx",
    header=("§", "Ärende"),
    rows=(
        ("", "Upprop och anmälningar om förhinder"),
        ("", "Val av justerare"),
        ("§ 63/20", "Fastställande av dagordning"),
        ("", "Beslutspunkter"),
        ("§ 64/20", "Nytt bidragsreglemente för Nynäshamns kommun"),
        ("§ 65/20", "Kulturprogram för Nynäshamns kommun, 2021-2024"),
        ("§ 70/20", 'Remissvar SOF - Motion "Prioritera och ge plats åt äldrefrågor"'),
        ("", "Informationsärenden"),
        ("§ 71/20", "Uppföljning av åtgärdsplan - hemtjänst"),
        ("§ 72/20", "Övriga informationsärenden"),
        ("§ 73/20", "Övriga frågor"),
    ),
    expected=(
        Expected(None, "Upprop och anmälningar om förhinder"),
        Expected(None, "Val av justerare"),
        Expected(63, "Fastställande av dagordning"),
        Expected(None, "Beslutspunkter", section=True),
        Expected(64, "Nytt bidragsreglemente för Nynäshamns kommun"),
        Expected(65, "Kulturprogram för Nynäshamns kommun, 2021-2024"),
        Expected(70, 'Remissvar SOF - Motion "Prioritera och ge plats åt äldrefrågor"'),
        Expected(None, "Informationsärenden", section=True),
        Expected(71, "Uppföljning av åtgärdsplan - hemtjänst"),
        Expected(72, "Övriga informationsärenden"),
        Expected(73, "Övriga frågor"),
    ),
    notes=("'§ 63/20' paragraph numbers, unnumbered opening items, headings among them",),
)

# A kallelse whose kommun the mirror does not name (Socialnämnden, Barnhemsgatan 2).
SOCIALNAMNDEN_2012 = RealAgenda(
    name="socialnamnden-barnhemsgatan-2012-03-28",
    source="http://docplayer.se/2237720-Namndrummet-socialkontoret-barnhemsgatan-2-arenden-enligt"
    "-foljande-forteckning-och-bilagda-handlingar.html",
    header=("Nr", "Ärende", "Dnr"),
    rows=(
        ("", "Val av protokollsjusterare", ""),
        ("1", "SOCIALNÄMNDENS ARBETSFORMER", "SN 2012/14"),
        ("", "a) Minnesanteckningar gemensamt presidiemöte den 1 mars", ""),
        ("3", "MÅNADSUPPFÖLJNING", "SN 2012/5"),
        ("", "a) Socialnämndens månadsuppföljning per den 29 februari", ""),
        ("10", "VÅRDNADSÖVERFLYTTNING", ""),
        ("", "a) Enskilt ärende RMA", ""),
        ("", "b) Enskilt ärende KM", ""),
        ("11", "ANMÄLAN DELEGATIONSBESLUT", "SN 2012/2"),
        ("15", "ÖVRIGA FRÅGOR", ""),
    ),
    expected=(
        Expected(None, "Val av protokollsjusterare"),
        # Each lettered delpunkt is a part of the ärende above it: the numbers stay the list's.
        Expected(
            1,
            "SOCIALNÄMNDENS ARBETSFORMER a) Minnesanteckningar gemensamt presidiemöte den 1 mars",
            "SN 2012/14",
            "SN 2012/14",
        ),
        Expected(
            3,
            "MÅNADSUPPFÖLJNING a) Socialnämndens månadsuppföljning per den 29 februari",
            "SN 2012/5",
            "SN 2012/5",
        ),
        Expected(10, "VÅRDNADSÖVERFLYTTNING a) Enskilt ärende RMA b) Enskilt ärende KM"),
        Expected(11, "ANMÄLAN DELEGATIONSBESLUT", "SN 2012/2", "SN 2012/2"),
        Expected(15, "ÖVRIGA FRÅGOR"),
    ),
    notes=("unnumbered a) b) sub-items under a numbered item; the mirror lost the Dnr digits",),
)

KALMAR_KS_2018 = RealAgenda(
    name="kalmar-ks-2018-12-04",
    source="http://docplayer.se/108694909-kommunstyrelsen-protokoll-tid-tisdagen-den-4-december-"
    "2018-kl-8-00-11-20-plats-sammantradesrum-magistern-omfattning.html",
    header=("Nr", "Ärende", "Dnr", "Tid"),
    rows=(
        (
            "1",
            "Redovisning av polisens trygghetsundersökning 2018 föredragande: Niko Kalcidis, "
            "Polisen",
            "",
            "kl. 8.00–8.30",
        ),
        ("2", "Genomgång av beslutsärenden", "", ""),
        ("3", "Digital strategi för Kalmar kommun", "KS 2018/0942", ""),
        (
            "4",
            "Kalmar Kommunbolag AB:s redovisning av plan och uppföljning av intern kontroll",
            "Dnr KS 2015/0259",
            "",
        ),
    ),
    expected=(
        Expected(
            1,
            "Redovisning av polisens trygghetsundersökning 2018",
            time_slot="08.00–08.30",
            presenter="Niko Kalcidis, Polisen",
        ),
        Expected(2, "Genomgång av beslutsärenden"),
        Expected(3, "Digital strategi för Kalmar kommun", "KS 2018/0942", "KS 2018/942"),
        Expected(
            4,
            "Kalmar Kommunbolag AB:s redovisning av plan och uppföljning av intern kontroll",
            "KS 2015/0259",
            "KS 2015/259",
        ),
    ),
    notes=("zero-padded löpnummer, 'kl. 8.00–8.30' in a Tid column, föredragande in the title",),
)

OSTHAMMAR_SOCN_2020 = RealAgenda(
    name="osthammar-socialnamnden-2020",
    source="http://docplayer.se/190865939-Osthammars-socialnamnd.html",
    header=("Nr", "Ärende", "Tid"),
    rows=(
        ("63.", "Fastställande av dagordning", ""),
        ("64.", "Redovisning av delegationsbeslut", ""),
        ("65.", "Information och anmälningsärenden maj och juni", ""),
        ("66.", "Ekonomisk uppföljning per april", "09.00 - 09.30"),
        ("67.", "Ekonomisk tertialrapport januari-april socialnämnden", ""),
        ("68.", "Översyn av hemtjänsten och myndighet vård och omsorg", "kl 09:30-10:15"),
    ),
    expected=(
        Expected(63, "Fastställande av dagordning"),
        Expected(64, "Redovisning av delegationsbeslut"),
        Expected(65, "Information och anmälningsärenden maj och juni"),
        Expected(66, "Ekonomisk uppföljning per april", time_slot="09.00–09.30"),
        Expected(67, "Ekonomisk tertialrapport januari-april socialnämnden"),
        Expected(
            68, "Översyn av hemtjänsten och myndighet vård och omsorg", time_slot="09.30–10.15"
        ),
    ),
    notes=("'63.' numbers starting late, times in several spellings",),
)

LUDVIKA_KS_2020 = RealAgenda(
    name="ludvika-ks-2020-12-07",
    source="/work/shared/seed/ludvika-ks-2020-12-07.txt",
    header=("", "Ärenden", "Dnr"),
    rows=(
        ("1", "Val av justerare", ""),
        ("2", "Anmälan av extra ärenden", ""),
        (
            "3",
            "Omfördelning av budgetmedel från\nkommunstyrelsen till samhällsbyggnadsnämnden",
            "2020/434",
        ),
        ("4", "Fastställande av kommunstyrelsens budget 2021", "2020/437"),
        ("5", "Revidering av kommunstyrelsens\ndelegationsordning", "2019/507"),
        ("6", "Stockholm Business Alliance", "2020/439"),
        ("7", "Ordförandeinformation", ""),
    ),
    expected=(
        Expected(1, "Val av justerare"),
        Expected(2, "Anmälan av extra ärenden"),
        Expected(
            3,
            "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden",
            "2020/434",
            "2020/434",
        ),
        Expected(4, "Fastställande av kommunstyrelsens budget 2021", "2020/437", "2020/437"),
        Expected(5, "Revidering av kommunstyrelsens delegationsordning", "2019/507", "2019/507"),
        Expected(6, "Stockholm Business Alliance", "2020/439", "2020/439"),
        Expected(7, "Ordförandeinformation"),
    ),
    notes=("the number column has no heading (as in the kallelse's table)",),
)

# The same two lists pasted into one column, as they stand in the published PDF: Kramfors'
# ärendelista is the protokoll's table of contents ("26 Dnr KS 2018/14 Information... 3").
KRAMFORS_KSAU_2018_ONE_COLUMN = RealAgenda(
    name="kramfors-ksau-2018-03-en-kolumn",
    source=KRAMFORS_KSAU_2018.source,
    header=("Ärendelista",),
    rows=(
        ("26 Dnr KS 2018/14 Information... 3",),
        ("27 Dnr KS 2018/124 Årsredovisning för Kramfors kommun 2017... 4",),
        ("28 Dnr KS 2018/117 Instruktion till ägarombud vid 2018 års bolagsstämmor... 9",),
        (
            "29 Dnr KS 2017/484 Svar på medborgarförslag: Bättre bussförbindelser i kommunens "
            "ytterområden... 12",
        ),
        (
            "32 Dnr KS 2018/56 Svar på remiss reboot- omstart för den digitala förvaltningen "
            "(SOU 2017:114)... 18",
        ),
    ),
    expected=(
        Expected(26, "Information", "KS 2018/14", "KS 2018/14"),
        Expected(27, "Årsredovisning för Kramfors kommun 2017", "KS 2018/124", "KS 2018/124"),
        Expected(
            28,
            "Instruktion till ägarombud vid 2018 års bolagsstämmor",
            "KS 2018/117",
            "KS 2018/117",
        ),
        Expected(
            29,
            "Svar på medborgarförslag: Bättre bussförbindelser i kommunens ytterområden",
            "KS 2017/484",
            "KS 2017/484",
        ),
        Expected(
            32,
            "Svar på remiss reboot- omstart för den digitala förvaltningen (SOU 2017:114)",
            "KS 2018/56",
            "KS 2018/56",
        ),
    ),
    notes=("number, 'Dnr …' and a table of contents' page all in the one cell",),
)

VASTERVIK_KS_2015_ONE_COLUMN = RealAgenda(
    name="vastervik-ks-2015-05-11-en-kolumn",
    source=VASTERVIK_KS_2015.source,
    kind="xlsx",
    header=("Ärendelista 11 maj 2015",),
    rows=(
        ("1. Upprop och val av justerare",),
        ("2. Anmälan om delegationsbeslut",),
        ("3. Kommundirektören informerar",),
        ("14. Budget 2016 och ekonomisk planering för Västerviks kommun – majoritetens förslag",),
        ("15. Årsredovisning 2014 och ansvarsfrihet för regionförbundet i Kalmar län",),
        ("17. Rapporter",),
    ),
    expected=(
        Expected(1, "Upprop och val av justerare"),
        Expected(2, "Anmälan om delegationsbeslut"),
        Expected(3, "Kommundirektören informerar"),
        Expected(
            14, "Budget 2016 och ekonomisk planering för Västerviks kommun – majoritetens förslag"
        ),
        Expected(15, "Årsredovisning 2014 och ansvarsfrihet för regionförbundet i Kalmar län"),
        Expected(17, "Rapporter"),
    ),
    notes=("'1. …' numbers inside the one column",),
)

REAL_AGENDAS = (
    KRAMFORS_KSAU_2018,
    TYRESO_KS_2018,
    STOCKHOLM_SOCN_2011,
    VASTERVIK_KS_2015,
    NYNASHAMN_SNAU_2020,
    SOCIALNAMNDEN_2012,
    KALMAR_KS_2018,
    OSTHAMMAR_SOCN_2020,
    LUDVIKA_KS_2020,
    KRAMFORS_KSAU_2018_ONE_COLUMN,
    VASTERVIK_KS_2015_ONE_COLUMN,
)
