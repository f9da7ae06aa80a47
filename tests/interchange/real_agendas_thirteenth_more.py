"""The nämnder's lists of the thirteenth set (the regions' and the kommunalförbund's are in
real_agendas_thirteenth.py, whose docstring names each source and what is ours): pasted as
the page or the PDF gives them, and the plain lists also as the table their kallelse
prints (`TABLES`, for the PDF layouts and Word)."""

from __future__ import annotations

from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text
from tests.interchange.real_agendas_thirteenth import _e

_SODERTALJE = (
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
_MORBYLANGA = (
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

_MOLNDAL = (
    "Förändring av ärendelistan",
    "Ekonomirapport t.o.m. september",
    "Åtgärder för budget i balans 2018/2019",
    "Hemtjänst på entreprenad",
    "Avvikelsesammanställning för perioden 1 januari - 30 juni 2018",
    "Tertialuppföljning",
    "Förenklad handläggning av trygghetslarm",
    "Ny taxa inom vård och omsorg",
    "Sammanträdestider för vård- och omsorgsnämnden",
    "Förvaltningschefens punkt",
    "Meddelanden",
    "Redovisning av delegeringsbeslut",
    "Anmälan om deltagande i seminarier och konferenser",
)

_KIL = (
    ("", "Val av protokolljusterare", ""),
    ("", "Godkännande av dagordning", ""),
    ("1", "Redovisning av barnomsorgskön", "BUN 16/39"),
    ("2", "Aktuell information", "BUN 16/33"),
    ("3", "Verksamhetsplan", "BUN 16/34"),
    ("4", "Ekonomisk uppföljning", "BUN 15/69"),
)

NAMNDER = (
    _pasted(
        "sodertalje-mn-2016-09",
        "https://www.sodertalje.se/ (miljönämnden 2016-09-27)",
        ("2016-09-27", *(f"{n}. {title}" for n, title in enumerate(_SODERTALJE, 1))),
        tuple(_e(n, title) for n, title in enumerate(_SODERTALJE, 1)),
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
        ("Miljö- och byggnadsnämnden", "Ärendelista", *(_morbylanga_line(*r) for r in _MORBYLANGA)),
        tuple(_e(nr, title, dnr) for nr, dnr, title, _ in _MORBYLANGA),
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
    _pasted(
        "kil-bun-2016-12",
        "https://docplayer.se/amp/12734561",
        (
            "Kommunkontoret, lokal Nedre Fryken, onsdag 14 december 2016, kl 15.30",
            "NR ÄRENDE DNR",
            *(" ".join(part for part in row if part) for row in _KIL),
        ),
        tuple(_e(int(nr) if nr else None, title, dnr) for nr, title, dnr in _KIL),
        ("two standing ärenden without number above 1",),
    ),
)

NAMNDER += (
    _pasted(
        "molndal-von-2018-10",
        "https://docplayer.se/109072013-Sammantradesprotokoll-vard-och-omsorgsnamnden-"
        "sammantradesdatum.html",
        (
            "SAMMANTRÄDESPROTOKOLL",
            "Vård- och omsorgsnämnden",
            "Innehållsförteckning",
            *(f"{n} {title}" for n, title in enumerate(_MOLNDAL, 103)),
        ),
        tuple(_e(n, title) for n, title in enumerate(_MOLNDAL, 103)),
        ("the budget's years at a title's end, no Dnr",),
    ),
)

# The plain lists as the table their kallelse prints.
TABLES = (
    RealAgenda(
        "sodertalje-mn-2016-09-table",
        NAMNDER[0].source,
        ("Nr", "Ärende"),
        tuple((str(n), title) for n, title in enumerate(_SODERTALJE, 1)),
        NAMNDER[0].expected,
    ),
    RealAgenda(
        "morbylanga-mbn-2018-04-table",
        NAMNDER[2].source,
        ("§", "Ärende", "Dnr"),
        tuple((str(nr), title, dnr) for nr, dnr, title, _ in _MORBYLANGA),
        NAMNDER[2].expected,
    ),
    RealAgenda(
        "kil-bun-2016-12-table",
        NAMNDER[4].source,
        ("Nr", "Ärende", "Dnr"),
        _KIL,
        NAMNDER[4].expected,
    ),
)
