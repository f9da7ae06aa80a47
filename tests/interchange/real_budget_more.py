"""More budget tables as kommuner published them, real figures, each with a layout the
tables of real_budget_drift.py and real_budget_results.py do not have:

- Tyresö, kommunstyrelsens driftsredovisning 2018: costs written positive, so Nettokostnad is
  Kostnader − Intäkter, and Avvikelse is Kommunbidrag − Nettokostnad (budget minus outcome);
  a second Avvikelse column for the year before that nothing in the table derives; "Totalt"
  as the last row; headers broken with a hyphen ("Kost-\\nnader").
  https://finansiellinfo.se/G/Tyreso_2018/Kommunstyrelsen.html
- Grästorp, resultaträkning 2020: tkr, the budget column first and the years alone as headers
  ("BUDGET\\n2020", "2020", "2019", "2018"), results in capitals, an empty "Extraordinära poster"
  row, financial costs once written positive.
  https://www.finansiellinfo.se/Grastorp_2020/Resultatrakning.html
- Västervik, driftsredovisning 2020: each nämnd's row the sum of its verksamheter under it,
  grouped thousands ("-1 074,0"), Nettokostnad = Intäkter + Kostnader, Avvikelse =
  Nettokostnad − Budget, and a "Summa nämnder" row under it all that adds the nämnder only.
  https://www.vastervik.se/Kommun-och-politik/Kommunfakta/Ekonomi-och-budget/Arsredovisning/
  arsredovisning-2020/finansiella-rapporter/driftsredovisning/ (the Summa row is ours: the
  page's own sum lies beyond the excerpt; every other figure is the page's)
"""

from __future__ import annotations

from .real_budget_files import Table

TYRESO_KS_DRIFT_2018 = Table(
    "tyreso-ks-drift-2018",
    "https://finansiellinfo.se/G/Tyreso_2018/Kommunstyrelsen.html",
    "mnkr",
    (
        "Driftsredovisning",
        "(mnkr);Intäkter;Kost-\nnader;Netto-\nkostnad;Kommun-\nbidrag;Avvikelse;Avvikelse\n2017",
        "Plan och exploatering;25,4;61,1;35,7;27,5;– 8,2;3,8",
        "Väghållning park;10,2;83,3;73,1;76,7;3,6;10,6",
        "Miljö och trafik;2,9;8,4;5,5;6,9;1,4;0,0",
        "Vatten och avlopp;85,5;85,5;0,0;0,0;0,0;0,0",
        "Renhållning;40,1;40,1;0,0;0,0;0,0;0,0",
        "Näringsliv;0,2;1,5;1,3;1,3;0,0;0,0",
        "Gemensam verksamhet;476,5;615,5;139,0;129,6;– 9,4;2,6",
        "Kommunalförbund;0,0;42,1;42,1;42,3;0,2;0,1",
        "Politisk verksamhet;0,1;24,2;24,1;22,6;– 1,5;– 0,4",
        "Totalt;640,9;961,7;320,8;306,9;– 13,9;16,8",
    ),
    checked=("Totalt",),
    published_rounding=(("Totalt", "Avvikelse 2017"),),  # 16,8 printed, the rows give 16,7
    change=("Miljö och trafik", "Kostnader", "9,4", "Totalt"),
    change_also=(("Miljö och trafik", "Nettokostnad"),),
)

GRASTORP_RR_2020 = Table(
    "grastorp-rr-2020",
    "https://www.finansiellinfo.se/Grastorp_2020/Resultatrakning.html",
    "tkr",
    (
        "Resultaträkning",
        "Belopp i tkr;Not;BUDGET\n2020;2020;2019;2018",
        "Verksamhetens intäkter;1;97 668;107 793;101 282;106 965",
        "Verksamhetens kostnader;2;– 429 783;– 428 525;– 417 698;– 419 995",
        "Avskrivningar;3;– 16 095;– 15 439;– 14 879;– 13 462",
        "VERKSAMHETENS NETTOKOSTNADER;;– 348 210;– 336 171;– 331 295;– 326 492",
        "Skatteintäkter;4;269 757;265 699;257 770;251 162",
        "Generella statsbidrag och utjämning;5;87 616;96 796;86 552;81 948",
        "VERKSAMHETENS RESULTAT;;9 163;26 324;13 027;6 618",
        "Finansiella intäkter;6;656;781;794;1 035",
        "Finansiella kostnader;7;– 884;20;– 1 778;– 1 541",
        "RESULTAT EFTER FINANSIELLA POSTER;;8 935;27 125;12 043;6 112",
        "Extraordinära poster;;;;;",
        "ÅRETS RESULTAT;;8 935;27 125;12 043;6 112",
    ),
    checked=(
        "VERKSAMHETENS NETTOKOSTNADER",
        "VERKSAMHETENS RESULTAT",
        "RESULTAT EFTER FINANSIELLA POSTER",
    ),
    change=("Skatteintäkter", "2019", "257 700", "VERKSAMHETENS RESULTAT"),
)

VASTERVIK_DRIFT_2020 = Table(
    "vastervik-drift-2020",
    "https://www.vastervik.se/Kommun-och-politik/Kommunfakta/Ekonomi-och-budget/Arsredovisning/"
    "arsredovisning-2020/finansiella-rapporter/driftsredovisning/",
    "mnkr",
    (
        "Driftsredovisning, kommunen",
        "mnkr;Intäkter 2019;Intäkter 2020;Kostnader 2019;Kostnader 2020;Nettokostnad 2020;"
        "Budget 2020;Avvikelse mot budget 2020",
        "Kommunstyrelse;305,8;281,9;-691,5;-697,8;-415,9;-410,1;-5,7",
        "Politisk verksamhet;0,9;0,0;-13,4;-11,9;-11,9;-12,4;0,5",
        "Ledning;16,2;12,5;-76,5;-84,4;-71,9;-71,2;-0,6",
        "Samhällsbyggnad;42,4;48,0;-155,0;-165,3;-117,3;-106,1;-11,2",
        "Kultur;9,4;6,5;-63,0;-59,3;-52,8;-54,4;1,6",
        "Arbete o kompetens;53,9;40,8;-118,4;-115,5;-74,7;-78,9;4,2",
        "Kommunservice;170,5;164,3;-193,2;-189,2;-24,9;-26,1;1,2",
        "Räddningstjänst;11,6;9,0;-57,4;-55,5;-46,5;-46,9;0,4",
        "Prioriterade områden;0,8;0,8;-14,3;-16,8;-15,9;-14,1;-1,8",
        "Barn- och utbildningsnämnd;134,7;134,6;-977,1;-991,9;-857,3;-862,3;5,0",
        "Gemensam verksamhet;8,8;8,8;-54,4;-58,6;-49,8;-47,9;-1,9",
        "Förskola och familjedaghem;32,6;36,3;-228,2;-235,9;-199,6;-201,6;2,0",
        "Obligatorisk skola och fritidshem;65,3;69,2;-491,2;-496,4;-427,2;-428,3;1,0",
        "Gymnasieskola, gymnasiesärskola;21,5;15,2;-177,2;-177,4;-162,1;-162,2;0,1",
        "Komvux och SFI;6,5;5,1;-26,0;-23,7;-18,6;-22,3;3,7",
        "Socialnämnd;180,0;216,4;-1 074,0;-1 133,1;-916,7;-918,6;1,9",
        "Äldreomsorg;104,5;131,7;-518,3;-553,1;-421,4;-433,3;11,9",
        "Individ- och familjeomsorg;23,0;15,4;-119,9;-105,1;-89,7;-77,6;-12,1",
        "OF, omsorg & stöd, funktionsneds.;43,3;44,4;-298,6;-304,5;-260,1;-263,4;3,3",
        "Hälso- och sjukvårdsverksamhet;7,3;23,1;-114,1;-130,9;-107,8;-105,4;-2,4",
        "Förvaltningsstab och SN;1,8;1,9;-23,0;-39,6;-37,7;-38,9;1,2",
        "Miljö- och byggnadsnämnd;12,9;15,3;-26,2;-27,9;-12,7;-15,0;2,3",
        "Överförmyndare;0,4;0,1;-3,8;-3,0;-2,9;-3,5;0,7",
        "Revision;0,5;0,5;-2,0;-2,1;-1,6;-1,6;0,0",
        "Summa nämnder;634,3;648,8;-2 774,6;-2 855,8;-2 207,1;-2 211,1;4,2",
    ),
    checked=("Summa nämnder",),
)

MORE_TABLES = (TYRESO_KS_DRIFT_2018, GRASTORP_RR_2020, VASTERVIK_DRIFT_2020)
