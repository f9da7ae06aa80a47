"""A thirteenth set of real ärendelistor (the twelfth is in real_agendas_twelfth.py): the
föredragningslistor of regions and a kommunalförbund no earlier round read, in shapes the
others do not have (the nämnder's lists of the round are in real_agendas_thirteenth_more.py
and real_agendas_thirteenth_tables.py). Each is given as the secretary pastes it from the PDF or the
web page (its heading lines above the list), and the plain lists among them also as a table
of the columns their kallelse prints, for the PDF layouts of kallelse_pdfs and for Word.

- Region Halland, regionstyrelsen 2014-03-26: "Föredragningslista" with the time and place,
  each ärende numbered without a dot and the förslag written under it as one sentence
  ("Regionstyrelsen utser … att jämte ordföranden justera protokollet."), then a
  description and the ärende's handlingar; under item 3 the skrivelser anmälda, numbered
  1.–4. after a line ending in a colon; the heading "Regional tillväxt" before item 4. The
  transcript lost the diarienummer after "RS" (left out here) and the dates of the
  handlingar (ours). Source: http://docplayer.se/3630745-Presidiets-forslag-regionstyrelsen-
  utser-per-persson-att-jamte-ordforanden-justera-protokollet.html
- Region Halland, regionstyrelsen 2012-08-29: the same shape; the skrivelser under item 3
  numbered past the list's own numbers (1.–7. under item 3). The transcript lost skrivelse
  3's number, the plan's period and the circulars' numbers (ours: "3.", "2014–2025",
  "12:27"); cut after skrivelse 7, where the stored excerpt ends. Source: http://docplayer.se/3911360-
  Presidiets-forslag-regionstyrelsen-utser-per-persson-att-jamte-ordforanden-justera-
  protokollet.html
- Region Västmanland, regionfullmäktige 2018-06-19: "FÖREDRAGNINGSLISTA 1 (13)" over Organ,
  Plats and Tidpunkt; each ärende's text under it and its förslag as att-satser numbered
  from 1 ("1. Informationen noteras."), the avsägelser of item 6 lettered a)–b) with the
  förslag for both under them, the page's header "FÖREDRAGNINGSLISTA 2 (13)" between items.
  The transcript interleaves the two columns (ours: the order as a person reads it) and
  lost the meeting's hour (ours: "09.30"), the time of the justering and the days the
  avsägelser came in (left out) and item 6's number (ours). "xxx och yyy" is the document's own.
  Source: http://docplayer.se/108428390-3-utseende-av-tva-justerare-att-tillsammans-med-
  ordforanden-justera-dagens-protokoll-information-fran-sakerhetsstrateg-hans-lohman.html
- Norrbottens Kommuner (a kommunalförbund), styrelsen 2015-03-05: "Utsänd
  föredragningslista" under the page's header "Styrelsen Sida 33 (65)", who informs on an
  ärende on the line under it ("Muntlig information av …, RKM"), the bilagor of an ärende
  on a line of their own ("Bilagor: a) PM, b) Årsredovisning"). The transcript lost the
  numbers of items 5, 6 and 8 (ours); cut in item 9, where the excerpt ends. Source:
  http://docplayer.se/16686315-Sammantradesprotokoll-sammantradesdatum-styrelsen-2015-03-05-
  sida-32-65-kulturens-hus-lulea.html
What is ours besides: every person is given a made-up name (parties and titles as written).
Built as bytes by `real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from ksdesk.core.dnr import parse_dnr
from tests.interchange.real_agendas import Expected
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text


def _e(nr: int | None, title: str, dnr: str = "", presenter: str = "", **kw) -> Expected:
    return Expected(nr, title, dnr, parse_dnr(dnr).key if dnr else "", presenter=presenter, **kw)


_MOTION_ANSWERED = (
    "Regionstyrelsen föreslår regionfullmäktige besluta att med lämnad redovisning anse "
    "motionen besvarad."
)
_VEHICLES = (
    "Regionstyrelsen föreslår regionfullmäktige beslutar att medge Hallandstrafiken AB att "
    "anskaffa ytterligare fordon."
)
HALLAND_2014_PROPOSALS = (
    "Regionstyrelsen utser Lars Berg att jämte ordföranden justera protokollet.",
    "Regionstyrelsen godkänner den utsända föredragningslistan.",
    "Regionstyrelsen antecknar skrivelserna till protokollet.",
    _MOTION_ANSWERED,
    _VEHICLES,
)


def _halland(day: str, when: str, *skrivelser: str) -> tuple[str, ...]:
    """Region Halland's föredragningslista down to the skrivelser anmälda under item 3."""
    return (
        "Föredragningslista",
        f"Sammanträdesdatum {day}",
        "Regionstyrelsen",
        f"Tid {when}",
        "Plats Regionens Hus, Södra vägen 9, Halmstad",
        "Sammanträdeslokal Borgsalen",
        "1 Justering",
        HALLAND_2014_PROPOSALS[0],
        "2 Godkännande av föredragningslista",
        HALLAND_2014_PROPOSALS[1],
        "3 Anmälan av inkomna/utgående skrivelser",
        HALLAND_2014_PROPOSALS[2],
        "Följande skrivelser anmäles för anteckning till protokollet:",
        *(f"{n}. {text}" for n, text in enumerate(skrivelser, 1)),
    )


_HALLAND_2014 = (
    *_halland(
        "2014-03-26",
        "Onsdag 26 mars 2014, kl 09:00 – ca 15:00",
        "Hälso- och sjukvårdsstyrelsen protokollsutdrag om årsredovisning 2013",
        "Regionkontoret Portföljrapport, pensionsmedel samt avkastning av egen förvaltning",
        "Regionkontoret Portföljrapport, pensionsmedel samt avkastning av egen förvaltning",
        "Regionkontoret Internkontrollplan 2014 för styrelser och nämnder.",
    ),
    "Regional tillväxt",
    "4 Motion om Satsa på tågen i öst-västlig riktning",
    _MOTION_ANSWERED,
    "Regionkontoret påbörjade under 2013 en kartläggning av resbehovet i Halland. "
    "Kartläggningen fortsätter under 2014 och i augusti presenteras den tillsammans med en "
    "analys.",
    "Skrivelse från regionstyrelsen (2014-03-05)",
    "Skrivelse från regionkontoret (2014-02-17)",
    "Motion från Eva Lind (C)",
    "5 Hallandstrafiken AB, anskaffning och finansiering av fordon för Öresundstågtrafiken",
    _VEHICLES,
)

_HALLAND_2012 = _halland(
    "2012-08-29",
    "Onsdag 29 augusti 2012, kl 08:30 – ca 12:00",
    "Näringsdepartementet Uppdrag att kvalitetssäkra den nationella "
    "trafikslagsövergripande planen för utveckling av transportsystemet för perioden "
    "2014–2025. Regeringsbeslut III:1.",
    "Sveriges Kommuner och Landsting Premieåterbetalning, lagrådsremisser och nyheter om "
    "utjämningssystemet m m. Cirkulär 12:27.",
    "Sveriges Kommuner och Landsting Preliminär kostnadsutjämning för LSS år 2013, "
    "prognos 2. Cirkulär 12:28.",
    "Sveriges Kommuner och Landsting Överenskommelse om lön och allmänna "
    "anställningsvillkor ÖLA 12 träffad mellan Arbetsgivarförbundet Pacta och "
    "Fastighetsanställdas Förbund. Cirkulär 12:29.",
    "Sveriges Kommuner och Landsting Huvudöverenskommelse om lön och allmänna "
    "anställningsvillkor m. m. HÖK 12 med OFRs förbundsområde Allmän kommunal verksamhet. "
    "Cirkulär 12:30.",
    "Sveriges Kommuner och Landsting Ändringar och tillägg i tillsvidareavtalet "
    "Huvudöverenskommelse om lön och allmänna anställningsvillkor m. m. HÖK T med "
    "AkademikerAlliansen. Cirkulär 12:31.",
    "Sveriges Kommuner och Landsting Överenskommelse om ändring av försäkringsvillkor för "
    "AGS-KL, TFA-KL och TGL-KL m. fl. Cirkulär 12:32.",
)

_VASTMANLAND = (
    "FÖREDRAGNINGSLISTA 1 (13)",
    "Organ Regionfullmäktige",
    "Plats Fullmäktigesalen, Stadshuset, Västerås",
    "Tidpunkt Tisdagen den 19 juni 2018, klockan 09.30",
    "1 Sammanträdet öppnas",
    "2 Närvaro",
    "Närvaron kontrolleras genom att ledamöter och tjänstgörande ersättare loggar in i "
    "mötessystemet.",
    "Ledamöter och ersättare deltar inte i beslut som rör dem själva.",
    "Ordföranden föreslår fullmäktige att ledamöter och ersättare får träda i och ur tjänst "
    "under sammanträdets gång.",
    "3 Utseende av två justerare att tillsammans med ordföranden justera dagens protokoll",
    "1. xxx och yyy utses att jämte ordföranden justera dagens protokoll onsdagen den 27 juni "
    "klockan i Regionhuset Västerås.",
    "4 Information",
    "Information från säkerhetsstrateg Ola Strand.",
    "1. Informationen noteras.",
    "5 Sammanträdesdagar 2019 och utbildningsdagar",
    "Fullmäktige föreslås sammanträda följande datum under år 2019: 20 februari, 17 april, "
    "18 juni, 18 september, 23 oktober och 20 november.",
    "Utbildningsdagar 2018 för fullmäktiges ledamöter och ersättare: 5 november och 10 december.",
    "1. Preliminära sammanträdesdagar och utbildningsdagar enligt ovan fastställs.",
    "6 Avsägelse av uppdrag",
    "a) Nils Ek har i skrivelse inkommen avsagt sig uppdraget som ledamot i styrelsen för "
    "Inventum, Region Västmanlands stiftelse för forskning och innovation (RV180949).",
    "b) Omar Sand (S), Surahammars kommun har i skrivelse inkommen avsagt sig uppdraget som "
    "ersättare i landstingsfullmäktiges västra valkrets (RV181026).",
    "1. Anhållan under punkt a)-b) beviljas.",
    "FÖREDRAGNINGSLISTA 2 (13)",
    "7 Anmälningar från Länsstyrelsens protokoll",
    "8 Anmälningsärenden",
)
VASTMANLAND_PROPOSALS = (
    "",
    _VASTMANLAND[8],
    _VASTMANLAND[10],
    "1. Informationen noteras.",
    _VASTMANLAND[17],
    "1. Anhållan under punkt a)-b) beviljas.",  # its avsägelser a)–b) parts of its title
    "",
    "",
)

_NORRBOTTEN = (
    "Styrelsen Sida 33 (65)",
    "Utsänd föredragningslista",
    "1. Val av justerare",
    "2. Föredragningslista",
    "3. Information om trafikförsörjningsprogram",
    "Muntlig information av Karin Holm, RKM",
    "4. Årsredovisning 2014",
    "Bilagor: a) PM, b) Årsredovisning",
    "5. Verksamhetsplan och budget 2015",
    "Bilagor: a) PM, b) Verksamhetsplan och budget",
    "6. Inriktning inklusive remissvar från medlemskommunerna",
    "Bilagor: a) PM, b) Förslag enligt rubrik, c) Remissvar från medlemskommunerna utsänds "
    "den 2 mars. Sista inlämningsdag är den 27 februari.",
    "7. Sammanträdesplan 2015",
    "Bilaga: Förslag till sammanträdesplan",
    "8. Kallelse, föredragningslista och valförfarande till Förbundsfullmäktiges sammanträde",
    "Bilaga: Förslag enligt rubrik",
    "9. Konstituerande styrelsesammanträde",
)
NORRBOTTEN_BILAGOR = {
    4: ["PM", "Årsredovisning"],
    5: ["PM", "Verksamhetsplan och budget"],
    6: [
        "PM",
        "Förslag enligt rubrik",
        "Remissvar från medlemskommunerna utsänds den 2 mars. Sista inlämningsdag är den "
        "27 februari.",
    ],
    7: ["Förslag till sammanträdesplan"],
    8: ["Förslag enligt rubrik"],
}

REGIONS = (
    _pasted(
        "halland-rs-2014-03",
        "http://docplayer.se/3630745",
        _HALLAND_2014,
        (
            _e(1, "Justering"),
            _e(2, "Godkännande av föredragningslista"),
            _e(3, "Anmälan av inkomna/utgående skrivelser"),
            _e(None, "Regional tillväxt", section=True),
            _e(4, "Motion om Satsa på tågen i öst-västlig riktning"),
            _e(
                5,
                "Hallandstrafiken AB, anskaffning och finansiering av fordon för "
                "Öresundstågtrafiken",
            ),
        ),
        ("the förslag under each ärende as one sentence", "a list of skrivelser in item 3"),
    ),
    _pasted(
        "halland-rs-2012-08",
        "http://docplayer.se/3911360",
        _HALLAND_2012,
        (
            _e(1, "Justering"),
            _e(2, "Godkännande av föredragningslista"),
            _e(3, "Anmälan av inkomna/utgående skrivelser"),
        ),
        ("the skrivelser numbered 1.–7. under item 3, past the list's own numbers",),
    ),
    _pasted(
        "vastmanland-rf-2018-06",
        "http://docplayer.se/108428390",
        _VASTMANLAND,
        (
            _e(1, "Sammanträdet öppnas"),
            _e(2, "Närvaro"),
            _e(
                3,
                "Utseende av två justerare att tillsammans med ordföranden justera dagens "
                "protokoll",
            ),
            _e(4, "Information", presenter="Ola Strand, säkerhetsstrateg"),
            _e(5, "Sammanträdesdagar 2019 och utbildningsdagar"),
            _e(6, f"Avsägelse av uppdrag {_VASTMANLAND[19]} {_VASTMANLAND[20]}"),
            _e(7, "Anmälningar från Länsstyrelsens protokoll"),
            _e(8, "Anmälningsärenden"),
        ),
        ("att-satser numbered from 1 under each ärende", "a page header between items"),
    ),
    _pasted(
        "norrbottens-kommuner-styrelsen-2015-03",
        "http://docplayer.se/16686315",
        _NORRBOTTEN,
        (
            _e(1, "Val av justerare"),
            _e(2, "Föredragningslista"),
            _e(3, "Information om trafikförsörjningsprogram", presenter="Karin Holm, RKM"),
            _e(4, "Årsredovisning 2014"),
            _e(5, "Verksamhetsplan och budget 2015"),
            _e(6, "Inriktning inklusive remissvar från medlemskommunerna"),
            _e(7, "Sammanträdesplan 2015"),
            _e(
                8,
                "Kallelse, föredragningslista och valförfarande till Förbundsfullmäktiges "
                "sammanträde",
            ),
            _e(9, "Konstituerande styrelsesammanträde"),
        ),
        ("who informs on the line under an ärende", "its bilagor on a line of their own"),
    ),
)
