"""Citations of protokoll paragraphs ("KS 2019-08-20 § 164", "den 20 augusti 2020 § 164") and
the check that one § is not cited with two dates.

§ numbers run on through the calendar year, so § 164 of 2019 and § 164 of 2020 are different
decisions. Two citations of the same § (of the same organ, or where the organ is not said)
conflict when their dates differ within one year, or when only the year differs (same day and
month): that is a mistyped year, the seed's "20 augusti 2020 § 164" against the revision
table's "KS 2019-08-20 § 164". Citations whose dates differ in day and year both are left
alone: they are most likely two different decisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ksdesk.core.format import format_count, format_date
from ksdesk.core.written_dates import MONTH_NAMES

MONTHS = {name: month for month, name in enumerate(MONTH_NAMES, start=1)}
_MONTH = "|".join(MONTHS)
_LONG = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}}),?\s*§\s*(?P<par>\d+)",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2}),?\s*§\s*(?P<par>\d+)")
_NUMBER_AFTER = re.compile(r"\s*\d*")
# Organs named just before a citation. Abbreviations map to the name they stand for.
_ORGAN = re.compile(
    r"\b(KSAU|KSPU|KS|KF|AU|PU|[A-ZÅÄÖ][a-zåäö]*(?:styrelsen|utskottet|nämnden|fullmäktige))\b"
)
_ORGAN_ALIASES = {
    "ks": "kommunstyrelsen",
    "kf": "kommunfullmäktige",
    "fullmäktige": "kommunfullmäktige",
    "au": "arbetsutskottet",
    "ksau": "arbetsutskottet",
    "pu": "personalutskottet",
    "kspu": "personalutskottet",
}


@dataclass(frozen=True)
class Source:
    """A text to search, and where it is (in Swedish, for the message)."""

    label: str
    text: str
    in_version: bool = False  # part of the delegationsordning being checked


@dataclass(frozen=True)
class Citation:
    source: str
    organ: str | None
    day: date
    paragraf: int
    quote: str
    in_version: bool = False
    mentions_delegation: bool = False


# The version of the rules find_citations follows: raised whenever what it finds changes, so
# that citations kept in the file by older rules (db/citation_cache_repo.py) are found again.
RULES = "1"


@dataclass(frozen=True)
class FoundIn:
    """The citations found in one text of a meeting, and where that text stands among the
    others of its kind (by date, then the ärende's place or the § number)."""

    order: tuple[str, int]
    citations: list[Citation]


@dataclass(frozen=True)
class MeetingCitations:
    """What one meeting's texts cite, as found when the meeting's change_txn was this: its
    ärenden's texts and its protokoll's §§."""

    change_txn: int | None
    agenda: list[FoundIn]
    protokoll: list[FoundIn]


@dataclass(frozen=True)
class Fact:
    """A § whose date is known from a record (a protokoll paragraph, an adopted version)."""

    source: str
    organ: str | None
    day: date
    paragraf: int


# The dates that records give § (a protokoll, an adopted version), or a function that gives
# those of the § numbers asked for: ten years of protokoll know 7 000 §, and only the numbers
# cited about the delegationsordning can clash (reading them all was a third of the check).
Facts = Sequence[Fact] | Callable[[set[int]], Sequence[Fact]]


@dataclass
class Conflict:
    paragraf: int
    organ: str | None
    dates: dict[date, list[str]]  # each date and the sources that give it
    in_version: bool


def organ_key(name: str | None) -> str | None:
    if not name:
        return None
    key = name.strip().lower()
    return _ORGAN_ALIASES.get(key, key)


def find_citations(source: Source) -> list[Citation]:
    text = source.text
    if "§" not in text:  # both forms of a citation have one: most texts are done here
        return []
    matches = _matches(text)
    if not matches:  # a law's "6 kap. 37 §": no need to read the text for the word
        return []
    mentions = source.in_version or "delegationsordning" in text.lower()
    found = []
    for match in matches:
        try:
            if match.re is _LONG:
                month = MONTHS[match["month"].lower()]
                day = date(int(match["year"]), month, int(match["day"]))
            else:
                day = date.fromisoformat(match["iso"])
        except ValueError:
            continue  # "2020-XX-XX" and other impossible dates are the placeholder check's
        before = text[max(0, match.start() - 80) : match.start()]
        sentence = re.split(r"[.!?\n]\s", before)[-1]
        organs = _ORGAN.findall(sentence)
        found.append(
            Citation(
                source.label,
                organ_key(organs[-1]) if organs else None,
                day,
                int(match["par"]),
                " ".join(match.group().split()),
                source.in_version,
                mentions,
            )
        )
    return found


# How far before its § a citation's date may begin: "28 september 2020, § 12" and some spaces.
_REACH = 60


def _matches(text: str) -> list[re.Match[str]]:
    """Both forms' matches, the long ones first, each in text order: searched only near each
    § of the text. A tjänsteskrivelse of two pages may cite a law's "6 kap. 37 §" and no
    protokoll; searching the whole of each of ten years' texts took most of a check."""
    found: dict[tuple[re.Pattern[str], int], re.Match[str]] = {}
    for sign in re.finditer("§", text):
        start = max(0, sign.start() - _REACH)
        while start > 0 and not text[start - 1].isspace():  # a number is never cut in two
            start -= 1
        end = _NUMBER_AFTER.match(text, sign.end()).end()
        for pattern in (_LONG, _ISO):
            for match in pattern.finditer(text, start, end):
                found.setdefault((pattern, match.start()), match)
    return [found[key] for key in sorted(found, key=lambda k: (k[0] is not _LONG, k[1]))]


def _conflicting(a: date, b: date) -> bool:
    if a == b:
        return False
    return a.year == b.year or (a.month, a.day) == (b.month, b.day)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def citations_in(sources: Sequence[Source]) -> list[Citation]:
    return [c for s in sources for c in find_citations(s)]


def conflicts(
    sources: list[Source], facts: Facts = (), found: Sequence[Citation] = ()
) -> list[Conflict]:
    """Each § cited with conflicting dates, when at least one citation concerns the
    delegationsordning (is in it, or in a text that speaks of it). `found`: citations
    already found in other texts (citations_in), searched after `sources`."""
    cites = [*citations_in(sources), *found]
    if callable(facts):
        facts = facts({c.paragraf for c in cites if c.mentions_delegation})
    entries = [*cites, *facts]
    by_par: dict[int, list] = {}
    for entry in entries:
        by_par.setdefault(entry.paragraf, []).append(entry)
    result = []
    for paragraf, group in sorted(by_par.items()):
        relevant = [c for c in group if isinstance(c, Citation) and c.mentions_delegation]
        # Whether two entries clash depends on their organ and day alone: each (organ, day)
        # is tried once, however many texts cite it (ten years may cite one § thousands
        # of times; trying every pair took most of the check).
        kinds = {(e.organ, e.day) for e in group}
        tried = set()
        for anchor in relevant:
            if (anchor.organ, anchor.day) in tried:
                continue
            tried.add((anchor.organ, anchor.day))
            clashing = {
                (organ, day)
                for organ, day in kinds
                if _compatible(anchor.organ, organ) and _conflicting(anchor.day, day)
            }
            if not clashing:
                continue
            clash = [e for e in group if (e.organ, e.day) in clashing]
            members = [anchor, *clash] + [
                e
                for e in group
                if e.day == anchor.day and e is not anchor and _compatible(anchor.organ, e.organ)
            ]
            dates: dict[date, dict[str, None]] = {}  # each source once, in order
            for e in members:
                dates.setdefault(e.day, {})[e.source] = None
            organ = next((e.organ for e in members if e.organ), None)
            listed = {day: list(sources) for day, sources in sorted(dates.items())}
            conflict = Conflict(paragraf, organ, listed, False)
            conflict.in_version = any(getattr(e, "in_version", False) for e in members)
            if not any(c.paragraf == paragraf and c.dates == conflict.dates for c in result):
                result.append(conflict)
            break
    return result


SOURCES_NAMED = 4  # per date in a message; the rest are counted


def describe(conflict: Conflict) -> str:
    parts = [f"{format_date(day)} ({_named(sources)})" for day, sources in conflict.dates.items()]
    return (
        f"§ {conflict.paragraf} anges med olika datum: "
        + " och ".join(parts)
        + ". Samma paragraf kan bara ha ett datum; rätta den källa som är fel."
    )


def _named(sources: list[str]) -> str:
    """The first few sources by name and how many more: a § cited in a hundred
    tjänsteskrivelser over the years makes a message that can still be read."""
    named = ", ".join(sources[:SOURCES_NAMED])
    rest = len(sources) - SOURCES_NAMED
    if rest <= 0:
        return named
    return f"{named} och {format_count(rest, 'ställe', 'ställen')} till"
