"""Real tables of kommuner not in the other real_budget_* files (round six), each with a layout
they do not have. The figures are transcribed from the text of the pages named (the search
tool's stored copy). Helsingborg's pages run the cells of a row together ("149,4-32,72 903,2");
each figure there is told from the next by its one decimal, or, for whole mnkr, by the sums the
table prints (the note says where), never by guessing.

- Helsingborg, driftsredovisning 2016 (årsredovisningen, staden), mnkr: the total of the two
  parts at the TOP ("Summa skatte- och avgiftsfinansierat" over "Nämnder"), each part's Summa
  under it, headers with footnote marks ("Ingående redovisat resultat 1)"), and sums a tenth
  off from rounding. Årets resultat is not Kommunbidrag + Intäkter + Kostnader (the
  disposition of earlier years' result is spent in the year), Utgående is Ingående +
  Disposition + Årets resultat to a tenth.
  https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/driftredovisning-2/
- Helsingborg, resultaträkning 2016 of the koncern, mnkr, three years and a Not column: result
  rows under the rows they add (Verksamhetens nettokostnad, Skattenetto, Finansnetto) and
  results of results, whole mnkr, several a unit off from rounding. Run together on the page:
  "Jämförelsestörande poster 5-1163191" is note 5 and −11, 63, 191 (the nettokostnad of each
  year adds up with these and with no other split), "Finansiella intäkter10363269" note 10
  and 36, 32, 69 (Finansnetto −128, −68, −154 within a unit).
  https://arsredovisning.helsingborg.se/ekonomisk-redovisning/koncernen/resultatrakning/
- Helsingborg, not 1 Verksamhetens intäkter 2016 (staden), mnkr: twelve rows and their Summa;
  the 2015 rows add up to 1 704 where 1 706 is printed, two mnkr over twelve rounded terms.
  https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/noter/
- Norrköping, tilläggsbudget 2022 (Budget 2022 och plan 2023–2025, bilaga), three tables of
  the changes against the budget of 21 juni: a "Nr." column of reference numbers ("1.", "2.")
  before the labels, the sum row without a number and without "Summa" ("Förändringar
  jämfört med beslut om budget 21 juni", "Förändring"), and in the third table the years
  twice, under "Ackumulerade värden (bas budget 2021)" and under "Belopp per år". The page
  is the text of the PDF, which gives a row's number and name as one cell ("1. Nämnder"),
  as here (a file with "Nr." as a column of its own is read the same way: the test of it
  is in test_budget_real_sixth.py). The page states the unit in its text, not over these
  tables: the unit line over each is the secretary's ("Belopp i mnkr"; the nämnd's table
  in tkr, 1 500 tkr of the 13,3 mnkr).
  https://5dok.org/article/f%C3%B6r%C3%A4ndringar-budgetramar-per-n%C3%A4mnd-budget-plan-
  norrk%C3%B6pings-kommun.zlgvkl2o
- Nynäshamn, kassaflödesanalys 2018 (årsredovisningen), tkr, KONCERNEN before KOMMUNEN: the
  unit said in a sentence over the table ("Kassaflödesanalysen presenteras i tusentals
  kronor, TKR."), a note number standing alone under a block's heading, and a control row
  under two block results that repeats the result figure for figure ("kontroll
  investeringsnetto från not"), which no sum adds. Cut before "elimineringar", whose two
  figures the text does not place.
  https://www.finansiellinfo.se/Nynashamn_2018/Kassaflodesanalys.html
- Nynäshamn, resultaträkning 2021, TKR: the years as dates in the American way
  ("12/31/2021") under KOMMUN and KONCERN, and results a tkr off from rounding.
  https://www.finansiellinfo.se/Nynashamn-2021/Resultatrakning.html
"""

from __future__ import annotations

from .real_budget_files import Table

HELSINGBORG_DRIFT_2016 = Table(
    "helsingborg-drift-2016",
    "https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/driftredovisning-2/",
    "mnkr",
    (
        "Driftsredovisning 2016, mnkr",
        ";Ingående redovisat resultat 1);Disposition av resultat;Kommunbidrag 2);Intäkter;"
        "Kostnader;Årets resultat;Utgående redovisat resultat",
        "Summa skatte- och avgiftsfinansierat;362,9;-77,9;6 953,5;3 414,5;-10 176,7;269,0;553,9",
        "Nämnder;;;;;;;",
        "Barn- och utbildningsnämnden;149,4;-32,7;2 903,2;536,1;-3 503,2;-31,2;85,4",
        "Vård- och omsorgsnämnden;39,8;-24,9;1 619,5;251,1;-1 898,5;-3,0;11,9",
        "Stadsbyggnadsnämnden;24,6;-8,0;523,2;304,0;-795,6;39,5;56,1",
        "Arbetsmarknadsnämnden;56,2;-5,5;460,2;195,7;-653,3;8,1;58,8",
        "Socialnämnden;11,8;0,0;470,1;248,6;-697,0;21,6;33,4",
        "Idrotts- och fritidsnämnden;5,6;0,0;226,3;24,1;-249,2;1,1;6,7",
        "Kulturnämnden;10,7;-3,5;175,9;35,6;-210,8;4,2;11,4",
        "Fastighetsnämnden;29,5;0,0;-110,2;800,3;-670,5;19,6;49,1",
        "Miljönämnden;3,1;-0,3;24,2;14,3;-37,2;1,6;4,4",
        "Överförmyndarnämnden;-0,1;0,0;11,3;13,9;-23,5;1,6;1,5",
        "Valnämnden;2,9;0,0;0,3;0,0;-0,3;0,1;3,0",
        "Kommunstyrelsen;27,2;-3,1;343,1;487,9;-802,2;31,9;56,0",
        "Kommunstyrelsen - stadsgemensamt;0,0;0,0;300,2;277,7;-404,0;173,9;173,9",
        "Stadsrevisionen;2,2;0,0;6,3;0,0;-6,2;0,1;2,3",
        "Summa skattefinansierat;362,9;-77,9;6 953,5;3 189,3;-9 951,5;269,0;553,9",
        "Vatten- och avloppsverk;0,0;0,0;0,0;225,2;-225,2;0,0;0,0",
        "Summa avgiftsfinansierat;0,0;0,0;0,0;225,2;-225,2;0,0;0,0",
    ),
    checked=("Summa skatte- och avgiftsfinansierat", "Summa skattefinansierat"),
    # −78,0, 6 953,6 and 269,1 from the nämnder's rows as printed; the total at the top is
    # its two Summa rows exactly.
    published_rounding=(
        ("Summa skattefinansierat", "Disposition av resultat"),
        ("Summa skattefinansierat", "Kommunbidrag 2)"),
        ("Summa skattefinansierat", "Årets resultat"),
    ),
    change=("Kulturnämnden", "Intäkter", "45,6", "Summa skattefinansierat"),
)

HELSINGBORG_RR_KONCERN_2016 = Table(
    "helsingborg-rr-koncern-2016",
    "https://arsredovisning.helsingborg.se/ekonomisk-redovisning/koncernen/resultatrakning/",
    "mnkr",
    (
        "Resultaträkning, mnkr",
        ";Not;2016;2015;2014",
        "Verksamhetens intäkter;1;6 043;5 390;5 327",
        "Verksamhetens kostnader;2, 3;-11 200;-10 487;-10 021",
        "Av- och nedskrivningar;4;-861;-835;-784",
        "Jämförelsestörande poster;5;-11;63;191",
        "Verksamhetens nettokostnad;;-6 029;-5 869;-5 287",
        "Skatteintäkter;6;5 598;5 358;5 100",
        "Generella statsbidrag och kommunalekonomisk utjämning;7;1 255;1 067;1 054",
        "Kommunal fastighetsavgift;8;206;201;197",
        "LSS-utjämning;9;-192;-192;-190",
        "Skattenetto;;6 868;6 433;6 161",
        "Resultat före finansiella poster;;838;564;874",
        "Finansiella intäkter;10;36;32;69",
        "Finansiella kostnader;11;-164;-101;-222",
        "Finansnetto;;-128;-68;-154",
        "Resultat efter finansiella poster;;710;496;720",
        "Skatt på årets resultat;12;-87;-86;-92",
        "Årets resultat;;623;409;628",
        "Årets resultat exklusive förändring av pensionsavsättning före 1998;13;501;309;512",
    ),
    checked=(
        "Verksamhetens nettokostnad",
        "Skattenetto",
        "Resultat före finansiella poster",
        "Finansnetto",
        "Årets resultat",
    ),
    # Skattenetto 6 867 and 6 434 from its rows; Finansnetto −69 and −153; Årets resultat
    # 410 (see the module docstring).
    published_rounding=(
        ("Skattenetto", "2016"),
        ("Skattenetto", "2015"),
        ("Finansnetto", "2015"),
        ("Finansnetto", "2014"),
        ("Årets resultat", "2015"),
    ),
    change=("Skatteintäkter", "2014", "5 150", "Skattenetto"),
)

HELSINGBORG_NOT1_2016 = Table(
    "helsingborg-not1-2016",
    "https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/noter/",
    "mnkr",
    (
        "1. Verksamhetens intäkter, mnkr",
        ";2016;2015;2014",
        "Konsumtionsavgifter;216;214;216",
        "Barnomsorgsavgifter;97;90;87",
        "Äldreomsorgsavgifter;78;75;73",
        "Övriga avgifter;105;116;140",
        "Hyror och arrenden;324;311;298",
        "Gymnasieutbildning, ersättning från andra kommuner och friskolor;124;128;133",
        "Övrig försäljning av verksamhet;138;95;45",
        "Stats- och EU-bidrag;695;430;361",
        "Övriga bidrag;40;66;57",
        "Exploateringsintäkter;32;105;103",
        "Realisationsvinster;0;25;9",
        "Övriga intäkter;288;49;130",
        "Summa verksamhetens intäkter;2 137;1 706;1 652",
    ),
    checked=("Summa verksamhetens intäkter",),
    published_rounding=(("Summa verksamhetens intäkter", "2015"),),
    change=("Hyror och arrenden", "2016", "342", "Summa verksamhetens intäkter"),
)

NORRKOPING_INTAKTER_2022 = Table(
    "norrkoping-intakter-2022",
    "https://5dok.org/article/f%C3%B6r%C3%A4ndringar-budgetramar-per-n%C3%A4mnd-budget-plan-"
    "norrk%C3%B6pings-kommun.zlgvkl2o",
    "mnkr",
    (
        "Förändringar av driftbudget",
        "Belopp i mnkr",
        "Nr. Intäkter;2022;2023;2024;2025",
        "1. Skatteintäkter;68,2;99,7;121,1;131,4",
        "1. Kommunalekonomisk utjämning;35,1;48,6;90,8;91,0",
        "Förändringar jämfört med beslut om budget 21 juni;103,3;148,3;211,9;222,4",
    ),
    above=2,
    checked=("Förändringar jämfört med beslut om budget 21 juni",),
    change=(
        "1. Skatteintäkter",
        "2024",
        "112,1",
        "Förändringar jämfört med beslut om budget 21 juni",
    ),
)

NORRKOPING_KOSTNADER_2022 = Table(
    "norrkoping-kostnader-2022",
    NORRKOPING_INTAKTER_2022.source,
    "mnkr",
    (
        "Förändringar av driftbudget",
        "Belopp i mnkr",
        "Nr. Kostnader;2022;2023;2024;2025",
        "1. Nämnder;13,3;16,7;17,2;15,5",
        "2. Finansiering av investeringar;90,0;49,0;22,0;0,6",
        "Förändringar jämfört med beslut om budget 21 juni;103,3;65,7;39,2;16,1",
    ),
    above=2,
    checked=("Förändringar jämfört med beslut om budget 21 juni",),
    change=("1. Nämnder", "2023", "61,7", "Förändringar jämfört med beslut om budget 21 juni"),
)

NORRKOPING_KOMMUNFULLMAKTIGE_2022 = Table(
    "norrkoping-kf-2022",
    NORRKOPING_INTAKTER_2022.source,
    "tkr",
    (
        "Förändringar av budgetramar per nämnd",
        "Belopp i tkr",
        ";Ackumulerade värden (bas budget 2021);;;;Belopp per år;;;",
        "Nr. Kommunfullmäktige;2022;2023;2024;2025;2022;2023;2024;2025",
        "1. Dagsammanträden;1 500;1 500;1 500;1 500;1 500;0;0;0",
        "Förändring;1 500;1 500;1 500;1 500;1 500;0;0;0",
    ),
    above=2,
    merged=((2, 1, 4), (2, 5, 8)),
    # "Förändring" restates its one row: a total of one row no check can tell from data.
)

NYNASHAMN_KASSAFLODE_2018 = Table(
    "nynashamn-kassaflode-2018",
    "https://www.finansiellinfo.se/Nynashamn_2018/Kassaflodesanalys.html",
    "tkr",
    (
        "KASSAFLÖDESANALYS",
        "Kassaflödesanalysen presenteras i tusentals kronor, TKR.",
        "2018-01-01 – 2018-12-31",
        ";;KONCERNEN;;KOMMUNEN;",
        ";Not;2018;2017;2018;2017",
        "LÖPANDE VERKSAMHETEN;;;;;",
        "Årets resultat;;34 713;26 585;23 417;12 837",
        "Justering för ej likviditetspåverkande poster.;28;115 458;99 945;86 083;68 622",
        "Medel från verksamheten före förändring av rörelsekapital;;150 171;126 530;109 500;81 459",
        "Ökning-/minskning+ kortfristiga fordringar;;21 249;– 41 798;23 493;– 42 352",
        "Ökning-/minskning+ förråd och varulager;;136;50;0;0",
        "Ökning+/minskning- kortfristiga skulder;;31 654;71 225;27 994;70 604",
        "Kassaflöde från den löpande verksamheten;;203 209;156 005;160 987;109 711",
        "INVESTERINGSVERKSAMHETEN;29;;;;",
        "Pågående investeringar etc;;– 149 497;– 31 699;– 28 591;– 6 387",
        "Investering i immateriella anläggningstillgångar;;– 237;– 236;– 237;– 236",
        "Försäljning av immateriella anläggningstillgångar;;0;0;0;0",
        "Investering i materiella anläggningstillgångar;;– 81 503;– 93 350;– 80 193;– 93 350",
        "Försäljning av materiella anläggningstillgångar;;0;14;0;0",
        "Investering i finansiella anläggningstillgångar;;0;– 12 351;0;– 12 351",
        "Försäljning av finansiella anläggningstillgångar;;11 885;10 464;11 885;10 464",
        "Kassaflöde från investeringsverksamheten;;– 219 352;– 127 158;– 97 136;– 101 860",
        "kontroll investeringsnetto från not;;– 219 352;– 127 158;– 97 136;– 101 860",
        "FINANSIERINGSVERKSAMHETEN;30;;;;",
        "Nyupptagna lån;;50 000;0;0;0",
        "Minskning av långfristig upplåning;;– 250;– 250;0;0",
        "Ökning långfristiga fordringar;;– 380;0;0;0",
        "Minskning långfristiga fordringar;;0;0;0;0",
        "Minskning av avsättningar pga utbetalningar;;0;– 2 425;0;0",
        "Kassaflöde från finansieringsverksamheten;;49 370;– 2 675;0;0",
        "kontroll finansieringsvsh från not;;49 370;– 2 675;0;0",
        "Årets kassaflöde;;33 228;26 174;63 851;7 851",
    ),
    above=3,
    merged=((3, 2, 3), (3, 4, 5)),
    # 203 210 and 156 007 from the rows over them, one and two tkr off.
    published_rounding=(
        ("Kassaflöde från den löpande verksamheten", "KONCERNEN 2018"),
        ("Kassaflöde från den löpande verksamheten", "KONCERNEN 2017"),
    ),
    checked=(
        "Medel från verksamheten före förändring av rörelsekapital",
        "Kassaflöde från den löpande verksamheten",
        "Kassaflöde från investeringsverksamheten",
        "Kassaflöde från finansieringsverksamheten",
        "Årets kassaflöde",
    ),
    change=(
        "Investering i materiella anläggningstillgångar",
        "KOMMUNEN 2018",
        "– 80 913",
        "Kassaflöde från investeringsverksamheten",
    ),
)

NYNASHAMN_RR_2021 = Table(
    "nynashamn-rr-2021",
    "https://www.finansiellinfo.se/Nynashamn-2021/Resultatrakning.html",
    "tkr",
    (
        "Resultaträkning",
        "TKR;;KOMMUN;;KONCERN;",
        ";NOT;12/31/2021;12/31/2020;12/31/2021;12/31/2020",
        "Verksamhetens intäkter;2;408 653;444 112;587 780;619 255",
        "Verksamhetens kostnader;3;– 1 930 976;– 1 867 968;– 2 051 062;– 1 980 371",
        "Avskrivningar;5;– 87 453;– 75 659;– 126 273;– 114 701",
        "Verksamhetens nettokostnader;;– 1 609 776;– 1 499 514;– 1 589 554;– 1 475 816",
        "Skatteintäkter;6;1 336 927;1 263 926;1 336 927;1 263 926",
        "Generella statsbidrag och utjämning;7;382 928;343 654;382 928;343 654",
        "Verksamhetens resultat;;110 080;108 066;130 301;131 764",
        "Finansiella intäkter;8;4 271;3 678;4 288;3 755",
        "Finansiella kostnader;9;– 7 304;– 14 973;– 13 660;– 22 783",
        "Resultat efter finansiella poster;;107 046;96 770;120 929;112 735",
        "Extraordinära poster;;0;0;0;0",
        "Årets resultat;10;107 046;96 770;120 929;112 735",
    ),
    merged=((1, 2, 3), (1, 4, 5)),
    # A tkr off each: −1 499 515, −1 589 555, −1 475 817 and 110 079 from the rows over them.
    published_rounding=(
        ("Verksamhetens nettokostnader", "KOMMUN 12/31/2020"),
        ("Verksamhetens nettokostnader", "KONCERN 12/31/2021"),
        ("Verksamhetens nettokostnader", "KONCERN 12/31/2020"),
        ("Verksamhetens resultat", "KOMMUN 12/31/2021"),
    ),
    checked=(
        "Verksamhetens nettokostnader",
        "Verksamhetens resultat",
        "Resultat efter finansiella poster",
        "Årets resultat",
    ),
    change=("Skatteintäkter", "KOMMUN 12/31/2021", "1 363 927", "Verksamhetens resultat"),
)

SIXTH_TABLES = (
    HELSINGBORG_DRIFT_2016,
    HELSINGBORG_RR_KONCERN_2016,
    HELSINGBORG_NOT1_2016,
    NORRKOPING_INTAKTER_2022,
    NORRKOPING_KOSTNADER_2022,
    NORRKOPING_KOMMUNFULLMAKTIGE_2022,
    NYNASHAMN_KASSAFLODE_2018,
    NYNASHAMN_RR_2021,
)
