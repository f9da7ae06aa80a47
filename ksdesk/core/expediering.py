"""Expediering: sending each recipient named under "Beslut skickas till" the protokollsutdrag
of their §§. A line names the recipient and often why ("Kommunstyrelsens förvaltning för
verkställighet", "Ekonomichefen för kännedom"): the same recipient on several §§ gets one
utdrag with all of them, each § saying why it was sent.

A party named by its role ("Sökanden", "Vårdnadshavarna", "Fastighetsägaren", "Den
enskilde") is another person in each §: in an individutskott or a byggnadsnämnd each such
§ goes out alone, or the sökande of one § would read another's ekonomiskt bistånd."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.protokoll import Paragraf

# "för kännedom", "för verkställighet", "för åtgärd", ", för handläggning" at the end of a line.
_PURPOSE = re.compile(
    r"[\s,]+(?P<syfte>för\s+(?:kännedom|verkställighet|åtgärd|handläggning|yttrande|"
    r"beredning|information|vidare\s+handläggning)|efter\s+underskrift)\.?\s*$",
    re.IGNORECASE,
)
# A party by its role, anywhere in the line and also as the owner of another ("Sökandens
# ombud", "Elevens vårdnadshavare", "Samtliga sakägare", "Anna Berg, sökande"): such a line
# names someone of this § only. Missing a role sends one person another's §; a role word in
# an office's name ("Kommunens ombud") only splits that office's utdrag by §, which is safe.
_ROLE = (
    r"sökande[n]?|klagande[n]?|part(?:en|erna)?|enskilde?|"
    r"vårdnadshavar(?:e|en|na)|föräldr(?:ar|arna|er)|förälder|unge|barnet|barnen|"
    r"klient(?:en|erna)?|brukare[n]?|brukarna|patient(?:en)?|elev(?:en|erna)?|"
    r"mo(?:r|dern)|fa(?:r|dern)|make[n]?|maka[n]?|sambo[n]?|anhörig(?:a|e)?|"
    r"fastighetsägar(?:e|en|na)|sakägar(?:e|en|na)|delägar(?:e|en|na)|grannar(?:na)?|"
    r"granne[n]?|byggherre[n]?|verksamhetsutövare[n]?|tillståndshavare[n]?|"
    r"hyresgäst(?:en|erna)?|arrendator(?:n|erna)?|tomträttshavare[n]?|"
    r"anmälare[n]?|ombud(?:et)?|god\s+man|förvaltare[n]?|förmyndare[n]?|motpart(?:en)?|"
    r"förslagsställare[n]?|arbetstagare[n]?|anställde|dödsbo(?:et)?|"
    r"familjehem(?:met|men)?|kontaktperson(?:en)?|kontaktfamilj(?:en)?|"
    r"bolaget|företaget|föreningen|innehavare[n]?"
)
_PARTY = re.compile(rf"(?<![\w-])(?:{_ROLE})s?(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Rad:
    """One "Beslut skickas till" line read as recipient and purpose."""

    mottagare: str
    syfte: str = ""


def read_line(line: str) -> Rad | None:
    text = " ".join(line.replace("\u00a0", " ").split()).strip(" -–•·;,")
    if not text:
        return None
    match = _PURPOSE.search(text)
    if match is None:
        return Rad(text)
    return Rad(text[: match.start()].strip(" ,"), match["syfte"].lower())


@dataclass
class Mottagare:
    """One recipient and the §§ sent to them, each with its purpose."""

    namn: str
    paragrafer: list[Paragraf] = field(default_factory=list)
    syften: dict[int, str] = field(default_factory=dict)  # § number -> "för kännedom"

    part: bool = False  # a party by its role: a § of its own (see the module docstring)

    @property
    def numbers(self) -> list[int]:
        return [p.nr for p in self.paragrafer]


def is_party(mottagare: str) -> bool:
    """A recipient named by its role in the ärende (or as a party's own: "Sökandens ombud"),
    not by who it is, or a private person named with a personnummer."""
    return _PARTY.search(mottagare) is not None or bool(find_personnummer(mottagare))


def recipients(paragrafer: list[Paragraf]) -> list[Mottagare]:
    """Every recipient of the §§, in the order first named, each with their §§ in order (a
    party by its role once per §)."""
    found: dict[str, Mottagare] = {}
    for paragraf in sorted(paragrafer, key=lambda p: p.nr):
        for line in paragraf.beslut_skickas_till:
            rad = read_line(line)
            if rad is None:
                continue
            part = is_party(rad.mottagare)
            key = rad.mottagare.casefold() + (f"\x00{paragraf.nr}" if part else "")
            entry = found.setdefault(key, Mottagare(rad.mottagare, part=part))
            if paragraf.nr not in entry.numbers:
                entry.paragrafer.append(paragraf)
            if rad.syfte and not entry.syften.get(paragraf.nr):
                entry.syften[paragraf.nr] = rad.syfte
    return list(found.values())


def not_yet_sent(mottagare: list[Mottagare], sent: list[Utskick]) -> list[Mottagare]:
    """Each recipient with only the §§ the log has not yet sent them (none left: left out).
    A recipient added to a § after the first expediering gets that § alone; the others are
    not sent everything a second time."""
    done: dict[str, set[int]] = {}
    for utskick in sent:
        done.setdefault(utskick.mottagare.casefold(), set()).update(utskick.paragrafer)
    left = []
    for m in mottagare:
        had = done.get(m.namn.casefold(), set())
        paragrafer = [p for p in m.paragrafer if p.nr not in had]
        if paragrafer:
            syften = {nr: why for nr, why in m.syften.items() if nr not in had}
            left.append(Mottagare(m.namn, paragrafer, syften, part=m.part))
    return left


@dataclass(frozen=True)
class Utskick:
    """One line of the expediering log: what went to whom, when, as which file."""

    mottagare: str
    paragrafer: list[int]
    expedierat: date
    fil: str = ""
    sha256: str = ""
    expedierat_av: str = ""
    meeting_id: int | None = None
    meeting_date: date | None = None
    syften: dict[int, str] = field(default_factory=dict)
    id: int | None = None
    uuid: str = ""


def expedierat_text(sent: list[Utskick]) -> str:
    """ "Expedierat 2020-12-22 till Kommunstyrelsens förvaltning, Ekonomichefen" (one line per
    day the § was sent), or ""."""
    by_day: dict[date, list[str]] = {}
    for u in sorted(sent, key=lambda u: (u.expedierat, u.id or 0)):
        names = by_day.setdefault(u.expedierat, [])
        if u.mottagare not in names:
            names.append(u.mottagare)
    return "\n".join(
        f"Expedierat {day.isoformat()} till {', '.join(names)}" for day, names in by_day.items()
    )
