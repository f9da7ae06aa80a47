"""More ärendelistor of real kommuner (see real_agendas.py for the first ones), each with a
layout those do not have, and what the import must make of every row.

- Stockholm, Äldrenämnden 2013-05-21: the list starts at 4, headings in capitals with a colon
  ("BESLUTSÄRENDEN:", "ANMÄLNINGSÄRENDEN/ÖVRIGT:"), the nämnd's Dnr with its diarieplan code
  and no point ("106-156/2013"), once glued to its label ("Dnr60902-188/2013"), and another
  ärende's Dnr named inside a title. Source:
  https://insynsverige.se/stockholm-aldre/protokoll?date=2013-05-21
- Socialutskottet 2011-10-12 (5dok mirror of the protokoll): the innehållsförteckning pasted
  into a sheet under the heading "Innehållsförteckning", titles with the page after dot
  leaders (with and without a space before them), no numbers, "Anmälningsärenden" as a
  heading, the meeting's date in the line above. Source: https://5dok.org/document/
  zgw622x2-protokoll-fr%C3%A5n-socialutskottets-sammantr%C3%A4de-inneh%C3%A5llsf%C3%B6rteckning-
  sammantr%C3%A4desprotokoll.html
- Vallentuna, kommunstyrelsens arbetsutskott 2004-03-25: the innehållsförteckning as CSV, its
  heading "Innehållsförteckning:" with a colon, the date written in words above it. Source:
  http://docplayer.se/1843941-Kommundirektor-kjell-johansson-kommunplanerare-shula-gladnikoff-
  kommunsekreterare-anna-lindholm-kommunledningskontoret-vallentuna.html

Built as CSV or XLSX by `build`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda, build

STOCKHOLM_ALDRE_2013 = RealAgenda(
    name="stockholm-aldrenamnden-2013-05-21",
    source="https://insynsverige.se/stockholm-aldre/protokoll?date=2013-05-21",
    header=("Nr", "Ärende", "Dnr"),
    rows=(
        ("4", "Anmälan av övriga frågor samt fastställande av dagordning", ""),
        ("5", "Inkomna skrivelser från nämndens ledamöter och ersättare", ""),
        ("6", "Förvaltningschefens information/presentation", ""),
        ("", "BESLUTSÄRENDEN:", ""),
        ("7", "Tertialrapport 1 för äldrenämnden för år 2013", ""),
        ("8", "Revisionskontorets årsrapport för äldrenämnden för år 2012", ""),
        (
            "9",
            'Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, '
            "för yttrande senast den 24 maj 2013 (dnr 420-145-2012)",
            "Dnr 106-156/2013",
        ),
        (
            "10",
            "Motion 2013:26 av Kaj Nordqvist om införandet av en GLMS-fri dag årligen den 15 maj",
            "Dnr 201-194/2013",
        ),
        ("11", "Översyn av ersättningsmodellen för vård- och omsorgsboenden", ""),
        ("13", "Uppföljning av mat- och måltidssituationen", ""),
        (
            "14",
            "Ändrat beslut om verksamhetsbidrag för Dagcenter Aftonstjärnan för år 2013",
            "Dnr60902-188/2013",
        ),
        ("", "ANMÄLNINGSÄRENDEN/ÖVRIGT:", ""),
        (
            "15",
            "Anmälan av rapportering av ej verkställda beslut enligt 4 kap. 1 § SoL för kvartal "
            "1 år 2013",
            "",
        ),
        ("16", "Protokoll från kommunstyrelsens pensionärsråd 5/2013-05-14", ""),
        ("17", "Anmälan av protokoll rörande funktionshinderfrågor", ""),
    ),
    expected=(
        Expected(4, "Anmälan av övriga frågor samt fastställande av dagordning"),
        Expected(5, "Inkomna skrivelser från nämndens ledamöter och ersättare"),
        Expected(6, "Förvaltningschefens information/presentation"),
        Expected(None, "BESLUTSÄRENDEN:", section=True),
        Expected(7, "Tertialrapport 1 för äldrenämnden för år 2013"),
        Expected(8, "Revisionskontorets årsrapport för äldrenämnden för år 2012"),
        Expected(
            9,
            'Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, '
            "för yttrande senast den 24 maj 2013 (dnr 420-145-2012)",
            "106-156/2013",
            "2013/156",
        ),
        Expected(
            10,
            "Motion 2013:26 av Kaj Nordqvist om införandet av en GLMS-fri dag årligen den 15 maj",
            "201-194/2013",
            "2013/194",
        ),
        Expected(11, "Översyn av ersättningsmodellen för vård- och omsorgsboenden"),
        Expected(13, "Uppföljning av mat- och måltidssituationen"),
        Expected(
            14,
            "Ändrat beslut om verksamhetsbidrag för Dagcenter Aftonstjärnan för år 2013",
            "60902-188/2013",
            "2013/188",
        ),
        Expected(None, "ANMÄLNINGSÄRENDEN/ÖVRIGT:", section=True),
        Expected(
            15,
            "Anmälan av rapportering av ej verkställda beslut enligt 4 kap. 1 § SoL för kvartal "
            "1 år 2013",
        ),
        Expected(16, "Protokoll från kommunstyrelsens pensionärsråd 5/2013-05-14"),
        Expected(17, "Anmälan av protokoll rörande funktionshinderfrågor"),
    ),
    notes=("capital headings with a colon, a Dnr with its code and no point, glued to 'Dnr'",),
)

SOCIALUTSKOTTET_2011 = RealAgenda(
    name="socialutskottet-2011-10-12",
    source="https://5dok.org/document/zgw622x2-protokoll-fr%C3%A5n-socialutskottets-sammantr"
    "%C3%A4de-inneh%C3%A5llsf%C3%B6rteckning-sammantr%C3%A4desprotokoll.html",
    kind="xlsx",
    header=("Innehållsförteckning",),
    rows=(
        ("Kvartalsrapport 2011-09-30 med helårsprognos... 3",),
        ("Ekonomiskt bistånd... 6",),
        ("LVM-beredskap ... 7",),
        ("LSS/LASS, information ... 8",),
        ("Kvarboende i särskilt boende... 11",),
        ("Modellkommuner, information... 12",),
        ("Arbetsförmedlingen, information... 14",),
        ("Rapportering kring ensamkommande flyktingbarn ... 16",),
        ("Anmälningsärenden... 17",),
        ("Delegationsbeslut ... 17",),
        ("Kurser och konferenser... 18",),
        ("Rapporter ... 18",),
        ("Personärende ... 19",),
        ("Personärende ... 20",),
    ),
    expected=(
        Expected(None, "Kvartalsrapport 2011-09-30 med helårsprognos"),
        Expected(None, "Ekonomiskt bistånd"),
        Expected(None, "LVM-beredskap"),
        Expected(None, "LSS/LASS, information"),
        Expected(None, "Kvarboende i särskilt boende"),
        Expected(None, "Modellkommuner, information"),
        Expected(None, "Arbetsförmedlingen, information"),
        Expected(None, "Rapportering kring ensamkommande flyktingbarn"),
        Expected(None, "Anmälningsärenden", section=True),
        Expected(None, "Delegationsbeslut"),
        Expected(None, "Kurser och konferenser"),
        Expected(None, "Rapporter"),
        Expected(None, "Personärende"),
        Expected(None, "Personärende"),
    ),
    notes=("'Innehållsförteckning' as the only heading, pages after dot leaders, no numbers",),
)

VALLENTUNA_KSAU_2004 = RealAgenda(
    name="vallentuna-ksau-2004-03-25",
    source="http://docplayer.se/1843941-Kommundirektor-kjell-johansson-kommunplanerare-shula-"
    "gladnikoff-kommunsekreterare-anna-lindholm-kommunledningskontoret-vallentuna.html",
    header=("Innehållsförteckning:",),
    rows=(
        ("Kulturskolan avgifter ändring av...3",),
        ("Motion demoex: Behåll datatekniker vid Vallentuna Gymnasium...5",),
        ("Motion nytt övergångsställe vid Vallentuna station...7",),
        ("Banvägens upprustning, slutredovisning...8",),
        ("Månadsuppföljning februari...9",),
        ("Förslag till disposition av kommunstyrelsens överskott...13",),
        ("Budgetjustering 2004 års driftbudget...14",),
        ("Össebyhus förslag till ändring av ägardirektiv samt motionssvar...16",),
        ("Redovisning av inlämnade motioner till kommunfullmäktige som är obesvarade...21",),
    ),
    expected=(
        Expected(None, "Kulturskolan avgifter ändring av"),
        Expected(None, "Motion demoex: Behåll datatekniker vid Vallentuna Gymnasium"),
        Expected(None, "Motion nytt övergångsställe vid Vallentuna station"),
        Expected(None, "Banvägens upprustning, slutredovisning"),
        Expected(None, "Månadsuppföljning februari"),
        Expected(None, "Förslag till disposition av kommunstyrelsens överskott"),
        Expected(None, "Budgetjustering 2004 års driftbudget"),
        Expected(None, "Össebyhus förslag till ändring av ägardirektiv samt motionssvar"),
        Expected(
            None, "Redovisning av inlämnade motioner till kommunfullmäktige som är obesvarade"
        ),
    ),
    notes=("CSV of one column headed 'Innehållsförteckning:', the date in words above it",),
)

# The document heading each file carries above its rubrikrad, and the date it names.
HEADINGS = {
    SOCIALUTSKOTTET_2011.name: (
        "Protokoll från Socialutskottets sammanträde 2011-10-12",
        "2011-10-12",
    ),
    VALLENTUNA_KSAU_2004.name: ("Kommunstyrelsens arbetsutskott 25 mars 2004", "2004-03-25"),
}

MORE_AGENDAS = (STOCKHOLM_ALDRE_2013, SOCIALUTSKOTTET_2011, VALLENTUNA_KSAU_2004)


def build_more(agenda: RealAgenda) -> tuple[bytes, str]:
    """The file's bytes and name, with the document's heading line above the rubrikrad."""
    return build(agenda, HEADINGS.get(agenda.name, ("", ""))[0])
