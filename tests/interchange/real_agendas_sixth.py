"""A sixth set of real ärendelistor (the first thirty-four are in real_agendas.py,
real_agendas_more.py, real_agendas_third.py, real_agendas_fourth.py and real_agendas_fifth.py;
more in real_agendas_seventh.py),
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

What is ours: every personal name is made up (the parties are as written). The landsting's
page is cut where the stored copy ends, after item 9 (a line "Föredraga…" is left out);
blank lines and lines of only spaces are kept as the page has them. Västerbotten's list
stops after item 10, where the stored copy ends. In Jämtland's innehållsförteckning the
transcript lost the § numbers 131–133 (the protokoll's text has "131 Revidering av
Omställning 2010 (LS/1245/2008)"; 132 and 133 follow in its order) and every page but the
last; those numbers are put back. Built as bytes by `real_agendas_fourth.build_fourth`,
never kept as binary fixtures.
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

SIXTH_AGENDAS = (REGION_STOCKHOLM_LF_2009_PAGE, VASTERBOTTEN_RF_2020, JAMTLAND_LS_2010)
