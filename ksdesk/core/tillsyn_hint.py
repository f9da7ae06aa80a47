"""An ärende that looks like a tillsyn case, suggested for "publiceras inte i sin helhet"
(core.not_in_full) by the public check (walk30's finding 1: a klagomål and avgift ärende went
to the web with the complainant's name, her child's name and "astma").

Kungsbacka's Nämnden för miljö & hälsoskydd and Byggnadsnämnden leave such §§ off the web:
"Protokoll för ärende om tillsyn, förbud eller föreläggande publiceras inte i sin helhet på
webben." (data/kungsbacka/miljo/2025/2025-10-09/protokoll-…-113-115-117-127.md, § 117). Only
a suggestion, never a hit: the secretary marks the ärende or lets it be published.

Read: the title, and the tjänsteskrivelse's title and förslag (what the nämnd is to decide:
"att förelägga …", "avslutar klagomålsärendet"), never its background, where a tillsynsplan
speaks of förelägganden in general; and anywhere in the tjänsteskrivelse a word of a private
person's health. A title naming a plan, a taxa or a report is about tillsyn in general
("Tillsynsplan 2026", "Taxa för prövning och tillsyn") and is never suggested. Measured on the
real corpora by bench/tillsyn_hint_false_alarms.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ksdesk.core.meeting import Arende, Sammantrade, numbered

# A case of tillsyn: "föreläggande", "förelägga", "förbud", "(miljö)sanktionsavgift",
# "klagomål(särende)", "tillsynsärende", "tillsyn av/enligt/på/vid"; and the byggnadsnämnd's
# compounds (walk34: "Byggsanktionsavgift", "Rättelseföreläggande", "Rivningsföreläggande",
# "Lovföreläggande", "Användningsförbud": PBL 11 kap.).
_CASE = re.compile(
    r"\b(?:\w*förelägg\w*|\w*förbud|förbjud\w*|\w*sanktionsavgift\w*|klagomål\w*"
    r"|tillsynsärende\w*|tillsyn\s+(?:av|enligt|på|vid|gällande|avseende))",
    re.IGNORECASE,
)
# A private person's health, as a complaint or an inspection writes it.
_HEALTH = re.compile(
    r"\b(?:astma\w*|allergi(?:sk|er)?|diagnos\w*|luftvägsinfektion\w*|sjukdom\w*)\b",
    re.IGNORECASE,
)
# A title about tillsyn in general, about many cases at once, a förbud the nämnd is asked
# to propose ("Motion om förbud mot lustgas", "Remiss: nationellt förbud mot tiggeri (SOU …)")
# or the kommun's own answer ("Svar på begäran enligt AML om föreläggande eller förbud").
_GENERAL = re.compile(
    r"\bSOU\b|\bsvar\s+på\b|\w*(?:motion\w*|initiativ\w*|medborgarförslag\w*|remiss\w*|interpellation\w*"
    r"|plan|planen|program|programmet|taxa|taxan|taxor|policy|riktlinje\w*"
    r"|behovsutredning\w*|rapport\w*|redovisning\w*|uppföljning\w*|delegation\w*"
    r"|delegering\w*|föreskrift\w*|reglemente\w*|sammanställning\w*|information\w*"
    r"|verksamhetsberättelse\w*|internkontroll\w*|budget\w*|yttrande)\b",
    re.IGNORECASE,
)

MESSAGE = (
    "Ärende {nr} ”{title}” ser ut att vara ett tillsynsärende: sådana publiceras ofta inte i "
    "sin helhet. Markera det under Ändra ärende → Publicering, eller låt det publiceras."
)


def why_tillsyn(item: Arende) -> str:
    """The word that makes the ärende look like a tillsyn case ("" when none does)."""
    ts = item.tjansteskrivelse
    titles = [item.title, ts.title if ts else ""]
    if any(_GENERAL.search(title) for title in titles):
        return ""
    forslag = [f.text for f in ts.forslag] if ts else []
    for text in [*titles, item.proposal, *forslag]:
        if found := _CASE.search(text):
            return found.group()
    body = [part for s in ts.sections for part in (s.heading, s.text)] if ts else []
    for text in body:
        if found := _HEALTH.search(text):
            return found.group()
    return ""


def tillsyn_hints(meeting: Sammantrade) -> list[str]:
    """One suggestion for each numbered ärende, neither secret nor already not published in
    full, that looks like a tillsyn case."""
    return list(_hints(meeting))


def _hints(meeting: Sammantrade) -> Iterator[str]:
    for nr, item in numbered(meeting.items):
        if nr is None or item.secret or item.not_in_full or not why_tillsyn(item):
            continue
        yield MESSAGE.format(nr=nr, title=" ".join(item.title.split()))
