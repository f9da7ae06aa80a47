"""A fifth set of real ärendelistor and dagordningar (the first twenty-eight are in real_agendas.py,
real_agendas_more.py, real_agendas_third.py and real_agendas_fourth.py), in shapes those do
not have, and what the import must make of every row.

- Växjö, kommunstyrelsen 2012-11-06: the protokoll's "Förteckning över kommunstyrelsens
  ärenden" pasted as text from its PDF. The transcript lost the number of the first ärende
  (§ 330, "Information från ledamöter och ersättare …"), so it stands right under the heading
  line and must be told from it by its words. Source:
  http://docplayer.se/1424848-Sammantradesprotokoll-kommunstyrelsen-2012-11-06-a-salen-
  kommunhuset.html
- Växjö, kommunfullmäktige 2018-04-17: the dagordning of the web page pasted as text,
  "1. Justering av protokoll" …, interpellationssvar and motioner with the motionärer after a
  dash ("Motion om … - Anna Andersson (V)"), which is part of the title, not a föredragande.
  Source: http://vaxjo.se/sidor/politik-och-demokrati/organisation-och-politik/
  kommunfullmaktige/protokoll-foredragningslista-och-kallelse---kommunfullmaktige.html
- Hässelby-Vällingby stadsdelsnämnd (Stockholm), 2012-06-12: the portal's page saved as CSV,
  headings that name no "…ärenden" ("Anmälan månadsrapport", "Remisser"), an ärende with two
  Dnr in Stockholm's shape ("Dnr 7-742-2011 och 5-744-2011"), and remisser whose cell names the
  remitting nämnd's dnr in a sentence before the nämnd's own Dnr on a line of its own
  ("Remiss från Kommunstyrelsen, dnr 316-259/2012.\nDnr 1.5.1-135-2012"). Source:
  http://insynsverige.se/stockholm-hasselby/protokoll?date=2012-06-12
- Spånga-Tensta stadsdelsnämnd (Stockholm), 2006-11-16: the portal's page saved as CSV with
  its Förslag till beslut, the medborgarförslag under item 3 lettered "a.)", "b.)", "c.)", and
  the Dnr labelled "D nr" with the diarieplan code and a two-digit year ("(D nr 099 –
  376/06)"). Source: https://insynsverige.se/stockholm-spanga/protokoll?date=2006-11-16
- Västra Götalandsregionen, regionfullmäktige 2010-03-16: the web page's dagordning pasted as
  text under "REGIONFULLMÄKTIGE" and "Kl 10.00", the interpellationer as dash bullets under
  "7. Interpellationer", motioner "Motion av … (M) om …". Source:
  http://www.vgregion.se/sv/Vastra-Gotalandsregionen/startsida/Politik/Regionfullmaktige/
  Tidigare-fullmaktigesammantraden/Tidigare-regionfullmaktigemoten/Fullmaktige-20084/
  2010-03-16-Fullmaktiges-dagordning/
- Stockholms läns landsting, landstingsfullmäktige 2009-02-10: the föredragningslista of the
  sammanträdeshandlingar page copied into Excel, "Nr | Ärende", under the page's headings
  ("Inledning", "Anmälningsärenden", "Beslutsärenden"), the landstingsråd who presents the
  beslutsärenden on a row of its own ("Föredragande landstingsråd: …"), and each Dnr run onto
  the end of its title in the landsting's year-month shape ("(förslag 1)LS 0702-0239").
  Source: https://sammantradeshandlingar.regionstockholm.se/politiska-organ/
  landstingsfullmaktige/landstingsfullmaktige-den-10-februari-2009-med-tillagg

What is ours: every personal name is made up (the parties are as written); Växjö's year in
the heading line (the transcript lost "2012"), and "Kommunstyrelsen" in § 335's title (the
transcript keeps "s internbudget") are completed; § 337, whose number the transcript lost,
and § 338, cut off there, are left out. The KF list stops after item 18 where the page's
text is cut off. Hässelby's items 1–2 and 9 (not on the page) and 19 on (cut off there) are
left out, and so are its portal's link lines ("Ärendedokument", "Läs dokument (PDF)");
Spånga's lines under each title ("Utseende av protokolljusterare", "Föreligger
tjänsteutlåtande …") are left out. The landsting's list stops after item 9, where the page's
text is cut off (its motioner, interpellationer and tillägg are not in it). Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda

_VAXJO_KS_LINES = (
    ("331", "Redovisning av delegeringsbeslut"),
    ("332", "Redovisning av protokoll"),
    ("333", "Skrivelse om att utveckla direktmötena"),
    ("334", "Skrivelse om att revidera Växjö kommuns transportstrategi"),
    ("335", "Kommunstyrelsens internbudget"),
    ("336", "Kommunledningsförvaltningens jämställdhetsplan"),
)
_VAXJO_KS_FIRST = (
    "Information från ledamöter och ersättare i kommunstyrelsen och från "
    "kommunledningsförvaltningen"
)

VAXJO_KS_2012 = RealAgenda(
    name="vaxjo-ks-2012-11-06-forteckning",
    source="http://docplayer.se/1424848-Sammantradesprotokoll-kommunstyrelsen-2012-11-06-"
    "a-salen-kommunhuset.html",
    kind="paste",
    header=(),
    rows=(
        ("Förteckning över kommunstyrelsens ärenden den 6 november 2012",),
        (_VAXJO_KS_FIRST,),
        *((f"{nr} {title}",) for nr, title in _VAXJO_KS_LINES),
    ),
    expected=(
        Expected(None, _VAXJO_KS_FIRST),
        *(Expected(int(nr), title) for nr, title in _VAXJO_KS_LINES),
    ),
    notes=("pasted from a PDF, the first ärende's number lost under the heading line",),
)

_VAXJO_KF_LINES = (
    "Justering av protokoll",
    "Godkännande av dagordning",
    "Information om Nationalpark Åsnen - Eva Lind, projektledare för invigningen och "
    "Sara Holm, landsbygdsutvecklare",
    "Information om Destination Småland – Karin Berg, VD",
    "Ledamöternas och ersättarnas frågestund",
    "Årsredovisning 2017 för Växjö kommun",
    "Revisionsberättelse för Växjö kommun 2017 samt frågan om ansvarsfrihet",
    "Framställda interpellationer",
    "Interpellationssvar till Nils Ek (S) från ordförande för Växjö Fastighetsförvaltning "
    "AB, Per Dahl (M), om det nya stadshuset",
    "Interpellationssvar till Olle Björk (S) från omsorgsnämndens ordförande, Bo Sten (M), "
    "om besparingar på äldreomsorgen",
    "Motion om arbete för jämställdhet utan sexuella trakasserier- Lena Ås (V) och Maja Lund (V)",
    "Motion om att införa datumparkering i Växjö - Ali Demir (S)",
    "Motion om lasershow istället för fyrverkeri - Maja Lund (V)",
    "Motion om genusutbildning i gymnasieskolan - Maja Lund (V)",
    "Motion om stadsnära odling- Maja Lund (V) och Lena Ås (V)",
    "Motion om tomträttsavgäld för fler hyresrätter med rimliga hyror - Anna Andersson (S), "
    "Eva Rask (S), Julia Borg (S) och Olle Björk (S)",
    "Motion om konstnärlig utsmyckning/gestaltning även vid privata byggnationer - "
    "Maja Lund (V) och Lena Ås (V)",
    "Motion om gratis mensskydd - Anna Andersson (S) och Julia Borg (S)",
)

VAXJO_KF_2018 = RealAgenda(
    name="vaxjo-kf-2018-04-17-dagordning",
    source="http://vaxjo.se/sidor/politik-och-demokrati/organisation-och-politik/"
    "kommunfullmaktige/protokoll-foredragningslista-och-kallelse---kommunfullmaktige.html",
    kind="paste",
    header=(),
    rows=(
        ("Dagordning 17 april 2018",),
        *((f"{at}. {title}",) for at, title in enumerate(_VAXJO_KF_LINES, start=1)),
    ),
    expected=tuple(Expected(at, title) for at, title in enumerate(_VAXJO_KF_LINES, start=1)),
    notes=("a web page's dagordning pasted as text, motionärer after a dash",),
)

HASSELBY_SDN_2012 = RealAgenda(
    name="hasselby-vallingby-sdn-2012-06-12",
    source="http://insynsverige.se/stockholm-hasselby/protokoll?date=2012-06-12",
    header=("Nr", "Ärende"),
    rows=(
        ("3", "Utseende av protokolljusterare och tid för justering"),
        ("4", "Ordförandens och förvaltningschefens information"),
        ("5", "Redovisning av synpunkter mm från Medborgarcaféet."),
        ("6", "Inkomna Medborgarförslag och övriga inkomna handlingar."),
        ("", "Anmälan protokoll från nämndens råd"),
        ("7", "Protokoll från lokala Pensionärsrådet."),
        ("8", "Protokoll från Rådet för funktionshinderfrågor."),
        ("", "Anmälan månadsrapport"),
        ("10", "Månadsrapport maj 2012 - ekonomi och verksamhet."),
        ("", "Beslutsärenden"),
        ("11", "Omstrukturering Koppargårdens vård- och omsorgsboende."),
        (
            "12",
            "Kostnadsanalys av enheten för Funktionsnedsättning - Redovisning av vidtagna "
            "åtgärder.",
        ),
        ("13", "Styrning, uppföljning och kontroll av beviljade insatser inom äldreomsorgen."),
        (
            "14",
            "Översyn av styrnings- och ledningssystem i Hässelby-Vällingby stadsdelsförvaltning. "
            "Rapport från Förnyelseavdelningen, SLK, Stockholms stad.",
        ),
        (
            "15",
            "Vita Villan och parklek i Smedshagen.\nDnr 7-742-2011 och 5-744-2011\n"
            "Återremitterat ärende.",
        ),
        ("", "Remisser"),
        (
            "16",
            "Cykelplan för Stockholms stad, Cykelplan 2012.\n"
            "Remiss från Trafiknämnden, dnr T 2010-313-01743.\nDnr 1.5.3-219-2012",
        ),
        (
            "17",
            "Motion (2012:6) om inrättande av kombolägenheter i Stockholm.\n"
            "Remiss från Kommunstyrelsen, dnr 316-259/2012.\nDnr 1.5.1-135-2012",
        ),
        (
            "18",
            "Organisatorisk placering av heminstruktörer.\n"
            "Remiss från Kommunstyrelsen, Dnr 327-408/2012.\nDnr 1.5.1-270-2012",
        ),
    ),
    expected=(
        Expected(3, "Utseende av protokolljusterare och tid för justering"),
        Expected(4, "Ordförandens och förvaltningschefens information"),
        Expected(5, "Redovisning av synpunkter mm från Medborgarcaféet."),
        Expected(6, "Inkomna Medborgarförslag och övriga inkomna handlingar."),
        Expected(None, "Anmälan protokoll från nämndens råd", section=True),
        Expected(7, "Protokoll från lokala Pensionärsrådet."),
        Expected(8, "Protokoll från Rådet för funktionshinderfrågor."),
        Expected(None, "Anmälan månadsrapport", section=True),
        Expected(10, "Månadsrapport maj 2012 - ekonomi och verksamhet."),
        Expected(None, "Beslutsärenden", section=True),
        Expected(11, "Omstrukturering Koppargårdens vård- och omsorgsboende."),
        Expected(
            12,
            "Kostnadsanalys av enheten för Funktionsnedsättning - Redovisning av vidtagna "
            "åtgärder.",
        ),
        Expected(
            13, "Styrning, uppföljning och kontroll av beviljade insatser inom äldreomsorgen."
        ),
        Expected(
            14,
            "Översyn av styrnings- och ledningssystem i Hässelby-Vällingby stadsdelsförvaltning. "
            "Rapport från Förnyelseavdelningen, SLK, Stockholms stad.",
        ),
        Expected(
            15,
            "Vita Villan och parklek i Smedshagen. Återremitterat ärende.",
            "7-742-2011 och 5-744-2011",
            "2011/742",
        ),
        Expected(None, "Remisser", section=True),
        Expected(
            16,
            "Cykelplan för Stockholms stad, Cykelplan 2012. Remiss från Trafiknämnden, "
            "dnr T 2010-313-01743.",
            "1.5.3-219-2012",
            "2012/219",
        ),
        Expected(
            17,
            "Motion (2012:6) om inrättande av kombolägenheter i Stockholm. Remiss från "
            "Kommunstyrelsen, dnr 316-259/2012.",
            "1.5.1-135-2012",
            "2012/135",
        ),
        Expected(
            18,
            "Organisatorisk placering av heminstruktörer. Remiss från Kommunstyrelsen, "
            "Dnr 327-408/2012.",
            "1.5.1-270-2012",
            "2012/270",
        ),
    ),
    notes=(
        "headings that are no '…ärenden' word, two Dnr, a remitting organ's dnr beside its own",
    ),
)

_SPANGA_PROPOSALS = {
    "4": "1. Stadsdelsnämnden avstyrker ändring av postadress för Tensta-området",
    "5": "1. Stadsdelsnämnden avslår framställan om att låta trycka upp vykort av målning.",
    "6": "1. Stadsdelsnämnden beslutar att tillstyrka förvaltningens förslag att uppkalla "
    "gatukorsningen Spångavägen/Täbylundsvägen vid Spånga Folkan för Karl Vennberg Plan och "
    "överlämna ärendet till stadsbyggnadsnämndens namnberedning.",
}

SPANGA_TENSTA_SDN_2006 = RealAgenda(
    name="spanga-tensta-sdn-2006-11-16",
    source="https://insynsverige.se/stockholm-spanga/protokoll?date=2006-11-16",
    header=("Nr", "Ärende", "Förslag till beslut"),
    rows=(
        ("1", "Justering av dagens protokoll", ""),
        ("2", "Justering av föregående protokoll", ""),
        ("3", "Inkomna medborgarförslag", ""),
        ("a.)", "Förslag på soffa efter gångvägen vid Stora Tenstagränd", ""),
        ("b.)", "Förslag på ”rökburar” vid ingången till Tensta centrum", ""),
        (
            "c.)",
            "Förslag på maskinuppspårning för skidor på fälten kring Tensta-Rinkeby och till "
            "spår på Järvafältet",
            "",
        ),
        (
            "4",
            "Medborgarförslag angående ändring av postadress för Tensta-området\n"
            "(D nr 099 – 376/06)",
            _SPANGA_PROPOSALS["4"],
        ),
        (
            "5",
            "Medborgarförslag om att låta trycka upp vykort av målning\n(D nr 099 – 481/06)",
            _SPANGA_PROPOSALS["5"],
        ),
        (
            "6",
            "Svar på medborgarförslag om att döpa en gata i Spånga efter Karl Vennberg\n"
            "(D nr 099 – 451 / 06)",
            _SPANGA_PROPOSALS["6"],
        ),
    ),
    expected=(
        Expected(1, "Justering av dagens protokoll"),
        Expected(2, "Justering av föregående protokoll"),
        # The delpunkter are parts of 3, as the list writes them: 4–6 keep their numbers.
        Expected(
            3,
            "Inkomna medborgarförslag a.) Förslag på soffa efter gångvägen vid Stora "
            "Tenstagränd b.) Förslag på ”rökburar” vid ingången till Tensta centrum c.) Förslag "
            "på maskinuppspårning för skidor på fälten kring Tensta-Rinkeby och till spår på "
            "Järvafältet",
        ),
        Expected(
            4,
            "Medborgarförslag angående ändring av postadress för Tensta-området",
            "099 – 376/06",
            "2006/376",
        ),
        Expected(
            5,
            "Medborgarförslag om att låta trycka upp vykort av målning",
            "099 – 481/06",
            "2006/481",
        ),
        Expected(
            6,
            "Svar på medborgarförslag om att döpa en gata i Spånga efter Karl Vennberg",
            "099 – 451 / 06",
            "2006/451",
        ),
    ),
    notes=(
        "delpunkter 'a.)', a Dnr labelled 'D nr' with the diarieplan code and a two-digit year",
    ),
)

_VGR_INTERPELLATIONS = (
    "Eva Lind (MP) om nedläggningen av Tomatisverksamheten på BUP i Strömstad IP-svar Eva Lind",
    "Per Holm (V) om Västtrafik brister i information Ip-svar Per Holm",
    "Nils Ek (V) om allas rätt till tillgänglighet IP-svar Nils Ek",
    "Olle Björk (V) om förebyggande arbete inom VG Primärvård IP-svar Olle Björk",
    "Maja Lund (V) om tolkningen av Kravboken och barnens bästa IP-svar Maja Lund",
)
_VGR_BEFORE = (
    "Sammanträdets öppnande",
    "Förrättande av upprop samt anmälan om tjänstgörande ersättare",
    "Tidpunkt för protokollets justering",
    "Val av 2 ledamöter och 1 ersättare att jämte ordföranden justera dagens protokoll",
    "Avsägelser och anmälan av nyvalda i regionfullmäktige",
    "Frågestund",
    "Interpellationer",
)
_VGR_AFTER = (
    "Politisk organisation för nästa mandatperiod",
    "Arvodesbestämmelser för förtroendevalda i Västra Götalandsregionen",
    "Tilläggsdirektiv till regionfullmäktiges beslut § 213/2008 om administrativa lokaler i "
    "Göteborg",
    "Förslag om länstrafikansvarig för kollektivtrafiken i Västra Götaland",
    "Motion av Anna Andersson m.fl. (M) om att regionens upphandlingar kan stimulera det lokala "
    "och regionala näringslivet",
    "Motion av Karin Berg m. fl. (MP) om rätt färg på fisken",
    "Anmälan av inkomna motioner",
    "Valberedningens förslag till val",
    "Ev. fortsättning interpellationer",
)

VGR_REGIONFULLMAKTIGE_2010 = RealAgenda(
    name="vgr-regionfullmaktige-2010-03-16",
    source="http://www.vgregion.se/sv/Vastra-Gotalandsregionen/startsida/Politik/"
    "Regionfullmaktige/Tidigare-fullmaktigesammantraden/Tidigare-regionfullmaktigemoten/"
    "Fullmaktige-20084/2010-03-16-Fullmaktiges-dagordning/",
    kind="paste",
    header=(),
    rows=(
        ("REGIONFULLMÄKTIGE",),
        ("Kl 10.00",),
        *((f"{at}. {title}",) for at, title in enumerate(_VGR_BEFORE, start=1)),
        *((f"- {title}",) for title in _VGR_INTERPELLATIONS),
        *((f"{at}. {title}",) for at, title in enumerate(_VGR_AFTER, start=8)),
    ),
    expected=(
        *(Expected(at, title) for at, title in enumerate(_VGR_BEFORE, start=1)),
        # Each interpellation under "7. Interpellationer" is an ärende of its own; 8– move on.
        *(Expected(None, title) for title in _VGR_INTERPELLATIONS),
        *(Expected(at + 5, title) for at, title in enumerate(_VGR_AFTER, start=8)),
    ),
    notes=("a regionfullmäktige's dagordning pasted as text, interpellationer as dash bullets",),
)

_LF_DECISIONS = (
    ("6", "Arbetsordning för landstingsfullmäktige (förslag 1)", "LS 0702-0239", "LS 2007/239"),
    (
        "7",
        "Ökade resurser till hälso- och sjukvårdsnämnden (förslag 2)",
        "LS 0812-1168",
        "LS 2008/1168",
    ),
    (
        "8",
        "Borgensåtagande för AB Storstockholms Lokaltrafik avseende Tågia AB (förslag 3)",
        "LS 0812-1178",
        "LS 2008/1178",
    ),
    (
        "9",
        "Ändrade förutsättningar för ingångna leasingtransaktioner (förslag 4)",
        "LS 0812-1186",
        "LS 2008/1186",
    ),
)
_LF_NOTICE = (
    "Anmälan av länsstyrelsens beslut att för tiden t.o.m. den 31 oktober 2010 till ny "
    "ersättare i valkrets 2 efter Nils Ek (fp) utse Eva Rask (fp)"
)
_LF_REPORT = (
    "Överlämnande av slutförd utredning om köp och låsning av utsläppsrätter, i syfte att "
    "klimatneutralisera tjänsteresor, är förenligt med kommunallagen"
)

REGION_STOCKHOLM_LF_2009 = RealAgenda(
    name="sll-landstingsfullmaktige-2009-02-10",
    source="https://sammantradeshandlingar.regionstockholm.se/politiska-organ/"
    "landstingsfullmaktige/landstingsfullmaktige-den-10-februari-2009-med-tillagg",
    kind="xlsx",
    header=("Nr", "Ärende"),
    rows=(
        ("", "Inledning"),
        ("1", "Inledning och upprop"),
        ("2", "Kungörelse och annonsering"),
        ("3", "Justering"),
        ("", "Anmälningsärenden"),
        ("4", _LF_NOTICE),
        ("5", f"{_LF_REPORT}LS 0806-0619"),
        ("", "Beslutsärenden"),
        ("", "Föredragande landstingsråd: Karin Dahl (m)"),
        *((nr, f"{title}{dnr}") for nr, title, dnr, _ in _LF_DECISIONS),
    ),
    expected=(
        Expected(None, "Inledning", section=True),
        Expected(1, "Inledning och upprop"),
        Expected(2, "Kungörelse och annonsering"),
        Expected(3, "Justering"),
        Expected(None, "Anmälningsärenden", section=True),
        Expected(4, _LF_NOTICE),
        Expected(5, _LF_REPORT, "LS 0806-0619", "LS 2008/619"),
        Expected(None, "Beslutsärenden", section=True),
        *(
            Expected(int(nr), title, dnr, key, presenter="Karin Dahl (m)")
            for nr, title, dnr, key in _LF_DECISIONS
        ),
    ),
    notes=("Dnr run onto the title ('…(förslag 1)LS 0702-0239'), a heading's föredragande",),
)

FIFTH_AGENDAS = (
    VAXJO_KS_2012,
    VAXJO_KF_2018,
    HASSELBY_SDN_2012,
    SPANGA_TENSTA_SDN_2006,
    VGR_REGIONFULLMAKTIGE_2010,
    REGION_STOCKHOLM_LF_2009,
)
