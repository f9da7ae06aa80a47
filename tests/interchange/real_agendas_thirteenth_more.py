"""The nämnder's lists of the thirteenth set (the regions' and the kommunalförbund's are in
real_agendas_thirteenth.py, Kil's and Mölndal's and the tables in
real_agendas_thirteenth_tables.py), pasted as the page or the PDF gives them:

- Södertälje kommun, miljönämnden 2016-09-27: the meeting's page, "1." to "18.", a motion's
  title in quotation marks. Source: https://www.sodertalje.se/kommun-och-politik/moten-
  handlingar-och-protokoll/namnder/miljonamnden/tidigare-ar/sammantradeshandlingar22/
  tidigare-handlingar/2016/2016-09-27/
- Stockholms stad, miljö- och hälsoskyddsnämnden 2010-09-21 (a nämnd of the stad no round
  read): the portal's page, each ärende with who sent the remiss, its Dnr, the avdelning in
  brackets ("(Hälsoskydd) *") and "Omedelbar justering" under it, a title broken after a
  comma. Cut after item 13. Source: https://insynsverige.se/stockholm-miljo/protokoll?date=
  2010-09-21
- Mörbylånga kommun, miljö- och byggnadsnämnden 2018-04-26: the protokoll's ärendelista,
  each § with its Dnr, the fastighet and what is asked ("Glömminge 1:58, del av - Ansökan
  om detaljplan. Samråd"), and the page after a dot leader ("... 9"). The transcript lost
  the "§" before each number (ours). Source: https://docplayer.se/amp/106889196-Miljo-och-
  byggnadsnamnden.html
- Norrtälje kommun, bygg- och miljönämndens arbetsutskott (2014): "FÖREDRAGNINGSLISTA …
  Innehållsförteckning", "Ärenden §", each ärende with "Dnr", the fastighet and its colon,
  the § at the line's end, the heading "BYGGLOVENHETEN". The transcript lost the Dnr and
  the fastigheter's numbers (ours); cut after item 6. Source: http://docplayer.se/2706320-
  Mats-hultin-m-ordforande-klas-zettergren-m-eva-olander-c-margaretha-lundgren-s-lennart-
  svenberg-s.html
- Kils kommun, barn- och utbildningsnämnden 2016-12-14: "NR ÄRENDE DNR" pasted on one line,
  two standing ärenden without number above "1", the Dnr at each title's end ("BUN 16/39").
  The stored copy gives this meeting's list in two parts of its excerpt (joined here, in
  its order). Source: https://docplayer.se/amp/12734561-Februari-2011-kl-15-30-1-budget-
  2011-bun-10-25-2-redovisning-av-inkomna-klagomal-synpunkter-under-september-december-
  2010.html

- Mölndals stad, vård- och omsorgsnämnden (2018): the protokoll's innehållsförteckning,
  §§ 103–115, the budget's years at a title's end ("Åtgärder för budget i balans
  2018/2019", no Dnr). The transcript lost §§ 106, 108, 109 and 112's numbers, "2019" and the
  year after "30 juni" (ours). Source: https://docplayer.se/109072013-Sammantradesprotokoll-
  vard-och-omsorgsnamnden-sammantradesdatum.html

What is ours besides: every person is given a made-up name (parties and titles as written).
Built as bytes by `real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text
from tests.interchange.real_agendas_thirteenth import _e

SODERTALJE = (
    "Protokollets justering",
    "Fastställande av dagordning",
    "Muntlig information om ny skötselplan för Farstanäs",
    "Dispens från reservatsföreskrifterna i Parkudden-Lövsta naturreservat för underhåll av "
    "vägen fram till husbehovstäkt",
    "Krisplan - livsmedel och dricksvatten",
    "Remiss från Naturvårdsverket gällande reviderade föreskrifter om kontroll av luftkvalitet",
    "Revidering av delegationsordningen för miljönämnden",
    "Remiss vid plansamråd för Kolpenäs 1:1 och Södra 1:2",
    "Delårsbokslut för miljönämnden per den 31 augusti 2016",
    "Uppföljning av miljönämndens verksamhet januari-augusti 2016",
    "Rapport om internkontroll 2016 - del 1",
    'Motion av Anders Björk (M) "En ansvarsfull naturvård"',
    "Övriga frågor",
    "Ordföranden informerar",
    "Kontorschefen informerar",
    "Ärendebalans",
    "Delegeringsbeslut",
    "Meddelanden",
)

_STOCKHOLM = (
    "Din position: Hem > Stockholms stad > Miljö- och hälsoskyddsnämnden > Sammanträde 2010-09-21",
    "Sammanträde 2010-09-21",
    "Datum",
    "Klockan",
    "17:00",
    "Plats",
    "Plats Bolindersalen, Tekniska nämndhuset",
    "2 Val av justerare och tid för justering",
    "3 Anmälan av föregående protokoll",
    "4 Anmälan av delegationsbeslut fattade inom miljöförvaltningen",
    "5 Anmälan av handikapprådets protokoll",
    "6 Tertialrapport 2 2010 miljö- och hälsoskyddsnämnden",
    "7 Överklagande av beslut om klagomål över lukt och buller som lämnats utan åtgärd - "
    "Pais konditori, Pålsundsgatan 6",
    "Remiss från länsstyrelsen, ärendebeteckning 505-09-6966",
    "Dnr 2007-8109",
    "(Hälsoskydd) *",
    "8 Ansökan om utdömande av vite - Holmfrid 13",
    "9 Överklagande av beslut om avgift för tillsyn enligt miljöbalken,",
    "Bostadsrättsföreningen Knallhatten 4",
    "Remiss från miljödomstolen, mål nr M 3003-10",
    "Dnr 2009-4194",
    "(Hälsoskydd) *",
    '10 Motion från (2010:11) Sten Holm (V) om en årlig "återvinningsdag" i Stockholm',
    "Remiss från kommunstyrelsen",
    "Dnr 2010-11028",
    "(Hälsoskydd)",
    "Omedelbar justering",
    "11 Förslag till revidering av föreskrifter i gällande renhållningsordning för "
    "Stockholms kommun, 2008-2012",
    "Remiss från trafik- och renhållningsnämnden, dnr T2010-701-0075",
    "Dnr 2010-12343",
    "(Hälsoskydd)",
    "Omedelbar justering",
    "12 Rapport om temperaturer i butikskyldiskar",
    "En rapport från miljöförvaltningen",
    "Dnr 2010-14724",
    "(Livsmedelskontrollen)",
    "13 Motion (2010:2) av Mats Sjö (S) om utvidgning av återvinningscentral i Östberga",
    "Remiss från kommunstyrelsen",
    "Dnr 2010-12272",
    "(Plan och Miljö)",
)

# Mörbylånga's §, Dnr, title and page.
MORBYLANGA = (
    (50, "", "Val av justerare", 3),
    (51, "", "Godkännande av dagordning", 4),
    (52, "", "Meddelande och information", 5),
    (53, "", "Anmälan av fattade delegeringsbeslut", 6),
    (54, "", "Verksamhetsinformation", 7),
    (55, "2007/001021", "Glömminge 1:58, del av - Ansökan om detaljplan. Samråd", 9),
    (56, "2016/001392", "Gårdby 4:20 skifte 2 - Avsluta ärende upprättande av detaljplan", 11),
    (57, "2012/000778", "Runsbäck 2:23 - Avsluta ärende upprättande av detaljplan", 12),
    (58, "2018/000033", "Ansökan om förhandsbesked. Lokaliseringsprövning för bostad", 13),
    (59, "2018/000054", "Ansökan om förhandsbesked. Lokaliseringsprövning bostad", 17),
    (
        60,
        "2018/000069",
        "Ansökan om förhandsbesked. Lokaliseringsprövning för byggnation av enbostadshus",
        20,
    ),
    (
        61,
        "2017/000937",
        "Ansökan om förhandsbesked. Lokaliseringsprövning för byggnation av enbostadshus",
        23,
    ),
    (62, "", "Sammanträdesplan 2018 - Ändrad mötestid för nämndens möte i maj", 25),
)


def _morbylanga_line(nr: int, dnr: str, title: str, page: int) -> str:
    """ "§ 58 Dnr 2018/000033 - Ansökan om …": a förhandsbesked's fastighet, left out of the
    public list, leaves its dash."""
    on = f"Dnr {dnr} " if dnr else ""
    dash = "- " if title.startswith("Ansökan") else ""
    return f"§ {nr} {on}{dash}{title} ... {page}"


# Norrtälje's Dnr, fastighet, what is asked, and the § at the line's end.
_NORRTALJE = (
    (
        "2014-000712",
        "Brännström 1:4",
        "Strandskyddsdispens och bygglov för nybyggnad av "
        "enbostadshus, stall, ridhus, ekonomibyggnader, installation av eldstad samt ändrad "
        "användning av enbostadshus till kontor/bostad.",
        154,
    ),
    (
        "2014-000534",
        "Glyxnäs 3:21",
        "Strandskyddsdispens för nybyggnad av friggebod samt uppförande av kaj.",
        155,
    ),
    (
        "2014-000688",
        "Gräddö 3:112",
        "Strandskyddsdispens och bygglov för nybyggnad av brygga.",
        156,
    ),
    ("2014-000802", "Herräng 1:35", "Bygglov för nybyggnad av fritidshus och garage.", 157),
    (
        "2014-000299",
        "Lingslätö 2:1",
        "Strandskyddsdispens för anläggande av två fekaliebassänger",
        158,
    ),
)

NAMNDER = (
    _pasted(
        "sodertalje-mn-2016-09",
        "https://www.sodertalje.se/ (miljönämnden 2016-09-27)",
        ("2016-09-27", *(f"{n}. {title}" for n, title in enumerate(SODERTALJE, 1))),
        tuple(_e(n, title) for n, title in enumerate(SODERTALJE, 1)),
        ("the meeting's page",),
    ),
    _pasted(
        "stockholm-mhn-2010-09",
        "https://insynsverige.se/stockholm-miljo/protokoll?date=2010-09-21",
        _STOCKHOLM,
        (
            _e(2, "Val av justerare och tid för justering"),
            _e(3, "Anmälan av föregående protokoll"),
            _e(4, "Anmälan av delegationsbeslut fattade inom miljöförvaltningen"),
            _e(5, "Anmälan av handikapprådets protokoll"),
            _e(6, "Tertialrapport 2 2010 miljö- och hälsoskyddsnämnden"),
            _e(7, _STOCKHOLM[12][2:], "2007-8109"),
            _e(8, "Ansökan om utdömande av vite - Holmfrid 13"),
            _e(9, f"{_STOCKHOLM[17][2:]} {_STOCKHOLM[18]}", "2009-4194"),
            _e(10, _STOCKHOLM[22][3:], "2010-11028"),
            _e(11, _STOCKHOLM[27][3:], "2010-12343"),
            _e(12, "Rapport om temperaturer i butikskyldiskar", "2010-14724"),
            _e(13, _STOCKHOLM[36][3:], "2010-12272"),
        ),
        ("a title broken after its comma", "the avdelning and Omedelbar justering under it"),
    ),
    _pasted(
        "morbylanga-mbn-2018-04",
        "https://docplayer.se/amp/106889196-Miljo-och-byggnadsnamnden.html",
        ("Miljö- och byggnadsnämnden", "Ärendelista", *(_morbylanga_line(*r) for r in MORBYLANGA)),
        tuple(_e(nr, title, dnr) for nr, dnr, title, _ in MORBYLANGA),
        ("each § with its Dnr, fastighet and page",),
    ),
    _pasted(
        "norrtalje-bmnau-2014",
        "http://docplayer.se/2706320",
        (
            "FÖREDRAGNINGSLISTA",
            "Bygg- och miljönämndens arbetsutskott",
            "Innehållsförteckning",
            "Ärenden §",
            "1. Val av justerare 153",
            "BYGGLOVENHETEN",
            *(
                f"{n}. Dnr {dnr} {place}: {what} {para}"
                for n, (dnr, place, what, para) in enumerate(_NORRTALJE, 2)
            ),
        ),
        (
            _e(1, "Val av justerare"),
            _e(None, "BYGGLOVENHETEN", section=True),
            *(
                _e(n, f"{place}: {what}", dnr)
                for n, (dnr, place, what, _) in enumerate(_NORRTALJE, 2)
            ),
        ),
        ("the § at the line's end", "a fastighet with its colon before what is asked"),
    ),
)
