"""100 varied queries for the search benchmarks: single words and prefixes of every length,
several words, phrases, diarienummer, look-alike letters, words found nowhere."""

from __future__ import annotations

QUERIES = [
    # whole words of the ten-year content and the demo
    "detaljplan", "förskolans", "simhallens", "vinterväghållning", "avfallstaxan",
    "bredband", "lokalförsörjning", "konsekvensanalys", "kommunallagen", "anslagstavla",
    "delegationsordning", "budget", "investering", "medborgarförslag", "motion",
    "yttrande", "remiss", "uppföljning", "riktlinjer", "avgifter",
    "Marnäs", "Grängesberg", "Saxdalen", "Blötberget", "Nyhammar",
    "socialtjänsten", "hemtjänstens", "äldreboendets", "skolskjutsar", "bibliotekets",
    "Stockholm", "samhällsbyggnadsnämnden", "omfördelning", "personalchef", "kanslichef",
    # prefixes, short and long
    "deleg", "delegation", "försk", "bud", "inv", "med", "sam", "soc", "äld", "vatt",
    "detalj", "yttr", "upplåt", "revid", "ekon",
    # several words and phrases
    "detaljplan Marnäs", "budget 2024", "förskolans lokaler", "ekonomiskt bistånd",
    '"gång- och cykelvägar"', '"belysning i centrum"', "hyresavtal LSS", "motion simhallens",
    "uppföljning hemtjänstens scheman", "riktlinjer ensamkommande barn",
    "revidering delegationsordning", "anta förslaget", "avslå medborgarförslag",
    "kostnad kronor ram", "beslut anslås", "synpunkter boende", "barn konsekvensanalys",
    "samråd förvaltningschef", "ordförande beslut", "personalchef samråd",
    # diarienummer and numbers
    "2020/434", "KS 2024", "SBN 2023", "2019/507", "216", "KS 2022/1",
    # look-alike letters (the seed's Skер)
    "Sker", "skер", "Skep", "sker dialog",
    # words found nowhere, and near misses
    "zzyzx", "kvantdator", "flygplats", "detaljplanerna", "bostäder",
    "Marnäsbadet", "förskolor", "budgetarna", "socialnämnd", "kommunstyrels",
    "Ludvika", "justerare", "protokoll", "paragraf", "bilaga",
    "beslutsunderlag", "beskrivning", "behandling", "återremittera", "notera",
]  # fmt: skip
assert len(QUERIES) == 100, len(QUERIES)
