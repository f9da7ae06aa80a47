"""An eleventh set of real ärendelistor (the tenth is in real_agendas_tenth.py): a
kommunfullmäktige's kallelse with its standing points for frågor, interpellationer, motioner
and "Avsägelser och fyllnadsval", and a nämnd's, as Insyn publishes the kallelse: each
ärende's number and title, its Dnr on the line under it, then the förslag till beslut (its
att-satser numbered "1", "1." or starred) and "Beskrivning av ärendet" with its paragraphs
and the Bilagor's file names. Each is given twice: the page pasted as text, and the
kallelse's table (Nr, Ärende, Dnr) that the PDF layouts of kallelse_pdfs print. And a
kommunstyrelse's protokoll's list of the ärenden it handled, pasted.

- Tyresö kommun, kommunfullmäktige 2018-11-22: items 1–5; item 5's förslag four numbered
  att-satser ("1 Kommunfullmäktige väljer revisorer …"). Cut inside item 5's beskrivning.
  Source: http://insynsverige.se/tyreso-kf/protokoll?date=2018-11-22
- Tyresö kommun, kommunfullmäktige 2023-06-21: items 1–4; an interpellation and two motioner
  named in the beskrivning with their Bilagor, item 4's förslag "1. NN (L) väljs till …".
  Cut after item 4's first att-sats. Source:
  https://insynsverige.se/tyreso-kf/protokoll?date=2023-06-21
- Tyresö kommun, kommunfullmäktige 2024-06-19: items 1–3; item 3's förslag four att-satser
  "1. Motion om … remitteras till …". Cut after the fourth. Source:
  http://insynsverige.se/tyreso-kf/protokoll?date=2024-06-19
- Tyresö kommun, äldre- och omsorgsnämnden 2020-12-17: items 1–2, "Diarienummer" written
  out, the förslag a "- Informationen noteras." line. Cut inside item 2's beskrivning.
  Source: https://insynsverige.se/tyreso-aldreomsorg/protokoll?date=2020-12-17

- Nybro kommun, kommunstyrelsen 2008 (the first meeting of the year, §§ 1–19): the
  protokoll's "FÖLJANDE ÄRENDEN BEHANDLADES PÅ SAMMANTRÄDET:" under its page head, each § a
  line with its title ending in a full stop. The transcript lost the digits of item 3's year
  and item 4's number (ours: "2007.", "4"). Cut after item 6. Source:
  http://docplayer.se/1982129-Nybro-kommun-sammantradesprotokoll-blad.html

What is ours: every person is given a made-up name (parties as written); the beskrivning's
paragraphs are cut to their first sentences. Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text


def _page(when: str, time: str, place: str) -> tuple[str, ...]:
    return (f"Sammanträde {when}", "Datum", "Klockan", time, "Plats", place)


_KF_2018_LINES = (
    *_page("2018-11-22", "18:00", "Tyresö gymnasium, Farmarstigen 7"),
    "1 Anmälan och besvarande av frågor",
    "Dnr 2018/KS 0041 001",
    "Beskrivning av ärendet",
    "Inga frågor har lämnats in till sammanträdet.",
    "2 Anmälan och besvarande av interpellationer",
    "Dnr 2018/KS 0042 001",
    "Beskrivning av ärendet",
    "Vid tidpunkten för kallelseutskick har inga nya interpellationer lämnats in till",
    "sammanträdet.",
    "3 Anmälan av nya motioner",
    "Dnr 2018/KS 0043 001",
    "Beskrivning av ärendet",
    "Vid tidpunkten för kallelseutskick har inga motioner lämnats in till sammanträdet.",
    "4 Avsägelser och fyllnadsval",
    "Dnr 2018/KS 0039 001",
    "Beskrivning av ärendet",
    "Vid tidpunkten för kallelseutskick har inga avsägelser eller förslag på fyllnadsval",
    "lämnats in till sammanträdet.",
    "5 Val av revisorer och val till nämnder, styrelser och andra organ",
    "Dnr 2018/KS 0336 001",
    "Kommunfullmäktiges förslag till beslut",
    "1 Kommunfullmäktige väljer revisorer för mandatperioden 2019-2022 enligt till",
    "fullmäktige lämnat förslag.",
    "2 Kommunfullmäktige väljer ledamöter, ersättare, ordförande, 1:e vice ordförande och",
    "2:e vice ordförande till kommunstyrelsen för mandatperioden 2019-2022.",
    "3 Kommunfullmäktige väljer ledamöter, ersättare, ordförande, 1:e vice ordförande och",
    "2:e vice ordförande till nämnder i Tyresö kommun för mandatperioden 2019-2020",
    "enligt till fullmäktige lämnat förslag.",
    "4 Kommunfullmäktige väljer ledamöter, ersättare och ombud till råd och bolag samt till",
    "andra organ för Tyresö kommuns räkning enligt till fullmäktige lämnat förslag för",
    "gällande mandattid för respektive organ.",
    "Beskrivning av ärendet",
    "Kommunfullmäktiges valberedning ska redovisa förslag på val av revisorer, val till",
    "nämnder, styrelser och andra organ till kommunfullmäktige.",
)
_KF_2018 = (
    (1, "Anmälan och besvarande av frågor", "2018/KS 0041 001", "KS 2018/41"),
    (2, "Anmälan och besvarande av interpellationer", "2018/KS 0042 001", "KS 2018/42"),
    (3, "Anmälan av nya motioner", "2018/KS 0043 001", "KS 2018/43"),
    (4, "Avsägelser och fyllnadsval", "2018/KS 0039 001", "KS 2018/39"),
    (
        5,
        "Val av revisorer och val till nämnder, styrelser och andra organ",
        "2018/KS 0336 001",
        "KS 2018/336",
    ),
)

_KF_2023_LINES = (
    *_page("2023-06-21", "13:00", "Tyresö gymnasium, Farmarstigen 7"),
    "1 Anmälan och besvarande av frågor",
    "Diarienummer 2023/KS 0126 001",
    "Beskrivning av ärendet",
    "Vid tidpunkten för kallelseutskick har inga nya frågor lämnats in till sammanträdet.",
    "2 Anmälan och besvarande av interpellationer",
    "Diarienummer 2023/KS 0127 001",
    "Beskrivning av ärendet",
    "Vid tidpunkten för kallelseutskick har inga nya interpellationer lämnats in till "
    "sammanträdet. En interpellation lämnades in vid kommunfullmäktiges sammanträde den 25 "
    "maj 2023. Sven Lindqvist (V) har lämnat in en interpellation till kommunstyrelsens "
    "ordförande Karin Berg (S) om Tyresö kommuns arbete mot rasism och diskriminering.",
    "Bilagor",
    "Interpellation från Sven Lindqvist (V) till kommunstyrelsens ordförande om Tyresö "
    "kommuns arbete mot rasism och diskriminering.pdf",
    "3 Anmälan av nya motioner",
    "Diarienummer 2023/KS 0128 001",
    "Kommunfullmäktiges förslag till beslut",
    "* Motionerna överlämnas till kommunstyrelsen för beredning.",
    "Beskrivning av ärendet",
    "Två nya motioner har lämnats in till sammanträdet. Moderaterna Per Holm, Tor Sand och "
    "Mats Ek har lämnat in en motion angående språkkrav för personal inom välfärden.",
    "Bilagor",
    "Motion (M) angående språkkrav för personal inom välfärden.pdf",
    "Motion (M) om rimliga ekonomiska förutsättningar och likabehandling mellan kommunala "
    "och externa utförare inom välfärden.pdf",
    "4 Avsägelser och fyllnadsval",
    "Diarienummer 2023/KS 0003 001",
    "Kommunfullmäktiges förslag till beslut",
    "1. Anna Ström (L) väljs till ordförande i barn-och utbildningsnämnden under perioden "
    "1 augusti - 30 november 2023.",
)
_KF_2023 = (
    (1, "Anmälan och besvarande av frågor", "2023/KS 0126 001", "KS 2023/126"),
    (2, "Anmälan och besvarande av interpellationer", "2023/KS 0127 001", "KS 2023/127"),
    (3, "Anmälan av nya motioner", "2023/KS 0128 001", "KS 2023/128"),
    (4, "Avsägelser och fyllnadsval", "2023/KS 0003 001", "KS 2023/3"),
)

_KF_2024_LINES = (
    *_page("2024-06-19", "18:00", "Tyresö gymnasiums aula, Farmarstigen 7"),
    "1 Anmälan och besvarande av frågor 2024",
    "Diarienummer 2024/KS 0038 001",
    "Beskrivning av ärendet",
    "En fråga har lämnats in till sammanträdet.",
    "Eva Dahl (MP) har lämnat in en fråga till samhällsbyggnads- och hållbarhetsnämndens "
    "ordförande Lena Nord (M) klimatmålen, bilaga.",
    "2 Anmälan och besvarande av interpellationer 2024",
    "Diarienummer 2024/KS 0039 001",
    "Beskrivning av ärendet",
    "Bo Vik (SD) har lämnat in en interpellation till Karin Berg (S) om utbyte av "
    "gatubelysning till LED, se bilaga.",
    "Bilagor",
    "Interpellation från Bo Vik (SD) till Karin Berg (S) om byte av gatubelysning till LED.pdf",
    "3 Anmälan av nya motioner 2024",
    "Diarienummer 2024/KS 0040 001",
    "Kommunfullmäktiges förslag till beslut",
    "1. Motion om om kommunalt samarbete för nödvändig klimatanpassning remitteras till "
    "samhällsbyggnads- och hållbarhetsnämnden för beredning.",
    "2. Motion om kommunalt tillhandahållande av sand eller salt för halkbekämpning "
    "remitteras till samhällsbyggnads- och hållbarhetsnämnden för beredning.",
    "3. Motion om demokrati och medborgarinflytande remitteras till samhällsbyggnads- och "
    "hållbarhetsnämnden för beredning.",
    "4. Motion om att bygga en cykelpump vid Alby fritidsgård remitteras till "
    "samhällsbyggnads- och hållbarhetsnämnden för beredning.",
)
_KF_2024 = (
    (1, "Anmälan och besvarande av frågor 2024", "2024/KS 0038 001", "KS 2024/38"),
    (2, "Anmälan och besvarande av interpellationer 2024", "2024/KS 0039 001", "KS 2024/39"),
    (3, "Anmälan av nya motioner 2024", "2024/KS 0040 001", "KS 2024/40"),
)

_AON_2020_LINES = (
    *_page("2020-12-17", "17:00", "Myggdalen, plan 1"),
    "1 Nämndspecifik utbildning 2020 ÄON",
    "Diarienummer 2019/ÄON 0186 001",
    "Äldre- och omsorgsnämndens förslag till beslut",
    "- Informationen noteras.",
    "Beskrivning av ärendet",
    "Enhetschef Maria Lund kommer till nämnden för att berätta om uppdraget från "
    "Länsstyrelsen att upprätta ett beredskapslager för skyddsmateriel i kommunen.",
    "2 Återrapportering av kvalitetsgrankning av Annas hemtjänst",
    "Diarienummer 2020/ÄON 0038 013",
    "Äldre- och omsorgsnämndens förslag till beslut",
    "- Återrapporteringen noteras.",
    "Beskrivning av ärendet",
    "Kommunen genomförde under mars till april en kvalitetsgranskning av hemtjänstutföraren "
    "Annas hemtjänst vilket presenterades för äldre- och",
    "omsorgsnämnden i maj.",
)
_AON_2020 = (
    (1, "Nämndspecifik utbildning 2020 ÄON", "2019/ÄON 0186 001", "ÄON 2019/186"),
    (
        2,
        "Återrapportering av kvalitetsgrankning av Annas hemtjänst",
        "2020/ÄON 0038 013",
        "ÄON 2020/38",
    ),
)


def _both(name: str, source: str, lines: tuple[str, ...], items: tuple) -> list[RealAgenda]:
    """The page pasted as text and the kallelse's table of the same ärenden."""
    expected = tuple(Expected(nr, title, dnr, key) for nr, title, dnr, key in items)
    pasted = _pasted(
        name,
        source,
        lines,
        expected,
        ("Dnr under the title; förslag's att-satser numbered; beskrivning paragraphs",),
    )
    table = RealAgenda(
        f"{name}-tabell",
        source,
        ("Nr", "Ärende", "Dnr"),
        tuple((str(nr), title, dnr) for nr, title, dnr, _key in items),
        expected,
        "csv",
        ("the same ärenden as the kallelse's table",),
    )
    return [pasted, table]


_NYBRO_KS_2008 = (
    "Gratulation.",
    "Budgetuppföljning januari-december 2007 samt förslag om delegation.",
    "Grönt Bokslut 2007.",
    "Förvärv av fastigheten Smedstorp 2:11.",
    "Begäran från Nybro Energi AB om kommunal borgen för utbyggnad av fjärrvärme i Orrefors.",
    "Igångsättningstillstånd för nybyggnad av industrispår samt ombyggnad av resecentrum vid "
    "stationen i Nybro.",
)
NYBRO_KS_2008 = _pasted(
    "nybro-ks-2008",
    "http://docplayer.se/1982129-Nybro-kommun-sammantradesprotokoll-blad.html",
    (
        "Nybro kommun Sammanträdesprotokoll Blad",
        "Sammanträdesdatum 2",
        "FÖLJANDE ÄRENDEN BEHANDLADES PÅ SAMMANTRÄDET:",
        *(f"{nr} {title}" for nr, title in enumerate(_NYBRO_KS_2008, start=1)),
    ),
    tuple(Expected(nr, title) for nr, title in enumerate(_NYBRO_KS_2008, start=1)),
    ("the protokoll's list of §§ under a heading in capitals, titles ending in a full stop",),
)

ELEVENTH_AGENDAS = (
    *_both(
        "tyreso-kf-2018-11-22",
        "http://insynsverige.se/tyreso-kf/protokoll?date=2018-11-22",
        _KF_2018_LINES,
        _KF_2018,
    ),
    *_both(
        "tyreso-kf-2023-06-21",
        "https://insynsverige.se/tyreso-kf/protokoll?date=2023-06-21",
        _KF_2023_LINES,
        _KF_2023,
    ),
    *_both(
        "tyreso-kf-2024-06-19",
        "http://insynsverige.se/tyreso-kf/protokoll?date=2024-06-19",
        _KF_2024_LINES,
        _KF_2024,
    ),
    *_both(
        "tyreso-aon-2020-12-17",
        "https://insynsverige.se/tyreso-aldreomsorg/protokoll?date=2020-12-17",
        _AON_2020_LINES,
        _AON_2020,
    ),
    NYBRO_KS_2008,
)
