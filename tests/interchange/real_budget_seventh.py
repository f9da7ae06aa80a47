"""Real tables of round seven: Kungsbacka kommun's delårsrapporter per 31 augusti 2024, of
four organs (kommunstyrelsen, nämnden för teknik, förskola & grundskola, vård & omsorg), from
the pool moggleif/kommunhandlingar (the handlingar converted from PDF, each table also as CSV
under handlingar.tabeller/; the path of each is in its `source`). The figures are the pool's;
every sum was added up here (the note of each table says where the printed sum is a tenth off).

Kungsbacka's layout: the unit in the label column's header ("Miljoner kronor"), the years under
their word in the header ("Bokslut\\n2023"), a Budgetavvikelse that is Prognos − Budget and an
Avvikelse delår that is Delår 2024 − Delår 2023 on every row, and the sum row last, named
"Periodens resultat" or "Totalt" (never "Summa"). The prognosis tables name the period in words
("Helårsprognos delår 1 (mkr)"). The lines are as a secretary pastes the table: the pool's own
CSV puts a table's first row into the header cells under the headings (FG's "Nämnd o styrelse"
and Teknik's "Drift Skattefinansierad verksamhet"), which is the converter's, not the PDF's; the
row stands here as the first body row, and test_budget_real_seventh.py reads the pool's form.
"""

from __future__ import annotations

from .real_budget_files import Table

_POOL = "https://github.com/moggleif/kommunhandlingar/blob/main/data/kungsbacka/"
_DELAR = "Miljoner kronor;Bokslut\n2023;Budget\n2024;Prognos\n2024;Budget-\navvikelse;" + (
    "Delår\n2023;Delår\n2024;Avvikelse\ndelår"
)

# KS 2024-09-24, handlingar p. 22: the sum of the rows is −285,4, −196,3 and −180,8 where
# −285,3, −196,2 and −180,7 are printed, and Periodens resultat's Budgetavvikelse is 14,2
# where −271,2 − (−285,3) is 14,1: the printed rows are rounded from öre.
KUNGSBACKA_KS_DELAR_2024 = Table(
    "kungsbacka-ks-delar-2024",
    _POOL + "ks/2024/2024-09-24/handlingar.tabeller/22-1.csv",
    "mnkr",
    (
        "Kommunstyrelsen, driftredovisning delår 2024",
        _DELAR,
        "Politik;-10,1;-10,6;-10,6;0,0;-7,7;-8,1;-0,4",
        "Kommungemensamt;-144,4;-138,8;-132,6;6,2;-102,7;-90,8;11,9",
        "Kommunstyrelsens förvaltning;-10,5;-11,7;-10,6;1,1;-7,1;-6,6;0,5",
        "Kommunledningskontoret;-75,2;-78,3;-77,6;0,7;-48,2;-51,4;-3,2",
        "Samhällsbyggnadskontoret;-45,5;-46,0;-39,8;6,2;-30,6;-23,9;6,7",
        "Periodens resultat;-285,7;-285,3;-271,2;14,2;-196,2;-180,7;15,5",
    ),
    checked=("Periodens resultat",),
    published_rounding=(
        ("Periodens resultat", "Budget 2024"),
        ("Periodens resultat", "Delår 2023"),
        ("Periodens resultat", "Delår 2024"),
    ),
    change=("Kommunledningskontoret", "Prognos 2024", "-71,6", "Periodens resultat"),
    change_also=(("Kommunledningskontoret", "Budgetavvikelse"),),
)

# Teknik 2024-09-25, handlingar p. 19: every sum exact.
KUNGSBACKA_TEKNIK_DELAR_2024 = Table(
    "kungsbacka-teknik-delar-2024",
    _POOL + "teknik/2024/2024-09-25/handlingar.tabeller/19-1.csv",
    "mnkr",
    (
        "Nämnden för Teknik, resultat delår 2024",
        _DELAR,
        "Drift Skattefinansierad verksamhet;-227,1;-246,4;-245,4;1,0;-157,4;-167,9;-10,5",
        "Drift Vatten och Avlopp;-8,1;-0,7;-9,7;-9,0;2,8;-7,4;-10,2",
        "Drift Avfall och Återvinning;-5,9;-1,3;2,0;3,3;-2,4;1,8;4,2",
        "Drift Kungsbacka Bredbandsnät;-1,3;0,9;0;-0,9;-2,2;-1,3;0,9",
        "Periodens resultat;-242,4;-247,5;-253,1;-5,6;-159,2;-174,8;-15,6",
    ),
    checked=("Periodens resultat",),
    change=("Drift Vatten och Avlopp", "Delår 2023", "2,3", "Periodens resultat"),
    change_also=(("Drift Vatten och Avlopp", "Avvikelse delår"),),
)

# Teknik 2024-09-25, handlingar p. 20: the change of the year's prognosis between the two
# delårsrapporter, the periods in words in the headers, the unit in each header.
KUNGSBACKA_TEKNIK_PROGNOS_2024 = Table(
    "kungsbacka-teknik-prognos-2024",
    _POOL + "teknik/2024/2024-09-25/handlingar.tabeller/20-1.csv",
    "mnkr",
    (
        "Förändring av helårsprognos",
        "Nämnd/förvaltning;Helårsprognos delår 1\n(mkr);Helårsprognos delår 2\n(mkr);"
        "Förändring prognos\n(mkr)",
        "Drift Skattefinansierad verksamhet;-1,0;1,0;2,0",
        "Drift Vatten och avlopp;-9,7;-9,7;0,0",
        "Drift Avfall & Återvinning;-2,3;2,0;4,3",
        "Drift Kungsbacka Bredband;0;0;0",
        "Totalt;-13,0;-6,7;6,3",
    ),
    checked=("Totalt",),
    change=("Drift Avfall & Återvinning", "Helårsprognos delår 2 (mkr)", "2,9", "Totalt"),
    change_also=(("Drift Avfall & Återvinning", "Förändring prognos (mkr)"),),
)

# Teknik 2024-09-25, handlingar p. 24, Avfall & Återvinning: Periodens resultat is intäkter
# plus kostnader; the three varav rows add to the kostnader within a tenth (−100,8, −115,3 and
# −1,4 for −100,7, −115,2 and −1,5). The pool has Delår 2023's verksamhetskostnad as "-62,"
# (−62,0: the three varav rows add to −66,2 with it).
KUNGSBACKA_AVFALL_DELAR_2024 = Table(
    "kungsbacka-avfall-delar-2024",
    _POOL + "teknik/2024/2024-09-25/handlingar.tabeller/24-1.csv",
    "mnkr",
    (
        "Avfall & Återvinning, resultat delår 2024",
        _DELAR,
        "Verksamhetens intäkter;94,8;113,9;118,7;4,8;63,8;76,9;13,1",
        "Verksamhetens kostnader;-100,7;-115,2;-116,7;-1,5;-66,2;-75,1;-8,9",
        "varav personalkostnad;-4,6;-5,4;-5,4;0,0;-3,1;-3,4;-0,3",
        "varav verksamhetskostnad;-94,5;-105,2;-109,6;-4,4;-62,0;-70,3;-8,3",
        "varav kapitalkostnad;-1,7;-4,7;-1,7;3,0;-1,1;-1,4;-0,3",
        "Periodens resultat;-5,9;-1,3;2,0;3,3;-2,4;1,8;4,2",
    ),
    checked=("Periodens resultat",),
    change=("Verksamhetens intäkter", "Prognos 2024", "181,7", "Periodens resultat"),
    change_also=(("Verksamhetens intäkter", "Budgetavvikelse"),),
)

# Teknik 2024-09-25, handlingar p. 30: an investment block under its heading, Netto under it.
KUNGSBACKA_TEKNIK_INVESTERING_2024 = Table(
    "kungsbacka-teknik-investering-2024",
    _POOL + "teknik/2024/2024-09-25/handlingar.tabeller/30-1.csv",
    "mnkr",
    (
        "Investeringar, miljoner kronor",
        ";Bokslut\n2023;Budget\n2024;Prognos\n2024;Budgetavvi\nkelse 2024;Delår 2024",
        "Avgiftsfinansierad verksamhet;;;;;",
        "Inkomster;0;0;0;0;0",
        "Utgifter;-2,7;-37,5;-4,0;33,5;-1,1",
        "Netto;-2,7;-37,5;-4,0;33,5;-1,1",
    ),
    checked=("Netto",),
    # The heading broken without a hyphen ("Budgetavvi kelse 2024") names no avvikelse: the
    # changed Budget is a fel at Netto only.
    change=("Utgifter", "Budget 2024", "-35,7", "Netto"),
)

# Förskola & Grundskola 2024-09-18, handlingar p. 54: every sum exact; the pool's two empty
# lines over Periodens resultat are left out (a paste drops them).
KUNGSBACKA_FG_DELAR_2024 = Table(
    "kungsbacka-fg-delar-2024",
    _POOL + "fg/2024/2024-09-18/handlingar.tabeller/54-1.csv",
    "mnkr",
    (
        "Förskola & Grundskola, driftredovisning delår 2024",
        _DELAR,
        "Nämnd o styrelse;-2,1;-2,3;-2,1;0,2;-1,3;-1,3;0,0",
        "Öppen förskola;-5,3;-5,2;-4,9;0,3;-3,5;-3,3;0,2",
        "Förskola;-600,1;-602,0;-609,5;-7,5;-404,9;-403,9;1,0",
        "Pedagogisk omsorg;-10,3;-9,7;-9,7;0,0;-7,2;-6,3;0,9",
        "Fritidshem;-129,0;-131,5;-132,2;-0,7;-87,0;-86,6;0,4",
        "Förskoleklass & grundskola;-981,1;-986,9;-994,5;-7,6;-651,1;-651,5;-0,4",
        "Anpassad grundskola;-39,4;-40,7;-41,5;-0,8;-26,6;-24,4;2,2",
        "Gemensam verksamhet, lokaler, stödverksamhet;-441,1;-492,5;-495,6;-3,1;-289,4;"
        "-322,8;-33,4",
        "LSS, Korttidstillsyn efter 13 års ålder;-5,1;-5,8;-6,0;-0,2;-3,2;-3,7;-0,5",
        "Periodens resultat;-2 213,5;-2 276,6;-2 296,0;-19,4;-1 474,2;-1 503,8;-29,6",
    ),
    checked=("Periodens resultat",),
    change=("Fritidshem", "Delår 2024", "-68,6", "Periodens resultat"),
    change_also=(("Fritidshem", "Avvikelse delår"),),
)

# Förskola & Grundskola 2024-09-18, handlingar p. 57: the prognosis per område, TOTALT last.
KUNGSBACKA_FG_PROGNOS_2024 = Table(
    "kungsbacka-fg-prognos-2024",
    _POOL + "fg/2024/2024-09-18/handlingar.tabeller/57-1.csv",
    "mnkr",
    (
        "Prognos per område",
        "ORG;Prognos (Mkr)",
        "Centrala enheter;-0,1",
        "Befolkning (prestationer);3,2",
        "Resultatfond centralt;-9,6",
        "Pedagogiskt område Norr;-4,7",
        "Pedagogiskt område Centrum;-8,0",
        "Pedagogiskt område Söder;-0,2",
        "TOTALT;-19,4",
    ),
    checked=("TOTALT",),
    change=("Pedagogiskt område Norr", "Prognos (Mkr)", "-7,4", "TOTALT"),
)

# Vård & Omsorg 2024-09-19, handlingar p. 44: every sum exact; "Vård och omsorg 2022" (a
# closed project) has no Prognos and no Delår 2024.
KUNGSBACKA_VO_DELAR_2024 = Table(
    "kungsbacka-vo-delar-2024",
    _POOL + "vo/2024/2024-09-19/handlingar.tabeller/44-1.csv",
    "mnkr",
    (
        "Vård & Omsorg, driftredovisning delår 2024",
        _DELAR,
        "Nämnd;-1,2;-1,4;-1,4;0,0;-0,8;-0,9;-0,1",
        "Förvaltning gemensamt;-5,8;-32,8;-24,8;8,0;6,5;-5,4;-11,9",
        "Förvaltningsledningskontoret;-495,2;-549,8;-529,1;20,7;-326,4;-349,8;-23,4",
        "Distrikt Syd;-66,6;-56,9;-60,4;-3,5;-43,8;-44,6;-0,8",
        "Distrikt Centrum;-73,1;-83,7;-82,4;1,3;-54,8;-58,2;-3,4",
        "Distrikt Norr;-30,4;-27,6;-31,0;-3,4;-21,7;-20,7;1,0",
        "Distrikt Väst;-40,1;-81,9;-90,9;-9,0;-27,0;-61,9;-34,9",
        "Distrikt 5;-358,6;-325,6;-311,7;13,9;-241,9;-205,0;36,9",
        "Vård och omsorg 2022;0,7;0;;0;-1,0;;1,0",
        "Periodens resultat;-1 070,3;-1 159,7;-1 131,7;28,0;-710,9;-746,5;-35,6",
    ),
    checked=("Periodens resultat",),
    change=("Distrikt Norr", "Bokslut 2023", "-34,0", "Periodens resultat"),
)

# Vård & Omsorg 2024-09-19, handlingar p. 49: investments in two blocks under headings (one
# with no figures at all, and the template's own "Här lägger ni till…" line), Netto last.
KUNGSBACKA_VO_INVESTERING_2024 = Table(
    "kungsbacka-vo-investering-2024",
    _POOL + "vo/2024/2024-09-19/handlingar.tabeller/49-2.csv",
    "mnkr",
    (
        "Vård & Omsorg, investeringar delår 2024",
        "Miljoner kronor;Bokslut 2023;Budget 2024;Prognos 2024;Budgetavvike\nlse 2024;Delår 2024",
        "Löpande årliga investeringar;;;;;",
        "Utgifter;-4,9;-5,5;-5,5;0,0;-1,6",
        "Övriga investeringar;;;;;",
        "Inkomster;;;;;",
        "Utgifter;0;-13,4;-5;8,4;-0,2",
        "Netto;-4,9;-18,9;-10,5;8,4;-1,8",
    ),
    checked=("Netto",),
    change=("Utgifter", "Delår 2024", "-1,9", "Netto"),
)

SEVENTH_TABLES = (
    KUNGSBACKA_KS_DELAR_2024,
    KUNGSBACKA_TEKNIK_DELAR_2024,
    KUNGSBACKA_TEKNIK_PROGNOS_2024,
    KUNGSBACKA_AVFALL_DELAR_2024,
    KUNGSBACKA_TEKNIK_INVESTERING_2024,
    KUNGSBACKA_FG_DELAR_2024,
    KUNGSBACKA_FG_PROGNOS_2024,
    KUNGSBACKA_VO_DELAR_2024,
    KUNGSBACKA_VO_INVESTERING_2024,
)
