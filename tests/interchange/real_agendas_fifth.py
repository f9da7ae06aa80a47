"""A fifth set of real ärendelistor (the first twenty-eight are in real_agendas.py,
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

What is ours: every personal name is made up (the parties are as written); Växjö's year in
the heading line (the transcript lost "2012"), and "Kommunstyrelsen" in § 335's title (the
transcript keeps "s internbudget") are completed; § 337, whose number the transcript lost,
and § 338, cut off there, are left out. The KF list stops after item 18 where the page's text
is cut off. Built as bytes by `real_agendas_fourth.build_fourth`, never kept as binary fixtures.
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

FIFTH_AGENDAS = (VAXJO_KS_2012, VAXJO_KF_2018)
