"""A seventh set of real ärendelistor (the sixth is in real_agendas_sixth.py), pasted as text
from a web page or a PDF, in shapes the others do not have, and what the import must make of
every row.

- Tyresö kommun, kultur- och fritidsnämnden 2021-04-26: the portal's page of the meeting
  pasted whole ("Din position: Hem > …", Datum, Klockan, Plats), each ärende with its
  "Diarienummer …" on a line of its own, the nämnd's förslag till beslut (att-satser numbered
  from 1 under item 3), the "Beskrivning av ärendet" and the bilagor's files. Source:
  http://insynsverige.se/tyreso-kultur/protokoll?date=2021-04-26
- Heby kommun, kommunfullmäktige 2013-03-13: the webcast's list of the meeting's points,
  one of them written without a space after its number ("7.Forts. Framtidens äldreomsorg i
  Heby kommun"). Source:
  http://www.securestream.se/playlister/1220/player.php?eid=20130313&start=15149
- Kyrkslätts kommun (Finland, a kommun that writes in Swedish), kommunfullmäktige
  2023-10-09: the web page's sammanträdeskallelse pasted whole, the list under "Ärenden som
  behandlas" and the page's closing lines after it ("Protokollet framlagt", the ordförande's
  name and title), the date written "9.10.2023". Source:
  https://kyrkslatt.fi/kommunfullmaktiges-sammantradeskallelse-9-10-2023-kl-19-00/
- Region Blekinge, regionstyrelsen 2017-02-08: the protokoll's Ärendeförteckning pasted from
  its PDF, long titles broken over two lines with the page after the second ("§ 4 … för" over
  "Krösatågstrafik ... 5", "Emmaboda-" over "Karlskrona ... 6"), a ";" inside titles ("Svar
  på motion; Enzons busstrafik i Blekinge"), the region's Dnr run onto a title without label
  ("… Blekinge kustbana 501-335-2016") or after one ("Dnr 109-7-2017"), and a rule after the
  last page ("... 18 _________"). Source: https://5dok.org/document/y6e93xlo-regionstyrelsen-
  sammantr%C3%A4desprotokoll-%C3%A4rendef%C3%B6rteckning.html

What is ours: every personal name is made up (the parties are as written). Tyresö's page is
cut where the stored copy ends, in the description of item 3 (its first paragraph is kept).
Kyrkslätt's ordförande is given a made-up name and the ersättare in item 7 made-up initials.
Blekinge's motionär in § 14 is given a made-up name. Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda

_TYRESO_KFN_LINES = (
    "Din position: Hem > Tyresö kommun > Kultur- och fritidsnämnden > Sammanträde 2021-04-26",
    "",
    "Sammanträde 2021-04-26",
    "",
    "Datum",
    "Klockan",
    "18:00",
    "Plats",
    "Bollmora",
    "",
    "1 Informationsärende - Digital fritidsgård",
    "",
    "Diarienummer 2021/KFN 0002 001",
    "",
    "Kultur- och fritidsnämndens förslag till beslut",
    "- Informationen noteras",
    "",
    "Beskrivning av ärendet",
    "Kultur- och fritidsnämnden informeras om digital fritidsgård",
    "",
    "2 Månadsrapport",
    "",
    "Diarienummer 2021/KFN 0014 10",
    "",
    "Kultur- och fritidsnämndens förslag till beslut",
    "- Informationen noteras.",
    "",
    "Beskrivning av ärendet",
    "Månadsrapporten per mars redovisas för kultur- och fritidsnämnden.",
    "",
    "Bilagor",
    "Månadsrapport mars Kultur och Fritid.pdf",
    "",
    "3 Ansökan om utökade investeringsmedel för bygge av nytt stall på Fårdala gård",
    "",
    "Diarienummer 2017/KFN 0070 71",
    "",
    "Kultur- och fritidsnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige",
    "1. Utökad investeringsbudget för byggnation av stall och utrymmen för personal och "
    "elever efter upphandling godkänns. Den utökade budgeten läggs till total budget vid "
    "kommande beslut om investeringsprogram för 2022, enligt Kultur- och "
    "fritidsförvaltningens förslag.",
    "2. Den utökning av rambudget som getts till kultur- och fritidsnämnden, med "
    "helårseffekt om 3,5 miljoner kr, nyttjas från 1 juli 2022.",
    "",
    "Beskrivning av ärendet",
    "Kommunen är skyldig att tillgodose en god djurhållning, ge förutsättningar till en god "
    "arbetsmiljö och tillgänglighet i ridanläggningen i Fårdala.",
)

TYRESO_KFN_2021 = RealAgenda(
    name="tyreso-kfn-2021-04-26-webbsida",
    source="http://insynsverige.se/tyreso-kultur/protokoll?date=2021-04-26",
    kind="paste",
    header=(),
    rows=tuple((line,) for line in _TYRESO_KFN_LINES),
    expected=(
        Expected(1, "Informationsärende - Digital fritidsgård", "2021/KFN 0002 001", "KFN 2021/2"),
        Expected(2, "Månadsrapport", "2021/KFN 0014 10", "KFN 2021/14"),
        Expected(
            3,
            "Ansökan om utökade investeringsmedel för bygge av nytt stall på Fårdala gård",
            "2017/KFN 0070 71",
            "KFN 2017/70",
        ),
    ),
    notes=("a portal's meeting page pasted whole: Diarienummer and förslag under each ärende",),
)

_HEBY_POINTS = (
    "Kommunfullmäktiges öppnande",
    "Upprop samt anmälan om förhinder",
    "Val av justerande",
    "Justering",
    "Framtidens äldreomsorg i Heby kommun",
    "Allmänhetens frågestund",
    "Forts. Framtidens äldreomsorg i Heby kommun",
    "Fullmäktigeberedningarna styrelser och nämnder, information",
    "Revisorerna information",
    "Återrapporteringar",
    "Enkla frågor",
    "Anmälan av nya motioner",
    "Anmälan om nya medborgarförslag",
    "Gratis badbuss, motion",
    "Avsägelser",
    "Val",
    "Anmälningsärenden",
)

HEBY_KF_2013 = RealAgenda(
    name="heby-kf-2013-03-13-webbsandning",
    source="http://www.securestream.se/playlister/1220/player.php?eid=20130313&start=15149",
    kind="paste",
    header=(),
    rows=tuple(
        (f"{at}.{title}" if title.startswith("Forts.") else f"{at}. {title}",)
        for at, title in enumerate(_HEBY_POINTS, start=1)
    ),
    expected=tuple(Expected(at, title) for at, title in enumerate(_HEBY_POINTS, start=1)),
    notes=("a point written without a space after its number: '7.Forts. …'",),
)

_KYRKSLATT_ITEMS = (
    "Sammanträdets laglighet och beslutförhet",
    "Justering av protokollet och val av protokolljusterare",
    "Införande av ändring och utvidgning av detaljplanen för Perälänäset i planläggningsprogrammet",
    "Delårsöversikt juli 2023",
    "Ändring av förvaltningsstadgan",
    "Tillsättande av ett tillfälligt utskott",
    "Beviljande av avsked från uppdraget som ersättare i samhällstekniska nämnden och val av "
    "ny ersättare, A.B.",
    "Beviljande av avsked från uppdraget som ersättare i nämnden för lokaltjänster och val av "
    "ny ersättare (OP)",
)

KYRKSLATT_KF_2023 = RealAgenda(
    name="kyrkslatt-kf-2023-10-09-webbsida",
    source="https://kyrkslatt.fi/kommunfullmaktiges-sammantradeskallelse-9-10-2023-kl-19-00/",
    kind="paste",
    header=(),
    rows=tuple(
        (line,)
        for line in (
            "Välj en sida",
            "",
            "Kommunfullmäktiges sammanträdeskallelse",
            "",
            "Sammanträdestid               Måndag 9.10.2023 kl. 19.00",
            "",
            "Sammanträdesplats           Kommunhuset i Kyrkslätt, Kyrkslättssalen",
            "",
            "Ärenden som behandlas",
            "",
            *(f"  {at}. {title}" for at, title in enumerate(_KYRKSLATT_ITEMS, start=1)),
            "",
            "Protokollet framlagt",
            "",
            "Det justerade protokollet från sammanträdet hålls framlagt på kommunens webbplats "
            "17.10.2023.",
            "",
            "Eva Lind",
            "",
            "kommunfullmäktiges ordförande",
        )
    ),
    expected=tuple(Expected(at, title) for at, title in enumerate(_KYRKSLATT_ITEMS, start=1)),
    notes=("a kallelse's closing lines after the list: no ärenden",),
)

_BLEKINGE_LINES = (
    ("1", "Val av justerare ... 4"),
    ("2", "Godkännande av dagordning ... 4"),
    ("3", "Föredragningar ... 4"),
    ("4", "Överenskommelse inför beslut om allmän trafikplikt för", "Krösatågstrafik ... 5"),
    ("5", "Allmän trafikplikt för tågtrafik på sträckan Emmaboda-", "Karlskrona ... 6"),
    ("6", "Överenskommelse om samfinansiering av åtgärder på Blekinge kustbana 501-335-2016 ... 7"),
    ("7", "Överenskommelse om samfinansiering av åtgärder på", "Sydostlänken ... 8"),
    ("8", "Sydsvenska prioriteringar i infrastrukturen inför perioden", "2018-2029 ... 9"),
    ("9", "Svar på motion; Enzons busstrafik i Blekinge ... 10"),
    (
        "10",
        "Svar på revisionsrapport; Uppföljning av granskning av",
        "hantering av allmänna handlingar ... 11",
    ),
    ("11", "Delegation till regionstyrelsens ordförande i brådskande", "ärenden ... 13"),
    ("12", "Firmateckning för Region Blekinge – aktualisering ... 14"),
    ("13", "Nominering av ordinarie ledamot och ersättare i", "Öresundståg AB ... 15"),
    (
        "14",
        "Inkomna motioner Dnr 109-7-2017 Eva Berg (C) har inkommit med motionen Stoppa "
        "produkter som innehåller",
        "mikroplaster ... 16",
    ),
    ("15", "Information ... 17"),
    ("16", "Anmälningsärenden ... 18 _________"),
)
BLEKINGE_RS_2017 = RealAgenda(
    name="blekinge-regionstyrelsen-2017-02-08-arendeforteckning",
    source="https://5dok.org/document/y6e93xlo-regionstyrelsen-sammantr%C3%A4desprotokoll-"
    "%C3%A4rendef%C3%B6rteckning.html",
    kind="paste",
    header=(),
    rows=(
        ("Ärendeförteckning",),
        *(
            (text,)
            for nr, first, *rest in _BLEKINGE_LINES
            for text in ("", f"§ {nr} {first}", *(line for r in rest for line in ("", r)))
        ),
    ),
    expected=(
        Expected(1, "Val av justerare"),
        Expected(2, "Godkännande av dagordning"),
        Expected(3, "Föredragningar"),
        Expected(4, "Överenskommelse inför beslut om allmän trafikplikt för Krösatågstrafik"),
        Expected(5, "Allmän trafikplikt för tågtrafik på sträckan Emmaboda-Karlskrona"),
        Expected(
            6,
            "Överenskommelse om samfinansiering av åtgärder på Blekinge kustbana",
            "501-335-2016",
            "2016/335",
        ),
        Expected(7, "Överenskommelse om samfinansiering av åtgärder på Sydostlänken"),
        Expected(8, "Sydsvenska prioriteringar i infrastrukturen inför perioden 2018-2029"),
        Expected(9, "Svar på motion; Enzons busstrafik i Blekinge"),
        Expected(
            10,
            "Svar på revisionsrapport; Uppföljning av granskning av hantering av allmänna "
            "handlingar",
        ),
        Expected(11, "Delegation till regionstyrelsens ordförande i brådskande ärenden"),
        Expected(12, "Firmateckning för Region Blekinge – aktualisering"),
        Expected(13, "Nominering av ordinarie ledamot och ersättare i Öresundståg AB"),
        # The motion's first line stands in § 14's entry; nothing of it is left out.
        Expected(
            14,
            "Inkomna motioner Eva Berg (C) har inkommit med motionen Stoppa produkter som "
            "innehåller mikroplaster",
            "109-7-2017",
            "2017/7",
        ),
        Expected(15, "Information"),
        Expected(16, "Anmälningsärenden"),
    ),
    notes=("titles broken over two lines, the page after the second; a Dnr without label",),
)

SEVENTH_AGENDAS = (TYRESO_KFN_2021, HEBY_KF_2013, KYRKSLATT_KF_2023, BLEKINGE_RS_2017)
