"""The texts of bench/history.py's ärenden, recombined from real municipal prose
(bench/history_corpus.py) with the seeded random generator given: titles, att-satser,
sections of a tjänsteskrivelse, a bilaga's lines, a delegationsbeslut.

A sentence is used as written, its figures made the meeting's: years moved to the meeting's
year (a law's "(2017:725)" left as it is), dates given another day and month, amounts and
decimals other digits of the same shape. Titles and delegationsbeslut take one of the places
and things below. So the vocabulary and word frequencies are those of the sources, while
every § of ten years has a beslut and a beskrivning of its own.
"""

from __future__ import annotations

import functools
import random
import re
import textwrap

from history_corpus import corpus

PLACES = (
    "Marnäs", "Gonäs", "Blötberget", "Grängesberg", "Saxdalen", "Fredriksberg", "Nyhammar",
    "Sunnansjö", "Väster", "Högberget", "Östermalm", "Gustavsberg", "Lorentsberg", "Björnhyttan",
    "Ludvika centrum", "Säfsnäs", "Ulriksberg", "Bäckegården", "Knutsbo", "Nyhyttan",
)  # fmt: skip
THINGS = (
    "förskolans lokaler", "gång- och cykelvägar", "belysning i centrum", "vinterväghållning",
    "äldreboendets kök", "hemtjänstens scheman", "simhallens öppettider", "bibliotekets filialer",
    "skolskjutsar", "bredband på landsbygden", "avfallstaxan", "lokalförsörjning",
    "hyresavtal för LSS-boende", "ekonomiskt bistånd", "ensamkommande barn", "vattenskyddsområde",
    "föreningsbidrag", "kollektivtrafik", "räddningstjänstens övningsfält", "måltidsverksamheten",
    "feriearbete för ungdomar", "offentlig plats och torghandel", "e-tjänster", "arkivlokaler",
    "krisberedskap", "näringslivsservice", "bostadsanpassning", "kulturskolan",
)  # fmt: skip
TEMPLATES = (
    ("Detaljplan för {place}", "beslut"),
    ("Yttrande över remiss om {thing}", "beslut"),
    ("Medborgarförslag om {thing} i {place}", "beslut"),
    ("Motion om {thing}", "beslut"),
    ("Investering i {thing} i {place}", "beslut"),
    ("Uppföljning av {thing}", "information"),
    ("Revidering av riktlinjer för {thing}", "beslut"),
    ("Avgifter för {thing} {year}", "beslut"),
    ("Rapport om {thing} i {place}", "information"),
)
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
)  # fmt: skip
FIRST_VERBS = ("godkänner", "antar", "fastställer", "bifaller", "avslår", "tillstyrker")
# One ärende in 25 sent back, one in 100 tabled (bench/uppfoljning.py's rate): the
# follow-up reads such beslut apart (core.arendegang.UTFALL_WORDS).
SENT_BACK, TABLED = 0.04, 0.01
_UTFALL = re.compile(r"återremitt|bordl", re.I)
_FIGURES = re.compile(
    r"(?P<date>\b\d{1,2} (?:" + "|".join(MONTHS) + r") (?:19|20)\d\d\b)"
    r"|(?P<iso>\b(?:19|20)\d\d-\d\d-\d\d\b)"
    r"|(?P<year>(?<![\d:/(.])(?:19|20)\d\d(?![\d:]))"
    r"|(?P<grouped>\b\d{1,3}(?: \d{3})+\b)"
    r"|(?P<decimal>\b\d+,\d+\b)"
)


def vary(rng: random.Random, sentence: str, year: int) -> str:
    """`sentence` with its figures made the meeting's (see the module docstring)."""

    def replace(match: re.Match[str]) -> str:
        text, kind = match.group(), match.lastgroup
        if kind == "date":
            written_year = int(text.rsplit(" ", 1)[1])
            return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {written_year + year - 2020}"
        if kind == "iso":
            return (
                f"{int(text[:4]) + year - 2020}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
        if kind == "year":
            # The sources span 2008-2024: a year stays near the meeting's, as in its text.
            return str(year + max(-2, min(4, int(text) - 2020)))
        if kind == "grouped":
            groups = text.count(" ")
            return f"{rng.randint(1, 999)}" + "".join(
                f" {rng.randint(0, 999):03d}" for _ in range(groups)
            )
        whole = text.split(",")[0]
        return f"{rng.randint(1, 10 ** len(whole) - 1)},{rng.randint(0, 9)}"

    return _FIGURES.sub(replace, sentence)


def title(rng: random.Random, year: int) -> tuple[str, str]:
    """(title, kind): a real ärende title half the time, else one of TEMPLATES."""
    if rng.random() < 0.5:
        real = vary(rng, rng.choice(corpus().titles), year)
        kind = "information" if re.match(r"(Information|Rapport|Anmälan)", real) else "beslut"
        return real, kind
    template, kind = TEMPLATES[rng.randrange(len(TEMPLATES))]
    filled = template.format(place=rng.choice(PLACES), thing=rng.choice(THINGS), year=year)
    return filled, kind


def att_satser(
    rng: random.Random, organ: str, title_text: str, written: str, year: int
) -> list[str]:
    """Förvaltningens förslag till beslut: the ärende's own att-sats, then one to three
    drawn from real decisions, as the seed's budget ärende has them; or, at the rates
    above, the ärende sent back or tabled."""
    chance = rng.random()
    if chance < SENT_BACK:
        return [sent_back(rng, organ, title_text, year)]
    if chance < SENT_BACK + TABLED:
        tabled = f"{organ} bordlägger ärendet om {_lower_first(title_text)}."
        return [f"{tabled} {sentences(rng, year, 1, _no_utfall())}"]
    return decided(rng, organ, title_text, written, year)


def sent_back(rng: random.Random, organ: str, title_text: str, year: int) -> str:
    """A beslut that sends the ärende back, with a sentence of why."""
    back = f"{organ} återremitterar ärendet om {_lower_first(title_text)} till förvaltningen."
    return f"{back} {sentences(rng, year, 1, _no_utfall())}"


def decided(rng: random.Random, organ: str, title_text: str, written: str, year: int) -> list[str]:
    """The att-satser of an ärende decided."""
    first = (
        f"{organ} {rng.choice(FIRST_VERBS)} förvaltningens förslag om {_lower_first(title_text)} "
        f"enligt tjänsteskrivelse daterad {written}."
    )
    decisions = _no_utfall(corpus().decisions)
    more = rng.choices((1, 2, 3), weights=(4, 4, 2))[0]
    return [first] + [f"{organ} {vary(rng, rng.choice(decisions), year)}" for _ in range(more)]


def numbered(satser: list[str]) -> str:
    """Att-satser as a beslut: numbered when there are more than one."""
    if len(satser) == 1:
        return satser[0]
    return "\n".join(f"{nr}. {text}" for nr, text in enumerate(satser, 1))


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


@functools.cache
def _no_utfall(pool: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The sentences (or `pool`) that state no återremiss or bordläggning: only the rates
    above send an ärende back."""
    return tuple(s for s in pool or corpus().sentences if not _UTFALL.search(s))


def information_beslut(
    rng: random.Random, organ: str, title_text: str, written: str, year: int
) -> str:
    """The information noted, with a sentence of what it said: two items of a meeting may
    share a title, never a beslut."""
    subject = _lower_first(title_text)
    noted = f"{organ} noterar informationen om {subject}, daterad {written}, till protokollet."
    return f"{noted} {sentences(rng, year, 1, _no_utfall())}"


def paragraphs(rng: random.Random, year: int, count: int, pool: tuple[str, ...] = ()) -> str:
    """`count` paragraphs of two to four sentences, one a line."""
    pool = pool or corpus().sentences
    return "\n".join(sentences(rng, year, rng.randint(2, 4), pool) for _ in range(count))


def sentences(rng: random.Random, year: int, count: int, pool: tuple[str, ...] = ()) -> str:
    pool = pool or corpus().sentences
    return " ".join(vary(rng, rng.choice(pool), year) for _ in range(count))


def bilaga_lines(rng: random.Random, count: int, width: int = 90) -> list[str]:
    """A bilaga's printed lines: real sentences wrapped at `width` characters."""
    lines: list[str] = []
    while len(lines) < count:
        lines += textwrap.wrap(sentences(rng, 2020, 3), width)
    return lines[:count]


def delegationsbeslut(rng: random.Random, year: int) -> tuple[str, str]:
    """(beslut, beskrivning) of a delegationsbeslut: what a delegation point decides on, for
    a place or thing, and a sentence of why."""
    subject = vary(rng, rng.choice(corpus().subjects), year)
    about = rng.choice(THINGS) if rng.random() < 0.5 else rng.choice(PLACES)
    return f"{subject}, {about}", sentences(rng, year, 1)
