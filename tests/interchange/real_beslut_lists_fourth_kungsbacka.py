"""Real published lists of delegationsbeslut, fourth round: a second month of Kungsbacka's
Teknik list per point of the delegeringsordning (as the third round's TEKNIK_2025_10, the
rows of data/kungsbacka/teknik/2025/2025-12-17/handlingar.md, sidor 137–140, tables 137-1 to
140-1: November's decisions, reported in December). Its rows report numbers of decisions
("Beviljade: 31 / Avslagna: 5", "- 505 st", "Avslagna: 2 delavslag", "251127, 2 st") and
no Dnr; one reports none ("0 st beslut …"), and one names its ärende in its text, its Dnr. A row
that heads the points under it ("| LAS, AB §§ 3-5 | Anställa |") has lost its number in
the print; the anställningar after it (officials' names) are left out here."""

from __future__ import annotations

from tests.interchange.real_beslut_lists import Expected, RealBeslutList
from tests.interchange.real_beslut_lists_third_kungsbacka import TEKNIK_HEADER

_POOL = "https://github.com/moggleif/kommunhandlingar/blob/main/data/kungsbacka"
_TRAFIK = "10 kap. trafikförordningen (1998:1276)"
_FARDTJANST = "Färdtjänstutredare"
_KUND = "Anette Englund, administratör Kund & Kommunikation"
TEKNIK_ROWS_2025_12 = (
    (
        "2.1.11",
        "Dataskyddsförordningen artikel 33 och 34",
        "Dataskydds-\nkontakt,",
        "Hantera personuppgiftsincidenter",
        "1 hanterad personuppgiftsincident, i\närende: TE-2025-01035",
    ),
    (
        "2.4.21",
        "",
        "Trafik-\ningenjör",
        "Upphävanden av inaktuella trafikföreskrifter",
        "0 st beslut om upphävande av lokala\ntrafikföreskrifter",
    ),
    (
        "2.4.8",
        "13 kap. 3 § trafikförordningen (1998:1276)",
        "Samordnare",
        "Beslut till transportör och yttrande till Trafikverket om undantag",
        "4 beslut till transportör om undantag\nfrån bestämmelserna om största\ntillåtna "
        "fordonsbredd, -längd och -vikt\n6 yttrande till Trafikverket om\nundantag från "
        "bestämmelserna om\nstörsta tillåtna fordonsbredd, -längd\noch -vikt",
    ),
    (
        "2.4.13",
        "5 § lag (1976:206) om felparkeringsavgift",
        "Trafikövervakare",
        "Beslut om felparkeringsavgift samt kontrollavgift vid olovlig parkering",
        "Felparkeringsavgifter (gatumark):\n- 505 st\nKontrollavgifter (tomtmark):\n- 104 st",
    ),
    (
        "2.4.15",
        "Vägmärkesförordningen SFS 2007:90",
        "Samordnare",
        "Godkännande av trafikanordningsplan",
        "36 st beslut om enbart\ntrafikanordningsplan",
    ),
    (
        "2.4.16",
        "13 kap. och 8 § trafikförordningen (1998:1276)",
        _FARDTJANST,
        "Beslut om parkeringstillstånd för rörelsehindrade",
        "Beslut om parkeringstillstånd för\nrörelsehindrad\nBeviljade: 31\nAvslagna: 5",
    ),
    (
        "2.5.5",
        "4–7 §§ lag (1997:735) om riksfärdtjänst",
        _FARDTJANST,
        "Beslut om tillstånd till riksfärdtjänst",
        "Beslut om tillstånd till riksfärdtjänst\nBeviljade: 19\nAvslagna: 2 delavslag",
    ),
    (
        "2.8.3",
        "37§ Lokala avfallsföreskrifter för Kungsbacka kommun",
        _KUND,
        "Besluta om godkännande av kompostering av matavfall",
        "251127, 2 st",
    ),
    (
        "2.8.6",
        "43, 43a §§ Lokala avfallsföreskrifter för Kungsbacka kommun",
        _KUND,
        "Besluta om tillfälligt uppehåll i sophämtning",
        "251113, 1 st\n251120, 1 st\n251121, 2 st\n251124, 3 st\n251125, 3 st\n251126, 1 st",
    ),
)
_TEXTS = {
    "2.1.11": ("1 hanterad personuppgiftsincident, i ärende: TE-2025-01035", "Dataskyddskontakt,"),
    "2.4.8": (
        "4 beslut till transportör om undantag från bestämmelserna om största tillåtna "
        "fordonsbredd, -längd och -vikt 6 yttrande till Trafikverket om undantag från "
        "bestämmelserna om största tillåtna fordonsbredd, -längd och -vikt",
        "Samordnare",
    ),
    "2.4.13": (
        "Felparkeringsavgifter (gatumark): - 505 st Kontrollavgifter (tomtmark): - 104 st",
        "Trafikövervakare",
    ),
    "2.4.15": ("36 st beslut om enbart trafikanordningsplan", "Samordnare"),
    "2.4.16": (
        "Beslut om parkeringstillstånd för rörelsehindrad Beviljade: 31 Avslagna: 5",
        _FARDTJANST,
    ),
    "2.5.5": (
        "Beslut om tillstånd till riksfärdtjänst Beviljade: 19 Avslagna: 2 delavslag",
        _FARDTJANST,
    ),
    "2.8.3": ("251127, 2 st", _KUND),
    "2.8.6": (
        "251113, 1 st 251120, 1 st 251121, 2 st 251124, 3 st 251125, 3 st 251126, 1 st",
        _KUND,
    ),
}
# What each row reports: "2.4.21 … 0 st beslut" is no decision; 2.1.11 one, uncounted.
_COUNTS = {
    "2.4.8": 10,
    "2.4.13": 609,
    "2.4.15": 36,
    "2.4.16": 36,
    "2.5.5": 21,
    "2.8.3": 2,
    "2.8.6": 11,
}
TEKNIK_2025_12 = RealBeslutList(
    "Kungsbacka Teknik 2025-12-17 (antal: beviljade, avslagna, st; en punkt med 0 beslut)",
    f"{_POOL}/teknik/2025/2025-12-17/handlingar.tabeller/137-1.csv",
    "",
    tuple(
        # 2.1.11 names its ärende in the text: the decision's Dnr.
        Expected(
            "TE-2025-01035" if punkt == "2.1.11" else "",
            None,
            text,
            delegat,
            punkt,
            _COUNTS.get(punkt),
        )
        for punkt, (text, delegat) in _TEXTS.items()
    ),
)
FOURTH_TABLES = ((TEKNIK_2025_12, TEKNIK_HEADER, (TEKNIK_ROWS_2025_12,)),)
