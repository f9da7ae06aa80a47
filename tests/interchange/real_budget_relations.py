"""Real tables whose columns relate across each row in ways a plain Summa does not say: what
is left of the budget, and a budget made of the one first adopted and its changes.

- Simrishamn, Kultur- och fritidsnämnden, bokslut 2025, driftredovisning per verksamhet
  (sida 32–33), tkr: Utfall 2025, Budget 2025 and "Återstår" = Utfall − Budget (costs
  written negative, so a saving is positive), figures rounded to whole tkr ("Allmän
  kulturverksamhet": −2 564 + 2 612 = 48, printed 49). The Summa totalt of Utfall 2025 is
  printed −62 079 where the rows give −62 051: a fel of the published table. The figures
  are those of the transcription in github.com/kentlundgren/AI,
  Bokslut_2025/rapport-sifferanalys.md (Simrishamns kommun's bokslut read from its PDF).
- Ängelholm, årsredovisning 2021, investeringsbudget: the budget written as rows,
  "Ursprungligt budgetbeslut KF 2020-11-23" + "Beslut om ombudgetering från 2020 KF
  2021-04-26" = "Summa investeringsbudget", in mnkr, for the skattefinansierade and the
  avgiftsfinansierade verksamheten and their Summa.
  https://www.engelholm.se/kommun-och-politik/resultat-och-kvalitet/arsredovisning/
  arsredovisning-2021/investeringsredovisning/investerings--och-exploateringsverksamhet.html
- Vårgårda's investeringsredovisning 2023 (real_budget_fourth.py) with its headers written
  as other kommuner write them: "Budget enl. KF 2023", "Tilläggsbudget", "Total budget 2023",
  "Utfall 2023", "Kvar 2023", "Prognos okt 2023". A variant built from the real table: the
  figures are Vårgårda's, the headers are not its own.
- Gnesta, årsredovisning 2013, driftredovisning, tkr: the rows after those of
  real_budget_drift.py (Miljö- och byggnämnden to Gymnasieskola; the stored excerpt cuts off
  Vuxenutbildning's Budget-avvikelse, so that row is left out). "Förändring 2012/2013" in tkr
  and in %, the percent being Förändring / (Utfall2013 − Förändring), within the rounding of
  the figures ("Planeringsenheten": −851 / −423 is 201,2 %, printed 201,1 %).
  https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/driftredovisning.html
"""

from __future__ import annotations

import dataclasses

from .real_budget_files import Table
from .real_budget_fourth import VARGARDA_INVESTERINGAR_2023

SIMRISHAMN_KFN_DRIFT_2025 = Table(
    "simrishamn-kfn-drift-2025",
    "https://github.com/kentlundgren/AI/blob/main/Bokslut_2025/rapport-sifferanalys.md "
    "(Simrishamns kommun, Kultur- och fritidsnämnden, bokslut 2025, sida 32-33)",
    "tkr",
    (
        "Driftredovisning per verksamhet",
        "Verksamhet (tkr);Utfall 2025;Budget 2025;Återstår",
        "Nämnd- och styrelseverksamhet;-698;-679;-19",
        "Fysisk och teknisk planering;-602;-373;-229",
        "Turistverksamhet;2 802;2 803;-1",
        "Alkoholtillstånd;1;;1",
        "Allmän fritidsverksamhet;-6 279;-6 827;548",
        "Stöd till studieorganisationer;-377;-400;23",
        "Allmän kulturverksamhet;-2 564;-2 612;49",
        "Museum/konsthall;-8 417;-8 603;186",
        "Bibliotek;-13 123;-13 152;29",
        "Idrotts- och fritidsanläggning;-24 835;-23 885;-950",
        "Fritidsgårdsverksamhet;-5 347;-5 386;39",
        "Gem adm kultur och fritid;-2 612;-4 005;1 394",
        "Summa totalt;-62 079;-63 119;1 070",
    ),
    checked=("Summa totalt",),
    published_errors=(("Summa totalt", "Utfall 2025"),),
    # What is left of the library's budget written 92 for 29: wrong across its row (Utfall −
    # Budget gives 29) and down the column (the Summa totalt no longer adds up).
    change=("Bibliotek", "Återstår", "92", "Summa totalt"),
    change_also=(("Bibliotek", "Återstår"),),
)

ANGELHOLM_INVESTERINGSBUDGET_2021 = Table(
    "angelholm-investeringsbudget-2021",
    "https://www.engelholm.se/kommun-och-politik/resultat-och-kvalitet/arsredovisning/"
    "arsredovisning-2021/investeringsredovisning/investerings--och-exploateringsverksamhet.html",
    "mnkr",
    (
        "Investeringsbudget",
        "Investeringsbudget mnkr;Skatte-finansierad verksamhet;Avgifts-finansierad verksamhet;"
        "Summa",
        "Ursprungligt budgetbeslut KF 2020-11-23;104,4;70,0;174,4",
        "Beslut om ombudgetering från 2020 KF 2021-04-26;62,8;11,1;73,9",
        "Summa investeringsbudget;167,2;81,1;248,3",
    ),
    checked=("Summa investeringsbudget",),
    # The ombudgetering's Summa written 37,9 for 73,9: wrong across its row and down the Summa.
    change=(
        "Beslut om ombudgetering från 2020 KF 2021-04-26",
        "Summa",
        "37,9",
        "Summa investeringsbudget",
    ),
    change_also=(("Beslut om ombudgetering från 2020 KF 2021-04-26", "Summa"),),
)

_VARGARDA_HEADER = (
    "(mnkr);Budget enl. KF 2023;Tilläggsbudget;Total budget 2023;Utfall 2023;Kvar 2023;"
    "Prognos okt 2023"
)

_RENAMED = {
    "Urspr budget 2023": "Budget enl. KF 2023",
    "Budget 2023": "Total budget 2023",
    "Avvikelse 2023": "Kvar 2023",
}

VARGARDA_OTHER_HEADERS_2023 = dataclasses.replace(
    VARGARDA_INVESTERINGAR_2023,
    name="vargarda-investeringar-2023-andra-rubriker",
    lines=(
        VARGARDA_INVESTERINGAR_2023.lines[0],
        _VARGARDA_HEADER,
        *VARGARDA_INVESTERINGAR_2023.lines[2:],
    ),
    published_rounding=tuple(
        (label, _RENAMED.get(header, header))
        for label, header in VARGARDA_INVESTERINGAR_2023.published_rounding
    ),
    # The Total budget of "Förskola Centrum" written 67,6 for 76,7: neither Budget enl. KF +
    # Tilläggsbudget nor Utfall + Kvar gives it, and the block's sum no longer adds up.
    change=("Förskola Centrum", "Total budget 2023", "67,6", "Investering >3 mkr"),
    change_also=(("Förskola Centrum", "Total budget 2023"), ("Förskola Centrum", "Kvar 2023")),
)

GNESTA_DRIFT_2013_BOU = Table(
    "gnesta-drift-2013-bou",
    "https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/driftredovisning.html",
    "tkr",
    (
        "Driftredovisning",
        "(tkr);Utfall2013;Förändring 2012/2013;Förändring 2012/2013;Budget 2013;Budget-avvikelse",
        "Miljö- och byggnämnden;– 11 705;– 2 205;23,2 %;– 11 800;95",
        "Samhällsbyggnad administration;– 1 460;– 555;61,3 %;– 1 507;47",
        "Plan- och byggenheten;– 1 695;– 35;2,1 %;– 1 903;208",
        "Planeringsenheten;– 1 274;– 851;201,1 %;– 1 197;– 77",
        "Räddningsenheten;– 6 426;– 811;14,4 %;– 6 416;– 10",
        "Miljöenheten;– 849;46;– 5,2 %;– 777;– 72",
        "Barn- och utbildningsnämnden;– 251 589;– 13 642;5,7 %;– 242 858;– 8 731",
        "BoU administration;– 5 517;– 64;1,2 %;– 6 612;1 095",
        "Förskoleverksamhet;– 62 318;– 5 076;8,9 %;– 58 877;– 3 442",
        "Grundskola;– 112 206;– 6 823;6,5 %;– 104 271;– 7 935",
        "Särskola;– 10 807;7;– 0,1 %;– 11 527;720",
        "Elevhälsa;– 11 800;– 656;5,9 %;– 13 470;1 670",
        "Kulturskola;– 2 186;– 258;13,4 %;– 2 192;6",
        "Gymnasieskola;– 42 566;1 037;– 2,4 %;– 41 640;– 926",
    ),
    # Grundskola's change written −8 623 for −6 823: its percent (6,5 %) no longer is the
    # change over 2012. The finding is at the percent column, which has the same header.
    change=("Grundskola", "Förändring 2012/2013", "– 8 623", "Grundskola"),
)

RELATION_TABLES = (
    SIMRISHAMN_KFN_DRIFT_2025,
    ANGELHOLM_INVESTERINGSBUDGET_2021,
    VARGARDA_OTHER_HEADERS_2023,
    GNESTA_DRIFT_2013_BOU,
)
