"""A sixth set of real ärendelistor (the first thirty-four are in real_agendas.py,
real_agendas_more.py, real_agendas_third.py, real_agendas_fourth.py and real_agendas_fifth.py),
pasted as text the way a secretary copies them from a web page or a PDF, and what the import
must make of every row.

- Stockholms läns landsting, landstingsfullmäktige 2009-02-10: the sammanträdeshandlingar
  page itself, pasted whole: "Hoppa till huvudinnehåll", Dag, Tid, Plats, Webb-tv, the
  ordförande, "Anmälan om förhinder", the page's "Innehåll", then each ärende's number on a
  line of its own after the browser's own count of the list (" 1. 6.") with the title on the
  next line, and under each the link to its document ("Anmälan", "Landstingsstyrelsens
  förslag"). The same ärenden as the föredragningslista copied into Excel in
  real_agendas_fifth.py. Source: https://sammantradeshandlingar.regionstockholm.se/
  politiska-organ/landstingsfullmaktige/landstingsfullmaktige-den-10-februari-2009-med-tillagg
- Region Västerbotten, regionfullmäktige 2020-09-22: the web page's list under its dated
  heading, which starts at 2. Source: https://regionvasterbotten.se/default.aspx?id=121244
- Jämtlands läns landsting, landstingsstyrelsen 2010-06-22: the protokoll's
  Innehållsförteckning, each ärende's Dnr in brackets at the end of its title
  ("Influensavaccinering (LS/594/2010)"). Source: http://docplayer.se/2699146-Protokoll-1-7-
  2010-06-22-samlingssalen-borgen-froson-den-22-juni-2010-kl-08-30-08-45-christer-siwertsson-
  harriet-jorderud.html
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

What is ours: every personal name is made up (the parties are as written). The landsting's
page is cut where the stored copy ends, after item 9 (a line "Föredraga…" is left out);
blank lines and lines of only spaces are kept as the page has them. Västerbotten's list
stops after item 10, where the stored copy ends. In Jämtland's innehållsförteckning the
transcript lost the § numbers 131–133 (the protokoll's text has "131 Revidering av
Omställning 2010 (LS/1245/2008)"; 132 and 133 follow in its order) and every page but the
last; those numbers are put back. Tyresö's page is cut where the stored copy ends, in the
description of item 3 (its first paragraph is kept). Kyrkslätt's ordförande is given a
made-up name and the ersättare in item 7 made-up initials. Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda
from tests.interchange.real_agendas_fifth import REGION_STOCKHOLM_LF_2009

_LF_PAGE_TOP = (
    "Hoppa till huvudinnehåll",
    "",
    "Arkiv äldre sammanträdeshandlingar",
    "",
    "Landstingsfullmäktige den 10 februari 2009 med tillägg",
    "",
    "Landstingsfullmäktige den 10 februari 2009 med tillägg",
    "",
    "Dag:",
    "Tisdag den 10 februari 2009",
    "Tid:",
    "09:30 - 23:30",
    "Sammanträdet inleds klocka 09.30 och avslutas när föredragningslistan är genomgången",
    "Plats:",
    "Landstsingssalen i Landstingshuset, Hantverkargatan 45, plan -3 (ingång från baksidan). "
    "Åhörare är välkomna till läktaren, plan -2 (ingång från baksidan av huset).",
    "Webb-tv",
    "Du kan se och höra sammanträdet på webb-tv. Utsändningen på webb-tv är sökbar från ca "
    "12.00 dagen efter sammanträdet.",
    "",
    "Anna Berg",
    "",
    "Landstingsfullmäktiges ordförande",
    "",
    " ",
    "",
    "Förhinder",
    "",
    "Anmälan om förhinder",
    "",
    " ",
    "",
    "Innehåll",
    "",
    "Inledning",
    "Anmälningsärenden",
    "Beslutsärenden",
    "Motioner",
    "Valärenden",
    "Nya motioner",
    "Frågor",
    "Besvarande av interpellationer",
    "Anmälan av nya interpellationer",
    "",
)


def _lf_page_list() -> tuple[str, ...]:
    """The page's list: each ärende as " 1. 6." over its title, the links under it."""
    rows = REGION_STOCKHOLM_LF_2009.rows
    lines: list[str] = []
    count = 0
    for nr, title in rows:
        if not nr:
            count = 0
            lines += [title, ""]
            continue
        count += 1
        lines += [f" {count}. {nr}.", f"  {title}"]
        if nr == "5":
            lines += ["", "  Anmälan", "", "   ", ""]
        elif int(nr) >= 6:
            lines += ["", "  Landstingsstyrelsens förslag", "", "   ", ""]
    return tuple(lines)


REGION_STOCKHOLM_LF_2009_PAGE = RealAgenda(
    name="sll-landstingsfullmaktige-2009-02-10-webbsida",
    source=REGION_STOCKHOLM_LF_2009.source,
    kind="paste",
    header=(),
    rows=tuple((line,) for line in (*_LF_PAGE_TOP, *_lf_page_list())),
    expected=REGION_STOCKHOLM_LF_2009.expected,
    notes=("the sammanträdeshandlingar page pasted whole, numbers on lines of their own",),
)

_VASTERBOTTEN_ITEMS = (
    "Sammanträdets öppnande",
    "Upprop",
    "Val av protokolljusterare samt tid och plats för justering",
    "Fastställande av föredragningslista",
    "Anmälan av interpellationer",
    "Anmälan av frågor",
    "Anmälan av motioner",
    "Revisorernas information till regionfullmäktige",
    "Besvarande av interpellationer",
)

VASTERBOTTEN_RF_2020 = RealAgenda(
    name="vasterbotten-regionfullmaktige-2020-09-22",
    source="https://regionvasterbotten.se/default.aspx?id=121244",
    kind="paste",
    header=(),
    rows=(
        ("Regionfullmäktige 2020-09-22",),
        ("",),
        *((f"{at} {title}",) for at, title in enumerate(_VASTERBOTTEN_ITEMS, start=2)),
    ),
    expected=tuple(Expected(at, t) for at, t in enumerate(_VASTERBOTTEN_ITEMS, start=2)),
    notes=("a region's web page list under its dated heading, starting at 2",),
)

_JAMTLAND_ITEMS = (
    ("131", "Revidering av Omställning 2010", "LS/1245/2008", "LS 2008/1245"),
    ("132", "Initiativärende - Förnyelsebar energi", "LS/122/2010", "LS 2010/122"),
    ("133", "Influensavaccinering", "LS/594/2010", "LS 2010/594"),
)

JAMTLAND_LS_2010 = RealAgenda(
    name="jamtland-landstingsstyrelsen-2010-06-22-innehall",
    source="http://docplayer.se/2699146-Protokoll-1-7-2010-06-22-samlingssalen-borgen-froson-"
    "den-22-juni-2010-kl-08-30-08-45-christer-siwertsson-harriet-jorderud.html",
    kind="paste",
    header=(),
    rows=(
        ("Innehållsförteckning",),
        ("130 Fastställande av föredragningslista",),
        *(
            (f"{nr} {title} ({dnr})" + ("... 6" if nr == "133" else ""),)
            for nr, title, dnr, _ in _JAMTLAND_ITEMS
        ),
    ),
    expected=(
        Expected(130, "Fastställande av föredragningslista"),
        *(Expected(int(nr), title, dnr, key) for nr, title, dnr, key in _JAMTLAND_ITEMS),
    ),
    notes=("a landsting's Dnr in brackets at the end of the title: '(LS/594/2010)'",),
)

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

SIXTH_AGENDAS = (
    REGION_STOCKHOLM_LF_2009_PAGE,
    VASTERBOTTEN_RF_2020,
    JAMTLAND_LS_2010,
    TYRESO_KFN_2021,
    HEBY_KF_2013,
    KYRKSLATT_KF_2023,
)
