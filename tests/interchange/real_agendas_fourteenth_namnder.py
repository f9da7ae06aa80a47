"""Kungsbacka's kallelser of the fourteenth set (see real_agendas_fourteenth.py) from the
nämnder for Miljö & Hälsoskydd and Kultur & Fritid: the föredragande under the title, at
Kultur & Fritid with the number of documents and the minutes under it, and a numbered
"PAUS 15 min"."""

from __future__ import annotations

from tests.interchange.real_agendas_fourteenth import JUSTERARE, _e, _list

_MHN = "Förslag till beslut\nNämnden för Miljö & Hälsoskydd "
MILJO_2025_03 = _list(
    "miljo/2025/2025-03-13",
    (
        ("", JUSTERARE, "", "Ordinarie: Henrik Arnesson (C)\nErsättare: Renée Sylvan (S)", ""),
        ("2.", "Anmälan av jäv", "2025-00006", "", "1\nmin"),
        (
            "3.",
            "Information om upphävda och\nåterförvisade beslut, fjärde\nkvartalet 2024 till "
            "första\nkvartalet 2025\nFöredragande: Kasra Hassirian,\nförvaltningsjurist",
            "2025-00011",
            "",
            "40\nmin",
        ),
        (
            "4.",
            "Yttrande till byggnadsnämnden\navseende beslut om antagande\nav reviderad "
            "Strategi 2024–\n2027\nFöredragande: Katarina Öryd,\nförvaltningschef och "
            "Christina\nNordberg, controller",
            "2025-01105",
            _MHN + "antar\nyttrande, daterat 2025-02-26, och översänder\ndet till byggnadsnämnden.",
            "20\nmin",
        ),
        (
            "8.",
            "Anmälan av delegeringsbeslut",
            "2025-00007",
            _MHN + "\ngodkänner redovisningen av\ndelegeringsbeslut fattade under perioden\n"
            "2025-02-10–2025-03-02.",
            "2\nmin",
        ),
        ("11.", "Information från\nförvaltningschefen", "2025-00010", "", "15\nmin"),
    ),
    (
        _e(None, JUSTERARE),
        _e(2, "Anmälan av jäv", "2025-00006"),
        _e(
            3,
            "Information om upphävda och återförvisade beslut, fjärde kvartalet 2024 till "
            "första kvartalet 2025",
            "2025-00011",
            "Kasra Hassirian, förvaltningsjurist",
        ),
        _e(
            4,
            "Yttrande till byggnadsnämnden avseende beslut om antagande av reviderad "
            "Strategi 2024–2027",
            "2025-01105",
            "Katarina Öryd, förvaltningschef och Christina Nordberg, controller",
        ),
        _e(8, "Anmälan av delegeringsbeslut", "2025-00007"),
        _e(11, "Information från förvaltningschefen", "2025-00010"),
    ),
    tid=True,
)

_KF = "Nämnden för Kultur & Fritid "
KULTUR_2025_02 = _list(
    "kultur/2025/2025-02-19",
    (
        ("", JUSTERARE, "", "Ulrika Jörgensen (M)"),
        (
            "1.",
            "Beredning av motion - Förbud\nmot användning av lustgas i\nberusningssyfte på "
            "offentliga\nplatser i Kungsbacka (KS 2024-\n00740)\nFöredragande: Karl Persson,\n"
            "förvaltningschef\n5 st dokument\n15 min",
            "KFT-2024-\n00347",
            _KF + "föreslår att\nkommunfullmäktige bifaller motionen med\nhänvisning till att "
            "berusning av lustgas är ett utbrett\nproblem i kommunen vilket kan leda till "
            "allvarliga\nskador samt att användandet kan vara\nordningsstörande.",
        ),
        (
            "4.",
            "Nämnden för Kultur & Fritid\nårsredovisning 2024 inkl\nverksamhetsredovisning "
            "lokala\nBRÅ\nFöredragande: Erik Norinder,\nutvecklingsledare, och Malin\n"
            "Fjellström, controller\n3 st dokument\n20 min",
            "KFT-2025-\n00019",
            _KF + "godkänner\nårsredovisning 2024.",
        ),
        ("5.", "PAUS 15 min", "", ""),
        (
            "6.",
            "Ombudgetering och resultatfond\nFöredragande: Malin\nFjellström, controller\n"
            "3 st dokument\n10 min",
            "KFT-2025-\n00022",
            _KF + "beslutar att begära:\n* att av nämndens underskott om total -1 145 tkr,\n"
            "ska +316 tkr som avser internränta återredovisas\noch -1 416 tkr föras till "
            "nämndens resultatfond",
        ),
        (
            "9.",
            "Information till nämnd:\nÅterrapportering av initiativ\nFöredragande: Karl "
            "Persson,\nförvaltningschef, Marie\nPersson, verksamhetschef och\nSofia Rosén, "
            "verksamhetschef\n1 st dokument\n20 min",
            "KFT-2025-\n00024",
            "Nämnden noterar informationen till protokollet.",
        ),
        (
            "12.",
            "Årets förening 2024\nFöredragande: Carin Sjöberg,\nutvecklare\n2 st dokument",
            "KFT-2025-\n00029",
            _KF + "beslutar att\n- utse XXX som Årets förening 2024.\n- offentliggöra "
            "pristagare vid prisceremonin.\n- nominera XXX, XXX och XXX till finalister.",
        ),
        (
            "20.",
            "Förvaltningschefen informerar\nfebruari 2025\nFöredragande: Karl Persson,\n"
            "förvaltningschef",
            "KFT-2025-\n00035",
            "Nämnden noterar informationen till protokollet.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(
            1,
            "Beredning av motion - Förbud mot användning av lustgas i berusningssyfte på "
            "offentliga platser i Kungsbacka (KS 2024-00740)",
            "KFT-2024-00347",
            "Karl Persson, förvaltningschef",
        ),
        _e(
            4,
            "Nämnden för Kultur & Fritid årsredovisning 2024 inkl verksamhetsredovisning "
            "lokala BRÅ",
            "KFT-2025-00019",
            "Erik Norinder, utvecklingsledare, och Malin Fjellström, controller",
        ),
        _e(5, "PAUS 15 min"),
        _e(6, "Ombudgetering och resultatfond", "KFT-2025-00022", "Malin Fjellström, controller"),
        _e(
            9,
            "Information till nämnd: Återrapportering av initiativ",
            "KFT-2025-00024",
            "Karl Persson, förvaltningschef, Marie Persson, verksamhetschef och Sofia Rosén, "
            "verksamhetschef",
        ),
        _e(12, "Årets förening 2024", "KFT-2025-00029", "Carin Sjöberg, utvecklare"),
        _e(
            20,
            "Förvaltningschefen informerar februari 2025",
            "KFT-2025-00035",
            "Karl Persson, förvaltningschef",
        ),
    ),
)
