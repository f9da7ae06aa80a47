"""Three more real tables, of kommuner not in the other real_budget_* files, each with a layout
they do not have. The figures are transcribed from the text of the web pages named (the
search tool's stored copy); where the text does not show a cell, the note says what was
inferred and from what.

- Kramfors, balansräkning 2018 (årsredovisningen), "Löpande prisnivå, mnkr": two Not
  columns, one for KOMMUNEN and one for KONCERNEN, labels that begin with a dash
  ("– Mark, byggnader och tekniska anläggningar"), a row filled for the koncern only
  (Minoritetsintresse 0,0 0,0), rows under "Poster inom linjen" that no sum adds, and many
  sums a tenth off from rounding.
  https://finansiellinfo.se/Kramfors_2018/balansrakning.html
  (KOMMUNEN and KONCERNEN are written here as merged cells over each part's two years; the
  heading "EGET KAPITAL, AVSÄTTNINGAR OCH SKULD" is as the page prints it)
- Lerum, balansräkning 2023 (årsredovisningen), miljoner kronor: "varav" rows inside the
  blocks (in lower and in upper case) that are parts of the row above them, not more of
  the block, a figure of four digits after a note of one ("Materiella anläggningstillgångar
  3 307,7" beside "Finansiella anläggningstillgångar 13 281,2": note 13 and 281,2), and a
  published fel: SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER for Koncern 2022 is printed
  4 959,4, where its parts (1 578,1 + 1 068,2 + 2 524,9) and SUMMA TILLGÅNGAR give 5 171,1.
  https://finansiellinfo.se/Lerum/Arsredovisning-2023/Balansrakning.html
  (cut before PANTER OCH ANSVARSFÖRBINDELSER, which goes on beyond the stored excerpt)
- Kungsbacka, resultaträkning 2014 (årsredovisningen), miljoner kronor: Kommunen over
  Budget 2014, Utfall 2013 and Utfall 2014, Koncernen over its two Utfall years, and two
  rows with fewer figures than columns. "Jämförelsestörande kostnader 3 -147 -147 0": the
  sums place −147 under both Utfall 2013 and 0 under Koncernen Utfall 2014 (Kommunen's
  Budget and Utfall 2014 add up without it). "Uppskjuten skatt 0 0 -1 -2": −1 and −2 are
  Koncernen's (104 = 105 − 1, 161 = 163 − 2); which of Kommunen's three columns the two 0
  stand in the text does not show, and nothing adds up differently: here under Kommunen's
  Utfall years, Budget 2014 empty (an inference, not what the page shows).
  http://arsredovisningkba.se/2014/ekonomisk-redovisning/finansiella-rapporter/
  resultatrakning-3/ (Kungsbacka kommun's annual report site)
"""

from __future__ import annotations

from .real_budget_files import Table

KRAMFORS_BALANS_2018 = Table(
    "kramfors-balans-2018",
    "https://finansiellinfo.se/Kramfors_2018/balansrakning.html",
    "mnkr",
    (
        "Balansräkning",
        "Löpande prisnivå, mnkr;;KOMMUNEN;;;KONCERNEN;",
        ";Not;2018;2017;Not;2018;2017",
        "TILLGÅNGAR;;;;;;",
        "Anläggningstillgångar;;;;;;",
        "– Goodwill med flera immateriella tillgångar;;;;;;",
        "– Mark, byggnader och tekniska anläggningar;13;543,2;521,2;8;1 480,0;1 444,8",
        "– Maskiner och inventarier;14;29,8;30,7;9;92,5;76,4",
        "– Konst;15;3,3;3,2;;3,3;3,2",
        "– Finansiella anläggningstillgångar;16;79,9;79,8;;21,9;30,3",
        "Summa anläggningstillgångar;;656,1;634,9;;1 597,7;1 554,7",
        "Omsättningstillgångar;;;;;;",
        "– Förråd, exploateringsfast;17;4,4;5,1;;4,4;5,1",
        "– Kortfristiga fordringar;18;124,2;117,5;10;131,0;106,9",
        "– Kassa och bank;19;153,2;161,8;11;153,4;161,9",
        "Summa omsättningstillgångar;;281,9;284,4;;288,8;273,9",
        "Summa tillgångar;;938,0;919,3;;1 886,5;1 828,6",
        "EGET KAPITAL, AVSÄTTNINGAR OCH SKULD;;;;;;",
        "Eget kapital;;;;;;",
        "– Eget kapital;;380,3;348,7;;444,4;407,0",
        "– Nedskrivning eget kapital, komponentavskrivning;;0,0;0,0;;– 4,6;0,5",
        "– Årets resultat;;– 52,0;31,7;;– 53,7;36,7",
        "Summa eget kapital;20;328,4;380,3;12;386,1;444,1",
        "Minoritetsintresse;;;;;0,0;0,0",
        "Avsättningar;;;;;;",
        "– Avsättningar för pensioner och förpliktelser;21;87,7;73,8;13;99,2;85,3",
        "– Andra avsättningar;22;55,5;40,6;14;62,8;43,9",
        "Summa avsättningar;;143,2;114,4;;162,0;129,2",
        "Skulder;;;;;;",
        "– Långfristiga skulder;23;166,9;132,4;15;1 036,2;944,6",
        "– Kortfristiga skulder;24;299,6;292,1;16;302,2;310,7",
        "Summa skulder;;466,4;424,5;;1 338,4;1 255,3",
        "Summa eget kapital, avsättningar och skulder;;938,0;919,3;;1 886,5;1 828,6",
        "Poster inom linjen;;;;;;",
        "Pensionsåtaganden före 1998;;533,6;601,0;;533,6;601,0",
        "Insatt i pensionsstiftelse inklusive löneskatt på detta;;149,0;149,0;;149,0;149,0",
        "Borgensåtaganden;25;909,7;862,1;;0,6;0,8",
    ),
    merged=((1, 2, 3), (1, 5, 6)),
    checked=(
        "Summa anläggningstillgångar",
        "Summa omsättningstillgångar",
        "Summa eget kapital",
        "Summa avsättningar",
        "Summa skulder",
    ),
    # A tenth off, each: 543,2 + 29,8 + 3,3 + 79,9 = 656,2, printed 656,1; and so on.
    published_rounding=(
        ("Summa anläggningstillgångar", "KOMMUNEN 2018"),
        ("Summa omsättningstillgångar", "KOMMUNEN 2018"),
        ("Summa eget kapital", "KOMMUNEN 2018"),
        ("Summa eget kapital", "KOMMUNEN 2017"),
        ("Summa eget kapital", "KONCERNEN 2017"),
        ("Summa skulder", "KOMMUNEN 2018"),
    ),
    # Summa eget kapital, avsättningar och skulder for KOMMUNEN 2017, 919,3, is its parts
    # exactly (348,7 + 0,0 + 31,7 + 73,8 + 40,6 + 132,4 + 292,1); the Summa rows as printed
    # give 919,2, the tenth Summa eget kapital already lost: no second finding for it.
    change=("– Kortfristiga fordringar", "KONCERNEN 2018", "113,0", "Summa omsättningstillgångar"),
)

LERUM_BALANS_2023 = Table(
    "lerum-balans-2023",
    "https://finansiellinfo.se/Lerum/Arsredovisning-2023/Balansrakning.html",
    "mnkr",
    (
        "Balansräkning",
        "Miljoner kronor;Not;Kommun 2022;Kommun 2023;Koncern 2022;Koncern 2023",
        "TILLGÅNGAR;;;;;",
        "Anläggningstillgångar;;;;;",
        "Immateriella anläggningstillgångar;11;0,1;0,0;0,1;0,0",
        "Materiella anläggningstillgångar;;3 307,7;4 133,0;4 286,0;4 593,7",
        "varav mark, byggnader och tekniska anläggningar;12, 25;3 237,3;4 010,8;4 203,5;4 472,1",
        "varav maskiner och inventarier;13, 25;70,4;122,3;82,5;121,6",
        "Finansiella anläggningstillgångar;13;281,2;272,4;70,8;70,8",
        "Summa anläggningstillgångar;;3 589,0;4 405,4;4 356,9;4 664,5",
        "Omsättningstillgångar;;;;;",
        "Förråd och exploatering;15;2,1;4,9;7,4;13,7",
        "Fordringar;16;405,2;405,3;404,5;417,6",
        "Kortfristiga placeringar;17;278,3;308,1;278,3;308,1",
        "Kassa och bank;18;109,3;74,1;124,0;87,3",
        "Summa omsättningstillgångar;;795,0;792,4;814,2;826,7",
        "SUMMA TILLGÅNGAR;;4 383,9;5 197,9;5 171,1;5 491,2",
        "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER;;;;;",
        "Eget kapital;19;;;;",
        "Årets resultat;;87,6;62,2;118,4;91,5",
        "Varav resultatutjämningsreserv;;45,5;5,1;45,5;5,1",
        "Övrigt eget kapital;;1 203,2;1 290,8;1 459,7;1 572,6",
        "Summa eget kapital;;1 290,8;1 353,0;1 578,1;1 664,1",
        "Avsättningar;;;;;",
        "Avsättningar för pensioner och liknande förpliktelser;20;858,3;927,1;858,3;927,1",
        "varav pensioner intjänade från och med 1998;;222,9;288,9;222,9;288,9",
        "varav pensioner intjänade före 1998;;635,4;638,2;635,4;638,2",
        "Övriga avsättningar;21;129,8;163,6;209,9;250,4",
        "Summa avsättningar;;988,1;1 090,7;1 068,2;1 177,5",
        "Skulder;;;;;",
        "Långfristiga skulder;22;1 171,3;1 837,5;1 381,4;1 509,3",
        "Kortfristiga skulder;23;933,7;916,7;1 143,6;1 140,3",
        "Summa skulder;;2 105,0;2 754,2;2 524,9;2 649,6",
        "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER;;4 383,9;5 197,9;4 959,4;5 491,2",
    ),
    checked=(
        "Summa anläggningstillgångar",
        "Summa omsättningstillgångar",
        "Summa eget kapital",
        "Summa avsättningar",
        "Summa skulder",
    ),
    published_errors=(("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "Koncern 2022"),),
    # 2,1 + 405,2 + 278,3 + 109,3 = 794,9, printed 795,0; and so on. SUMMA TILLGÅNGAR for
    # Kommun 2022, 4 383,9, is its rows exactly (the Summa rows as printed give 4 384,0):
    # the tenth is Summa omsättningstillgångar's, found there.
    published_rounding=(
        ("Summa omsättningstillgångar", "Kommun 2022"),
        ("SUMMA TILLGÅNGAR", "Kommun 2023"),
        ("Summa skulder", "Koncern 2022"),
    ),
    change=("Fordringar", "Kommun 2023", "450,3", "Summa omsättningstillgångar"),
)

KUNGSBACKA_RR_2014 = Table(
    "kungsbacka-rr-2014",
    "http://arsredovisningkba.se/2014/ekonomisk-redovisning/finansiella-rapporter/"
    "resultatrakning-3/",
    "mnkr",
    (
        "Resultaträkning",
        "Miljoner kronor;;Kommunen;;;Koncernen;",
        ";Not;Budget 2014;Utfall 2013;Utfall 2014;Utfall 2013;Utfall 2014",
        "Verksamhetens intäkter;1;805;733;790;921;983",
        "Jämförelsestörande intäkter;3;0;149;55;153;56",
        "Verksamhetens kostnader;2;-4 412;-4 203;-4 314;-4 264;-4 374",
        "Avskrivningar;4;-231;-199;-229;-241;-293",
        "Jämförelsestörande nedskrivningar mm;3;0;-18;0;-18;0",
        "Verksamhetens nettokostnader;;-3 838;-3 538;-3 698;-3 449;-3 628",
        "Kommunalskatt;5;3 721;3 609;3 723;3 609;3 723",
        "Generella statsbidrag och utjämning;6;168;201;169;201;169",
        "Finansiella intäkter;7;15;10;18;10;17",
        "Finansiella kostnader;8;-53;-39;-33;-119;-118",
        "Jämförelsestörande kostnader;3;;-147;;-147;0",
        "Resultat efter skatteintäkter och finansnetto;;13;96;179;105;163",
        "Uppskjuten skatt;;;0;0;-1;-2",
        "Årets resultat;;13;96;179;104;161",
    ),
    merged=((1, 2, 4), (1, 5, 6)),
    checked=(
        "Verksamhetens nettokostnader",
        "Resultat efter skatteintäkter och finansnetto",
        "Årets resultat",
    ),
    change=(
        "Kommunalskatt",
        "Kommunen Utfall 2014",
        "3 732",
        "Resultat efter skatteintäkter och finansnetto",
    ),
)

FIFTH_TABLES = (KRAMFORS_BALANS_2018, LERUM_BALANS_2023, KUNGSBACKA_RR_2014)
