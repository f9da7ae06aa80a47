"""An eighth set of real ärendelistor (the seventh is in real_agendas_seventh.py), pasted as
text from a web page or a PDF, in shapes the others do not have, and what the import must
make of every row.

- Heby kommun, kommunfullmäktige 2013-12-17: the webcast's list of the meeting's points, with
  two events of the meeting between the numbered points and without number ("Fullmäktige
  ajournerar sig för Information från Vit Jul IOGT- NTO", "Justering av närvarolistan"), and
  point 13 written twice, as the webcast's two parts of one ärende ("13 Utvärdering av den
  politiska organisationen 1 av 2", "… 2 av 2"). Source:
  http://www.securestream.se/playlister/1220/player.php?eid=20131217&start=1110

- Lidingö stad, kommunfullmäktige 2021-04-26: the kungörelse as the local paper printed it,
  pasted from the web page: a sentence with the time and place above, two groups each
  numbered from 1 ("Interpellationer och frågor" 1–4, "Ärenden" 1–7), the page's lines
  after. Source: https://www.lidingonyheter.se/kommunfullmaktige-den-26-april/
- Region Jönköpings län, regionfullmäktige 2017-09-26: the region's meeting page pasted
  whole, links to the documents ("Protokoll (pdf-dokument)") above the list under
  "Ärenden", "(pdf-dokument)" after a title, and an unnumbered group after the list
  ("Anmälningsärenden", an ärende with its Dnr "- RJL 2017/953"), then "Övrigt". Source:
  https://rjl.se/Demokrati/politik-moten-och-handlingar/regionfullmaktige2/regionfullmaktige/regionfullmaktige-2017-09-26/
- Region Sörmland, regionstyrelsen 2018-10-04: the page "Kallelse och handlingar till
  styrelsen" pasted whole: time, place and the day's hålltider ("9.00 Sammanträdet startar",
  "12.00 ca Lunch") above the list under "Dagordning", delpunkter a)–d) under item 4 with who
  presents each on an indented line under it, and "d)" alone on its line, its title on the
  next. Source: https://region.sormland.se/politik/kallelse-och-handlingar-till-styrelsen/
- Pargas stad (Finland, a stad that writes in Swedish and Finnish), stadsstyrelsen, protokoll
  1/(year lost in the transcript): the protokoll's list of ärenden with the page after each
  title and no dot leader ("1 Konstatera sammanträdets laglighet och beslutförhet 3"), under
  the bilingual heading lines. The stored transcript runs the list into one line; it is
  split where each number starts, and cut after item 4 (the transcript lost the numbers of
  the items after it). Source: http://docplayer.se/17179140-Sammantradesprotokoll-
  kokouspoytakirja-1-konstatera-sammantradets-laglighet-och-beslutforhet-3-2-val-av-
  protokolljusterare-4.html
- Nykarleby stad (Finland), stadsstyrelsen, protokoll 4/2014: "Ärenden som skall behandlas
  Sida", §§ 56–62 each with its page and no dot leader. Split into lines as Pargas', cut
  after § 62 (the transcript lost the pages after it). Source:
  http://docplayer.se/2635907-Nykarleby-stad-protokoll-4-2014-1.html
- Jakobstads stad (Finland), stadsstyrelsen 2015-01-22: the möteskallelse as its case
  system prints it, pasted from the PDF: the kallelse's own page stamped "§ -2, STST
  2015-01-22 16:00" with who is called, then each ärende on a line stamped "§ 7, STST
  2015-01-22 16:00", its diarienummer on the next line ("CFV: 49/2015"), its title in
  capitals, the beredning's text and the förslag ("Förslag" / "Stadsdirektören:" / the
  förslag). Cut where the stored copy's excerpt ends, in § 8; the members called are cut to
  two ledamöter. Source: https://deploy.abcdocz.com/doc/2974864/22_01_2015.pdf
- Nordmalings kommun, socialnämnden 2009-10-13: the protokoll's INNEHÅLLSFÖRTECKNING, its
  closed individärenden as one line for a run of paragraphs ("§ 244-272 Sekretessärenden 5"),
  pages without dot leader, one of them a span ("6-7"), and "§" inside a title ("13 kap 2 §
  SoL"). Cut after § 274 (the stored copy's excerpt ends in § 275). Source:
  https://5dok.org/document/z3dlmrdd-plats-och-tid-kommunstyrelsens-sammantr%C3%A4desrum-kl.html

What is ours: nothing in Heby's, Region Jönköping's, Pargas' or Nykarleby's lists (they name
no person). Jakobstad's ledamöter, tjänstemän, justerare and motionär are given made-up
names. Lidingö's interpellanter and Region Sörmland's föredragande and styrgrupp are
given made-up names (parties and titles as written). Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda


def _pasted(
    name: str,
    source: str,
    lines: tuple[str, ...],
    expected: tuple[Expected, ...],
    notes: tuple[str, ...],
) -> RealAgenda:
    """A list pasted as text, one line a row."""
    rows = tuple((line,) for line in lines)
    return RealAgenda(name, source, (), rows, expected, "paste", notes)


_HEBY_DECEMBER_LINES = (
    "1 Kommunfullmäktiges öppnande",
    "2 Upprop samt anmälan om förhinder",
    "3 Val av justerande",
    "4 Justering",
    "Fullmäktige ajournerar sig för Information från Vit Jul IOGT- NTO",
    "5 Information från Sala-Heby Energi AB",
    "Justering av närvarolistan",
    "6 Allmänhetens frågestund",
    "7 Fullmäktigeberedningarna styrelser och nämnder",
    "8 Revisorerna information",
    "9 Återrapporteringar",
    "10 Interpellationer",
    "11 Enkla frågor",
    "12 Ansökan om försäljning av fastighet Heby Morgongåva 15 8",
    "13 Utvärdering av den politiska organisationen 1 av 2",
    "13 Utvärdering av den politiska organisationen 2 av 2",
    "14 Kommunfullmäktiges sammanträdesdagar 2014",
    "15 Arvode till valnämndens ordförande under valår",
    "16 Förbättra och tydliggör kommunens informationsskyltar, medborgarförslag",
    "17 Anmälan av nya motioner",
    "18 Anmälan av nya medborgarförslag",
    "19 Avsägelser",
    "20 Val",
    "21 Anmälningsärenden",
)


def _heby_december() -> tuple[Expected, ...]:
    expected: list[Expected] = []
    for line in _HEBY_DECEMBER_LINES:
        number, _, title = line.partition(" ")
        if not number.isdigit():
            expected.append(Expected(None, line, section=True))
        elif title.endswith("2 av 2"):
            continue  # the second part of point 13: one ärende with the first
        else:
            expected.append(Expected(int(number), title.removesuffix(" 1 av 2")))
    return tuple(expected)


HEBY_KF_2013_DECEMBER = _pasted(
    "heby-kf-2013-12-17-webbsandning",
    "http://www.securestream.se/playlister/1220/player.php?eid=20131217&start=1110",
    _HEBY_DECEMBER_LINES,
    _heby_december(),
    (
        "events without number between the numbered points",
        "one number twice, the two parts of one ärende in the webcast",
    ),
)


_LIDINGO_LINES = (
    "Kommunfullmäktige i Lidingö kallas att sammanträda i Gustaf Dalén-salen i Stadshuset, "
    "måndagen den 26 april 2021 klockan 18.00.",
    "",
    "Interpellationer och frågor",
    "",
    " 1. Satsning på jobb för ungdomar – interpellation från Olle Ek (S)",
    " 2. Hur går integrationen på Lidingö? – interpellation från Siv Bark (MP)",
    " 3. Hemtjänstens kvalitet på ön – interpellation från Ture Lund (C)",
    " 4. Hur går arbetet med trygg uppväxt? – interpellation från Siv Bark (MP)",
    "",
    "Ärenden",
    "",
    " 1. Detaljplan för Grönstakolonin",
    " 2. Lidingö stads årsredovisning för 2020",
    " 3. Ansvarsfrihet för stadens nämnder m fl. för år 2020",
    " 4. Årsredovisning för Storstockholms brandförsvar 2020",
    " 5. Utökning av verksamhetsområde för spill- och dricksvatten gällande Rävviken/Bjälbo "
    "samt Lidingö 6:4 och 6:5",
    " 6. Redovisning av avtalssamverkan med andra kommuner",
    " 7. Valärenden",
    "",
    "Fullmäktiges sammanträden är offentliga. Allmänheten kan lyssna på debatten i Stadshuset "
    "men på grund av den pågående pandemin rekommenderar vi att titta via Internet, där den "
    "direktsänds.",
    "",
    "Debatten sänds även i Radio Lidingö, FM 97,8.",
)


def _numbered_from(lines: tuple[str, ...], first: int) -> list[Expected]:
    """Each " 1. Title" line as the ärende the agenda gives the next number from `first`."""
    titles = [line.split(". ", 1)[1] for line in lines if line.split(".")[0].strip().isdigit()]
    return [Expected(first + at, title) for at, title in enumerate(titles)]


LIDINGO_KF_2021 = _pasted(
    "lidingo-kf-2021-04-26-kungorelse",
    "https://www.lidingonyheter.se/kommunfullmaktige-den-26-april/",
    _LIDINGO_LINES,
    (
        Expected(None, "Interpellationer och frågor", section=True),
        *_numbered_from(_LIDINGO_LINES[4:8], 1),
        Expected(None, "Ärenden", section=True),
        *_numbered_from(_LIDINGO_LINES[11:19], 5),
    ),
    ("two groups, each numbered from 1, under their headings",),
)

_RJL_LINES = (
    "Regionfullmäktige 26 september 2017",
    "",
    "Kallelse och handlingar publiceras några dagar före sammanträdet. Protokoll publiceras "
    "när de har justerats, det vill säga några dagar efter sammanträdet.",
    "",
    "Protokoll   (pdf-dokument)",
    "Bilagor(pdf-dokument)",
    "",
    "Kungörelse(pdf-dokument)",
    "",
    "PM(pdf-dokument)",
    "",
    "Ärenden",
    "",
    "  1. Öppnande",
    "  2. Upprop",
    "  3. Val av protokolljusterare",
    "  4. Tillkännagivande av tid och plats för justering av regionfullmäktiges protokoll: "
    "Tisdagen den 12 september kl 15.30 på Regionens hus",
    "  5. Framställande av interpellationer och frågor",
    "  6.  Handlingar till ärenden till regionfullmäktiges sammanträde(pdf-dokument)",
    "  7. Valärenden",
    "",
    "Anmälningsärenden",
    "",
    "Regionstyrelsens yttrande över granskningsrapporter från regionrevisionen",
    "",
    "Granskning avseende förebyggande åtgärder kring oegentligheter - RJL 2017/953(pdf-dokument)",
    "",
    "Övrigt",
)

RJL_RF_2017 = _pasted(
    "rjl-regionfullmaktige-2017-09-26-webbsida",
    "https://rjl.se/Demokrati/politik-moten-och-handlingar/regionfullmaktige2/"
    "regionfullmaktige/regionfullmaktige-2017-09-26/",
    _RJL_LINES,
    (
        Expected(1, "Öppnande"),
        Expected(2, "Upprop"),
        Expected(3, "Val av protokolljusterare"),
        Expected(
            4,
            "Tillkännagivande av tid och plats för justering av regionfullmäktiges protokoll: "
            "Tisdagen den 12 september kl 15.30 på Regionens hus",
        ),
        Expected(5, "Framställande av interpellationer och frågor"),
        Expected(6, "Handlingar till ärenden till regionfullmäktiges sammanträde"),
        Expected(7, "Valärenden"),
        Expected(None, "Anmälningsärenden", section=True),
        Expected(
            None,
            "Regionstyrelsens yttrande över granskningsrapporter från regionrevisionen",
            section=True,
        ),
        Expected(
            None,
            "Granskning avseende förebyggande åtgärder kring oegentligheter",
            "RJL 2017/953",
            "RJL 2017/953",
        ),
    ),
    ("links above the list, a link's label after a title, a group after the list",),
)

_SORMLAND_LINES = (
    "Kallelse och handlingar till styrelsen",
    "",
    "Regionstyrelsen sammanträdde den 4 oktober 2018 på Blommenhof hotell i Nyköping.",
    "",
    "Tid:      kl 9.00 - ca 12.00",
    "Plats:   Blommenhof hotell, Nyköping",
    "",
    "Preliminära hålltider för dagen:",
    "",
    "  9.00       Sammanträdet startar",
    "                Behandling av ärenden enligt dagordning",
    "12.00 ca  Lunch",
    "",
    "Dagordning",
    "",
    " 1. Sammanträdet öppnas",
    "",
    " 2. Val av justerare",
    "",
    " 3. Fastställande av dagordning",
    "",
    " 4. Information/vägledningsdiskussion",
    "",
    '  a) Rapport från konferensen "Är Sörmlands elförsörjning hotad?"',
    "      Maja Strand, strateg",
    "  b) Rapporter från regionstyrelsens beredningar",
    "      Respektive berednings ordförande",
    "  c) Regionfrågan",
    "      Styrgruppen: Nils Berg (S), Karin Holm (S) och Olof Dahl (M)",
    "  d)",
    "  Kommentarer till beslutsärendena",
    "      Eva Rask, regiondirektör",
    "",
    " 5. Delårsbokslut per den 31 augusti 2018",
    "",
    " 6. Verksamhetsplan och budget 2019",
    "",
    " 7. Likvidation av Regionförbundet Sörmland, verksamhetsövergång m m",
    "",
    " 8. Regionalt ställningstagande om vägar som korsar kommande Ostlänken",
    "",
    " 9. Revidering av dokumenthanteringsplan för regionförbundets lednings- och stödprocesser",
    "",
    " 10. Utökat uppdrag för kompetensberedningen",
    "",
    " 11. Redovisning av Sörmlandsstrategin i länets kommuner",
    "",
    " 12. Anmälningsärenden",
    "",
    " 13. Övriga frågor",
    "",
    " 14. Avslutning",
)

SORMLAND_RS_2018 = _pasted(
    "sormland-regionstyrelsen-2018-10-04-webbsida",
    "https://region.sormland.se/politik/kallelse-och-handlingar-till-styrelsen/",
    _SORMLAND_LINES,
    (
        Expected(1, "Sammanträdet öppnas"),
        Expected(2, "Val av justerare"),
        Expected(3, "Fastställande av dagordning"),
        Expected(4, "Information/vägledningsdiskussion"),
        # The delpunkter become ärenden of their own; ksdesk numbers them in one run.
        Expected(
            None,
            'Rapport från konferensen "Är Sörmlands elförsörjning hotad?"',
            presenter="Maja Strand, strateg",
        ),
        Expected(
            None,
            "Rapporter från regionstyrelsens beredningar",
            presenter="Respektive berednings ordförande",
        ),
        Expected(
            None,
            "Regionfrågan",
            presenter="Styrgruppen: Nils Berg (S), Karin Holm (S) och Olof Dahl (M)",
        ),
        Expected(None, "Kommentarer till beslutsärendena", presenter="Eva Rask, regiondirektör"),
        *(
            Expected(number + 4, line.split(". ", 1)[1])
            for line in _SORMLAND_LINES[33:]
            if line and (number := int(line.split(".")[0]))
        ),
    ),
    ("hålltider above the list", "delpunkter with who presents each under it"),
)

_PARGAS_LINES = (
    "Stadsstyrelsen",
    "TID - AIKA kl./klo 14:00-19:10",
    "PLATS - PAIKKA Pargas stadshus, Styrhytten",
    "1 Konstatera sammanträdets laglighet och beslutförhet 3",
    "2 Val av protokolljusterare 4",
    "3 Godkännande av föredragningslistan 5",
    "4 Pargas stads direktiv för fakturering och indrivning 6",
)

_NYKARLEBY_LINES = (
    "NYKARLEBY STAD PROTOKOLL 4/2014",
    "Stadsstyrelsen",
    "Ärenden som skall behandlas Sida",
    "56 Sammanträdets laglighet och beslutförhet 4",
    "57 Val av två protokolljusterare 4",
    "58 Godkännande av föredragningslistan 4",
    "59 Obesvarade motioner 5",
    "60 Program för integrationsfrämjande 6",
    "61 Äldrepolitiskt program 7",
    "62 Förvaltningsstadga för Nykarleby stad 9",
)


def _paged(lines: tuple[str, ...]) -> tuple[Expected, ...]:
    """ "56 Title 4" → the ärende 56 "Title" (its page left out)."""
    rows = [line.split(" ", 1) for line in lines if line.split(" ", 1)[0].isdigit()]
    return tuple(Expected(int(nr), rest.rsplit(" ", 1)[0]) for nr, rest in rows)


PARGAS_STST = _pasted(
    "pargas-stadsstyrelsen-protokoll-1-arenden",
    "http://docplayer.se/17179140-Sammantradesprotokoll-kokouspoytakirja-1-konstatera-"
    "sammantradets-laglighet-och-beslutforhet-3-2-val-av-protokolljusterare-4.html",
    _PARGAS_LINES,
    _paged(_PARGAS_LINES),
    ("the page after each title without dot leader",),
)

NYKARLEBY_STST_2014 = _pasted(
    "nykarleby-stadsstyrelsen-2014-4-arenden",
    "http://docplayer.se/2635907-Nykarleby-stad-protokoll-4-2014-1.html",
    _NYKARLEBY_LINES,
    _paged(_NYKARLEBY_LINES),
    ("§§ with their page after the title, under 'Ärenden som skall behandlas Sida'",),
)

_JAKOBSTAD_LINES = (
    "§ -2, STST 2015-01-22 16:00",
    "Möteskallelse",
    "Torsdagen den 22 januari 2015 kl. 16:00 i stadsstyrelsens sammanträdesrum",
    "Ordinarie ledamöter",
    "Lars Nylund, ordförande",
    "Ann Grön, I viceordförande",
    "Övriga deltagare",
    "Mats Ek, stadsdirektör",
    "Lisa Strand, stadssekreterare",
    "Ärenden",
    "Enligt bifogade föredragningslista.",
    "Enligt uppdrag:",
    "Lisa Strand",
    "stadssekreterare",
    "§ 4, STST 2015-01-22 16:00",
    "SAMMANTRÄDETS LAGENLIGA SAMMANKALLANDE OCH BESLUTFÖRHET",
    "§ 5, STST 2015-01-22 16:00",
    "PROTOKOLLJUSTERING",
    "Stadssekreteraren:",
    "Protokolljustering äger rum i stadskansliet torsdagen den 29",
    "januari 2015.",
    "Förslag",
    "Stadsdirektörens ersättare:",
    "Stadsstyrelsen utser Karin Berg och Olof Sand till protokolljusterare.",
    "§ 6, STST 2015-01-22 16:00",
    "ANMÄLNINGSÄRENDEN",
    "Handlingarna finns till påseende i stadskansliet.",
    "Förslag",
    "Stadsdirektörens ersättare:",
    "Stadsstyrelsen antecknar ärendet för kännedom.",
    "§ 7, STST 2015-01-22 16:00",
    "CFV: 49/2015",
    "ÖVERTAGANDE AV ÄRENDEN TILL BEHANDLING I STADSSTYRELSEN",
    "Stadsdirektörens beslut:",
    "Bilaga § 7 A",
    "Stadssekreterarens beslut:",
    "Bilaga § 7 B",
    "Förslag",
    "Stadsdirektören:",
    "Stadsstyrelsen beslutar att inte utöva sin rätt att överta behandlingen av något av de "
    "tjänstemannabeslut som nämns i bilagorna ovan.",
    "§ 8, STST 2015-01-22 16:00",
    "CFV: 113/2012",
    "FULLMÄKTIG JAN HOLM M.FL.: MOTION OM ATT UTVECKLA JAKOBSTAD SOM KULTURSTAD",
    "Stfm 30.1.2012 § 10",
)

JAKOBSTAD_STST_2015 = _pasted(
    "jakobstad-stadsstyrelsen-2015-01-22-kallelse",
    "https://deploy.abcdocz.com/doc/2974864/22_01_2015.pdf",
    _JAKOBSTAD_LINES,
    (
        Expected(4, "SAMMANTRÄDETS LAGENLIGA SAMMANKALLANDE OCH BESLUTFÖRHET"),
        Expected(5, "PROTOKOLLJUSTERING"),
        Expected(6, "ANMÄLNINGSÄRENDEN"),
        Expected(
            7,
            "ÖVERTAGANDE AV ÄRENDEN TILL BEHANDLING I STADSSTYRELSEN",
            "CFV: 49/2015",
            "CFV 2015/49",
        ),
        Expected(
            8,
            "FULLMÄKTIG JAN HOLM M.FL.: MOTION OM ATT UTVECKLA JAKOBSTAD SOM KULTURSTAD",
            "CFV: 113/2012",
            "CFV 2012/113",
        ),
    ),
    ("each ärende on a line stamped with its §, organ and date; Dnr over the title",),
)

_NORDMALING_LINES = (
    "INNEHÅLLSFÖRTECKNING",
    "§ 242 Fastställande av föredragningslista 3",
    "§ 243 Val av justerare och tid för justering 4",
    "§ 244-272 Sekretessärenden 5",
    "§ 273 Information om Länsstyrelsens ”Tillsyn enl 13 kap 2 § SoL vid HVB Atlas, HVB för "
    "ensamkommande barn i Nordmalings kommun” 6-7",
    "§ 274 Konsekvensbeskrivning Budget 2010 8",
)

NORDMALING_SN_2009 = _pasted(
    "nordmaling-socialnamnden-2009-10-13-innehall",
    "https://5dok.org/document/z3dlmrdd-plats-och-tid-kommunstyrelsens-sammantr%C3%A4desrum-"
    "kl.html",
    _NORDMALING_LINES,
    (
        Expected(242, "Fastställande av föredragningslista"),
        Expected(243, "Val av justerare och tid för justering"),
        # One ärende for each paragraph of the run, each closed.
        *(Expected(nr, "Sekretessärenden", secret=True) for nr in range(244, 273)),
        Expected(
            273,
            "Information om Länsstyrelsens ”Tillsyn enl 13 kap 2 § SoL vid HVB Atlas, HVB för "
            "ensamkommande barn i Nordmalings kommun”",
        ),
        Expected(274, "Konsekvensbeskrivning Budget 2010"),
    ),
    ("a run of paragraphs on one line", "pages without dot leader, one a span"),
)

EIGHTH_AGENDAS = (
    HEBY_KF_2013_DECEMBER,
    LIDINGO_KF_2021,
    RJL_RF_2017,
    SORMLAND_RS_2018,
    PARGAS_STST,
    NYKARLEBY_STST_2014,
    JAKOBSTAD_STST_2015,
    NORDMALING_SN_2009,
)
