"""Kungsbacka's kallelser of the fourteenth set (see real_agendas_fourteenth.py) from the
nämnder for Teknik and Service: the föredragande and the hour after the Dnr at Teknik, and
at Service a study visit without number before "Val av justerare"; then all ten kallelser
with the organ and the meeting each was printed for."""

from __future__ import annotations

from tests.interchange import real_agendas_fourteenth as first
from tests.interchange import real_agendas_fourteenth_ks as ks
from tests.interchange import real_agendas_fourteenth_namnder as namnder
from tests.interchange.real_agendas_fourteenth import JUSTERARE, _e, _list

_TE = "Nämnden för Teknik "
TEKNIK_2025_05 = _list(
    "teknik/2025/2025-05-14",
    (
        (
            "1.",
            "Godkännande av ärendelistan\noch val av justerare",
            "TE-2025-\n00001",
            "Justerare\nOrdinarie: Tobias Eriksson (SD)\nErsättare: Anders Billing (M)",
        ),
        (
            "2.",
            "Dialog med revisionen -\ngrundläggande granskning 2025",
            "TE-2025-\n00369,\nFöredragande:\nFanny Nilsson\n– (Ernst &\nYoung)\n17:00 – 17:35",
            _TE + "noterar informationen till\nprotokollet.",
        ),
        (
            "3.",
            "Uppföljning och prognos april\n2025",
            "TE-2025-\n00368,\nFöredragande:\nUlrika\nGranfors, Emir\nHalalkic,\nCatarina\n"
            "Sundberg &\nMaria\nHellström,\n17:35 – 18:00",
            _TE + "godkänner uppföljningen per\napril och prognos för 2025.\nNämnden för "
            "Teknik förklarar paragrafen\nomedelbart justerad.",
        ),
        (
            "8.",
            "Kungsbacka stad 2050 -\nGranskning av fördjupad\növersiktsplan 4 mars - 31 maj\n"
            "2025, KS-2020-00313",
            "TE-2025-\n00184,\nHandläggare:\nEmir Halalkic\n& Catarina\nSundberg,\n19:40 – 19:50",
            _TE + "antar yttrandet över den\nfördjupade översiktsplanen för Kungsbacka stad\n"
            "2050 daterat 2025-05-02 som sitt eget, och\növersänder det som sitt svar till "
            "kommunstyrelsen.",
        ),
        (
            "9.",
            "Beslut om ny slamstrategi för\navsättning av slam från\nkommunens avloppsreningsverk",
            "TE-2025-\n00323,\nCatarina\nSundberg,\n19:50 – 20:00",
            _TE + "antar Slamstrategi för\nKungsbacka kommun - Aktualiserad 2025.",
        ),
        (
            "13.",
            "Anmälan av delegeringsbeslut\n2025",
            "TE-2025-\n00003,\nHandläggare:\nSimon Nissen",
            _TE + "noterar delegeringsbeslut\nfattade under april 2025.",
        ),
    ),
    (
        _e(1, "Godkännande av ärendelistan och val av justerare", "TE-2025-00001"),
        _e(
            2,
            "Dialog med revisionen - grundläggande granskning 2025",
            "TE-2025-00369",
            "Fanny Nilsson – (Ernst & Young)",
            time_slot="17.00–17.35",
        ),
        _e(
            3,
            "Uppföljning och prognos april 2025",
            "TE-2025-00368",
            "Ulrika Granfors, Emir Halalkic, Catarina Sundberg & Maria Hellström",
            time_slot="17.35–18.00",
        ),
        _e(
            8,
            "Kungsbacka stad 2050 - Granskning av fördjupad översiktsplan 4 mars - 31 maj "
            "2025, KS-2020-00313",
            "TE-2025-00184",
            "Emir Halalkic & Catarina Sundberg",
            time_slot="19.40–19.50",
        ),
        _e(
            9,
            "Beslut om ny slamstrategi för avsättning av slam från kommunens avloppsreningsverk",
            "TE-2025-00323",
            "Catarina Sundberg",
            time_slot="19.50–20.00",
        ),
        _e(13, "Anmälan av delegeringsbeslut 2025", "TE-2025-00003", "Simon Nissen"),
    ),
)

_SE = "Nämnden för Service "
SERVICE_2025_04 = _list(
    "service/2025/2025-04-24",
    (
        ("", JUSTERARE, "", "Anna-Karin Granberg (SD)\nPer-Axel Carlsson (M)"),
        (
            "1.",
            "Information Måltid",
            "SE-2025-00138",
            _SE + "noterar informationen om\nMåltid till protokollet.",
        ),
        (
            "2.",
            "Samrådsutskick: Detaljplan för\nbostäder inom Släps-Hagen\n1.90 m.fl. i Kullavik,\n"
            "Kungsbacka kommun",
            "SE-2025-00056",
            _SE + "godkänner\nåterrapporteringen gällande Samrådsutskick:\nDetaljplan för "
            "bostäder inom Släps-Hagen 1:90\nm.fl. i Kullavik, Kungsbacka kommun.",
        ),
        (
            "3.",
            "Samrådsutskick: Detaljplan för\nskola inom del av Åsa 5:246 i\nÅsa, Kungsbacka "
            "kommun.\nSista svarsdag 2025-03-28",
            "SE-2025-00076",
            _SE + "godkänner\nåterrapporteringen gällande Samrådsutskick -\nDetaljplan för "
            "skola inom del av Åsa 5:246 i\nÅsa, Kungsbacka kommun.",
        ),
        (
            "4.",
            "Kostnadsökningar\nKlockaregårdens förskola",
            "SE-2025-00139",
            _SE + "godkänner kostnadsökning\npå 6,4 miljoner kronor avseende projektet\n"
            "Klockaregårdens förskola.",
        ),
        (
            "9.",
            "Förvaltningschefen informerar\napril 2025",
            "SE-2025-00131",
            _SE + "noterar informationen från\nförvaltningschefen april 2025 till protokollet.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(1, "Information Måltid", "SE-2025-00138"),
        _e(
            2,
            "Samrådsutskick: Detaljplan för bostäder inom Släps-Hagen 1.90 m.fl. i Kullavik, "
            "Kungsbacka kommun",
            "SE-2025-00056",
        ),
        _e(
            3,
            "Samrådsutskick: Detaljplan för skola inom del av Åsa 5:246 i Åsa, Kungsbacka "
            "kommun. Sista svarsdag 2025-03-28",
            "SE-2025-00076",
        ),
        _e(4, "Kostnadsökningar Klockaregårdens förskola", "SE-2025-00139"),
        _e(9, "Förvaltningschefen informerar april 2025", "SE-2025-00131"),
    ),
)

SERVICE_2025_01 = _list(
    "service/2025/2025-01-16",
    (
        ("", "Studiebesök Duvehed\nomlastningsstation", "", ""),
        ("", JUSTERARE, "", "Thomas Lundberg (MP)\nLeif Ytterström (M)"),
        (
            "1.",
            "Projektinformation januari 2025",
            "SE-2025-00003",
            _SE + "noterar projektinformation\njanuari 2025 till protokollet.",
        ),
        (
            "2.",
            "Hyreskontrakt Furubergsvägen\n12 (Bukärrsgården)",
            "SE-2025-00011",
            _SE + "ger Martin Funkerud,\nenhetschef Fastighet, delegation att signera\n"
            "hyreskontrakt avseende Furubergsvägen 12.",
        ),
        (
            "4.",
            "Investeringsplan förvaltningen\nför Service 2026-2035",
            "SE-2025-00007",
            _SE + "godkänner\nInvesteringsplan SE Fastigheter 2026–2035 och\nInvesteringsplan "
            "Service 2026–2035.",
        ),
        (
            "5.",
            "Revisionens granskning av\ninterna kontroller kopplade till\nrisken för "
            "välfärdsbrott i\nupphandling och\navtalsuppföljning",
            "SE-2024-00242",
            _SE + "noterar informationen om\nrevisionens granskning av interna kontroller\n"
            "kopplade till risken för välfärdsbrott i\nupphandling och avtalsuppföljning till\n"
            "protokollet.",
        ),
    ),
    (
        _e(None, "Studiebesök Duvehed omlastningsstation"),
        _e(None, JUSTERARE),
        _e(1, "Projektinformation januari 2025", "SE-2025-00003"),
        _e(2, "Hyreskontrakt Furubergsvägen 12 (Bukärrsgården)", "SE-2025-00011"),
        _e(4, "Investeringsplan förvaltningen för Service 2026-2035", "SE-2025-00007"),
        _e(
            5,
            "Revisionens granskning av interna kontroller kopplade till risken för "
            "välfärdsbrott i upphandling och avtalsuppföljning",
            "SE-2024-00242",
        ),
    ),
)

# The ten kallelser and the organ and meeting each was printed for.
FOURTEENTH_KALLELSER = (
    (
        first.BYGG_AU_2024_02,
        "Byggnadsnämndens arbetsutskott",
        "torsdagen den 1 februari 2024 kl. 09.00",
    ),
    (first.BYGG_2025_03, "Byggnadsnämnden", "Torsdagen den 20 mars 2025 kl. 13.00"),
    (
        namnder.MILJO_2025_03,
        "Nämnden för Miljö & Hälsoskydd",
        "Torsdagen den 13 mars 2025 kl. 16.00",
    ),
    (
        namnder.KULTUR_2025_02,
        "Nämnden för Kultur & Fritid",
        "onsdagen den 19 februari 2025 kl. 17:00",
    ),
    (ks.KS_2025_01, "Kommunstyrelsen", "tisdagen den 21 januari 2025 kl. 13.00"),
    (ks.KS_AU_2025_01, "Kommunstyrelsens arbetsutskott", "Tisdagen den 14 januari 2025 kl. 08:30"),
    (ks.KS_AU_2024_06, "Kommunstyrelsens arbetsutskott", "tisdagen den 4 juni 2024 kl. 08:30"),
    (TEKNIK_2025_05, "Nämnden för Teknik", "onsdagen den 14 maj 2025 kl. 17:00"),
    (SERVICE_2025_04, "Nämnden för Service", "torsdagen den 24 april 2025 kl. 15:00"),
    (SERVICE_2025_01, "Nämnden för Service", "torsdagen den 16 januari 2025 kl.15:00"),
)
FOURTEENTH_AGENDAS = tuple(agenda for agenda, _organ, _when in FOURTEENTH_KALLELSER)
