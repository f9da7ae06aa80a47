"""Kungsbacka's kallelser as the secretary has them in Word: each cell's paragraphs (the
title, the hour, each föredragande; the förslag's heading and each att-sats) a line of the
cell, its lines not broken by hand; printed to PDF by kallelse_pdfs_kungsbacka.
kungsbacka_wrapped, where the table breaks them at its columns' width (walk29's finding 3:
the PDF of kommunstyrelsen's kallelse 2025-02-18 was refused, its .docx read). Excerpts of
the kallelser's rows, from github.com/moggleif/kommunhandlingar (`source`); the
justerare's names are the kallelse's own."""

from __future__ import annotations

from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_fourteenth import HEADER, HEADER_TID, JUSTERARE, SOURCE, _e

_KS = "Förslag till beslut i kommunstyrelsen\nKommunstyrelsen "
_KF = "Förslag till beslut i kommunfullmäktige\nKommunfullmäktige "
_MH = "Förslag till beslut\nNämnden för Miljö & Hälsoskydd "


def _agenda(path: str, header: tuple[str, ...], rows: tuple, expected: tuple) -> RealAgenda:
    name = "kungsbacka-" + path.split("/")[0] + "-" + path.rsplit("/", 1)[1] + "-word"
    return RealAgenda(name, SOURCE.format(path), header, rows, expected, "table")


KS_2025_02 = _agenda(
    "ks/2025/2025-02-18",
    HEADER,
    (
        ("", JUSTERARE, "", "Ordinarie: Stefan Vilumsons (SD)\nErsättare: Axel Storckenfeldt (M)"),
        ("", "Beslutsärenden", "", ""),
        (
            "1.",
            "Årsredovisning 2024 för kommunstyrelsen\n13.00–13.20\nMalin Larsson\n"
            "Anders Johansson\nLovisa Eld",
            "2024-00365",
            _KS + "godkänner årsredovisning 2024, daterad 2025-01-24.",
        ),
        (
            "2.",
            "Godkännande av samrådsredogörelse samt granskning av förslag till fördjupad "
            "översiktsplan för Kungsbacka stad\n13.25–13.35\nAndrea Ericsson\nAnders Lund\n"
            "Lovisa Eld",
            "2020-00313",
            _KS + "godkänner samrådsredogörelse för fördjupad översiktsplan för Kungsbacka "
            "stad, daterad 2024-12-18, med den ändringen att ”Moderaterna” läggs till bredvid "
            "Centerpartiet på sidan 39 under avsnittet om Forsbergen och Forsgården.\n"
            "Kommunstyrelsen ger kommundirektören i uppdrag att ställa ut Granskningsförslag "
            "till fördjupad översiktsplan, text och kartmaterial, daterad 2025-01-14.",
        ),
        ("", "Information", "", ""),
        (
            "3.",
            "Information om samråd och viktigare pågående ärende från arbetsutskottets "
            "sammanträden",
            "2025-00014",
            "",
        ),
        ("", "Beslutsärenden", "", ""),
        (
            "9.",
            "Avvikelse från bestämmelser om arbetstidens förläggning inom personlig assistans "
            "inom förvaltningen för Individ- och Familjeomsorg",
            "2024-00718",
            _KS + "beviljar avvikelse från regler om maxlängden på 20 timmar för ett "
            "arbetspass till 24 timmar inom personlig assistans för individer som har ett "
            "identifierat behov. Beslutet gäller under perioden 2025-02-01 till och med "
            "2026-01-31.",
        ),
        (
            "16.",
            "Fastställande av koncernbudget 2025",
            "2023-00686",
            _KF + "fastställer resultaträkning samt investeringar och lånebehov för Eksta "
            "Bostads AB.\n" + _KS + "delegerar till ekonomichefen eller dennes ersättare att "
            "omsätta befintliga lån vid förfall samt uppta nya lån till ett totalbelopp av "
            "550 miljoner kronor under 2025.",
        ),
        (
            "19.",
            "Högsta priser för Kungsbacka badhus och Fjärås simhall",
            "2024-00881",
            _KF + "fastställer maximala priser för allmänhet, skolor och föreningar i "
            "Kungsbacka badhus och Fjärås simhall som koncessionshavaren får ta ut.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(None, "Beslutsärenden", section=True),
        _e(
            1,
            "Årsredovisning 2024 för kommunstyrelsen",
            "2024-00365",
            "Malin Larsson, Anders Johansson, Lovisa Eld",
            time_slot="13.00–13.20",
        ),
        _e(
            2,
            "Godkännande av samrådsredogörelse samt granskning av förslag till fördjupad "
            "översiktsplan för Kungsbacka stad",
            "2020-00313",
            "Andrea Ericsson, Anders Lund, Lovisa Eld",
            time_slot="13.25–13.35",
        ),
        _e(None, "Information", section=True),
        _e(
            3,
            "Information om samråd och viktigare pågående ärende från arbetsutskottets "
            "sammanträden",
            "2025-00014",
        ),
        _e(None, "Beslutsärenden", section=True),
        _e(
            9,
            "Avvikelse från bestämmelser om arbetstidens förläggning inom personlig assistans "
            "inom förvaltningen för Individ- och Familjeomsorg",
            "2024-00718",
        ),
        _e(16, "Fastställande av koncernbudget 2025", "2023-00686"),
        _e(19, "Högsta priser för Kungsbacka badhus och Fjärås simhall", "2024-00881"),
    ),
)

MILJO_2025_04 = _agenda(
    "miljo/2025/2025-04-10",
    HEADER_TID,
    (
        ("", JUSTERARE, "", "Ordinarie: Renée Sylvan (S)\nErsättare: Susanne Persson (M)", ""),
        ("1.", "Förändring av ärendelista", "MH-2025-00005", "", "1 min"),
        (
            "3.",
            "Huvudmannaskap för genomförande av projekt gällande avhjälpande av "
            "föroreningsskador på fastigheten Samariten 11 i Kungsbacka kommun\n"
            "Föredragande: Kasra Hassirian, förvaltningsjurist",
            "MH-2025-137",
            _MH + "föreslår att kommunstyrelsen beslutar att Kungsbacka kommun åtar sig "
            "huvudmannaskapet för att genomföra avhjälpandeprocessen i projektet avseende "
            "föroreningsskador på fastigheten Samariten 11 i Kungsbacka kommun.\n"
            "Nämnden för Miljö & Hälsoskydd föreslår vidare att kommunstyrelsen beslutar att "
            "huvudmannaskapet endast ska omfatta utredningsfasen av projektet.",
            "15 min",
        ),
        (
            "5.",
            "Information om kommunens och förvaltningens arbete med säkerhet- och beredskap "
            "samt informationssäkerhet\nFöredragande: Jonas Lebrand, kommunens säkerhets- och "
            "beredskapschef och Marianne Löfgren, utvecklingsledare",
            "MH-2025-00328",
            "",
            "60 min",
        ),
        (
            "8.",
            "Anmälan av yttranden",
            "MH-2025-00008",
            _MH + "godkänner redovisningen av yttranden fattade under perioden "
            "2025-03-03–2025-03-30.",
            "2 min",
        ),
        ("10.", "Information från förvaltningschefen", "MH-2025-00010", "", "15 min"),
    ),
    (
        _e(None, JUSTERARE),
        _e(1, "Förändring av ärendelista", "MH-2025-00005"),
        _e(
            3,
            "Huvudmannaskap för genomförande av projekt gällande avhjälpande av "
            "föroreningsskador på fastigheten Samariten 11 i Kungsbacka kommun",
            "MH-2025-137",
            "Kasra Hassirian, förvaltningsjurist",
        ),
        _e(
            5,
            "Information om kommunens och förvaltningens arbete med säkerhet- och beredskap "
            "samt informationssäkerhet",
            "MH-2025-00328",
            "Jonas Lebrand, kommunens säkerhets- och beredskapschef och Marianne Löfgren, "
            "utvecklingsledare",
        ),
        _e(8, "Anmälan av yttranden", "MH-2025-00008"),
        _e(10, "Information från förvaltningschefen", "MH-2025-00010"),
    ),
)

KULTUR_2025_04 = _agenda(
    "kultur/2025/2025-04-23",
    HEADER,
    (
        ("", JUSTERARE, "", "Annika Hamberg (M)"),
        (
            "1.",
            "Information till nämnd: dataskyddsombudets rapport\nFöredragande: Karin "
            "Malmsten, dataskyddsombud\n4 st dokument\n20 minuter",
            "KFT-2025-00062",
            "Nämnden noterar informationen till protokollet.",
        ),
        (
            "3.",
            "Information till nämnd: uppdatering kring arena och teater\nFöredragande: Sofia "
            "Rosén, verksamhetschef Kultur & Demokrati, Wendela Sanne Öhrnell, enhetschef "
            "Evenemang & Destination\n1 st dokument\n30 minuter",
            "KFT-2025-00078",
            "Nämnden noterar informationen till protokollet.",
        ),
        ("", "Paus", "", ""),
        (
            "7.",
            "Uppdrag för Hållbar hälsa\nFöredragande: Andreas Høgfeldt, enhetschef Förening & "
            "Hållbar hälsa\n2 st dokument\n5 minuter",
            "KFT-2025-00083",
            "Nämnden för Kultur & Fritid beslutar om förändrat uppdrag för enheten Hållbar "
            "hälsa (friskvårds- och aktivitetsgrupperna).",
        ),
        (
            "10.",
            "Anmälan av delegeringsbeslut april 2025",
            "KFT-2025-00087",
            "Redovisning av delegeringsbeslut förtecknade i protokoll 2025-04-23 godkänns.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(
            1,
            "Information till nämnd: dataskyddsombudets rapport",
            "KFT-2025-00062",
            "Karin Malmsten, dataskyddsombud",
        ),
        _e(
            3,
            "Information till nämnd: uppdatering kring arena och teater",
            "KFT-2025-00078",
            "Sofia Rosén, verksamhetschef Kultur & Demokrati, Wendela Sanne Öhrnell, "
            "enhetschef Evenemang & Destination",
        ),
        _e(None, "Paus", section=True),
        _e(
            7,
            "Uppdrag för Hållbar hälsa",
            "KFT-2025-00083",
            "Andreas Høgfeldt, enhetschef Förening & Hållbar hälsa",
        ),
        _e(10, "Anmälan av delegeringsbeslut april 2025", "KFT-2025-00087"),
    ),
)

# Each with the organ and the meeting its kallelse was printed for.
WRAPPED_KALLELSER = (
    (KS_2025_02, "Kommunstyrelsen", "tisdagen den 18 februari 2025 kl. 13.00"),
    (MILJO_2025_04, "Nämnden för Miljö & Hälsoskydd", "Torsdagen den 10 april 2025 kl. 16.00"),
    (KULTUR_2025_04, "Nämnden för Kultur & Fritid", "Onsdagen den 23 april 2025 kl. 17:00"),
)
