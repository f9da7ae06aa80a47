"""Kassaflöde and balans tables as kommuner published them, real figures, each with a layout
the other real_budget_* files do not have:

- Värmdö, kassaflöde 2019 (årsredovisningen), tkr: the unit alone in the label column's
  header ("Tkr"), a Not column filled on one row, headings inside the table ("Den löpande
  verksamheten", "Förändring i rörelsekapital"), an empty cell where a year has nothing, and a
  block result that adds its own block only: "Kassaflöde från den löpande verksamheten" is the
  sum of the three changes in rörelsekapital, not of "Medel från verksamheten" above them;
  "Total kassaflöde" adds the four results, and "Förändring i kassa enligt BR" repeats it.
  http://arsredovisning.varmdo.se/2019/ekonomisk-sammanstallning/kassaflode/
  (the label "Medel från verksamheten före\\nförändring av rörelsekapital" is one line here)
- Luleå, kassaflödesanalys 2018 (årsredovisningen), "Belopp, mkr": a header over two lines
  (Kommunen and Kommunkoncernen over 2018 and 2017), the headings in capitals, labels that
  begin "+/-", a Not cell with two notes ("10, 22"), a minus sign apart ("- 1 072") and the
  usual block result: "Kassaflöde från den löpande verksamheten" is "Medel från
  verksamheten" plus the changes under it.
  https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/
  arsredovisning-2018/finansiella-rapporter/kassaflodesanalys.html
  (cut after ÅRETS KASSAFLÖDE: the likvida medel rows under it lie partly beyond the stored
  excerpt; labels the page breaks over two lines are one line here)
- Ängelholm, balansräkning 2021 (årsredovisningen), mnkr: Kommunkoncernen and Kommunen over
  2021 and 2020, headings on two levels ("TILLGÅNGAR", "Anläggningstillgångar", "Materiella
  anläggningstillgångar"), a heading carrying its notes ("Eget kapital" 22,23), "-" for
  nothing, a row filled for Kommunen only, and many sums a tenth off from rounding.
  https://www.engelholm.se/kommun-och-politik/resultat-och-kvalitet/arsredovisning/
  arsredovisning-2021/finansiella-rapporter/balansrakning.html
"""

from __future__ import annotations

from .real_budget_files import Table

VARMDO_KASSAFLODE_2019 = Table(
    "varmdo-kassaflode-2019",
    "http://arsredovisning.varmdo.se/2019/ekonomisk-sammanstallning/kassaflode/",
    "tkr",
    (
        "Kassaflöde",
        "Tkr;Not;Kommunen 2019;Kommunen 2018;Koncernen 2019;Koncernen 2018",
        "Den löpande verksamheten;;;;;",
        "Årets resultat;;94 133;-6 019;98 778;4 611",
        "Justeringar för ej likviditetspåverkande poster;26;128 342;215 482;147 747;232 371",
        "Medel från verksamheten före förändring av rörelsekapital;;222 475;209 463;246 525;"
        "236 982",
        "Förändring i rörelsekapital;;;;;",
        "Förändring av fordringar;;-77 525;10 072;-77 604;9 798",
        "Förändring av lager och exploateringsfastigheter;;-3 764;-3 484;-3 712;-3 488",
        "Förändring av skulder;;-33 771;59 248;-34 036;53 412",
        "Kassaflöde från den löpande verksamheten;;-115 060;65 836;-115 352;59 722",
        "Investeringsverksamheten;;;;;",
        "Förvärv immateriella och materiella anläggningstillgångar;;-494 931;-634 986;"
        "-565 702;-725 331",
        "Omrubricering av materiella anläggningstillgångar;;-2 330;;-2 330;2 288",
        "Försäljningsinkomster och bidrag materiella anläggningstillgångar;;22 085;1 329;"
        "22 650;1 331",
        "Kassaflöde från investeringsverksamheten;;-475 176;-633 657;-545 382;-721 712",
        "Finansieringsverksamheten;;;;;",
        "Förändring av långfristig utlåning;;6 465;6 229;-19;-226",
        "Förändring av nettolåneskuld;;401 134;276 385;423 163;362 941",
        "Kassaflöde från finansieringsverksamheten;;407 599;282 614;423 144;362 715",
        "Total kassaflöde;;39 838;-75 744;8 935;-62 293",
        "Likvida medel vid årets början;;10 544;86 288;87 296;149 589",
        "Likvida medel vid årets slut;;50 382;10 544;96 231;87 296",
        "Förändring i kassa enligt BR;;39 838;-75 744;8 935;-62 293",
    ),
    checked=(
        "Medel från verksamheten före förändring av rörelsekapital",
        "Kassaflöde från den löpande verksamheten",
        "Kassaflöde från investeringsverksamheten",
        "Kassaflöde från finansieringsverksamheten",
    ),
    change=(
        "Förändring av skulder",
        "Koncernen 2018",
        "35 412",
        "Kassaflöde från den löpande verksamheten",
    ),
)

LULEA_KASSAFLODE_2018 = Table(
    "lulea-kassaflode-2018",
    "https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/"
    "arsredovisning-2018/finansiella-rapporter/kassaflodesanalys.html",
    "mnkr",
    (
        "Kassaflödesanalys",
        "Belopp, mkr;Not;Kommunen;;Kommunkoncernen;",
        ";;2018;2017;2018;2017",
        "DEN LÖPANDE VERKSAMHETEN;;;;;",
        "Årets resultat;16;79;462;181;186",
        "Justering för avskrivningar;3;373;320;599;542",
        "Justering för förändring avsatt till pensioner;17;22;20;96;68",
        "Justering för resultatpåverkande förändringar övriga avsättningar;17;4;-5;61;-15",
        "Justering för övriga ej likviditetspåverkande poster som ingår i årets resultat;23;"
        "-39;-12;-62;-13",
        "Poster som bokförts direkt mot eget kapital;16;0;0;50;0",
        "Medel från verksamheten före förändring av rörelsekapital;;439;784;925;768",
        "+/- Minskning/ökning förråd m.m;13;0;0;-6;1",
        "+/- Minskning/ökning kortfristiga fordringar;14;-16;0;85;31",
        "+/- Minskning/ökning långfristiga fordringar;12;0;0;0;393",
        "+/- Ökning/minskning övriga kortfristiga skulder;19;-227;-110;-418;70",
        "Kassaflöde från den löpande verksamheten;;196;674;586;1 263",
        "INVESTERINGSVERKSAMHETEN;;;;;",
        "Investering i immateriella anläggningstillgångar;9;0;0;0;0",
        "Försäljning av immateriella anläggningstillgångar;9;0;0;0;0",
        "Investering i materiella anläggningstillgångar;10, 22;-679;-763;- 1 072;-1 298",
        "Försäljning av materiella anläggningstillgångar;10;39;120;40;121",
        "Investering i finansiella anläggningstillgångar;;0;0;0;-2",
        "Försäljning av finansiella anläggningstillgångar;;0;0;0;0",
        "Debiterade anslutningsavgifter/investeringsbidrag;10;44;18;44;18",
        "Kassaflöde från investeringsverksamheten;;-596;-624;-987;-1 161",
        "FINANSIERINGSVERKSAMHETEN;;;;;",
        "Nyupptagna lån;18;400;0;400;0",
        "Amortering av skuld och övriga avsättningar;18;0;-50;0;-565",
        "Kassaflöde från finansieringsverksamheten;;400;-50;400;-565",
        "ÅRETS KASSAFLÖDE;;0;0;-2;-463",
    ),
    merged=((1, 2, 3), (1, 4, 5)),
    checked=(
        "Medel från verksamheten före förändring av rörelsekapital",
        "Kassaflöde från den löpande verksamheten",
        "Kassaflöde från investeringsverksamheten",
        "Kassaflöde från finansieringsverksamheten",
    ),
    # Whole mnkr: 462 + 320 + 20 − 5 − 12 = 785, printed 784; −763 + 120 + 18 = −625,
    # printed −624; −1 072 + 40 + 44 = −988, printed −987.
    published_rounding=(
        ("Medel från verksamheten före förändring av rörelsekapital", "Kommunen 2017"),
        ("Kassaflöde från investeringsverksamheten", "Kommunen 2017"),
        ("Kassaflöde från investeringsverksamheten", "Kommunkoncernen 2018"),
    ),
    change=(
        "Justering för avskrivningar",
        "Kommunen 2017",
        "302",
        "Medel från verksamheten före förändring av rörelsekapital",
    ),
)

ANGELHOLM_BALANS_2021 = Table(
    "angelholm-balans-2021",
    "https://www.engelholm.se/kommun-och-politik/resultat-och-kvalitet/arsredovisning/"
    "arsredovisning-2021/finansiella-rapporter/balansrakning.html",
    "mnkr",
    (
        "Balansräkning",
        "mnkr;Not;Kommunkoncernen;;Kommunen;",
        ";;2021;2020;2021;2020",
        "TILLGÅNGAR;;;;;",
        "Anläggningstillgångar;;;;;",
        "Immateriella anläggningstillgångar;12;5,6;5,9;5,6;5,9",
        "Materiella anläggningstillgångar;;;;;",
        "Mark, byggnader och tekniska anläggningar;13;6 859,9;5 814,3;3 759,1;1 851,4",
        "Maskiner och inventarier;14;135,6;126,7;117,8;109,0",
        "Finansiella anläggningstillgångar;;;;;",
        "Aktier, andelar och bostadsrätter;15;46,3;47,5;661,8;666,7",
        "Långfristiga fordringar;16;64,5;47,3;465,9;465,9",
        "Summa anläggningstillgångar;;7 111,8;6 041,7;5 010,2;3 098,9",
        "Bidrag till statlig infrastruktur;17;24,4;25,6;24,4;25,6",
        "Omsättningstillgångar;;;;;",
        "Förråd m.m;18;18,6;21,4;17,4;19,7",
        "Fordringar;19;405,9;362,7;388,5;329,4",
        "Kortfristiga placeringar;20;151,7;119,4;151,7;119,4",
        "Kassa och bank;21;444,6;336,1;172,7;185,9",
        "Summa omsättningstillgångar;;1 020,9;839,5;730,3;654,3",
        "SUMMA TILLGÅNGAR;;8 157,1;6 906,8;5 764,8;3 778,9",
        "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER;;;;;",
        "Eget kapital;22,23;;;;",
        "Årets resultat;;225,4;133,9;198,3;129,5",
        "Resultatutjämningsreserv;;;;173,4;73,4",
        "Övrigt eget kapital;;2 063,9;1 926,0;1 912,3;1 882,9",
        "Summa eget kapital;;2 289,3;2 059,9;2 284,0;2 085,8",
        "AVSÄTTNINGAR;24;;;;",
        "Avsättningar för pensioner och liknade förpliktelser;;30,6;31,0;30,6;31,0",
        "Andra avsättningar;;28,3;18,7;-;-",
        "Summa avsättningar;;58,9;49,7;30,6;31,0",
        "SKULDER;;;;;",
        "Långfristiga skulder;25,26;5 020,6;3 989,0;2 828,4;1 015,9",
        "Kortfristiga skulder;27;788,2;808,3;621,9;646,2",
        "Summa skulder;;5 808,8;4 797,2;3 450,2;1 662,2",
        "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER;;8 157,1;6 906,8;5 764,8;3 778,9",
    ),
    merged=((1, 2, 3), (1, 4, 5)),
    checked=(
        "Summa anläggningstillgångar",
        "Summa omsättningstillgångar",
        "Summa eget kapital",
        "Summa avsättningar",
        "Summa skulder",
    ),
    # A tenth off, each of them: 5,6 + 6 859,9 + 135,6 + 46,3 + 64,5 = 7 111,9, printed
    # 7 111,8; and so on.
    published_rounding=(
        ("Summa anläggningstillgångar", "Kommunkoncernen 2021"),
        ("Summa omsättningstillgångar", "Kommunkoncernen 2021"),
        ("Summa omsättningstillgångar", "Kommunkoncernen 2020"),
        ("Summa omsättningstillgångar", "Kommunen 2020"),
        ("SUMMA TILLGÅNGAR", "Kommunen 2021"),
        ("Summa skulder", "Kommunkoncernen 2020"),
        ("Summa skulder", "Kommunen 2021"),
        ("Summa skulder", "Kommunen 2020"),
        ("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "Kommunkoncernen 2021"),
    ),
    change=("Fordringar", "Kommunen 2021", "398,5", "Summa omsättningstillgångar"),
)

FLOW_TABLES = (VARMDO_KASSAFLODE_2019, LULEA_KASSAFLODE_2018, ANGELHOLM_BALANS_2021)
