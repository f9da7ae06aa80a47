"""Five more real tables, of regioner and kommuner, each with a layout the other
real_budget_* files do not have:

- Region Västernorrland, resultatbudget 2021–2024 (Regionplan, 3.3 Resultatbudget), in
  miljoner kronor (said in a sentence above the table): one label twice, first for the
  nettokostnad before avskrivningar and then for the sum after them, and "-" for nothing.
  https://5dok.org/article/resultatbudget-liv-h%C3%A4lsa-h%C3%A5llbar-utveckling-v%C3%A4sternorrland-regionplan.zlgvm8gr
- Region Blekinge, resultatbudget 2023: one amount column whose header is the unit
  ("Miljoner kronor"); the page prints the finansnetto (40,0 − 276,2) as "Resultat efter
  finansiella poster", −236,2 where the rows give −212,9: a fel of the published table.
  https://regionblekinge.se/om-region-blekinge/styrning-och-mal/budget-2024-med-planer-2025-2026.html
- Vårgårda, investeringsredovisning 2023, mnkr: headings on two levels, a subtotal per block
  whose label names an amount ("Skattefinansierade inv obj <3 mnkr", "Investering >3 mkr"),
  Budget = Urspr budget + Om-budget across, Avvikelse = Budget − Utfall, and header words
  broken at a hyphen ("Av-\\nvikelse"; the stored copy prints them "Av-vikelse 2023").
  https://vargarda.se/kommun-och-demokrati/arsredovisning-2023---vargarda-kommun/
  ekonomisk-redovisning/investeringsredovisning.html (the skattefinansierade part: the
  avgiftsfinansierade part goes on beyond the stored excerpt)
- Burlöv, socialnämnden, förändring i driftbudget 2023 och flerårsplan 2024–2025, tkr:
  Intäkter + Kostnader = Verksamhetens nettokostnader, then a row labelled "Budget 2022"
  (a year, as a header would be) with the figures of three columns, headings ending in a colon,
  figures with and without their thousands space ("1507", "1 166").
  https://www.burlovinfo.se/budget-2023/socialnamnden-2023/
- A kommun's socialnämnd, internbudget 2011, "Netto, tkr": the total first ("TOTALT, DRIFT")
  and its parts under it, "-" for nothing, lower-case "plan 2012", and rows under a heading
  ("Specifikation av drift") that are no part of it, one of them a count of staff with three
  decimals ("459,267").
  https://5dok.org/article/socialn%C3%A4mnden-internbudget-och-verksamhetsplan.qo5ode47
  (the kommun is not named in the stored excerpt; its small capitals come out "TOTaLT,
  dRIFT" and "INVESTERINGaR", written in capitals here)
"""

from __future__ import annotations

from .real_budget_files import Table

VASTERNORRLAND_RESULTATBUDGET_2022 = Table(
    "vasternorrland-resultatbudget-2022",
    "https://5dok.org/article/resultatbudget-liv-h%C3%A4lsa-h%C3%A5llbar-utveckling-"
    "v%C3%A4sternorrland-regionplan.zlgvm8gr",
    "mnkr",
    (
        "3.3 Resultatbudget",
        "Belopp anges i miljoner kronor i löpande priser.",
        ";Bokslut\n2020;Budget\n2021;Budget\n2022;Plan\n2023;Plan 2024",
        "Verksamhetens externa nettokostnad;-7 796;-8 206;-8 537;-8 586;-8 803",
        "Avskrivningar;-221;-222;-228;-234;-241",
        "Verksamhetens externa nettokostnad;-8 017;-8 428;-8 765;-8 820;-9 044",
        "Skatteintäkter;6 036;6 133;6 384;6 539;6 688",
        "Generella statsbidrag och utjämning;2 196;2 319;2 406;2 319;2 382",
        "Verksamhetens resultat;215;24;25;38;26",
        "Finansiella intäkter;88;87;97;103;103",
        "Finansiella kostnader;-81;-52;-72;-91;-119",
        "Resultat efter finansiella poster;222;60;50;50;10",
        "Orealiserade kursförändringar;-14;-;0;0;0",
        "Årets resultat;208;60;50;50;10",
    ),
    above=2,
    checked=("Verksamhetens resultat", "Resultat efter finansiella poster", "Årets resultat"),
    published_rounding=(("Resultat efter finansiella poster", "Budget 2021"),),
    change=("Skatteintäkter", "Plan 2023", "6 593", "Verksamhetens resultat"),
)

BLEKINGE_RESULTATBUDGET_2023 = Table(
    "blekinge-resultatbudget-2023",
    "https://regionblekinge.se/om-region-blekinge/styrning-och-mal/"
    "budget-2024-med-planer-2025-2026.html",
    "mnkr",
    (
        "Tabellen visar resultatbudget för 2023.",
        "Resultatbudget;Miljoner kronor",
        "Verksamhetens intäkter;1 079,5",
        "Verksamhetens kostnader;-7 141,0",
        "Avskrivningar;-258,8",
        "Verksamhetens nettoresultat;-6 320,2",
        "Skatteintäkter;4 543,7",
        "Statsbidrag;1 799,8",
        "Verksamhetens resultat;23,3",
        "Finansiella intäkter;40,0",
        "Finansiella kostnader;-276,2",
        "Resultat efter finansiella poster;-236,2",
        "Resultat;-212,9",
    ),
    checked=("Verksamhetens nettoresultat", "Verksamhetens resultat"),
    published_errors=(("Resultat efter finansiella poster", "Miljoner kronor"),),
    published_rounding=(("Verksamhetens nettoresultat", "Miljoner kronor"),),
    change=("Skatteintäkter", "Miljoner kronor", "4 534,7", "Verksamhetens resultat"),
)

VARGARDA_INVESTERINGAR_2023 = Table(
    "vargarda-investeringar-2023",
    "https://vargarda.se/kommun-och-demokrati/arsredovisning-2023---vargarda-kommun/"
    "ekonomisk-redovisning/investeringsredovisning.html",
    "mnkr",
    (
        "Investeringsredovisning",
        "(mnkr);Urspr budget\n2023;Om-\nbudget År;Budget\n2023;Utfall\n2023;Av-\nvikelse 2023;"
        "Prognos okt 2023",
        "Skattefinansierade investeringsutgifter;;;;;;",
        "Investeringsobjekt <3 mnkr;;;;;;",
        "Inventarier;4,3;4,2;8,5;4,0;4,5;5,9",
        "Reinvestering;4,0;1,0;5,0;0,0;5,0;5,0",
        "Underhåll;14,9;1,9;16,8;15,2;1,6;16,6",
        "Lokalanpassningar;2,7;0,8;3,5;6,1;-2,7;3,5",
        "Utredning GC-bro Kyllingsån;0,0;0,3;0,3;0,1;0,2;0,1",
        "Tekniska Installationer;3,0;0,0;3,0;0,4;2,6;3,5",
        "Skattefinansierade inv obj <3 mnkr;28,8;8,2;37,0;25,7;11,2;34,5",
        "Investeringsobjekt >3 mnkr;;;;;;",
        "Inventarier nytt äldreboende;0,0;0,0;0,0;0,5;-0,5;0,0",
        "Nytt äldreboende;2,5;2,4;4,9;3,4;1,6;2,9",
        "Om- & Tillbyggn Fridhem;0,0;0,5;0,5;2,9;-2,4;2,9",
        "Utökning platser Vårgården;0,0;7,9;7,9;6,7;1,2;6,7",
        "Musikskola Kulturen;0,0;13,3;13,3;12,3;1,0;10,0",
        "Förskola Centrum;0,0;76,7;76,7;41,9;34,9;45,0",
        "Ventilation Sundler;0,0;6,0;6,0;0,5;5,4;0,5",
        "Förskola Hol;0,5;-0,5;0,0;0,5;-0,5;0,5",
        "Ombyggn Fridhem mottagnkök;1,0;0,2;1,2;0,4;0,8;0,7",
        "Ny idrottshall tätorten;0,5;0,0;0,5;0,0;0,5;0,3",
        "Ombyggn Asklanda mottagnkök;0,0;0,0;0,0;0,3;-0,3;0,0",
        "Sporthall återinvestering;0,0;2,2;2,2;1,6;0,7;1,5",
        "Investering >3 mkr;4,5;108,7;113,2;71,0;42,2;70,9",
    ),
    checked=("Skattefinansierade inv obj <3 mnkr", "Investering >3 mkr"),
    # Tenths rounded: 4,3 + 4,0 + 14,9 + 2,7 + 0,0 + 3,0 = 28,9, printed 28,8; and so on.
    published_rounding=(
        ("Skattefinansierade inv obj <3 mnkr", "Urspr budget 2023"),
        ("Skattefinansierade inv obj <3 mnkr", "Budget 2023"),
        ("Skattefinansierade inv obj <3 mnkr", "Utfall 2023"),
        ("Skattefinansierade inv obj <3 mnkr", "Prognos okt 2023"),
        ("Investering >3 mkr", "Avvikelse 2023"),
        ("Investering >3 mkr", "Prognos okt 2023"),
    ),
    change=("Musikskola Kulturen", "Ombudget År", "31,3", "Investering >3 mkr"),
    # Budget 2023 = Urspr budget 2023 + Ombudget År on every row: the changed Om-budget no
    # longer gives the row's Budget (core/budget_adjusted.py).
    change_also=(("Musikskola Kulturen", "Budget 2023"),),
)

BURLOV_SOCIALNAMNDEN_2023 = Table(
    "burlov-socialnamnden-2023",
    "https://www.burlovinfo.se/budget-2023/socialnamnden-2023/",
    "tkr",
    (
        "Förändring i driftbudget 2023 och flerårsplan 2024-2025 jämfört med 2022",
        "Beslutad ram (tkr);Bokslut 2021;Prognos 2022;Budget 2023;Plan 2024;Plan 2025",
        "Intäkter;190 057;56 048;56 470;56 470;56 470",
        "Kostnader;-544 534;-413 927;-409 198;-411 851;-413 454",
        "Verksamhetens nettokostnader;-354 477;-357 879;-352 728;-355 381;-356 984",
        ";;;;;",
        "Budget 2022;;;-353 075;-353 075;-353 075",
        ";;;;;",
        "Förändringar mot 2022:;;;;;",
        "Resursfördelning:;;;;;",
        "Vård och Äldreomsorg - yngre;;;1507;1 166;23",
        "Vård och Äldreomsorg - äldre;;;-1 656;-3 968;-6 728",
        "LSS enligt resursfördelning;;;1 796;1 796;1796",
        "Återbetalning: Våld i nära relationer;;;1 000;1 000;1 000",
        "Tillfälliga utökningar:;;;;;",
        "Arbetsmarknadsåtgärder;;;-1 300;-1 300;",
        "Våld i nära relationer;;;-1 000;-1 000;",
    ),
    checked=("Verksamhetens nettokostnader",),
    change=("Kostnader", "Plan 2024", "-411 581", "Verksamhetens nettokostnader"),
)

SOCIALNAMND_INTERNBUDGET_2011 = Table(
    "socialnamnd-internbudget-2011",
    "https://5dok.org/article/socialn%C3%A4mnden-internbudget-och-verksamhetsplan.qo5ode47",
    "tkr",
    (
        "Socialnämnden, budget",
        "Netto, tkr;Bokslut 2009;Budget 2010;Budget 2011;plan 2012;plan 2013",
        "TOTALT, DRIFT;227 608;242 876;248 528;256 220;262 494",
        "Oförutsett;-;4 830;4 971;5 124;5 250",
        "Nämnden;217;226;226;226;226",
        "Gemensamma kostnader;11 040;12 354;14 586;15 199;15 925",
        "IFO/OF exklusive LSS;28 067;27 316;28 541;29 033;29 616",
        "Äldreomsorg;155 171;160 435;159 210;163 689;169 128",
        "LSS;33 113;37 715;40 993;42 949;42 349",
        "Specifikation av drift;;;;;",
        "Personalkostnad;198 256;206 776;206 614;212 299;219 035",
        "Antal årsarbetare;457,21;469,21;459,267;459,67;459,67",
        "Kapitaltjänstkostnader;1 394;1 406;1 426;1 426;1 426",
        "INVESTERINGAR;649;2 867;1 200;1 200;1 200",
    ),
    checked=("TOTALT, DRIFT",),
    published_rounding=(("TOTALT, DRIFT", "Budget 2011"),),
    change=("Äldreomsorg", "Budget 2010", "160 453", "TOTALT, DRIFT"),
)

FOURTH_TABLES = (
    VASTERNORRLAND_RESULTATBUDGET_2022,
    BLEKINGE_RESULTATBUDGET_2023,
    VARGARDA_INVESTERINGAR_2023,
    BURLOV_SOCIALNAMNDEN_2023,
    SOCIALNAMND_INTERNBUDGET_2011,
)
