"""Kungsbacka's kallelser of the fourteenth set (see real_agendas_fourteenth.py) from
kommunstyrelsen and its arbetsutskott: the headings "Information" and "Beslutsärenden", and
at the arbetsutskott the hour and the names under the title."""

from __future__ import annotations

from tests.interchange.real_agendas_fourteenth import JUSTERARE, _e, _list

_KS = "Förslag till beslut i kommunstyrelsen\nKommunstyrelsen "
_KF = "Förslag till beslut i kommunfullmäktige\nKommunfullmäktige "

KS_2025_01 = _list(
    "ks/2025/2025-01-21",
    (
        ("", JUSTERARE, "", "Ordinarie: Johan Tolinsson (S)\nErsättare: Maria Gathendahl (M)"),
        ("", "Information", "", ""),
        (
            "1.",
            "Information om samråd och\nviktigare pågående ärende från\narbetsutskottets "
            "sammanträden",
            "2025-00014",
            "",
        ),
        ("", "Beslutsärenden", "", ""),
        (
            "5.",
            "Begäran om medel för att\nfrämja välmående och\nmotverka psykisk ohälsa –\nTeknik",
            "2024-00741",
            _KS + "bifaller begäran och omfördelar\n500 000 kronor från centrala "
            "finansverksamheten för\n2025 till nämnden för Teknik.",
        ),
        (
            "12.",
            "Lönekartläggning 2024 och\nlönestruktur 2025",
            "2024-00774",
            _KS + "fastställer lönestrukturen för 2025\nenligt nedan:\nBAS 2025 10 p 2025 90 p\n"
            "A 24 500 29 800\nB 25 500 33 000\nKommunstyrelsen godkänner rapport avseende\n"
            "lönekartläggning 2024.",
        ),
        (
            "21.",
            "Rapport från nämnden för Vård\n& Omsorg av ej verkställda\nbeslut enligt "
            "socialtjänstlagen,\nSoL, tredje kvartalet 2024",
            "2024-00797",
            _KF + "noterar rapport från nämnden\nför Vård & Omsorg, enligt 16 kap 6 f §\n"
            "socialtjänstlagen, till protokollet.",
        ),
        (
            "24.",
            "Plan för Kungsbacka kommuns\nfolk-, skol- och\ngymnasiebibliotek 2025–2030",
            "2024-00745",
            _KF + "antar plan för Kungsbacka\nkommuns folk-, skol och gymnasiebibliotek\n"
            "2025–2030, daterad 2024-12-09.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(None, "Information", section=True),
        _e(
            1,
            "Information om samråd och viktigare pågående ärende från arbetsutskottets "
            "sammanträden",
            "2025-00014",
        ),
        _e(None, "Beslutsärenden", section=True),
        _e(
            5,
            "Begäran om medel för att främja välmående och motverka psykisk ohälsa – Teknik",
            "2024-00741",
        ),
        _e(12, "Lönekartläggning 2024 och lönestruktur 2025", "2024-00774"),
        _e(
            21,
            "Rapport från nämnden för Vård & Omsorg av ej verkställda beslut enligt "
            "socialtjänstlagen, SoL, tredje kvartalet 2024",
            "2024-00797",
        ),
        _e(
            24,
            "Plan för Kungsbacka kommuns folk-, skol- och gymnasiebibliotek 2025–2030",
            "2024-00745",
        ),
    ),
)

KS_AU_2025_01 = _list(
    "ks-au/2025/2025-01-14",
    (
        ("", JUSTERARE, "", "Magdalena Sundqvist"),
        (
            "1.",
            "Information om arbetet med\nhållbarhet (från årshjul)\n08:30-09:15\n"
            "Sven-Erik Bergström\nAnders Lund",
            "2024-00022",
            "-",
        ),
        (
            "2.",
            "Information om arbetet med\ncivil beredskap och robusta\nlokaler\n09:20-09:40\n"
            "Jonas Lebrand",
            "2024-00828",
            "-",
        ),
        (
            "3.",
            "Svar på Klimat- och\nnäringslivsdepartementets\nremiss av promemorian\n"
            "Reformering av\navfallslagstiftning",
            "2024-00781",
            _KS + "antar yttrande, daterat 2024-12-\n17, och översänder som sitt svar till "
            "Klimat- och\nnäringslivsdepartementet.",
        ),
        (
            "4.",
            "Godkännande av\nsamrådsredogörelse samt\ngranskning av förslag till\n"
            "fördjupad översiktsplan för\nKungsbacka stad\n10:00-10:30\nAndrea Ericsson",
            "2020-00313",
            _KS + "godkänner samrådsredogörelse\nför fördjupad översiktsplan för Kungsbacka "
            "stad,\ndaterad 2024-12-18.",
        ),
        ("5.", "Information från ledamöter och\nförvaltning", "2025-00025", ""),
    ),
    (
        _e(None, JUSTERARE),
        _e(
            1,
            "Information om arbetet med hållbarhet (från årshjul)",
            "2024-00022",
            "Sven-Erik Bergström, Anders Lund",
            time_slot="08.30–09.15",
        ),
        _e(
            2,
            "Information om arbetet med civil beredskap och robusta lokaler",
            "2024-00828",
            "Jonas Lebrand",
            time_slot="09.20–09.40",
        ),
        _e(
            3,
            "Svar på Klimat- och näringslivsdepartementets remiss av promemorian "
            "Reformering av avfallslagstiftning",
            "2024-00781",
        ),
        _e(
            4,
            "Godkännande av samrådsredogörelse samt granskning av förslag till fördjupad "
            "översiktsplan för Kungsbacka stad",
            "2020-00313",
            "Andrea Ericsson",
            time_slot="10.00–10.30",
        ),
        _e(5, "Information från ledamöter och förvaltning", "2025-00025"),
    ),
)

KS_AU_2024_06 = _list(
    "ks-au/2024/2024-06-04",
    (
        ("", JUSTERARE, "", "Stefan Jägnert"),
        (
            "1.",
            "Information om arbetet med\nsamverkan för barn och unga\n08:30-09:00\n"
            "Karl Persson, Kultur & Fritid\nIvan Stipic, Individ &\nFamiljeomsorg\n"
            "Stigert Pettersson, Förskola &\nGrundskola\nPatrik Hellberg, Gymnasium &\n"
            "Arbetsmarknad",
            "2024-00427",
            "-",
        ),
        (
            "2.",
            "Information om arbetet med\nkommunikation och innovation\n(från årshjul)\n"
            "09:05-09:50\nAnnika Jardin\nIda Jost\nVictoria Forsberg",
            "2024-00393",
            "-",
        ),
        (
            "5.",
            "Sammanträdesdagar 2025 för\nkommunfullmäktige,\nkommunstyrelsen och\n"
            "kommunstyrelsens arbetsutskott",
            "2024-00362",
            "Förslag till beslut i kommunstyrelsens arbetsutskott\nKommunstyrelsens "
            "arbetsutskott sammanträder\nföljande datum år 2025: 7, 14 och 28 januari; 4 och\n"
            "25 februari; 4, 11 och 25 mars; 8 och 29 april; 6, 13\noch 20 maj; 3 och 10 juni",
        ),
        (
            "9.",
            "Svar på motion från Maria\nLosman (MP) om den politiska\norganisationen i Kungsbacka",
            "2024-00156",
            "Kommunstyrelsens förvaltning överlämnar svaret på\nmotionen utan eget "
            "ställningstagande.",
        ),
        ("13.", "Information från ledamöter och\nförvaltning", "2024-00025", "-"),
    ),
    (
        _e(None, JUSTERARE),
        _e(
            1,
            "Information om arbetet med samverkan för barn och unga",
            "2024-00427",
            "Karl Persson, Kultur & Fritid; Ivan Stipic, Individ & Familjeomsorg; Stigert "
            "Pettersson, Förskola & Grundskola; Patrik Hellberg, Gymnasium & Arbetsmarknad",
            time_slot="08.30–09.00",
        ),
        _e(
            2,
            "Information om arbetet med kommunikation och innovation (från årshjul)",
            "2024-00393",
            "Annika Jardin, Ida Jost, Victoria Forsberg",
            time_slot="09.05–09.50",
        ),
        _e(
            5,
            "Sammanträdesdagar 2025 för kommunfullmäktige, kommunstyrelsen och "
            "kommunstyrelsens arbetsutskott",
            "2024-00362",
        ),
        _e(
            9,
            "Svar på motion från Maria Losman (MP) om den politiska organisationen i Kungsbacka",
            "2024-00156",
        ),
        _e(13, "Information från ledamöter och förvaltning", "2024-00025"),
    ),
)
