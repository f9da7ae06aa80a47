"""A fourth set of real ärendelistor (the first twenty are in real_agendas.py,
real_agendas_more.py and real_agendas_third.py), from kommuner and nämnder those do not have,
each in a shape they do not have, and what the import must make of every row.

- A beredande kommunstyrelse, 2015-03-24 (meeting room Leja in the kommunhus; the transcript
  does not name the kommun): the kallelse's table "Nr. | Ärende | Dnr | Föredragande | Tid"
  copied into Excel, the Nr written "1.", the diarium's unit after the löpnummer
  ("2015/100 AKK"). Source: http://docplayer.se/2114717-Kallelse-till-beredande-
  kommunstyrelsen.html
- Ljungby, kommunfullmäktige 2011-03-01: the list on the web page pasted as text, no rubrikrad,
  the number before each title, number 3 missing, titles ending in a full stop ("… Svar på
  motion."), and the justering's time and place inside item 2 ("… kl. 15.30 på
  kommunledningskontoret."), which is no time of the ärende. Source:
  https://insynsverige.se/ljungby-kf/protokoll?date=2011-03-01
- Tyresö, barn- och utbildningsnämnden 2023-10-25: the portal's page saved as CSV, each title
  with its "Dnr: 2023/BUN 0214" on the cell's next line, an ärende of the nämnd named
  "Informationsärende" (an ärende, not a heading), and one with the kommunstyrelse's Dnr
  "2023/KS 0310". Source: https://insynsverige.se/tyreso-barn/protokoll?date=2023-10-25
- Hässleholm, barn- och utbildningsnämnden (the protokoll's "Behandlade ärenden", year not in
  the transcript): the list pasted as text under its two heading lines, § numbers 92–106 run
  into three digits. Source: http://docplayer.se/1963311-93-begaran-om-slutforande-av-
  hogsta-arskursen-i-grundskolan-95-anmalan-om-krankande-behandling-och-eller-
  diskriminering.html

- Hultsfred, kommunfullmäktige 2018-05-28: the kungörelse written in Netpublicator, its table
  "Nr | Ärenden | Dnr" copied into Excel; numbered items that name a group ("Nyväckta
  motioner", "Valärenden", "Entlediganden"), the justering's time in item 1 ("…, justering
  kommunkansliet kl. 08.00") and an information item at "ca kl. 19.00". Source:
  http://docplayer.se/117077557-Hultsfreds-gymnasium-hultsfred.html
- Ekerö, kommunstyrelsens arbetsutskott 2019: the protokoll's "ÄRENDELISTA" pasted as text,
  §§ 70–82, the författningssamling's numbers in titles ("Revidering av KFS 14:1 - Taxa …",
  "Personalpolicy KFS 05:1"). Source: https://docplayer.se/146534135-Ove-wallin-c-vice-
  ordforande-sivert-akerljung-kd-desiree-bjork-o-jimmy-fors-sd-johan-hammarstrom-s-ulrika-
  sandin-mp.html

- Alingsås, vård- och omsorgsnämnden 2019-03-25: the kommun's sammanträdesportal letters the
  points of an information item "A/ Handlingsplan kosten" … "E/ Tf förvaltningschefernas
  information"; saved as CSV under the item they belong to. Source:
  https://sammantradesportal.alingsas.se/committees/vard-och-omsorgsnamnden/mote-2019-03-25

- Ale, kommunstyrelsen (the protokoll's "Innehåll", §§ 115–118; the date is not in the
  transcript): pasted as text, the organ before each § ("KS 115 Godkännande av dagordning...
  5"), § 116 an ärende named "Informationsärenden" (with its points 116a, 116b in the
  protokoll), not a heading. Source: http://docplayer.se/2221125-Plats-och-tid-motesrum-209-
  ale-gymnasium-kl-09-00-12-10-ajourneringar-09-35-09-45-10-25-10-42-11-11-11-15-11-17-11-22-
  11-54-12-00.html

What is ours: every personal name is made up; the beredande kommunstyrelse's first Dnr (the
transcript keeps "/128 AKK", its year lost) is completed as 2015, and the times in its Tid
column (empty in the transcript) are built in the "09.00–09.30" shape kallelser use;
Hässleholm's §§ 94 and 103, whose titles the scan lost, are left out; Hultsfred's Dnr (the
transcript keeps only "2018/") and its two times (lost after "kl") are built; Ekerö's §§ 75–77,
81 and 83, whose numbers or titles the transcript lost, are left out; Alingsås' item
"Information" above its lettered points is named so by us (the page shows the points only),
and the meeting's other ärenden are left out; Ale's pages after §§ 117 and 118 (lost in the
transcript) are ours, and § 119 (cut off there) is left out. Built as bytes by
`build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda, build

BEREDANDE_KS_2015 = RealAgenda(
    name="beredande-ks-2015-03-24",
    source="http://docplayer.se/2114717-Kallelse-till-beredande-kommunstyrelsen.html",
    kind="xlsx",
    header=("Nr.", "Ärende", "Dnr", "Föredragande", "Tid"),
    rows=(
        ("1.", "Kommunal borgen, Tallen", "2015/128 AKK", "Gösta Lind", "09.00–09.20"),
        (
            "2.",
            "Utredning flugparken i kombination med nytt resecentrum, stationshus samt "
            "kommunal cykelplan",
            "2015/100 AKK",
            "Gösta Lind",
            "09.20–09.40",
        ),
        (
            "3.",
            "Omdisponering av investeringsbudget för dagvattenåtgärder, VA-byggnation Vibyn",
            "2015/106 AKK",
            "Jens Alm",
            "09.40–10.00",
        ),
        ("4.", "Donation av ek och försäljning av tillhörande mark", "2014/487 AKK", "", ""),
        (
            "5.",
            "Svar på medborgarförslag om att göra en parkeringsplats av fastigheten där före "
            "detta förskolan Lysmasken låg",
            "2014/399 AKK",
            "Per Grön",
            "",
        ),
        (
            "6.",
            "Beslutsgång för detaljplaner enligt lagändring i PBL",
            "2015/98 AKK",
            "Per Grön",
            "",
        ),
        (
            "7.",
            "Antagande av taxa för anmälningar enligt Attefall",
            "2015/97 AKK",
            "Per Grön",
            "",
        ),
    ),
    expected=(
        Expected(
            1,
            "Kommunal borgen, Tallen",
            "2015/128 AKK",
            "AKK 2015/128",
            False,
            "09.00–09.20",
            "Gösta Lind",
        ),
        Expected(
            2,
            "Utredning flugparken i kombination med nytt resecentrum, stationshus samt "
            "kommunal cykelplan",
            "2015/100 AKK",
            "AKK 2015/100",
            False,
            "09.20–09.40",
            "Gösta Lind",
        ),
        Expected(
            3,
            "Omdisponering av investeringsbudget för dagvattenåtgärder, VA-byggnation Vibyn",
            "2015/106 AKK",
            "AKK 2015/106",
            False,
            "09.40–10.00",
            "Jens Alm",
        ),
        Expected(
            4, "Donation av ek och försäljning av tillhörande mark", "2014/487 AKK", "AKK 2014/487"
        ),
        Expected(
            5,
            "Svar på medborgarförslag om att göra en parkeringsplats av fastigheten där före "
            "detta förskolan Lysmasken låg",
            "2014/399 AKK",
            "AKK 2014/399",
            presenter="Per Grön",
        ),
        Expected(
            6,
            "Beslutsgång för detaljplaner enligt lagändring i PBL",
            "2015/98 AKK",
            "AKK 2015/98",
            presenter="Per Grön",
        ),
        Expected(
            7,
            "Antagande av taxa för anmälningar enligt Attefall",
            "2015/97 AKK",
            "AKK 2015/97",
            presenter="Per Grön",
        ),
    ),
    notes=("the diarium's unit after the löpnummer: '2015/100 AKK'",),
)

_LJUNGBY_LINES = (
    ("1", "Ordföranden hälsar välkommen."),
    (
        "2",
        "Förslag på justerare Nils Ek och Lena Berg, ersättare Maria Holm, tid och plats för "
        "justering: måndagen den 7 mars kl. 15.30 på kommunledningskontoret.",
    ),
    ("4", "Inlämnande av motioner och interpellationer."),
    ("5", "Inlämnande av medborgarförslag."),
    ("6", "Utredning - hållbara skolor."),
    ("7", "Lika pris för anslutning till fibernät oavsett var i kommunen vi bor. Svar på motion."),
    (
        "8",
        "Skapa möjligheter till gemensamt boende för par på särskilda boenden. Svar på motion.",
    ),
    ("9", "Bygglovsbefrielse för solfångare inom Ljungby kommun. Svar på motion."),
    ("10", "Revidering av taxa för prövning och tillsyn av vindkraftanläggningar."),
    ("11", "Ny taxa för Bredemads industritipp."),
    ("12", "Förslag till bildande av studentbostadsbolag. Svar på skrivelse."),
    ("13", "Tjänstgöringsordning för ersättare."),
)

LJUNGBY_KF_2011 = RealAgenda(
    name="ljungby-kf-2011-03-01",
    source="https://insynsverige.se/ljungby-kf/protokoll?date=2011-03-01",
    kind="paste",
    header=(),
    rows=tuple((f"{nr} {title}",) for nr, title in _LJUNGBY_LINES),
    expected=tuple(Expected(int(nr), title) for nr, title in _LJUNGBY_LINES),
    notes=("pasted without rubrikrad; a justering's 'kl. 15.30 på …' inside a title",),
)

TYRESO_BUN_2023 = RealAgenda(
    name="tyreso-bun-2023-10-25",
    source="https://insynsverige.se/tyreso-barn/protokoll?date=2023-10-25",
    header=("Nr", "Ärende", "Förslag till beslut"),
    rows=(
        ("1", "Informationsärende\nDnr: 2023/BUN 0214", "- Informationen noteras."),
        ("2", "Månadsrapport 2023\nDnr: 2023/BUN 0014", "- Informationen noteras"),
        (
            "3",
            "Sammanträdesplan barn- och utbildningsnämnden 2024\nDnr: 2023/BUN 0231",
            "- Datum för barn- och utbildningsnämndens sammanträden under 2024\n"
            "fastställs enligt förvaltningens förslag.",
        ),
        (
            "4",
            "Utökad budget för projekt Njupkärr paviljongskola\nDnr: 2023/KS 0310",
            "1. Justerad budget för genomförandet av projektet Njupkärr\npaviljongskola "
            "enligt bilaga 1 ”Utökad budget för projekt Njupkärr\npaviljongskola” godkänns.",
        ),
    ),
    expected=(
        Expected(1, "Informationsärende", "2023/BUN 0214", "BUN 2023/214"),
        Expected(2, "Månadsrapport 2023", "2023/BUN 0014", "BUN 2023/14"),
        Expected(
            3, "Sammanträdesplan barn- och utbildningsnämnden 2024", "2023/BUN 0231", "BUN 2023/231"
        ),
        Expected(
            4, "Utökad budget för projekt Njupkärr paviljongskola", "2023/KS 0310", "KS 2023/310"
        ),
    ),
    notes=("'Dnr:' with a colon on the title's second line; an ärende named Informationsärende",),
)

_HASSLEHOLM_LINES = (
    ("92", "Ändring av föredragningslistan"),
    ("93", "Begäran om slutförande av högsta årskursen i grundskolan"),
    ("95", "Anmälan om kränkande behandling och/ eller diskriminering"),
    ("96", "Elever med stor frånvaro - Information"),
    ("97", "Detaljplan - Björksäter 1 m fl, i Hässleholm"),
    ("98", "Anmälan om skolsituationen för en elev vid Bjärnums skola Yttrande"),
    ("99", "Anmälan av nya ärenden - Inriktning för förstelärare"),
    ("100", "Redovisning av deltagande på konferens"),
    ("101", "Information"),
    ("102", "Rapporter"),
    ("104", "Tillämpning av skollagen avseende bidrag till enskilda verksamheter - Yttrande"),
    ("105", "Förstärkt ledningsorganisation inom grundskolan"),
    ("106", "Budgetuppföljning 30 april"),
)

HASSLEHOLM_BUN = RealAgenda(
    name="hassleholm-bun-behandlade-arenden",
    source="http://docplayer.se/1963311-93-begaran-om-slutforande-av-hogsta-arskursen-i-"
    "grundskolan-95-anmalan-om-krankande-behandling-och-eller-diskriminering.html",
    kind="paste",
    header=(),
    rows=(
        ("BARN- OCH UTBILDNINGSNÄMNDEN",),
        ("BEHANDLADE ÄRENDEN",),
        *((f"{nr} {title}",) for nr, title in _HASSLEHOLM_LINES),
    ),
    expected=tuple(Expected(int(nr), title) for nr, title in _HASSLEHOLM_LINES),
    notes=("pasted under two heading lines, no rubrikrad, § numbers past 99",),
)

HULTSFRED_KF_2018 = RealAgenda(
    name="hultsfred-kf-2018-05-28",
    source="http://docplayer.se/117077557-Hultsfreds-gymnasium-hultsfred.html",
    kind="xlsx",
    header=("Nr", "Ärenden", "Dnr"),
    rows=(
        ("1", "Val av protokolljusterare, justering kommunkansliet kl. 08.00", ""),
        ("2", "Upprop", ""),
        ("3", "Meddelanden", ""),
        ("4", "Allmänhetens frågestund", ""),
        (
            "5",
            "Information om slutförvaret och mellanlagring av använt kärnbränsle ca kl. 19.00",
            "",
        ),
        ("6", "Nyväckta motioner", ""),
        ("7", "Ny motion från Lars Berg, V, om microstöd till småföretag", "2018/211"),
        (
            "8",
            "Ny motion från Anna Ek och Mats Holm, båda KD, angående kulturminnesvårdsprogram",
            "2018/212",
        ),
        (
            "9",
            "Ny motion från Sverigedemokraterna om framtida böneutrop i Hultsfreds kommun",
            "2018/213",
        ),
        ("10", "Interpellationer och frågor", ""),
        ("11", "Entlediganden", ""),
        ("12", "Valärenden", ""),
        ("13", "Detaljplan - ny förskola i Hultsfred", "2016/412"),
        ("14", "Förskola Ekeberg kvartersnamn - Plantskolan", "2018/140"),
        ("15", "Byggnation Målilla X", "2018/151"),
        ("16", "Hultsfred VA-plan", "2018/67"),
        ("17", "Renhållningstaxor Hultsfreds kommun", "2018/98"),
        ("18", "Taxa för verksamhetsavfall Hultsfreds kommun", "2018/99"),
        ("19", 'Svar på motion från Liberalerna om "Huskurage"', "2017/356"),
        (
            "20",
            "Överföring av ansvaret för den medicinska och psykologiska delen av elevhälsan",
            "2018/88",
        ),
        ("21", "Årsredovisning 2017 för Regionförbundet i Kalmar län", "2018/120"),
        ("22", "Rapport från Regionförbundets verksamheter", ""),
        ("23", "Information angående äldreomsorgsutbyggnaden", ""),
    ),
    expected=(
        Expected(1, "Val av protokolljusterare, justering kommunkansliet kl. 08.00"),
        Expected(2, "Upprop"),
        Expected(3, "Meddelanden"),
        Expected(4, "Allmänhetens frågestund"),
        Expected(
            5,
            "Information om slutförvaret och mellanlagring av använt kärnbränsle",
            time_slot="ca 19.00",
        ),
        Expected(6, "Nyväckta motioner"),
        Expected(
            7, "Ny motion från Lars Berg, V, om microstöd till småföretag", "2018/211", "2018/211"
        ),
        Expected(
            8,
            "Ny motion från Anna Ek och Mats Holm, båda KD, angående kulturminnesvårdsprogram",
            "2018/212",
            "2018/212",
        ),
        Expected(
            9,
            "Ny motion från Sverigedemokraterna om framtida böneutrop i Hultsfreds kommun",
            "2018/213",
            "2018/213",
        ),
        Expected(10, "Interpellationer och frågor"),
        Expected(11, "Entlediganden"),
        Expected(12, "Valärenden"),
        Expected(13, "Detaljplan - ny förskola i Hultsfred", "2016/412", "2016/412"),
        Expected(14, "Förskola Ekeberg kvartersnamn - Plantskolan", "2018/140", "2018/140"),
        Expected(15, "Byggnation Målilla X", "2018/151", "2018/151"),
        Expected(16, "Hultsfred VA-plan", "2018/67", "2018/67"),
        Expected(17, "Renhållningstaxor Hultsfreds kommun", "2018/98", "2018/98"),
        Expected(18, "Taxa för verksamhetsavfall Hultsfreds kommun", "2018/99", "2018/99"),
        Expected(19, 'Svar på motion från Liberalerna om "Huskurage"', "2017/356", "2017/356"),
        Expected(
            20,
            "Överföring av ansvaret för den medicinska och psykologiska delen av elevhälsan",
            "2018/88",
            "2018/88",
        ),
        Expected(
            21, "Årsredovisning 2017 för Regionförbundet i Kalmar län", "2018/120", "2018/120"
        ),
        Expected(22, "Rapport från Regionförbundets verksamheter"),
        Expected(23, "Information angående äldreomsorgsutbyggnaden"),
    ),
    notes=(
        "Netpublicator's kungörelse: numbered group items (Valärenden, Entlediganden), "
        "the justering's 'kl.' in item 1, 'ca kl.' for an information item",
    ),
)

_EKERO_LINES = (
    ("70", "Ekerö kommuns riktlinjer för bostadsförsörjningen"),
    ("71", "Motionssvar - Överföra Ekerö kommuns verksamhetslokaler till Ekerö Bostäder AB"),
    (
        "72",
        "Revidering av KFS 14:1 - Taxa för prövning och tillsyn enligt alkohollagen, lagen om "
        "tobak och liknande produkter samt lagen om handel med vissa receptfria läkemedel",
    ),
    ("73", "Medlemskap i Kommuninvest ekonomisk förening"),
    ("74", "Motionssvar - Införande av Skräpdykets dag"),
    ("78", "Personalpolicy KFS 05:1"),
    ("79", "Kommunstyrelsens bedömning av kommunens samlade system för internkontroll"),
    ("80", "Firmateckningsrätt för Ekerö kommun"),
    ("82", "Revidering av fullmäktiges arbetsordning"),
)

EKERO_KSAU_2019 = RealAgenda(
    name="ekero-ksau-2019",
    source="https://docplayer.se/146534135-Ove-wallin-c-vice-ordforande-sivert-akerljung-kd-"
    "desiree-bjork-o-jimmy-fors-sd-johan-hammarstrom-s-ulrika-sandin-mp.html",
    kind="paste",
    header=(),
    rows=(("ÄRENDELISTA",), *((f"{nr} {title}",) for nr, title in _EKERO_LINES)),
    expected=tuple(Expected(int(nr), title) for nr, title in _EKERO_LINES),
    notes=("the protokoll's ärendelista pasted; författningssamling numbers 'KFS 14:1' in titles",),
)

_ALINGSAS_POINTS = (
    ("A/", "Handlingsplan kosten"),
    ("B/", "Patientsäkerhets- och kvalitetsberättelse"),
    ("C/", "Uppföljning av förebyggandeenheten"),
    ("D/", "Risk- och konsekvensbeskrivning av handlingsplan för ekonomin 2019"),
    ("E/", "Tf förvaltningschefernas information"),
)

ALINGSAS_VON_2019 = RealAgenda(
    name="alingsas-von-2019-03-25",
    source="https://sammantradesportal.alingsas.se/committees/vard-och-omsorgsnamnden/"
    "mote-2019-03-25",
    header=("Nr", "Ärende"),
    rows=(("1", "Information"), *_ALINGSAS_POINTS),
    # The points are parts of item 1, read into its title with their letters as written.
    expected=(
        Expected(1, " ".join(["Information", *(" ".join(point) for point in _ALINGSAS_POINTS)])),
    ),
    notes=("the portal's points of an information item lettered 'A/' … 'E/'",),
)

ALE_KS_INNEHALL = RealAgenda(
    name="ale-ks-innehall",
    source="http://docplayer.se/2221125-Plats-och-tid-motesrum-209-ale-gymnasium-kl-09-00-12-10-"
    "ajourneringar-09-35-09-45-10-25-10-42-11-11-11-15-11-17-11-22-11-54-12-00.html",
    kind="paste",
    header=(),
    rows=(
        ("Innehåll",),
        ("KS 115 Godkännande av dagordning... 5",),
        ("KS 116 Informationsärenden... 6",),
        ("KS 117 Budget och verksamhetsplan... 7",),
        ("KS 118 Boendeutredning Behov av boendeplatser i äldreomsorgen... 12",),
    ),
    expected=(
        Expected(115, "Godkännande av dagordning"),
        Expected(116, "Informationsärenden"),
        Expected(117, "Budget och verksamhetsplan"),
        Expected(118, "Boendeutredning Behov av boendeplatser i äldreomsorgen"),
    ),
    notes=("the organ before each § in the protokoll's innehåll: 'KS 115 …'",),
)

FOURTH_AGENDAS = (
    BEREDANDE_KS_2015,
    LJUNGBY_KF_2011,
    TYRESO_BUN_2023,
    HASSLEHOLM_BUN,
    HULTSFRED_KF_2018,
    EKERO_KSAU_2019,
    ALINGSAS_VON_2019,
    ALE_KS_INNEHALL,
)


def build_fourth(agenda: RealAgenda) -> tuple[bytes, str]:
    """The file's bytes and name. "paste": the lines as text, as the secretary pastes a list
    copied from a web page or a PDF (ksdesk reads pasted text as a file of one column)."""
    if agenda.kind == "paste":
        text = "\r\n".join(row[0] for row in agenda.rows) + "\r\n"
        return text.encode("utf-8"), f"{agenda.name}.txt"
    return build(agenda)
