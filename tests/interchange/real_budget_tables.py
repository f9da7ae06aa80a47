"""Budget tables as Swedish kommuner published them, with their real figures, and builders that
write each as the secretary receives it: XLSX (numbers as numbers or as text, result rows as
formulas with cached values, merged cells over the years of a two-row header) and CSV
(semicolons, decimal commas, UTF-8 with BOM or Windows-1252). No binary fixtures: every file is
made here.

Each table is the lines of a semicolon file as printed (minus signs, spaces and dashes as the
source wrote them). `header_rows` is how many lines from the top the column header takes.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from ksdesk.interchange.budget_xlsx_formulas import with_cached_values


@dataclass(frozen=True)
class Table:
    name: str
    source: str
    unit: str
    lines: tuple[str, ...]
    # Rows (by label) that are checked as sums down the columns and hold on the real figures.
    checked: tuple[str, ...] = ()
    # (label, column header, new figure as printed, row label of the finding it must give)
    change: tuple[str, str, str, str] | None = None
    merged: tuple[tuple[int, int, int], ...] = field(default=())  # (line, first col, last col)
    above: int = 1  # lines above the column header: the title, a unit line
    codes: tuple[str, ...] = ()  # headers of columns that hold no amounts (besides "Not")


GOTEBORG_RR_2019 = Table(
    "goteborg-rr-2019",
    "https://goteborg.se/wps/portal/enhetssida/goteborgs-stads-arsredovisningar/"
    "Arsredovisning-2019/rakenskaper/resultatrakning",
    "mnkr",
    (
        "Resultaträkning för kommunen och den kommunala koncernen",
        ";;Kommunen;;Kommunala koncernen;",
        "Belopp i mnkr;Not;2018;2019;2018;2019",
        "Verksamhetens intäkter;1;10 932;11 397;26 287;26 720",
        "Verksamhetens kostnader;2, 3, 17;-39 658;-41 140;-50 016;-51 646",
        "Avskrivningar;4,5;-1 490;-1 639;-4 488;-4 613",
        "Verksamhetens nettokostnader;;-30 216;-31 382;-28 217;-29 539",
        "Skatteintäkter;6;27 590;28 833;27 590;28 833",
        "Generella statsbidrag och utjämningsbidrag;6;3 705;3 634;3 705;3 634",
        "Verksamhetens resultat;;1 079;1 085;3 078;2 928",
        "Finansiella intäkter;7;1 224;978;67;65",
        "Finansiella kostnader;3, 7;-511;-559;-790;-773",
        "Resultat efter finansiella poster;;1 792;1 504;2 355;2 220",
        "Extraordinära poster;;-;-;-;-",
        "Årets resultat;;1 792;1 504;2 355;2 220",
    ),
    checked=(
        "Verksamhetens nettokostnader",
        "Verksamhetens resultat",
        "Resultat efter finansiella poster",
        "Årets resultat",
    ),
    change=("Skatteintäkter", "Kommunen 2019", "28 933", "Verksamhetens resultat"),
    merged=((1, 2, 3), (1, 4, 5)),
)

SJOBO_RESULTATBUDGET_2022 = Table(
    "sjobo-resultatbudget-2022",
    "https://finansiellinfo.se/WIP/Sjobo_budget_2022/Resultatbudget.html",
    "mnkr",
    (
        "Resultatbudget",
        "mnkr;Not;Bokslut\n2020;Budget\n2021;Budget\n2022;Plan\n2023;Plan\n2024",
        ";;;;;;",
        "Verksamhetens intäkter;1;270,6;279,0;295,6;306,8;323,5",
        "varav jämförelsestörande post;;0,1;0,0;0,0;0,0;0,0",
        "Verksamhetens kostnader;2;– 1 329,0;– 1 385,4;– 1 464,6;– 1 502,4;– 1 556,9",
        "varav jämförelsestörande post;;0,0;0,0;0,0;0,0;0,0",
        "Avskrivningar;;– 27,8;– 31,3;– 32,4;– 36,6;– 39,5",
        ";;;;;;",
        "Verksamhetens nettokostnader;;– 1 086,2;– 1 137,7;– 1 201,4;– 1 232,2;– 1 272,9",
        ";;;;;;",
        "Skatteintäkter;3;805,1;827,2;882,1;911,4;939,3",
        "Generella statsbidrag och utjämning;4;305,4;315,8;323,0;321,5;329,8",
        ";;;;;;",
        "Verksamhetens resultat;;24,3;5,3;3,7;0,7;– 3,8",
        ";;;;;;",
        "Finansiella intäkter;5;18,9;9,6;9,7;9,7;9,7",
        "Finansiella kostnader;6;– 5,3;– 0,6;– 0,7;– 0,7;– 0,7",
        ";;;;;;",
        "Resultat före extraordinära poster;;37,9;14,3;12,7;9,7;5,2",
        ";;;;;;",
        "Extraordinära intäkter;;0,0;0,0;0,0;0,0;0,0",
        "Extraordinära kostnader;;0,0;0,0;0,0;0,0;0,0",
        ";;;;;;",
        "Årets resultat;;37,9;14,3;12,7;9,7;5,2",
        ";;;;;;",
        "Avstämning mot balanskravet och beräkning av resultatutjämningsfond;;;;;;",
        ";;;;;;",
        "Balanskravsjusteringar;;– 1,6;0;0;0,0;0,0",
        ";;;;;;",
        "Årets resultat efter balanskravsjusteringar;;36,3;14,3;12,7;9,7;5,2",
        "Medel till resultatutjämningsreserv;;22,0;0,0;0,0;0,0;0,0",
        "Medel från resultatutjämningsreserv;;0,0;0,0;0,0;0,0;0,0",
        "Årets balanskravsresultat;;14,3;14,3;12,7;9,7;5,2",
    ),
    checked=(
        "Verksamhetens nettokostnader",
        "Verksamhetens resultat",
        "Resultat före extraordinära poster",
        "Årets resultat",
        "Årets resultat efter balanskravsjusteringar",
    ),
    change=("Avskrivningar", "Budget 2022", "– 32,9", "Verksamhetens nettokostnader"),
)

HALLSBERG_RR_2019 = Table(
    "hallsberg-rr-2019",
    "https://www.finansiellinfo.se/Hallsberg_2019/Resultatrakning.html",
    "mnkr",
    (
        "Resultaträkning",
        "Belopp i mnkr;Not;Utfall\n2019;Utfall\n2018;Budget\n2019;Avvikelse;Koncern\n2019;"
        "Koncern\n2018",
        "Verksamhetens intäkter;1;269;522;300;− 31;475;732",
        "Verksamhetens kostnader;2;− 1 116;− 1 344;− 1 149;33;− 1 303;− 1 535",
        "Avskrivningar;3;− 25;− 31;− 35;10;− 47;− 50",
        "Verksamhetens nettokostnader;;− 872;− 853;− 884;12;− 875;− 853",
        ";;;;;;;",
        "Skatteintäkter;4;705;683;705;0;705;683",
        "Generella statsbidrag och utjämning;5;212;203;204;8;212;203",
        "Verksamhetens resultat;;45;33;25;20;42;33",
        ";;;;;;;",
        "Finansiella intäkter;6;3;4;1;2;3;4",
        "Finansiella kostnader;7;− 6;− 8;− 11;5;− 10;− 9",
        "Resultat efter finansiella poster;;42;29;15;27;35;28",
        "Extraordinära poster (netto);;;;;;;",
        "Årets resultat;;42;29;15;27;35;28",
    ),
    checked=(
        "Verksamhetens nettokostnader",
        "Verksamhetens resultat",
        "Resultat efter finansiella poster",
    ),
    change=("Verksamhetens kostnader", "Koncern 2019", "− 1 330", "Verksamhetens nettokostnader"),
)

SJOBO_DRIFTBUDGET_2025 = Table(
    "sjobo-driftbudget-2025",
    "https://finansiellinfo.se/Sjobo/Budget-2025/Driftbudget.html",
    "mnkr",
    (
        "Driftbudget per nämnd",
        "(mnkr);Bokslut\n2023;Budget\n2024;Budget\n2025;Plan\n2026;Plan\n2027",
        "Kommunstyrelse;;;;;",
        "Kommunövergripande verksamhet;70,5;70,9;81,7;84,5;87,1",
        "Politisk verksamhet;8,8;8,2;8,2;8,5;9,2",
        "Turism- och fritidsverksamhet;0,3;0,4;0,4;0,4;0,4",
        "Teknisk verksamhet - skattefinansierad;0,5;0,6;0,2;0,1;0,1",
        "Exploateringsverksamhet;1,2;1,1;1,1;1,2;1,2",
        "Räddningstjänst;16,4;16,9;17,0;17,5;18,0",
        "Summa;97,7;98,1;108,6;112,2;116,0",
        ";;;;;",
        "Familjenämnd;;;;;",
        "Politisk verksamhet;1,5;1,1;1,1;1,2;1,2",
        "Individ- och familjeomsorg;79,8;78,4;85,3;88,0;90,6",
        "Förskole-, fritidshems- och grundskoleverksamhet;447,3;461,8;463,7;485,7;498,7",
        "Gymnasieskola;105,0;115,2;116,8;119,9;125,0",
        "Vuxenutbildning, arbetsmarknad och integration;14,6;17,0;16,9;17,5;18,2",
        "Turism- och fritidsverksamhet;3,4;3,4;3,6;3,7;3,9",
        "Kulturverksamhet;21,9;21,7;23,3;24,3;25,0",
        "Summa;673,5;698,6;710,7;740,3;762,6",
        ";;;;;",
        "Vård- och omsorgsnämnd;;;;;",
        "Kommunövergripande verksamhet;1,6;0,0;0,0;0,0;0,0",
        "Politisk verksamhet;1,0;1,2;1,2;1,2;1,2",
        "Verksamhet för personer med funktionsnedsättning;133,3;132,0;132,9;136,9;141,0",
        "Äldreomsorg;275,0;285,3;302,7;321,1;341,1",
        "Summa;410,9;418,5;436,8;459,2;483,3",
        ";;;;;",
        "Teknisk nämnd;;;;;",
        "Politisk verksamhet;0,3;0,2;0,2;– 1,8;– 1,8",
        "Kommunövergripande verksamhet;0,0;0,0;2,0;2,0;2,2",
        "Teknisk verksamhet - skattefinansierad;28,5;31,5;33,1;34,2;35,3",
        "Teknisk verksamhet - avgiftsfinansierad;0,1;0,0;0,0;0,0;0,0",
        "Turism- och fritidsverksamhet;42,1;44,7;45,8;46,8;48,0",
        "Kulturverksamhet;1,1;1,6;1,7;1,8;1,8",
        "Exploateringsverksamhet;1,7;4,0;3,5;3,6;3,7",
        "Summa;73,8;82,0;86,3;86,6;89,2",
        ";;;;;",
        "Samhällsbyggnadsnämnd;;;;;",
        "Politisk verksamhet;0,9;0,6;0,6;0,6;0,7",
        "Miljö- och hälsoskyddsverksamhet;6,6;6,6;6,6;6,8;7,1",
        "Plan- och byggverksamhet;6,9;7,3;6,1;6,2;6,5",
        "Summa;14,4;14,5;13,3;13,6;14,3",
        ";;;;;",
        "Valnämnd;;;;;",
        "Politisk verksamhet;0,0;0,5;0,0;1,2;0,0",
        ";;;;;",
        "Överförmyndarnämnd;;;;;",
        "Politisk verksamhet;2,5;3,6;3,6;3,8;3,9",
        ";;;;;",
        "Revision;;;;;",
        "Politisk verksamhet;1,4;1,5;1,5;1,5;1,5",
    ),
    checked=("Summa",),
    change=("Äldreomsorg", "Plan 2026", "331,1", "Summa"),
)

# Malmö's prognosavvikelse: the last row is the result of all rows above it, in capitals.
MALMO_PROGNOSAVVIKELSE_2015 = Table(
    "malmo-prognosavvikelse-2015",
    "http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/"
    "prognossakerhet/",
    "mnkr",
    (
        "PROGNOSAVVIKELSE, MKR",
        ";Bokslut;Delårsrapp jan-aug;Avvikelse",
        "Servicenämnd;67;32;35",
        "Kommunstyrelse;96;65;31",
        "Ekonomiskt bistånd;-11;-10;-1",
        "Stadsbyggnadsnämnd;15;6;9",
        "Teknisk nämnd;13;8;5",
        "Rea-/exploateringsvinster;176;151;25",
        "Arb.markn. gymn o vux utb.nämnd;11;4;7",
        "Grundskolenämnd;10;0;10",
        "Förskolenämnd;6;0;6",
        "Social resursnämnd, inkl pers ass;-18;-4;-14",
        "Statsbidrag flyktingar;0;-6;6",
        "Stadsområdesnämnder;-42;-41;-1",
        "Hemlöshet (75 %);-51;-40;-11",
        "Övriga nämnder;12;8;4",
        "Finansiering;279;143;136",
        "ÅRETS RESULTAT;563;316;247",
    ),
    checked=("ÅRETS RESULTAT",),
    change=("Finansiering", "Bokslut", "297", "ÅRETS RESULTAT"),
)

# Gnesta's driftredovisning: the unit in the header's first cell, a percent column with the same
# header as the amount column before it, en dashes with a space as minus.
GNESTA_DRIFT_2013 = Table(
    "gnesta-drift-2013",
    "https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/driftredovisning.html",
    "tkr",
    (
        "Driftredovisning",
        "(tkr);Utfall2013;Förändring 2012/2013;Förändring 2012/2013;Budget 2013;Budget-avvikelse",
        "Kommungemensamma poster;519 802;18 738;3,7 %;505 200;14 602",
        "Revision;– 614;– 9;1,6 %;– 620;6",
        "Överförmyndare;– 819;50;– 5,7 %;– 847;28",
        "Övriga förtroendevalda;– 4 646;– 76;1,7 %;– 4 937;291",
        "Pensioner;– 8 311;5 108;– 38,1 %;– 11 593;3 282",
        "Skatter/statsbidrag;521 366;14 595;2,9 %;522 597;– 1 231",
        "Räntenetto/borgensavgift;4 454;– 5 498;– 55,2 %;4 901;– 447",
        "Övrigt kommungemensamt;8 372;4 569;120,1 %;– 4 301;12 673",
        "Kommunstyrelsen;– 37 264;– 1 578;4,4 %;– 37 500;236",
        "Kommunchefen;– 4 614;191;– 4,0 %;– 4 257;– 357",
        "Kansli- och nämndserviceenheten;– 4 823;– 563;13,2 %;– 4 799;– 24",
        "It-enheten;– 5 585;– 376;7,2 %;– 5 313;– 272",
        "Ekonomienheten;– 4 008;– 100;2,6 %;– 4 626;618",
        "Mark och fastigheter;141;50;55,4 %;– 14;155",
        "Personalenheten;– 4 980;– 20;0,4 %;– 5 229;249",
        "Samhällsunderstödda resor;– 13 395;– 761;6,0 %;– 13 263;– 132",
    ),
)

# Sjöbo's note on skatteintäkter: a heading row carrying the note's number, its parts and a
# "Summa …" row naming what it sums.
SJOBO_NOTER_2022 = Table(
    "sjobo-noter-2022",
    "https://finansiellinfo.se/WIP/Sjobo_budget_2022/Noter.html",
    "mnkr",
    (
        "Noter",
        "mnkr;Not;Bokslut 2020;Budget 2021;Budget 2022;Plan 2023;Plan 2024",
        "Skatteintäkter;3;;;;;",
        "Kommunalskatt;;823,5;834,0;882,1;911,4;939,3",
        "Slutavräkning året innan;;– 4,7;0,0;0,0;0,0;0,0",
        "Slutavräkning gällande år;;– 13,7;– 6,8;0,0;0,0;0,0",
        "Summa skatteintäkter;;805,1;827,2;882,1;911,4;939,3",
        "Generella statsbidrag och utjämning;4;;;;;",
        "Inkomstutjämning;;236,3;237,4;255,7;267,8;282,6",
        "Kostnadsutjämning;;– 27,3;– 25,9;– 23,3;– 22,8;– 24,8",
        "Regleringsavgift/-bidrag;;19,7;44,7;38,9;31,3;26,9",
        "Tillfälligt statsbidrag;;39,1;13,0;6,5;0,0;0,0",
        "Utjämningsavgift LSS;;– 6,0;– 4,9;– 5,6;– 5,6;– 5,7",
        "Kommunal fastighetsavgift;;43,6;51,5;50,8;50,8;50,8",
        "Summa generella statsbidrag och utjämning;;305,4;315,8;323,0;321,5;329,8",
    ),
    checked=("Summa skatteintäkter", "Summa generella statsbidrag och utjämning"),
    change=(
        "Kostnadsutjämning",
        "Plan 2024",
        "– 42,8",
        "Summa generella statsbidrag och utjämning",
    ),
)

# Västervik's driftsredovisning: a header over two lines (Intäkter over 2020 and 2021 …) with
# the unit in the label column's top cell; each nämnd's row is the sum of the rows under it.
VASTERVIK_DRIFT_2021 = Table(
    "vastervik-drift-2021",
    "https://www.vastervik.se/Kommun-och-politik/Kommunfakta/Ekonomi-och-budget/Arsredovisning/"
    "arsredovisning-2021/finansiella-rapporter/driftsredovisning/",
    "mnkr",
    (
        "Driftsredovisning, kommunen",
        "mnkr;Intäkter;;Kostnader;;Nettokostnad;Budget;Avvikelse mot budget",
        ";2020;2021;2020;2021;2021;2021;2021",
        "Kommunstyrelse;281,9;283,1;-697,8;-693,8;-410,7;-415,1;4,4",
        "Politisk verksamhet;0,0;0,0;-11,9;-12,6;-12,6;-13,0;0,4",
        "Ledning;12,5;18,3;-84,4;-79,4;-61,1;-64,4;3,4",
        "Samhällsbyggnad;48,0;48,3;-165,3;-173,1;-124,9;-111,6;-13,2",
        "Kultur;6,5;6,6;-59,3;-60,1;-53,5;-55,1;1,6",
        "Arbete och kompetens;40,8;41,0;-115,5;-114,2;-73,1;-81,9;8,8",
        "Kommunservice;164,3;158,1;-189,2;-182,8;-24,7;-27,5;2,9",
        "Räddningstjänst;9,0;10,3;-55,5;-58,9;-48,6;-48,4;-0,2",
        "Prioriterade områden;0,8;0,5;-16,8;-12,7;-12,2;-13,1;0,9",
        "Barn- och utbildningsnämnd;134,6;126,0;-991,9;-1004,4;-878,4;-877,1;-1,3",
        "Gemensam verksamhet;8,8;7,0;-58,6;-55,0;-47,9;-47,5;-0,4",
        "Förskola och familjedaghem;36,3;33,7;-235,9;-235,9;-202,2;-204,4;2,2",
        "Obligatorisk skola och fritidshem;69,2;64,6;-496,4;-505,4;-440,8;-436,6;-4,2",
        "Gymnasieskola, gymnasiesärskola;15,2;14,9;-177,4;-182,3;-167,4;-164,9;-2,5",
        "Komvux och SFI;5,1;5,7;-23,7;-25,7;-20,0;-23,7;3,7",
        "Socialnämnd;216,4;228,6;-1133,1;-1179,0;-950,3;-964,6;14,3",
        "Äldreomsorg;131,7;157,0;-553,1;-558,2;-431,2;-445,1;13,9",
        "Individ- och familjeomsorg;15,4;12,8;-105,1;-113,0;-100,2;-93,2;-6,9",
        "OF, omsorg & stöd, funktionsneds.;44,4;43,8;-304,5;-308,4;-264,6;-267,8;3,2",
        "Hälso- och sjukvårdsverksamhet;23,1;13,4;-130,9;-133,6;-120,3;-115,5;-4,8",
        "Förvaltningsstab och SN;1,9;1,6;-39,6;-35,7;-34,1;-34,3;0,2",
        "Miljö- och byggnadsnämnd;15,3;15,0;-27,9;-29,3;-14,4;-15,5;1,1",
    ),
    merged=((1, 1, 2), (1, 3, 4)),
)

# Sjöbo's resultaträkning 2016: the unit in the label column's top header cell, "Kommunen" and
# "Sammanställd redovisning" over the years, varav rows, a balanskrav part under a heading whose
# "Årets resultat" restates the one above and whose rows fill only the kommun's columns.
SJOBO_RR_2016 = Table(
    "sjobo-rr-2016",
    "http://finansiellinformation.se/Sjobo_2016/resultatrakning.html",
    "mnkr",
    (
        "Resultaträkning",
        "(mnkr);Not;Kommunen;;;Sammanställd redovisning;",
        ";;Bokslut\n2015;Bokslut\n2016;Budget\n2016;Bokslut\n2015;Bokslut\n2016",
        "Verksamhetens intäkter;1;202,2;274,7;230,3;337,0;364,7",
        "varav jämförelsestörande poster;1A;0,0;1,1;0,0;1,8;2,2",
        "Verksamhetens kostnader;2;–1 036,6;–1 151,2;–1 124,7;–1 091,1;–1 150,5",
        "varav jämförelsestörande poster;;0,0;0,0;0,0;0,0;0,0",
        "Av- och nedskrivningar;3;–20,1;–28,2;–24,4;–56,4;–71,4",
        ";;;;;;",
        "Verksamhetens nettokostnader;;–854,5;–904,7;–918,8;–810,5;–857,2",
        ";;;;;;",
        "Skatteintäkter;4;694,8;729,3;735,1;694,8;729,3",
        "Generella statsbidrag och utjämning;5;180,1;188,7;185,0;180,1;188,7",
        "Finansiella intäkter;6;9,1;10,1;8,2;0,7;1,6",
        "Finansiella kostnader;7;–0,5;–0,4;–0,4;–18,5;–17,6",
        ";;;;;;",
        "Resultat före extraordinära poster;;29,0;23,0;9,1;46,6;44,8",
        ";;;;;;",
        "Extraordinära intäkter;;0,0;0,0;0,0;0,0;0,0",
        "Extraordinära kostnader;;0,0;0,0;0,0;0,0;0,0",
        ";;;;;;",
        "Årets resultat;;29,0;23,0;9,1;46,6;44,8",
        ";;;;;;",
        "Avstämning mot balanskravet och beräkning av resultatutjämningsfond;;;;;;",
        ";;;;;;",
        "Årets resultat;;29,0;23,0;;;",
        "Realisationsvinster;;–0,3;–1,1;;;",
        "Årets resultat efter balanskravsjusteringar;;28,7;21,9;;;",
        "Medel till resultatutjämningsreserv;;0,0;0,0;;;",
        "Årets balanskravsresultat;;28,7;21,9;;;",
    ),
    checked=(
        "Verksamhetens nettokostnader",
        "Resultat före extraordinära poster",
        "Årets resultat",
        "Årets resultat efter balanskravsjusteringar",
    ),
    change=(
        "Realisationsvinster",
        "Kommunen Bokslut 2016",
        "–2,1",
        "Årets resultat efter balanskravsjusteringar",
    ),
    merged=((1, 2, 4), (1, 5, 6)),
)

# Enköping's larger investment projects: the unit in a sentence above the table, and a column
# of years and year spans ("Planeras vara klart") beside the amounts, which is no amount.
ENKOPING_INVESTERINGAR_2019 = Table(
    "enkoping-investeringar-2019",
    "https://enkoping.se/underwebbar/politisk-plan-for-2019/ekonomi/investeringar/"
    "tabell-storre-investeringsprojekt.html",
    "mnkr",
    (
        "Större investeringsprojekt",
        "Belopp anges i miljoner kronor.",
        "Investeringsprojekt;Planeras vara klart;Budget",
        "Brandstation Örsundsbro;2019;25,0",
        "Bergvretenskolan;2019-2020;61,0",
        "Örsundsbro förskola;2020;69,0",
        "Samsjuklighetsboende;2020;36,0",
        "Brandstation Fjärdhundra;2020;25,0",
        "Korsängen omklädningsrum;2020;11,5",
        "Korsängen förskola;2021;69,0",
        "Grillby förskola;2021;69,0",
        "Familjebad/inventarier;2021;358,0",
        "Infrastrukturåtgärder familjebad (totalt);2021;45,0",
        "Planerat underhåll;2019;136,0",
        "Planerat underhåll;2020;162,0",
        "Planerat underhåll;2021;144,0",
    ),
    above=2,
    codes=("Planeras vara klart",),
)

TABLES = (
    GOTEBORG_RR_2019,
    SJOBO_RESULTATBUDGET_2022,
    HALLSBERG_RR_2019,
    SJOBO_DRIFTBUDGET_2025,
    MALMO_PROGNOSAVVIKELSE_2015,
    GNESTA_DRIFT_2013,
    SJOBO_NOTER_2022,
    VASTERVIK_DRIFT_2021,
    SJOBO_RR_2016,
    ENKOPING_INVESTERINGAR_2019,
)


# ---------------------------------------------------------------------------------------------
# Figures as printed → numbers


_MINUS = "-\u2013\u2212"
_SPACES = " \u00a0\u202f\u2009"


def printed_number(text: str) -> Decimal | None:
    """The figure a printed cell shows ("– 1 329,0" → -1329.0), None for text and dashes."""
    body = text.strip()
    negative = False
    if body[:1] in _MINUS:
        negative, body = True, body[1:].strip()
    if body.endswith("%"):
        return None
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    if body.endswith("-"):
        negative, body = True, body[:-1]
    body = "".join(ch for ch in body if ch not in _SPACES).replace(",", ".")
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", body):
        return None
    value = Decimal(body)
    return -value if negative else value


def cells(table: Table) -> list[list[str]]:
    return [line.split(";") for line in table.lines]


def header_rows(table: Table) -> int:
    """Lines before the first body row: the title and the header line(s)."""
    return table.above + (2 if table.merged else 1)


# ---------------------------------------------------------------------------------------------
# Writers


def write_csv(
    table: Table, path: Path, encoding: str = "utf-8-sig", spaces: str = " ", minus: str = ""
) -> Path:
    """A semicolon file; `spaces` replaces the grouping spaces (U+00A0, U+202F, "."),
    `minus` the minus signs ("()" puts a negative in brackets, "after" writes 1 234-); line
    breaks inside a header cell are kept in quotes."""
    out = io.StringIO()
    for row in cells(table):
        fields = []
        for value in row:
            if printed_number(value) is not None:
                value = re.sub(r"(?<=\d) (?=\d{3}\b)", spaces, value)
                negative = re.match(rf"^[{_MINUS}]\s*(.*)$", value)
                if negative and minus == "()":
                    value = f"({negative.group(1)})"
                elif negative and minus == "after":
                    value = f"{negative.group(1)}-"
                elif negative and minus:
                    value = minus + negative.group(1)
            if "\n" in value or ";" in value or '"' in value:
                value = '"' + value.replace('"', '""') + '"'
            fields.append(value)
        out.write(";".join(fields) + "\r\n")
    text = out.getvalue()
    if encoding == "cp1252":  # what Excel on a Swedish Windows can save: − as -, U+202F as U+00A0
        text = text.replace("\u2212", "-").replace("\u202f", "\u00a0")
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(
    table: Table,
    path: Path,
    numbers: str = "number",
    formulas: bool = False,
    parents: tuple[tuple[int, int, int], ...] = (),
) -> Path:
    """`numbers`: "number" (stored as numbers, "#,##0.0" or "#,##0"), "text" (as the PDF's text
    pasted). `formulas`: every checked row a SUM of the rows above, with the printed figure as
    its cached value. `parents`: (line, first, last) lines whose figures are =SUM of the lines
    first..last under them (0-based, as in `Table.lines`)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    cached: dict[str, Decimal] = {}
    rows = cells(table)
    first_body = header_rows(table)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value == "":
                continue
            cell = ws.cell(r, c)
            number = printed_number(value) if r > first_body else None
            if number is not None and _is_note(table, c) and "," in value:
                number = None  # "4,5" in a Not column: notes 4 and 5, kept as text
            if number is not None and numbers == "number":
                cell.value = float(number) if number != number.to_integral() else int(number)
                places = -number.as_tuple().exponent
                cell.number_format = "#,##0" + ("." + "0" * places if places else "")
            elif value.endswith("%") and numbers == "number":
                cell.value = float(printed_number(value[:-1]) or 0) / 100
                cell.number_format = "0.0%"
            else:
                cell.value = value
                cell.data_type = "s"
    for line, first, last in table.merged:
        ws.merge_cells(
            start_row=line + 1, start_column=first + 1, end_row=line + 1, end_column=last + 1
        )
    if formulas:
        _write_formulas(ws, table, rows, first_body, cached)
    for line, first, last in parents:
        for c, value in enumerate(rows[line], start=1):
            number = printed_number(value) if c > 1 else None
            if number is not None:
                letter = get_column_letter(c)
                ws[f"{letter}{line + 1}"] = f"=SUM({letter}{first + 1}:{letter}{last + 1})"
                cached[f"{letter}{line + 1}"] = number
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(with_cached_values(buffer.getvalue(), cached))
    return path


def _write_formulas(ws, table: Table, rows, first_body: int, cached: dict) -> None:
    """Each checked row as the economist writes it: the previous result plus the rows since
    (=C7+C8+C9), or a block's sum after a heading (=SUM(C4:C9))."""
    anchor: int | None = None
    since: list[int] = []
    blocks = any(label.lower().startswith("summa") for label in table.checked)
    for r, row in enumerate(rows, start=1):
        if r <= first_body:
            continue
        label = row[0].strip()
        numbers = [printed_number(v) for v in row[1:]]
        if label in table.checked:
            for c, value in enumerate(row, start=1):
                number = printed_number(value) if c > 1 else None
                if number is None or _is_note(table, c):
                    continue
                letter = get_column_letter(c)
                terms = ([anchor] if anchor else []) + since
                if blocks:
                    formula = f"=SUM({letter}{since[0]}:{letter}{since[-1]})"
                else:
                    formula = "=" + "+".join(f"{letter}{t}" for t in terms)
                ws[f"{letter}{r}"] = formula
                cached[f"{letter}{r}"] = number
            anchor, since = r, []
        elif label and not any(n is not None for n in numbers):
            if blocks:
                anchor, since = None, []
        elif label and not label.lower().startswith("varav"):
            since.append(r)


def _is_note(table: Table, c: int) -> bool:
    """A column of note numbers, years or codes: never amounts."""
    header = expected_headers(table)[c - 1]
    return header.lower().startswith("not") or header in table.codes


# ---------------------------------------------------------------------------------------------
# What an import should give


def expected_rows(table: Table) -> list[tuple[str, list[Decimal | None]]]:
    """(label, figures of the amount and percent columns) of every non-empty body row."""
    rows = cells(table)
    first_body = header_rows(table)
    result = []
    for row in rows[first_body:]:
        if not any(v.strip() for v in row):
            continue
        figures = []
        for c, value in enumerate(row[1:], start=2):
            if _is_note(table, c):
                continue
            text = value.strip()
            if text.endswith("%"):
                figures.append(printed_number(text[:-1].strip()))
            else:
                figures.append(printed_number(text))
        result.append((row[0].strip(), figures))
    return result


def changed(table: Table) -> Table:
    """The table with one figure changed (`Table.change`)."""
    assert table.change is not None
    label, header, figure, _ = table.change
    rows = cells(table)
    first_body = header_rows(table)
    headers = expected_headers(table)
    c = headers.index(header)
    lines = list(table.lines)
    for i, row in enumerate(rows):
        if i >= first_body and row[0].strip() == label:
            row[c] = figure
            lines[i] = ";".join(row)
            break
    return dataclasses.replace(table, lines=tuple(lines), change=None)


def _headers(rows: list[list[str]], first_body: int, two_lines: bool) -> list[str]:
    """The column headers a reader should make: the two header lines joined, a merged cell's
    text carried over the columns it spans, line breaks as spaces."""
    bottom = [" ".join(v.split()) for v in rows[first_body - 1]]
    if not two_lines:
        return bottom
    top, carried = [], ""
    for c, value in enumerate(rows[first_body - 2]):
        carried = value.strip() or carried
        top.append(carried)
        if c == 0:
            carried = ""
    return [f"{t} {b}".strip() if t else b for t, b in zip(top, bottom, strict=True)]


def expected_headers(table: Table) -> list[str]:
    return _headers(cells(table), header_rows(table), bool(table.merged))
