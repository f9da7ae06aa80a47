"""Which §§ look appealed by förvaltningsbesvär, and which are not appealed at all.

A bygglov, rivningslov, marklov, förhandsbesked, strandskyddsdispens, föreläggande or
(bygg)sanktionsavgift the nämnd decides under plan- och bygglagen or miljöbalken is appealed
to länsstyrelsen (PBL 13 kap. 3 §, MB 16 kap. 12 §, FL 44 §): its three weeks run from
delgivning and from the kungörelse in Post- och Inrikes Tidningar, not from the anslag
(core.forvaltningsbesvar). Read from the words only, so it is a suggestion the secretary
confirms on the § (a wrong guess either way would hide a deadline), never recorded by itself.

What opens a meeting (Anmälan av jäv, the ärendelista) and a beslut that only notes
information ("noterar redovisningen till protokollet") decide nothing to appeal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ksdesk.core.agenda_merge import title_key
from ksdesk.core.agenda_whole_list import is_opening_key
from ksdesk.core.format import format_date
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.laga_kraft import besvar_period, lage_text

# The decision words, also inside compounds: "Byggsanktionsavgift", "Rivningsföreläggande",
# "Tidsbegränsat bygglov" (Kungsbacka's titles, walk34). Looked for as substrings of the
# casefolded text: a regex alternation tried at every position cost 0.2 ms a §.
_DECISION = (
    # What the § imposes first: "Byggsanktionsavgift för … bygglovspliktig …" is a
    # sanktionsavgift, not a lov (Kungsbacka 2025-04-24 § 16).
    "sanktionsavgift",
    "förelägg",  # föreläggande, "Föreläggs att ansöka om lov" (2025-04-24 § 15)
    "användningsförbud",
    "strandskyddsdispens",
    "startbesked",
    "slutbesked",
    "bygglov",
    "rivningslov",
    "marklov",
    "förhandsbesked",
)
# The lov and a positive förhandsbesked are kungjorda in PoIT (PBL 9 kap. 41 a §).
_KUNGJORD = ("bygglov", "rivningslov", "marklov", "förhandsbesked")
_REFUSED = ("avslå", "avslag", "avvis", "negativt")
# The nämnd answering or informing about a lov does not decide one: a remiss, a taxa, a
# policy is appealed by laglighetsprövning as any other.
_NOT_A_CASE_START = (
    "svar på",
    "remiss",
    "information",
    "redovisning",
    "rapport",
    "anmälan",  # "Anmälan av ordförandebeslut - Yttrande till mark- och miljödomstolen …"
)
_NOT_A_CASE = ("yttrande", "uppföljning", "taxa", "riktlinje", "policy", "delegation", "delegering")
_POIT = ("post- och inrikes", "post och inrikes", "poit")
_NOTED = ("till protokollet", "till handlingarna")
_NOTES_ONLY = re.compile(
    r"\b(noterar|noteras|läggs?|lägger)\b.*\b(till protokollet|till handlingarna)"
)
# What an opening item's title holds (agenda_whole_list._OPENING): title_key is read only then.
_OPENING_WORDS = (
    "upprop",
    "juster",
    "öppnande",
    "jäv",
    "extra ärenden",
    "övriga frågor",
    "dagordning",
    "ärendelist",
    "föredragningslist",
)


def _first(words: tuple[str, ...], *texts: str) -> str:
    """The first of `words` in the first text that has one ("" when none has)."""
    for text in texts:
        for word in words:
            if word in text:
                return word
    return ""


@dataclass(frozen=True)
class BesvarHint:
    word: str  # what made the guess: "bygglov", "kungörelse i PoIT"
    kungoras: bool  # to be kungjort in PoIT as well as delivered

    def what(self) -> str:
        """ "Troligen förvaltningsbesvär (bygglov): laga kraft först efter delgivning och
        kungörelse" (Swedish)."""
        waits = "delgivning och kungörelse" if self.kungoras else "delgivning"
        return f"Troligen förvaltningsbesvär ({self.word}): laga kraft först efter {waits}"

    def text(self, anslag_slut: date | None = None) -> str:
        """The Läge Uppföljning shows, with the anslag's last day in case the guess is wrong."""
        text = f"{self.what()} – ange dagarna på paragrafen"
        return text + (
            f" (från anslaget: sista dag {format_date(anslag_slut)})" if anslag_slut else ""
        )


def besvar_hint(title: str, beslut: str, skickas_till: list[str]) -> BesvarHint | None:
    """The guess for a § not yet marked either way; None when nothing suggests it."""
    title_low, beslut_low = title.strip().casefold(), beslut.casefold()
    found = _first(_DECISION, title_low, beslut_low)
    poit = _first(_POIT, " ".join(skickas_till).casefold())
    if not (found or poit) or _not_a_case(title_low):
        return None
    lov = found in _KUNGJORD and not _first(_REFUSED, beslut_low)
    word = {"förelägg": "föreläggande"}.get(found, found)
    return BesvarHint(word or "kungörelse i PoIT", bool(poit) or lov)


def _not_a_case(title_low: str) -> bool:
    return title_low.startswith(_NOT_A_CASE_START) or bool(_first(_NOT_A_CASE, title_low))


def decides_nothing(title: str, beslut: str) -> bool:
    """Whether the § decides nothing that could be appealed: an item that opens the meeting,
    or a beslut that only notes information for the protokoll."""
    low = beslut.casefold()
    if _first(_NOTED, low) and _NOTES_ONLY.search(low):
        return True
    return bool(_first(_OPENING_WORDS, title.casefold())) and is_opening_key(title_key(title))


LAGLIGHET = (
    "Laglighetsprövning: tiden för överklagande räknas från anslaget av det justerade "
    "protokollet (se fliken Uppföljning → Laga kraft)."
)
LAGLIGHET_LOWER = LAGLIGHET[0].lower() + LAGLIGHET[1:]


def state_text(besvar: Forvaltningsbesvar | None, today: date, hint: BesvarHint | None) -> str:
    """ "Sista dag att överklaga 2027-01-19 · laga kraft 2027-01-20", or what it waits for;
    unmarked, the suggestion when the § reads like a bygglov (never ticked for the secretary:
    a wrong guess would hide the anslag's deadline)."""
    if besvar is None:
        return (
            f"{hint.what()}. Kryssa i rutan om det stämmer; annars gäller {LAGLIGHET_LOWER}"
            if hint
            else LAGLIGHET
        )
    period = besvar_period(besvar, today)
    if period.laga_kraft is None:
        return f"{lage_text(period.lage)}: ingen dag för laga kraft ännu ({besvar.lagrum})."
    return (
        f"Sista dag att överklaga {format_date(period.overklagande_slut)} · laga kraft "
        f"{format_date(period.laga_kraft)} om ingen har överklagat ({besvar.lagrum})."
    )
